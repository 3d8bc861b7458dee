//! The Vietnamese calendar, usable on its own: the lunisolar calendar ([`lunar`]), the holidays of
//! each period of labour law and the yearly official arrangements ([`law`], [`arrangements`]), the
//! working-day calendar ([`WorkingCalendar`]) and calendar periods ([`period`]).
//!
//! This module depends only on chrono, serde, toml and the crate's error type.

mod astro;
pub mod lunar;

pub use lunar::{LunarCalendar, LunarDate};
