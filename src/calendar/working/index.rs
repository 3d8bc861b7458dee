//! The working-day index: one bit a day with a rank directory and the list of working days, so
//! that "is it a working day", "how many between" and "the n-th after" are table look-ups.

use chrono::{Datelike, NaiveDate};

use super::types::{FIRST_DAY, LAST_DAY};
use crate::text::date::dmy;
use crate::{Error, Result};

/// The CE day number (chrono's `num_days_from_ce`, 0001-01-01 = 1) of 1970-01-01, day 0 of the
/// day numbers (numpy's `datetime64[D]`).
const UNIX_EPOCH_CE: i64 = 719_163;

/// A rank/select index over the days `first..=last`.
#[derive(Debug, Clone)]
pub(super) struct DayIndex {
    first: i32,
    last: i32,
    /// Bit i (of word i / 64) is set when day first + i is a working day: 9 KB for 200 years,
    /// so look-ups stay in the L1 cache.
    bits: Vec<u64>,
    /// blocks[w] = working days before word w (a rank directory over `bits`).
    blocks: Vec<u32>,
    /// The day numbers of the working days, in order.
    workdays: Vec<i32>,
}

impl DayIndex {
    /// The index of `first..=last`, where `working(date)` says whether a day works.
    ///
    /// # Errors
    /// [`Error::Date`] when the range is empty.
    pub(super) fn build(
        first: NaiveDate,
        last: NaiveDate,
        working: impl Fn(usize, NaiveDate) -> bool,
    ) -> Result<Self> {
        let (first, last) = (first.num_days_from_ce(), last.num_days_from_ce());
        let span = usize::try_from(
            i64::from(last)
                .saturating_sub(i64::from(first))
                .saturating_add(1),
        )
        .map_err(|_| super::empty_range())?;
        let mut bits = vec![0u64; span.div_ceil(64)];
        let mut blocks = Vec::with_capacity(bits.len());
        let mut workdays = Vec::with_capacity((span / 7).saturating_mul(5).saturating_add(8));
        let mut count = 0u32;
        for i in 0..span {
            if i % 64 == 0 {
                blocks.push(count);
            }
            let day = first.saturating_add(i32::try_from(i).unwrap_or(i32::MAX));
            let works =
                NaiveDate::from_num_days_from_ce_opt(day).is_some_and(|date| working(i, date));
            if works {
                count = count.saturating_add(1);
                workdays.push(day);
                if let Some(w) = bits.get_mut(i / 64) {
                    *w |= 1u64 << (i % 64);
                }
            }
        }
        Ok(DayIndex {
            first,
            last,
            bits,
            blocks,
            workdays,
        })
    }

    /// The offset of `date` from the first day.
    pub(super) fn index(&self, date: NaiveDate) -> Result<usize> {
        let d = date.num_days_from_ce();
        if d < self.first || d > self.last {
            return Err(Error::date(
                format!("{date} is outside the working calendar's range {FIRST_DAY}..={LAST_DAY}"),
                format!(
                    "{} nằm ngoài phạm vi của lịch làm việc (từ {} đến {})",
                    dmy(date),
                    dmy(FIRST_DAY),
                    dmy(LAST_DAY)
                ),
            ));
        }
        usize::try_from(d.saturating_sub(self.first)).map_err(|_| {
            Error::date(
                format!("{date} is out of range"),
                format!("{} nằm ngoài phạm vi", dmy(date)),
            )
        })
    }

    pub(super) fn working_at(&self, i: usize) -> bool {
        self.bits
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// Working days in [first, first + i), for i inside the range.
    fn rank(&self, i: usize) -> i64 {
        let base = self.blocks.get(i / 64).copied().unwrap_or(0);
        let word = self.bits.get(i / 64).copied().unwrap_or(0);
        let below = word & ((1u64 << (i % 64)).wrapping_sub(1));
        i64::from(base).saturating_add(i64::from(below.count_ones()))
    }

    /// The k-th working day (0-based).
    fn workday(&self, k: i64) -> Result<NaiveDate> {
        usize::try_from(k)
            .ok()
            .and_then(|k| self.workdays.get(k))
            .and_then(|&d| NaiveDate::from_num_days_from_ce_opt(d))
            .ok_or_else(|| {
                Error::date(
                    format!("the result is outside the working calendar's range {FIRST_DAY}..={LAST_DAY}"),
                    format!(
                        "kết quả nằm ngoài phạm vi của lịch làm việc (từ {} đến {})",
                        dmy(FIRST_DAY),
                        dmy(LAST_DAY)
                    ),
                )
            })
    }

    /// See [`super::WorkingCalendar::add_working_days`].
    pub(super) fn add(&self, date: NaiveDate, n: i64) -> Result<NaiveDate> {
        let i = self.index(date)?;
        if n == 0 {
            return Ok(date);
        }
        match self.target(i, n) {
            Some(k) => self.workday(k),
            None => self.workday(-1),
        }
    }

    /// The rank (0-based) of the `n`-th working day from the day at offset `i` (n != 0), or
    /// `None` when the arithmetic overflows.
    fn target(&self, i: usize, n: i64) -> Option<i64> {
        let before = self.rank(i);
        if n > 0 {
            // Working days strictly before the day, plus the day itself when it works, then
            // n - 1 on.
            let here = i64::from(self.working_at(i));
            before
                .checked_add(here)
                .and_then(|x| x.checked_add(n.saturating_sub(1)))
        } else {
            before.checked_add(n)
        }
    }

    /// The offset from the first day of the day numbered `day` (days since 1970-01-01), or
    /// `None` outside the range.
    fn offset_of_number(&self, day: i64) -> Option<usize> {
        let ce = day.checked_add(UNIX_EPOCH_CE)?;
        if ce < i64::from(self.first) || ce > i64::from(self.last) {
            return None;
        }
        usize::try_from(ce.checked_sub(i64::from(self.first))?).ok()
    }

    /// See [`super::WorkingCalendar::is_working_day_number`].
    pub(super) fn is_working_number(&self, day: i64) -> Option<bool> {
        self.offset_of_number(day).map(|i| self.working_at(i))
    }

    /// See [`super::WorkingCalendar::add_working_days_number`].
    pub(super) fn add_number(&self, day: i64, n: i64) -> Option<i64> {
        let i = self.offset_of_number(day)?;
        if n == 0 {
            return Some(day);
        }
        let k = usize::try_from(self.target(i, n)?).ok()?;
        let ce = self.workdays.get(k)?;
        i64::from(*ce).checked_sub(UNIX_EPOCH_CE)
    }

    /// See [`super::WorkingCalendar::working_days_between_numbers`].
    pub(super) fn between_numbers(&self, a: i64, b: i64) -> Option<i64> {
        let i = self.offset_of_number(a)?;
        let j = self.offset_of_number(b)?;
        Some(self.rank(j).saturating_sub(self.rank(i)))
    }

    /// See [`super::WorkingCalendar::working_days_between`].
    pub(super) fn between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        let (i, j) = (self.index(a)?, self.index(b)?);
        Ok(self.rank(j).saturating_sub(self.rank(i)))
    }
}
