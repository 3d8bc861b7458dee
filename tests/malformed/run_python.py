#!/usr/bin/env python3
"""The malformed-input corpus through the Python binding (bindings/python, `import quyche`):
`quyche.import_bytes`, `quyche.RuleSet.from_dir`, `RuleSet.query_json`.
Usage: run_python.py CASES_TSV (written by cases.py). Prints
`malformed/python: N inputs tried, M as expected, K unexpected` and exits 1 when K > 0."""
import json
import sys

import quyche


def check_error(row, exc):
    kind, msg = row["error"], row["message"]
    if row["outcome"] != "error":
        return f"expected ok, got {getattr(exc, 'kind', '?')} error: {exc}"
    got = getattr(exc, "kind", None)
    if got != kind:
        return f"expected a {kind} error, got {got}: {exc}"
    if msg not in str(exc):
        return f"the message lacks {msg!r}: {exc}"
    return None


def check_import(row, inst):
    text = inst.to_json()
    doc = json.loads(text)
    codes = [d.get("code") for d in doc.get("diagnostics", [])]
    for code in filter(None, row["diagnostics"].split(",")):
        if code not in codes:
            return f"no {code} diagnostic; got {codes}"
    for eid in filter(None, row["eids"].split(",")):
        if f'"{eid}"' not in text:
            return f"no provision {eid}"
    if row["no_errors"] == "1":
        errs = [d for d in doc.get("diagnostics", []) if d.get("severity") == "error"]
        if errs:
            return f"an error diagnostic: {errs[0]}"
    return None


def run(row, rules):
    try:
        if row["kind"] == "import":
            with open(row["input"], "rb") as f:
                data = f.read()
            result = quyche.import_bytes(data)
            if row["outcome"] == "error":
                return "expected an error, got ok"
            return check_import(row, result)
        if row["kind"] == "dataset":
            quyche.RuleSet.from_dir(row["input"])
        else:
            rules.query_json(row["input"])
        return "expected an error, got ok" if row["outcome"] == "error" else None
    except quyche.QuycheError as e:
        return check_error(row, e)


def main():
    keys = ["name", "kind", "input", "outcome", "error", "message", "diagnostics", "eids", "no_errors"]
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = [dict(zip(keys, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    rules = quyche.RuleSet.default()
    failures = []
    for row in rows:
        why = run(row, rules)
        if why:
            failures.append(f"{row['name']}: {why}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"malformed/python: {len(rows)} inputs tried, {len(rows) - len(failures)} as expected, {len(failures)} unexpected")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
