//! Calendar periods, the one place the crate handles them: date arithmetic (adding years, months
//! and days with a rounding policy), the periods of a kind (year, half-year, quarter, month, ISO
//! week: bounds, the period containing a day, iteration) and their labels (`2026-Q3`,
//! `2026-W08`). The working calendar, deadline expansion and the status answer all use it.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use quyche::calendar::period::{add, parse_label, CalendarPeriod, Period, PeriodKind, Rounding};
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(add(d(2026, 1, 31), Period::new(0, 1, 0), Rounding::Down)?, d(2026, 2, 28));
//! let q = CalendarPeriod::containing(PeriodKind::Quarter, d(2026, 8, 15))?;
//! assert_eq!(q.label(), "2026-Q3");
//! assert_eq!(parse_label("2026-Q3").map(|l| l.start), Ok(q.start));
//! # Ok::<(), quyche::Error>(())
//! ```

mod arith;
mod cycle;
mod label;

pub use arith::{add, first_day_of_month, last_day_of_month, Period, Rounding};
pub use cycle::{
    half_year_bounds, month_bounds, quarter_bounds, week_bounds, year_bounds, CalendarPeriod,
    PeriodKind,
};
pub use label::{parse_label, Label, LabelError};
