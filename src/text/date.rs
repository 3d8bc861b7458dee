//! Dates written out as Vietnamese texts and calendar files write them (`dd/mm/yyyy`, `dd/mm`,
//! ISO `yyyy-mm-dd`, iCalendar `yyyymmdd`), without chrono's `format` machinery.
//!
//! Why not `NaiveDate::format`: it builds a `DelayedFormat` that interprets a format string on
//! every call, and its optimised code makes valgrind report "use of uninitialised value" in every
//! program that links the C library. These writers are a few `write!`s, need no allocation
//! beyond the caller's, and print exactly what chrono's `%d/%m/%Y`, `%d/%m`, `%Y-%m-%d` and
//! `%Y%m%d` print (years outside 0..=9999 with a sign and at least four digits, as `%Y` does).

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// `dd/mm/yyyy` (`02/09/2026`), as Vietnamese texts write dates; `Display`s without allocating.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
/// assert_eq!(quyche::text::date::dmy(d).to_string(), "02/09/2026");
/// ```
pub fn dmy(d: NaiveDate) -> Dmy {
    Dmy(d)
}

/// `dd/mm` (`30/11`): a day of the year without its year.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
/// assert_eq!(quyche::text::date::dm(d).to_string(), "30/11");
/// ```
pub fn dm(d: NaiveDate) -> Dm {
    Dm(d)
}

/// ISO 8601 `yyyy-mm-dd` (`2026-01-05`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
/// assert_eq!(quyche::text::date::iso(d).to_string(), "2026-01-05");
/// ```
pub fn iso(d: NaiveDate) -> Iso {
    Iso(d)
}

/// The iCalendar basic form `yyyymmdd` (`20260105`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
/// assert_eq!(quyche::text::date::basic(d).to_string(), "20260105");
/// ```
pub fn basic(d: NaiveDate) -> Basic {
    Basic(d)
}

/// The iCalendar UTC time stamp `yyyymmddThhmmssZ` (`20260105T083000Z`); fractions of a second
/// are dropped and a leap second shows as second 60, as chrono's `%S` shows it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let t = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap().and_hms_opt(8, 30, 0).unwrap();
/// assert_eq!(quyche::text::date::basic_utc(t).to_string(), "20260105T083000Z");
/// ```
pub fn basic_utc(t: NaiveDateTime) -> BasicUtc {
    BasicUtc(t)
}

/// A date written `dd/mm/yyyy`; see [`dmy`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dmy(NaiveDate);

/// A date written `dd/mm`; see [`dm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dm(NaiveDate);

/// A date written `yyyy-mm-dd`; see [`iso`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Iso(NaiveDate);

/// A date written `yyyymmdd`; see [`basic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basic(NaiveDate);

/// A time written `yyyymmddThhmmssZ`; see [`basic_utc`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BasicUtc(NaiveDateTime);

/// The year as chrono's `%Y`: four digits, zero-padded, for 0..=9999; otherwise with its sign.
fn year(f: &mut fmt::Formatter<'_>, y: i32) -> fmt::Result {
    if (0..=9999).contains(&y) {
        write!(f, "{y:04}")
    } else {
        write!(f, "{y:+05}")
    }
}

impl fmt::Display for Dmy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}/", self.0.day(), self.0.month())?;
        year(f, self.0.year())
    }
}

impl fmt::Display for Dm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}", self.0.day(), self.0.month())
    }
}

impl fmt::Display for Iso {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        year(f, self.0.year())?;
        write!(f, "-{:02}-{:02}", self.0.month(), self.0.day())
    }
}

impl fmt::Display for Basic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        year(f, self.0.year())?;
        write!(f, "{:02}{:02}", self.0.month(), self.0.day())
    }
}

impl fmt::Display for BasicUtc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        write!(f, "{}T{:02}{:02}", Basic(t.date()), t.hour(), t.minute())?;
        // chrono keeps a leap second as nanoseconds ≥ 1e9 within second 59.
        let leap = u32::from(t.nanosecond() >= 1_000_000_000);
        write!(f, "{:02}Z", t.second().saturating_add(leap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vietnamese_and_iso_forms() {
        // Quốc khánh 2026 and the last day of "trước ngày 30/11" (README's example).
        assert_eq!(dmy(d(2026, 9, 2)).to_string(), "02/09/2026");
        assert_eq!(dm(d(2026, 11, 29)).to_string(), "29/11");
        assert_eq!(iso(d(2026, 1, 5)).to_string(), "2026-01-05");
        assert_eq!(basic(d(2026, 12, 31)).to_string(), "20261231");
        assert_eq!(dmy(d(7, 1, 1)).to_string(), "01/01/0007");
    }

    #[test]
    fn years_outside_four_digits_carry_a_sign_as_iso_8601_expanded_years_do() {
        assert_eq!(iso(d(10000, 3, 4)).to_string(), "+10000-03-04");
        assert_eq!(iso(d(-1, 3, 4)).to_string(), "-0001-03-04");
        assert_eq!(dmy(d(-44, 3, 15)).to_string(), "15/03/-0044");
    }

    #[test]
    fn utc_stamp() {
        let t = d(2026, 2, 17).and_hms_opt(23, 5, 9).unwrap();
        assert_eq!(basic_utc(t).to_string(), "20260217T230509Z");
        let leap = d(2016, 12, 31).and_hms_milli_opt(23, 59, 59, 1500).unwrap();
        assert_eq!(basic_utc(leap).to_string(), "20161231T235960Z");
    }

    #[test]
    fn the_iso_form_is_what_chrono_displays_for_every_day_of_four_centuries() {
        // chrono's Display of NaiveDate is its own ISO writer (not the format machinery), so it is
        // an independent oracle; the other forms are rearrangements of the same fields.
        let mut day = d(1900, 1, 1);
        while day < d(2300, 1, 1) {
            let s = iso(day).to_string();
            assert_eq!(s, day.to_string());
            let (y, rest) = s.split_at(4);
            let (m, dd) = (&rest[1..3], &rest[4..6]);
            assert_eq!(dmy(day).to_string(), format!("{dd}/{m}/{y}"));
            assert_eq!(basic(day).to_string(), format!("{y}{m}{dd}"));
            day = day.succ_opt().unwrap();
        }
    }
}
