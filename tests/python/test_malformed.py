"""Malformed input through Python: a documented exception or a tree with diagnostics, never a crash.
(The project-wide corpus of issue 9 can be added here as it lands.)"""

from __future__ import annotations

import pytest

import quyche

REFUSED = {
    "empty": (b"", "empty"),
    "only whitespace": (b"  \n\t\n", "whitespace"),
    "binary": (bytes(range(256)), "binary"),
    "UTF-16 with BOM": ("\ufeffĐiều 1. Phạm vi".encode("utf-16"), "UTF-16"),
    "Latin-1": ("Quyết định".encode("utf-8").replace("ế".encode("utf-8"), b"\xe9"), "UTF-8"),
    # A web page is not a legal text: refused with a message that says so (issue 9).
    "HTML instead of text": ("<html><body><p>Điều 1. Phạm vi</p></body></html>".encode("utf-8"), "HTML"),
}

READ_WITH_DIAGNOSTICS = {
    "a clause before any article": ("1. Khoản trước điều.\nĐiều 1. Phạm vi\n", "clause_outside_article"),
    "numbering that goes backwards": ("Điều 2. B\nĐiều 1. A\nĐiều 1. A lần nữa\n", "numbering_backwards"),
    "a 2 MB single line": ("a" * 2_000_000, "no_articles"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unusable_input_is_a_parse_error(name: str) -> None:
    data, fragment = REFUSED[name]
    with pytest.raises(quyche.ParseError, match=fragment) as e:
        quyche.import_bytes(data)
    assert e.value.kind == "input"


@pytest.mark.parametrize("name", sorted(READ_WITH_DIAGNOSTICS))
def test_defective_text_is_read_with_diagnostics(name: str) -> None:
    text, code = READ_WITH_DIAGNOSTICS[name]
    inst = quyche.import_text(text)
    assert code in [d["code"] for d in inst.diagnostics]
    assert quyche.import_bytes(text.encode("utf-8")) == inst


# The importer's limit: 64 MiB (quyche.import_bytes and import_text refuse one byte more, with the
# core's message, before copying the input).
LIMIT = 64 * 1024 * 1024


def test_oversize_bytes_are_refused() -> None:
    data = b"a" * (LIMIT + 1)
    with pytest.raises(quyche.ParseError, match="too large: 67108865 bytes") as e:
        quyche.import_bytes(data)
    assert e.value.kind == "input"


def test_oversize_text_is_refused() -> None:
    with pytest.raises(quyche.ParseError, match="the limit is 67108864 bytes") as e:
        quyche.import_text("a" * (LIMIT + 1))
    assert e.value.kind == "input"
