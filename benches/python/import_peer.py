"""A plain regular-expression splitter in Python, the importer's peer: splits a Vietnamese legal
text into Phần / Chương / Mục / Điều / khoản ("1.") / điểm ("a)") nodes with their own text, as a
user would with `re`. It strips markdown bold and headings but does none of quyche's other clean-up, corrections, diagnostics or citations,
so it does less work. Prints one JSON line per input: {"name", "bytes", "articles", "seconds",
"mb_per_s"} (best of --repeat runs).

    python3 benches/python/import_peer.py NAME=FILE[,FILE...] ... [--repeat 20]
"""
import argparse
import json
import re
import time

HEADING = re.compile(r"^(Phần thứ \S+|Chương [IVXLC]+|Mục \d+|Điều \d+[a-zđ]?)\.?\s*(.*)$")
CLAUSE = re.compile(r"^(\d+)\.\s+(.*)$")
POINT = re.compile(r"^([a-zđ])\)\s+(.*)$")


def split(text):
    root = {"kind": "root", "children": [], "text": []}
    stack = [root]
    levels = {"Phần": 0, "Chương": 1, "Mục": 2, "Điều": 3, "clause": 4, "point": 5}

    def push(kind, num, body):
        level = levels[kind]
        while len(stack) > 1 and levels[stack[-1]["kind"]] >= level:
            stack.pop()
        node = {"kind": kind, "num": num, "text": [body] if body else [], "children": []}
        stack[-1]["children"].append(node)
        stack.append(node)

    for raw in text.splitlines():
        line = raw.replace("**", "").strip().lstrip("#").strip()
        if not line:
            continue
        m = HEADING.match(line)
        if m:
            word, _, num = m.group(1).rpartition(" ")
            push(word.split(" ")[0], num, m.group(2))
            continue
        m = CLAUSE.match(line)
        if m and any(n["kind"] == "Điều" for n in stack):
            push("clause", m.group(1), m.group(2))
            continue
        m = POINT.match(line)
        if m and any(n["kind"] == "clause" for n in stack):
            push("point", m.group(1), m.group(2))
            continue
        stack[-1]["text"].append(line)
    return root


def count(node, kind):
    return (node["kind"] == kind) + sum(count(c, kind) for c in node["children"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+", help="NAME=FILE[,FILE...]")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    for spec in args.inputs:
        name, _, files = spec.partition("=")
        texts = [open(f, encoding="utf-8").read() for f in files.split(",")]
        size = sum(len(t.encode()) for t in texts)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            trees = [split(t) for t in texts]
            best = min(best, time.perf_counter() - t0)
        print(json.dumps({"name": name, "bytes": size, "articles": sum(count(t, "Điều") for t in trees),
                          "seconds": best, "mb_per_s": size / best / 1e6}))


if __name__ == "__main__":
    main()
