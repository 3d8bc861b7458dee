#!/usr/bin/env python3
"""Reads tests/malformed/expected.toml and writes what the C and Python runners need:
the generated inputs (into OUT/generated/), each dataset case's directory (data/ with its
overlay, into OUT/datasets/<name>/), and OUT/cases.tsv, one case a line:
name, kind, input (file path, dataset dir, or JSON request), outcome, error kind, message,
diagnostics (comma-separated), eids (comma-separated), no_errors (0/1).
Usage: cases.py OUT [--big]  (--big: include the 10 MiB line and the 100,000 articles)."""
import os
import shutil
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MAX_INPUT_BYTES = 64 * 1024 * 1024
BIG = {"line-10mb", "articles-100k"}


def generate(name):
    if name == "line-10mb":
        unit = "một dòng rất dài không có điều khoản ".encode()
        b = (unit * (10 * 1024 * 1024 // len(unit) + 1))[: 10 * 1024 * 1024]
        return b.decode("utf-8", errors="ignore").encode()
    if name == "articles-100k":
        parts = ["QUYẾT ĐỊNH:\n"]
        parts += [f"Điều {n}. Tiêu đề {n}\nNội dung của điều {n}.\n" for n in range(1, 100_001)]
        return "".join(parts).encode()
    if name == "over-limit":
        head = "Điều 1. ".encode()
        return head + b"a" * (MAX_INPUT_BYTES + 1 - len(head))
    raise SystemExit(f"unknown generated input {name}")


def main():
    out = os.path.abspath(sys.argv[1])
    big = "--big" in sys.argv
    with open(os.path.join(HERE, "expected.toml"), "rb") as f:
        cases = tomllib.load(f)["case"]
    os.makedirs(os.path.join(out, "generated"), exist_ok=True)
    rows = []
    for c in cases:
        if c.get("generate") in BIG and not big:
            continue
        kind = c["kind"]
        if kind == "import":
            if "file" in c:
                src = os.path.join(HERE, "inputs", c["file"])
            else:
                src = os.path.join(out, "generated", c["generate"])
                if not os.path.exists(src):
                    with open(src, "wb") as f:
                        f.write(generate(c["generate"]))
        elif kind == "dataset":
            src = os.path.join(out, "datasets", c["name"])
            shutil.rmtree(src, ignore_errors=True)
            shutil.copytree(os.path.join(REPO, "data"), src)
            shutil.copytree(os.path.join(HERE, "datasets", c["overlay"]), src, dirs_exist_ok=True)
        else:
            src = c["request"]
        row = [c["name"], kind, src, c["outcome"], c.get("error", ""), c.get("message", ""),
               ",".join(c.get("diagnostics", [])), ",".join(c.get("eids", [])),
               "1" if c.get("no_errors") else "0"]
        assert all("\t" not in x and "\n" not in x for x in row), row
        rows.append("\t".join(row))
    with open(os.path.join(out, "cases.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
