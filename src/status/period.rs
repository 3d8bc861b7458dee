//! Period labels: `2026`, `2026-H1`, `2026-Q3`, `2026-03`, `2026-W05`, or a period's first day
//! `2026-07-01`. The same labels name the periods in the status answer.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::schedule::Frequency;

/// A period as a submission names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodKey {
    /// The recurrence the label implies; `None` for a bare first day, which fits any.
    pub recurrence: Option<Frequency>,
    /// The period's first day.
    pub start: NaiveDate,
}

/// Reads a period label.
///
/// # Errors
/// A message saying which forms are accepted.
///
/// # Example
/// ```
/// use quyche::status::parse_period;
/// use quyche::schedule::Frequency;
/// let q = parse_period("2026-Q3")?;
/// assert_eq!(q.recurrence, Some(Frequency::Quarterly));
/// assert_eq!(q.start.to_string(), "2026-07-01");
/// assert_eq!(parse_period("2026-W05")?.start.to_string(), "2026-01-26");
/// # Ok::<(), String>(())
/// ```
pub fn parse_period(text: &str) -> Result<PeriodKey, String> {
    let t = text.trim().to_ascii_uppercase();
    let bad = || {
        format!(
            "{text:?} is not a period: use 2026, 2026-H1, 2026-Q3, 2026-03, 2026-W05 or the period's first day 2026-07-01"
        )
    };
    let (year, rest) = match t.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (t.as_str(), None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let year: i32 = year.parse().map_err(|_| bad())?;
    let num = |s: &str, max: u32| -> Result<u32, String> {
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: u32 = s.parse().map_err(|_| bad())?;
        if n == 0 || n > max {
            return Err(bad());
        }
        Ok(n)
    };
    let ymd = |m: u32| NaiveDate::from_ymd_opt(year, m, 1).ok_or_else(bad);
    let key = |recurrence, start| PeriodKey {
        recurrence: Some(recurrence),
        start,
    };
    let Some(rest) = rest else {
        return Ok(key(Frequency::Annual, ymd(1)?));
    };
    if let Some(h) = rest.strip_prefix('H') {
        let h = num(h, 2)?;
        return Ok(key(
            Frequency::Semiannual,
            ymd(h.saturating_sub(1).saturating_mul(6).saturating_add(1))?,
        ));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q = num(q, 4)?;
        return Ok(key(
            Frequency::Quarterly,
            ymd(q.saturating_sub(1).saturating_mul(3).saturating_add(1))?,
        ));
    }
    if let Some(w) = rest.strip_prefix('W') {
        let w = num(w, 53)?;
        let start = NaiveDate::from_isoywd_opt(year, w, Weekday::Mon).ok_or_else(bad)?;
        return Ok(key(Frequency::Weekly, start));
    }
    if let Some((m, d)) = rest.split_once('-') {
        let m = num(m, 12)?;
        let d = num(d, 31)?;
        let start = NaiveDate::from_ymd_opt(year, m, d).ok_or_else(bad)?;
        return Ok(PeriodKey {
            recurrence: None,
            start,
        });
    }
    Ok(key(Frequency::Monthly, ymd(num(rest, 12)?)?))
}

/// The label of the period of `recurrence` starting on `start`, in the form [`parse_period`]
/// reads.
pub fn period_label(recurrence: Frequency, start: NaiveDate) -> String {
    let y = start.year();
    match recurrence {
        Frequency::Annual => format!("{y}"),
        Frequency::Semiannual => format!("{y}-H{}", (start.month0() / 6).saturating_add(1)),
        Frequency::Quarterly => format!("{y}-Q{}", (start.month0() / 3).saturating_add(1)),
        Frequency::Monthly => format!("{y}-{:02}", start.month()),
        Frequency::Weekly => {
            let w = start.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Frequency::OnRequest | Frequency::Event => start.to_string(),
    }
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
            ("2026", Some(Frequency::Annual), d(2026, 1, 1)),
            ("2026-h2", Some(Frequency::Semiannual), d(2026, 7, 1)),
            ("2026-Q4", Some(Frequency::Quarterly), d(2026, 10, 1)),
            ("2026-3", Some(Frequency::Monthly), d(2026, 3, 1)),
            ("2026-12", Some(Frequency::Monthly), d(2026, 12, 1)),
            // ISO week 1 of 2026 starts Monday 29/12/2025 (the week holding 1 January, a Thursday).
            ("2026-W01", Some(Frequency::Weekly), d(2025, 12, 29)),
            ("2026-W53", Some(Frequency::Weekly), d(2026, 12, 28)),
            ("2026-07-01", None, d(2026, 7, 1)),
        ];
        for (text, rec, start) in cases {
            let k = parse_period(text).unwrap();
            assert_eq!((k.recurrence, k.start), (rec, start), "{text}");
        }
    }

    #[test]
    fn labels_round_trip() {
        for text in [
            "2026", "2026-H1", "2026-Q3", "2026-03", "2026-W05", "2026-W01",
        ] {
            let k = parse_period(text).unwrap();
            assert_eq!(period_label(k.recurrence.unwrap(), k.start), text);
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
            "Q3-2026",
            "2026-Q",
            "２０２６",
        ] {
            assert!(parse_period(text).is_err(), "{text}");
        }
    }
}
