//! Dates in TOML: a bare TOML date (`2025-07-01`) or a quoted `"2025-07-01"`.
//!
//! chrono's own `Deserialize` accepts only the quoted form; the data files use bare dates.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// Deserializes a required date.
pub(super) fn required<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_any(DateVisitor)
}

/// Deserializes an optional date (use with `#[serde(default)]`).
pub(super) fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    required(d).map(Some)
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date such as 2025-07-01")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| E::custom(format!("invalid date {s:?}, expected YYYY-MM-DD")))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<NaiveDate, A::Error> {
        let dt = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        if dt.time.is_some() || dt.offset.is_some() {
            return Err(de::Error::custom(format!(
                "expected a date without time, found {dt}"
            )));
        }
        let date = dt
            .date
            .ok_or_else(|| de::Error::custom("expected a date"))?;
        NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or_else(|| de::Error::custom(format!("no such day: {dt}")))
    }
}
