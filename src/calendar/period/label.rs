//! Period labels: `2026`, `2026-H1`, `2026-Q3`, `2026-03`, `2026-W05`, or a period's first day
//! `2026-07-01`. The status answer names its periods with them and ICS UIDs carry them.

use chrono::{Datelike, NaiveDate};

use super::cycle::{CalendarPeriod, PeriodKind};

impl CalendarPeriod {
    /// The period's label, in the form [`parse_label`] reads (weeks by ISO week year).
    pub fn label(&self) -> String {
        let y = self.start.year();
        match self.kind {
            PeriodKind::Year => format!("{y}"),
            PeriodKind::Half => format!("{y}-H{}", self.index_in_year()),
            PeriodKind::Quarter => format!("{y}-Q{}", self.index_in_year()),
            PeriodKind::Month => format!("{y}-{:02}", self.start.month()),
            PeriodKind::Week => {
                let w = self.start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
        }
    }
}

/// A label read by [`parse_label`]: the period's kind (`None` for a bare first day, which fits
/// any kind) and its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    /// The kind the label implies.
    pub kind: Option<PeriodKind>,
    /// The period's first day.
    pub start: NaiveDate,
}

/// A text that is not a period label, as [`parse_label`] refuses it: its [`Display`] is the
/// English sentence, [`LabelError::message_vi`] the Vietnamese one. Both name the text and the
/// forms accepted.
///
/// [`Display`]: std::fmt::Display
///
/// # Example
/// ```
/// let e = quyche::calendar::period::parse_label("2026-Q5").unwrap_err();
/// assert_eq!(e.text(), "2026-Q5");
/// assert!(e.to_string().starts_with("\"2026-Q5\" is not a period: use 2026, 2026-H1"));
/// assert!(e.message_vi().starts_with("“2026-Q5” không phải là kỳ hợp lệ: hãy ghi năm (2026)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelError {
    text: String,
}

impl LabelError {
    /// The text that was read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The error as a sentence in Vietnamese.
    pub fn message_vi(&self) -> String {
        const FORMS: &str = "năm (2026), nửa năm (2026-H1), quý (2026-Q3), tháng (2026-03), tuần (2026-W05) hoặc ngày đầu kỳ (2026-07-01)";
        let text = self.text.trim();
        if text.is_empty() {
            format!("chưa ghi kỳ: hãy ghi {FORMS}")
        } else {
            format!(
                "{} không phải là kỳ hợp lệ: hãy ghi {FORMS}",
                crate::text::quoted(text)
            )
        }
    }
}

impl std::fmt::Display for LabelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01",
            self.text
        )
    }
}

impl std::error::Error for LabelError {}

/// The English sentence, for callers that keep errors as text.
impl From<LabelError> for String {
    fn from(e: LabelError) -> Self {
        e.to_string()
    }
}

/// Reads a period label.
///
/// # Errors
/// A [`LabelError`] saying which forms are accepted.
///
/// # Example
/// ```
/// use quyche::calendar::period::{parse_label, PeriodKind};
/// let q = parse_label("2026-Q3")?;
/// assert_eq!(q.kind, Some(PeriodKind::Quarter));
/// assert_eq!(q.start.to_string(), "2026-07-01");
/// assert_eq!(parse_label("2026-W05")?.start.to_string(), "2026-01-26");
/// # Ok::<(), String>(())
/// ```
pub fn parse_label(text: &str) -> Result<Label, LabelError> {
    let t = text.trim().to_ascii_uppercase();
    let bad = || LabelError {
        text: text.to_owned(),
    };
    let (year, rest) = match t.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (t.as_str(), None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let year: i32 = year.parse().map_err(|_| bad())?;
    let num = |s: &str| -> Result<u32, LabelError> {
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let numbered = |kind, n| {
        CalendarPeriod::numbered(kind, year, n)
            .map(|p| Label {
                kind: Some(kind),
                start: p.start,
            })
            .map_err(|_| bad())
    };
    let Some(rest) = rest else {
        return numbered(PeriodKind::Year, 1);
    };
    if let Some(h) = rest.strip_prefix('H') {
        return numbered(PeriodKind::Half, num(h)?);
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return numbered(PeriodKind::Quarter, num(q)?);
    }
    if let Some(w) = rest.strip_prefix('W') {
        return numbered(PeriodKind::Week, num(w)?);
    }
    if let Some((m, d)) = rest.split_once('-') {
        let start = NaiveDate::from_ymd_opt(year, num(m)?, num(d)?).ok_or_else(bad)?;
        return Ok(Label { kind: None, start });
    }
    numbered(PeriodKind::Month, num(rest)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_form() {
        let cases = [
            ("2026", Some(PeriodKind::Year), d(2026, 1, 1)),
            ("2026-h2", Some(PeriodKind::Half), d(2026, 7, 1)),
            ("2026-Q4", Some(PeriodKind::Quarter), d(2026, 10, 1)),
            ("2026-3", Some(PeriodKind::Month), d(2026, 3, 1)),
            ("2026-12", Some(PeriodKind::Month), d(2026, 12, 1)),
            // ISO week 1 of 2026 starts Monday 29/12/2025 (the week holding 1 January, a Thursday).
            ("2026-W01", Some(PeriodKind::Week), d(2025, 12, 29)),
            ("2026-W53", Some(PeriodKind::Week), d(2026, 12, 28)),
            ("2026-07-01", None, d(2026, 7, 1)),
        ];
        for (text, kind, start) in cases {
            let k = parse_label(text).unwrap();
            assert_eq!((k.kind, k.start), (kind, start), "{text}");
        }
    }

    #[test]
    fn labels_round_trip() {
        for text in [
            "2026", "2026-H1", "2026-Q3", "2026-03", "2026-W05", "2026-W01",
        ] {
            let k = parse_label(text).unwrap();
            let p = CalendarPeriod::containing(k.kind.unwrap(), k.start).unwrap();
            assert_eq!(p.label(), text);
        }
    }

    #[test]
    fn bad_forms() {
        for text in [
            "",
            "26",
            "2026-Q5",
            "2026-H3",
            "2026-13",
            "2026-W54",
            "2027-W53",
            "2026-02-30",
            "2026-00",
            "2026-H0",
            "Q3-2026",
            "2026-Q",
            "２０２６",
        ] {
            let e = parse_label(text).unwrap_err();
            assert_eq!(e.text(), text);
            assert!(e.to_string().contains("is not a period"), "{text}");
            assert!(e.message_vi().contains("hãy ghi năm (2026)"), "{text}");
        }
    }
}
