#!/usr/bin/env python3
"""Dev check for the Trà Vinh and Điện Biên rules data (not part of the build).

Builds a rough provision tree of seeds 000 and 002 (eid -> own text, per the briefing's rules),
then checks agencies, duties, obligations and the expected tables:
quotes are substrings of their node's text, ids unique, agency ids known, schedules well-formed.
Usage: python3 scripts/dev/check_rules_tv_db.py  (from the worktree root)
"""
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

SEEDS = Path("/work/shared/seeds")
ROOT = Path(__file__).resolve().parents[2]
VN_IDS = {
    "vn/chinh-phu", "vn/thu-tuong", "vn/bo-tttt", "vn/bo-ngoai-giao", "vn/bo-vhttdl",
    "vn/bo-khcn", "vn/cuc-ttdn", "vn/ban-tuyen-giao-tw",
}
ROLES = {"lead", "coordinate", "advise", "guide", "approve", "report", "provide_info", "implement"}
WHATS = {"report", "plan", "portal_information", "information", "press_conference", "briefing", "other"}
LEVELS = {"central", "province", "district", "commune", "party", "mass_organisation", "press", "security", "other"}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def clean(line):
    s = unicodedata.normalize("NFC", line)
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    s = s.lstrip("#").strip()
    s = s.replace("**", "")
    if s.startswith("*") and s.endswith("*") and len(s) > 1:
        s = s[1:-1]
    return s.strip()


ART = re.compile(r"^Điều (\d+)\.\s*(.*)$")
PARA = re.compile(r"^(\d+)\.\s+(.*)$")
POINT = re.compile(r"^([a-zđ])\)\s+(.*)$")
CHAP = re.compile(r"^Chương ([IVX]+)\b\s*(.*)$")


def tree(seed, split_attachment_at):
    """eid -> list of own-text lines. Articles before the attachment line have no prefix."""
    nodes = {}
    prefix = ""
    art = para = None
    unnumbered = {}
    cur = None
    lines = [clean(l) for l in seed.read_text(encoding="utf-8").splitlines()]
    expanded = []
    for l in lines:
        # Trà Vinh line 136: "Chương III<heading>Điều 8. ..." run together
        m = re.match(r"^(Chương [IVX]+)(.*?)(Điều \d+\..*)$", l)
        if m:
            expanded += [m.group(1) + " " + m.group(2), m.group(3)]
        else:
            expanded.append(l)
    for l in expanded:
        if not l:
            continue
        if l == split_attachment_at and not prefix:
            prefix = "att_1__"
            art = para = cur = None
            continue
        m = CHAP.match(l)
        if m:
            cur = None
            continue
        m = ART.match(l)
        if m:
            art = f"{prefix}art_{m.group(1)}"
            para = None
            rest = m.group(2)
            nodes[art] = []
            if not prefix:  # decision articles: the whole article is on its line
                nodes[art].append(rest)
            cur = art
            continue
        if art is None:
            continue
        m = PARA.match(l)
        if m:
            para = f"{art}__para_{m.group(1)}"
            nodes[para] = [m.group(2)]
            cur = para
            continue
        m = POINT.match(l)
        if m and para:
            letter = "dd" if m.group(1) == "đ" else m.group(1)
            cur = f"{para}__point_{letter}"
            nodes[cur] = [m.group(2)]
            continue
        if l.startswith(("TM.", "CHỦ TỊCH", "Nơi nhận")):
            cur = None
            continue
        if cur is None:
            continue
        # an unnumbered paragraph after numbered clauses of an article
        if para and cur.startswith(para) and not l.startswith(("-", "+")) and art.endswith("art_10") and "dien" in str(seed_names.get(seed, "")):
            n = unnumbered.get(art, 0) + 1
            unnumbered[art] = n
            cur = f"{art}__p_{n}"
            nodes[cur] = [l]
            continue
        nodes[cur].append(l)
    return {k: "\n".join(v) for k, v in nodes.items()}


seed_names = {}


def main():
    problems = []
    tv_seed = next(SEEDS.glob("000_*.txt"))
    db_seed = next(SEEDS.glob("002_*.txt"))
    seed_names[db_seed] = "dien-bien"
    trees = {
        "tra-vinh": tree(tv_seed, "QUY ĐỊNH"),
        "dien-bien": tree(db_seed, "QUY ĐỊNH"),
    }
    if "-v" in sys.argv:
        for j, t in trees.items():
            for k, v in t.items():
                print(j, k, repr(v[:90]))
    agencies = {}
    for j in trees:
        data = tomllib.loads((ROOT / f"data/agencies/{j}.toml").read_text(encoding="utf-8"))
        for a in data.get("agency", []):
            if a["id"] in agencies:
                problems.append(f"duplicate agency {a['id']}")
            agencies[a["id"]] = a
            if not a["id"].startswith(j + "/"):
                problems.append(f"agency {a['id']} not under {j}/")
            if a.get("province") != j:
                problems.append(f"agency {a['id']} province {a.get('province')}")
            if a["level"] not in LEVELS:
                problems.append(f"agency {a['id']} level {a['level']}")
            if a.get("kind", "agency") not in ("agency", "group"):
                problems.append(f"agency {a['id']} kind")
            for m in a.get("members", []):
                if m not in agencies and m not in VN_IDS:
                    pass  # checked below
    known = set(agencies) | VN_IDS
    for a in agencies.values():
        for m in a.get("members", []):
            if m not in known:
                problems.append(f"agency {a['id']} member {m} unknown")
    used_vn = set()

    def ref(where, aid):
        if aid not in known:
            problems.append(f"{where}: unknown agency {aid}")
        if aid.startswith("vn/"):
            used_vn.add(aid)

    def check_schedule(where, s):
        kind = s.get("kind")
        if kind in ("annual", "semiannual", "quarterly", "monthly", "weekly"):
            extra = set(s) - {"kind", "times", "month", "day", "weekday", "inclusive"}
            if extra:
                problems.append(f"{where}: schedule fields {extra}")
            if "day" in s and "inclusive" not in s:
                problems.append(f"{where}: day without inclusive")
            if "day" in s and "month" not in s and kind != "monthly":
                problems.append(f"{where}: day without month")
        elif kind == "on_request":
            if set(s) - {"kind", "note"}:
                problems.append(f"{where}: schedule fields")
        elif kind == "event":
            if s.get("timing") not in ("before", "at", "after") or not s.get("event"):
                problems.append(f"{where}: event schedule")
            if set(s) - {"kind", "event", "timing", "days"}:
                problems.append(f"{where}: schedule fields")
        else:
            problems.append(f"{where}: schedule kind {kind}")

    counts = {}
    obligations = {}
    for j, slug in (("tra-vinh", "21-2017-qd-ubnd"), ("dien-bien", "18-2018-qd-ubnd")):
        t = trees[j]
        path = ROOT / f"data/instruments/{j}/{slug}/rules.toml"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        ids = set()
        for kind in ("duty", "obligation"):
            for r in data.get(kind, []):
                where = f"{j} {kind} {r.get('id')}"
                if r["id"] in ids:
                    problems.append(f"{where}: duplicate id")
                ids.add(r["id"])
                if r["eid"] not in t:
                    problems.append(f"{where}: eid {r['eid']} not in tree")
                elif r["quote"] not in t[r["eid"]]:
                    problems.append(f"{where}: quote not in {r['eid']}: {r['quote'][:60]!r}")
                if unicodedata.normalize("NFC", r["quote"]) != r["quote"]:
                    problems.append(f"{where}: quote not NFC")
                if "\n" in r["quote"]:
                    problems.append(f"{where}: multi-line quote")
                if not r.get("summary"):
                    problems.append(f"{where}: no summary")
                if kind == "duty":
                    if set(r) - {"id", "eid", "bearer", "role", "counterparts", "summary", "quote"}:
                        problems.append(f"{where}: unknown fields")
                    ref(where, r["bearer"])
                    for c in r.get("counterparts", []):
                        ref(where, c)
                    if r["role"] not in ROLES:
                        problems.append(f"{where}: role {r['role']}")
                else:
                    if set(r) - {"id", "eid", "from", "to", "what", "template", "schedule", "summary", "quote"}:
                        problems.append(f"{where}: unknown fields")
                    for c in r["from"] + r["to"]:
                        ref(where, c)
                    if not r["from"] or not r["to"]:
                        problems.append(f"{where}: empty from/to")
                    if r["what"] not in WHATS:
                        problems.append(f"{where}: what {r['what']}")
                    check_schedule(where, r["schedule"])
                    key = (r["eid"], tuple(sorted(r["from"])), tuple(sorted(r["to"])), r["what"],
                           tuple(sorted(r["schedule"].items())), tuple(sorted(r.get("template", {}).items())))
                    obligations.setdefault(j, []).append(key)
        counts[j] = (len(data.get("duty", [])), len(data.get("obligation", [])),
                     sum(1 for a in agencies.values() if a["id"].startswith(j + "/")))
        # every article of the per-agency chapter has duties
        duty_eids = {r["eid"] for r in data.get("duty", [])}
        for eid in t:
            if not any(d == eid or d.startswith(eid + "__") for d in duty_eids):
                print(f"  note: {j} {eid} has no duty")
        # expected table must equal the obligations
        exp_path = ROOT / f"tests/expected/{j}.toml"
        if exp_path.exists():
            exp = tomllib.loads(exp_path.read_text(encoding="utf-8")).get("expected", [])
            ekeys = []
            for e in exp:
                where = f"{j} expected {e.get('eid')}"
                for c in e["from"] + e["to"]:
                    ref(where, c)
                check_schedule(where, e["schedule"])
                if e["eid"] not in t:
                    problems.append(f"{where}: eid not in tree")
                ekeys.append((e["eid"], tuple(sorted(e["from"])), tuple(sorted(e["to"])), e["what"],
                              tuple(sorted(e["schedule"].items())), tuple(sorted(e.get("template", {}).items()))))
            a, b = sorted(ekeys), sorted(obligations.get(j, []))
            for k in set(a) - set(b):
                problems.append(f"{j}: expected but no obligation: {k}")
            for k in set(b) - set(a):
                problems.append(f"{j}: obligation not in expected: {k}")
            if len(a) != len(set(a)) or len(b) != len(set(b)):
                problems.append(f"{j}: duplicate expected/obligation keys")
    for p in problems:
        print("PROBLEM:", p)
    for j, (d, o, a) in counts.items():
        print(f"{j}: agencies={a} duties={d} obligations={o}")
    print("vn ids used:", sorted(used_vn))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
