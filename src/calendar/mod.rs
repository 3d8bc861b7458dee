//! The Vietnamese calendar, usable on its own: the lunisolar calendar ([`lunar`]), the holidays of
//! each period of labour law ([`law`]) and the yearly official arrangements ([`arrangements`]), the
//! working-day calendar ([`WorkingCalendar`]) and calendar periods ([`period`]).
//!
//! This module depends only on chrono, serde, serde_json, toml and the crate's error type.

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
