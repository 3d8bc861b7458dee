//! The Vietnamese calendar, usable on its own: the lunisolar calendar ([`lunar`]), the holidays of
//! each period of labour law ([`law`]) and the yearly official arrangements ([`arrangements`]), the
//! working-day calendar ([`WorkingCalendar`]) and calendar periods ([`period`]).
//!
//! This module depends only on chrono, serde, serde_json, toml and the crate's error type.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use quyche::calendar::{lunar, CalendarKind, WorkingCalendar};
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//!
//! // Giỗ Tổ Hùng Vương 2026: 10/3 âm lịch.
//! let gio_to = lunar::to_solar(lunar::LunarDate { year: 2026, month: 3, day: 10, leap: false })?;
//! assert_eq!(gio_to, d(2026, 4, 26));
//!
//! // "trước ngày 30/11": the last day allowed is 29/11/2026, a Sunday.
//! let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
//! let info = cal.day_info(d(2026, 11, 29))?;
//! assert!(!info.working);
//! assert_eq!(cal.on_or_before(d(2026, 11, 29))?, d(2026, 11, 27));
//! # Ok::<(), quyche::Error>(())
//! ```

pub mod arrangements;
mod astro;
mod data;
pub mod law;
pub mod lunar;
pub mod period;
mod working;

pub use arrangements::{Arrangements, Status};
pub use lunar::{LunarCalendar, LunarDate};
pub use period::{Period, Rounding};
pub use working::{
    CalendarKind, CalendarOptions, DayInfo, DayKind, HolidayRecord, Reason, WorkingCalendar,
    YearSummary, FIRST_DAY, LAST_DAY,
};
