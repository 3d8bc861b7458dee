"""Vietnamese beside English: summaries, trace reasons and findings say it in both languages."""

from __future__ import annotations

import unicodedata

import quyche


def _vietnamese(text: str, english: str) -> bool:
    """Mostly Vietnamese words among those the English does not share (names, numbers)."""
    own = [w for w in text.split() if w not in english.split()]
    marked = [w for w in own if not w.isascii()]
    return 2 * len(marked) >= len(own)


def test_every_record_has_a_vietnamese_summary(rules: quyche.RuleSet) -> None:
    records = list(rules.duties()) + list(rules.obligations())
    # The five texts' rules files: 577 duties and 89 obligations.
    assert len(records) == 666
    for r in records:
        vi = r.summary_vi
        assert vi and vi != r.summary, r.id
        assert unicodedata.is_normalized("NFC", vi), r.id
        assert _vietnamese(vi, r.summary), (r.id, vi)


def test_trace_steps_say_why_in_vietnamese(rules: quyche.RuleSet) -> None:
    rows = rules.deadlines(2026, province="Quảng Ninh")
    assert rows
    for d in rows:
        assert d.summary_vi
        for step in d.trace:
            assert step["reason_vi"] and step["reason_vi"] != step["reason"], step
    # The weekly portal duty's first week: New Year's Day and the swapped 02/01 are days off, so
    # the last working day before Sunday 04/01/2026 is Wednesday 31/12/2025.
    first = next(
        d for d in rows
        if d.obligation.endswith("/ob-weekly-portal-information") and d.due is not None
    )
    reasons = [s["reason_vi"] for s in first.trace]
    assert "01/01/2026 là Tết Dương lịch, ngày nghỉ lễ, tết" in reasons
    assert reasons[-2] == "tính lùi: hạn là ngày làm việc liền trước, 31/12/2025 (thứ Tư)"


def test_findings_say_it_in_vietnamese(rules: quyche.RuleSet) -> None:
    report = rules.check(as_of="2026-11-23")
    assert report["findings"]
    for f in report["findings"]:
        assert f["message_vi"] and f["message_vi"] != f["message"], f["rule"]
        assert unicodedata.is_normalized("NFC", f["message_vi"])
