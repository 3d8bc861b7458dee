#!/usr/bin/env python3
"""Checks of the year-at-a-glance page (`quyche deadlines --year Y --format html`) rendered by
headless Chromium, for scripts/test-html. Standard library only.

  year_page_check.py dom FILE          accessibility pass over the DOM Chromium dumped
  year_page_check.py probe FILE DAY    prints "r,g,b|left,top,width,height|label" of DAY's cell
                                       from a DOM dumped with #probe=DAY
  year_page_check.py pixel PNG X Y     prints "r,g,b" of the screenshot's pixel at X,Y
"""

from __future__ import annotations

import re
import struct
import sys
import zlib
from html.parser import HTMLParser


class Page(HTMLParser):
    """The marked day cells, the count badges, the legend and the page's language."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.cells: list[dict[str, str]] = []
        self.badges: list[dict[str, str]] = []
        self.images = 0
        self.probe = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        if tag == "body":
            self.probe = a.get("data-probe", "")
        if tag == "td" and "data-date" in a:
            self.cells.append(a)
        if tag == "span" and "count" in a.get("class", "").split():
            self.badges.append(a)
        if tag in ("img", "svg", "canvas"):
            self.images += 1


def parse(path: str) -> Page:
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def dom(path: str) -> int:
    p = parse(path)
    problems = []
    if p.lang != "vi":
        problems.append(f"<html lang> is {p.lang!r}, not 'vi'")
    marked = [c for c in p.cells if c.get("class", "").strip()]
    if len(p.cells) < 365:
        problems.append(f"only {len(p.cells)} day cells")
    for c in marked:
        label = c.get("aria-label", "").strip()
        # A marked day says what it is in words, not only in colour.
        if not label or len(label.split(";")) < 2:
            problems.append(f"{c['data-date']}: class {c['class']!r} without a text alternative ({label!r})")
        if "due" in c["class"].split() and "việc có hạn" not in label:
            problems.append(f"{c['data-date']}: a due day whose label does not say so")
    for b in p.badges:
        if b.get("aria-hidden") != "true":
            problems.append("a count badge is read aloud twice (no aria-hidden)")
    if p.images:
        problems.append(f"{p.images} images without text")
    for line in problems[:20]:
        print("FAIL", line)
    print(f"{len(marked)} marked days, {len(p.badges)} due marks checked")
    return 1 if problems else 0


def probe(path: str, day: str) -> int:
    p = parse(path)
    m = re.match(r"rgba?\((\d+), (\d+), (\d+)(?:, [\d.]+)?\)\|(.*)\|(.*)", p.probe)
    if not m:
        print(f"no probe for {day}: {p.probe!r}")
        return 1
    print(f"{m[1]},{m[2]},{m[3]}|{m[4]}|{m[5]}")
    return 0


def pixel(path: str, x: int, y: int) -> int:
    """The pixel of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        print("not a PNG")
        return 1
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                print(f"unsupported PNG (depth {depth}, colour type {color}, interlace {interlace})")
                return 1
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    for row in range(y + 1):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = prev[i]
            corner = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                pa, pb, pc = abs(up - corner), abs(left - corner), abs(left + up - 2 * corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 0xFF
        prev = line
    r, g, b = prev[x * channels : x * channels + 3]
    print(f"{r},{g},{b}")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "dom":
        sys.exit(dom(sys.argv[2]))
    if cmd == "probe":
        sys.exit(probe(sys.argv[2], sys.argv[3]))
    if cmd == "pixel":
        sys.exit(pixel(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    print(__doc__)
    sys.exit(2)
