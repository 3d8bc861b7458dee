//! Period labels of the status answer (`2026`, `2026-H1`, `2026-Q3`, `2026-03`, `2026-W05`, or a
//! period's first day `2026-07-01`), read and written by the calendar's one period module
//! ([`crate::calendar::period`]); this file only maps its period kinds to recurrences.

use chrono::NaiveDate;

use crate::calendar::period::{parse_label, LabelError};
use crate::deadline::periods::{frequency, label};
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
/// A [`LabelError`] saying which forms are accepted, in English and in Vietnamese.
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
pub fn parse_period(text: &str) -> Result<PeriodKey, LabelError> {
    let label = parse_label(text)?;
    Ok(PeriodKey {
        recurrence: label.kind.map(frequency),
        start: label.start,
    })
}

/// The label of the period of `recurrence` starting on `start`, in the form [`parse_period`]
/// reads; the day itself for duties on request or on an event.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::schedule::Frequency;
/// let start = NaiveDate::from_ymd_opt(2026, 2, 16).unwrap();
/// assert_eq!(quyche::status::period_label(Frequency::Weekly, start), "2026-W08");
/// ```
pub fn period_label(recurrence: Frequency, start: NaiveDate) -> String {
    label(recurrence, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurrences_and_labels_round_trip() {
        for (text, rec) in [
            ("2026", Frequency::Annual),
            ("2026-H1", Frequency::Semiannual),
            ("2026-Q3", Frequency::Quarterly),
            ("2026-03", Frequency::Monthly),
            ("2026-W01", Frequency::Weekly),
        ] {
            let k = parse_period(text).unwrap();
            assert_eq!(k.recurrence, Some(rec), "{text}");
            assert_eq!(period_label(rec, k.start), text);
        }
        assert_eq!(parse_period("2026-07-01").unwrap().recurrence, None);
        assert!(parse_period("2026-Q5").is_err());
    }
}
