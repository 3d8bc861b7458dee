#!/usr/bin/env python3
"""Dev check for the rules files of Circular 22 and the Sóc Trăng draft (not part of the build).

Parses a seed into provision nodes with the project's eid rules (own text only, cleaned),
then checks rules.toml and the expected table: quotes are exact substrings of one line of
the node's text, ids unique, agency ids known, schedule fields valid, expected rows match
obligations.  Usage: scripts/dev/check_rules.py  (from the worktree root)
"""
import re, sys, tomllib, unicodedata, glob

SEEDS = "/work/shared/seeds/"
DOCS = {
    "vn/22-2016-tt-btttt": ("004_e64740b98a060515.txt", "data/instruments/vn/22-2016-tt-btttt/rules.toml", "tests/expected/vn-22-2016.toml"),
    "soc-trang/du-thao-2019": ("003_bcf76e93fca876d2.txt", "data/instruments/soc-trang/du-thao-2019/rules.toml", "tests/expected/soc-trang.toml"),
}

def clean(line):
    line = unicodedata.normalize("NFC", line)
    line = re.sub(r"\[bookmark: [^\]]*\]", "", line)
    line = line.replace("**", "").replace("\u00a0", " ").replace("\u200b", "")
    line = re.sub(r"^#+\s*", "", line.strip())
    return line.strip()

def letter(c):
    return "dd" if c == "đ" else c

def parse(path, decision):
    lines = [clean(l) for l in open(path, encoding="utf-8")]
    nodes = {}  # eid -> list of own-text lines
    prefix = ""
    art = para = None
    cur = None
    in_att = not decision
    for l in lines:
        if not l:
            continue
        if l.startswith("PHỤ LỤC"):
            break
        if decision and l == "QUY CHẾ":
            prefix, art, para, cur = "att_1__", None, None, None
            continue
        m = re.match(r"^Điều (\d+)\.\s*(.*)$", l)
        if m:
            art = f"{prefix}art_{m.group(1)}"
            para = None
            cur = art
            nodes[art] = []
            if decision and prefix == "":
                # a decision's own article: the words after "Điều N." may be read as its text
                nodes[art].append(m.group(2))
            else:
                nodes[art + "#heading"] = [m.group(2)]
            continue
        if art is None:
            continue
        if l.startswith("Chương"):
            cur = None
            continue
        m = re.match(r"^(\d+)\.\s*(.*)$", l)
        if m:
            para = f"{art}__para_{m.group(1)}"
            cur = para
            nodes[para] = [m.group(2)]
            continue
        m = re.match(r"^([a-zđ])\)\s*(.*)$", l)
        if m and para:
            cur = f"{para}__point_{letter(m.group(1))}"
            nodes[cur] = [m.group(2)]
            continue
        if cur:
            nodes[cur].append(l)
    return nodes

def load_agencies():
    ids = set()
    for f in glob.glob("data/agencies/*.toml"):
        for a in tomllib.load(open(f, "rb")).get("agency", []):
            if a["id"] in ids:
                err(f"{f}: duplicate agency {a['id']}")
            ids.add(a["id"])
    return ids

errors = []
def err(msg):
    errors.append(msg)

ROLES = {"lead", "coordinate", "advise", "guide", "approve", "report", "provide_info", "implement"}
WHATS = {"report", "plan", "portal_information", "information", "press_conference", "briefing", "other"}
PERIODIC = {"annual", "semiannual", "quarterly", "monthly", "weekly"}

def check_schedule(where, s):
    k = s.get("kind")
    if k in PERIODIC:
        extra = set(s) - {"kind", "times", "month", "day", "weekday", "inclusive"}
        if extra:
            err(f"{where}: unknown schedule fields {extra}")
        if "day" in s and "inclusive" not in s:
            err(f"{where}: day without inclusive")
        if k == "annual" and "month" in s and not 1 <= s["month"] <= 12:
            err(f"{where}: bad month")
    elif k == "on_request":
        if set(s) - {"kind", "note"}:
            err(f"{where}: bad on_request fields")
    elif k == "event":
        if set(s) - {"kind", "event", "timing", "days"} or s.get("timing") not in {"before", "at", "after"} or not s.get("event"):
            err(f"{where}: bad event schedule")
    else:
        err(f"{where}: bad schedule kind {k}")

def main():
    agencies = load_agencies()
    for inst, (seed, rules_path, expected_path) in DOCS.items():
        try:
            rules = tomllib.load(open(rules_path, "rb"))
        except FileNotFoundError:
            print(f"skip {rules_path}")
            continue
        nodes = parse(SEEDS + seed, inst.startswith("soc-trang"))
        seen = set()
        obligations = {}
        for kind in ("duty", "obligation"):
            for r in rules.get(kind, []):
                where = f"{rules_path} {kind} {r.get('id')}"
                if r["id"] in seen:
                    err(f"{where}: duplicate id")
                seen.add(r["id"])
                if r["eid"] not in nodes:
                    err(f"{where}: no node {r['eid']}")
                    continue
                q = r["quote"]
                if "\n" in q or not any(q in line for line in nodes[r["eid"]]):
                    err(f"{where}: quote not in {r['eid']}: {q!r}")
                if unicodedata.normalize("NFC", q) != q:
                    err(f"{where}: quote not NFC")
                if not r.get("summary"):
                    err(f"{where}: no summary")
                if kind == "duty":
                    allowed = {"id", "eid", "bearer", "role", "counterparts", "summary", "quote"}
                    refs = [r["bearer"]] + r.get("counterparts", [])
                    if r["role"] not in ROLES:
                        err(f"{where}: bad role")
                else:
                    allowed = {"id", "eid", "from", "to", "what", "template", "schedule", "summary", "quote"}
                    refs = r["from"] + r["to"]
                    if r["what"] not in WHATS:
                        err(f"{where}: bad what")
                    if not r["from"] or not r["to"]:
                        err(f"{where}: empty from/to")
                    check_schedule(where, r["schedule"])
                    if "template" in r and r["template"]["eid"] not in ("app_1", "app_2"):
                        err(f"{where}: bad template")
                    obligations[r["id"]] = r
                if set(r) - allowed:
                    err(f"{where}: unknown fields {set(r) - allowed}")
                for a in refs:
                    if a not in agencies:
                        err(f"{where}: unknown agency {a}")
        print(f"{rules_path}: {len(rules.get('duty', []))} duties, {len(rules.get('obligation', []))} obligations")
        try:
            exp = tomllib.load(open(expected_path, "rb"))["expected"]
        except FileNotFoundError:
            print(f"skip {expected_path}")
            continue
        print(f"{expected_path}: {len(exp)} rows")
        # every expected row must match one obligation (eid, from, to, what, schedule) and vice versa
        keyed = {}
        for o in obligations.values():
            key = (o["eid"], tuple(sorted(o["from"])), tuple(sorted(o["to"])), o["what"], tuple(sorted(o["schedule"].items())), tuple(sorted(o.get("template", {}).items())))
            keyed.setdefault(key, []).append(o["id"])
        used = set()
        for e in exp:
            if e["eid"] not in nodes:
                err(f"{expected_path}: no node {e['eid']}")
            for a in e["from"] + e["to"]:
                if a not in agencies:
                    err(f"{expected_path}: unknown agency {a}")
            check_schedule(f"{expected_path} {e['eid']}", e["schedule"])
            key = (e["eid"], tuple(sorted(e["from"])), tuple(sorted(e["to"])), e["what"], tuple(sorted(e["schedule"].items())), tuple(sorted(e.get("template", {}).items())))
            if key not in keyed:
                err(f"{expected_path}: no obligation matches {key}")
            else:
                used.add(key)
        for key, ids in keyed.items():
            if key not in used:
                err(f"{rules_path}: obligation {ids} not in the expected table")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
