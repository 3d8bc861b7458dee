//! The requests the query layer answers, mirroring the CLI's subcommands.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A request. As JSON: an object whose `query` names the subcommand and whose other keys are its
/// options, e.g. `{"query": "obligations", "province": "Điện Biên", "frequency": "annual"}`.
/// Dates are ISO 8601 strings (`"2026-11-23"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "query", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Request {
    /// Every instrument, without trees (`quyche instruments`).
    Instruments {
        /// The law as it stood on this day: instruments signed later are left out and each
        /// instrument's status is the one it had then.
        #[serde(default)]
        as_of: Option<NaiveDate>,
    },
    /// One instrument with its tree, or one of its provisions (`quyche show ID [CITATION]`).
    Show {
        /// Id or official number.
        id: String,
        /// A citation or eId of one provision.
        #[serde(default)]
        citation: Option<String>,
        /// `json` (default) or `akn`: the whole instrument as an Akoma Ntoso 3.0 document, answered
        /// as `{"id", "format", "media_type", "xml"}` (see [`crate::akn`]).
        #[serde(default)]
        format: Option<String>,
    },
    /// Import a text (`quyche import FILE`); Akoma Ntoso XML is read as such.
    Import {
        /// The text.
        text: String,
        /// `json` (default) or `akn`, as for `show`; the answer adds `diagnostics`.
        #[serde(default)]
        format: Option<String>,
    },
    /// Agencies and groups (`quyche agencies`).
    Agencies {
        /// Only this province's bodies (central bodies are always listed).
        #[serde(default)]
        province: Option<String>,
    },
    /// Duties (`quyche duties`).
    Duties {
        /// Only duties borne by this agency.
        #[serde(default)]
        agency: Option<String>,
        /// Only this province's duties.
        #[serde(default)]
        province: Option<String>,
        /// Only this role.
        #[serde(default)]
        role: Option<String>,
        /// Only duties of instruments in force on this day.
        #[serde(default)]
        as_of: Option<NaiveDate>,
        /// Add, for each record, the bodies that carry it on `as_of` after the 2025
        /// reorganisation (`current`); needs `as_of`.
        #[serde(default)]
        current_bearers: bool,
        /// With `province`: only the province's own records, without the national ones whose
        /// bearer is a body every province has (by default those are included, resolved to the
        /// province's bodies and marked `national`).
        #[serde(default)]
        local_only: bool,
    },
    /// Reporting obligations (`quyche obligations`).
    Obligations {
        /// Only this province's obligations.
        #[serde(default)]
        province: Option<String>,
        /// Only obligations owed to this agency.
        #[serde(default)]
        to: Option<String>,
        /// Only this frequency.
        #[serde(default)]
        frequency: Option<String>,
        /// Only obligations of instruments in force on this day.
        #[serde(default)]
        as_of: Option<NaiveDate>,
        /// Add, for each record, the bodies that carry it on `as_of` after the 2025
        /// reorganisation (`current`); needs `as_of`.
        #[serde(default)]
        current_bearers: bool,
        /// With `province`: only the province's own records, without the national ones whose
        /// bearer is a body every province has (by default those are included, resolved to the
        /// province's bodies and marked `national`).
        #[serde(default)]
        local_only: bool,
    },
    /// Due dates (`quyche deadlines`).
    Deadlines {
        /// The calendar year (unless `from`/`to` are given).
        #[serde(default)]
        year: Option<i32>,
        /// First day of the range.
        #[serde(default)]
        from: Option<NaiveDate>,
        /// Last day of the range.
        #[serde(default)]
        to: Option<NaiveDate>,
        /// Only this province.
        #[serde(default)]
        province: Option<String>,
        /// Only obligations owed by this agency.
        #[serde(default)]
        agency: Option<String>,
        /// `previous` (default), `next` or `none`.
        #[serde(default)]
        shift: Option<String>,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
        /// Only obligations of instruments in force on this day.
        #[serde(default)]
        as_of: Option<NaiveDate>,
        /// Add, for each record, the bodies that carry it on `as_of` after the 2025
        /// reorganisation (`current`); needs `as_of`.
        #[serde(default)]
        current_bearers: bool,
        /// With `province`: only the province's own records, without the national ones whose
        /// bearer is a body every province has (by default those are included, resolved to the
        /// province's bodies and marked `national`).
        #[serde(default)]
        local_only: bool,
    },
    /// Compliance analysis (`quyche check`).
    Check {
        /// Only this province.
        #[serde(default)]
        province: Option<String>,
        /// The year whose calendar measures deadlines (default: the as-of year, else 2026).
        #[serde(default)]
        year: Option<i32>,
        /// The law as it stood on this day.
        #[serde(default)]
        as_of: Option<NaiveDate>,
    },
    /// Provinces side by side (`quyche compare`).
    Compare {
        /// `deadlines` (default) or `duties`.
        #[serde(default)]
        what: Option<String>,
    },
    /// An agency's timeline: created, renamed, merged, functions moved, dissolved
    /// (`quyche agencies --history NAME`).
    History {
        /// The agency's id, name or alias.
        name: String,
        /// The province to look the name up in, where it is ambiguous.
        #[serde(default)]
        province: Option<String>,
    },
    /// The provinces and centrally-run cities of a day, with their dates, the units they were
    /// formed from or became part of, and their local regulations (`quyche provinces`).
    Provinces {
        /// The day (34 units from 12/06/2025, 63 before); without it, every unit the dataset
        /// records.
        #[serde(default)]
        as_of: Option<NaiveDate>,
    },
    /// A year of the working calendar (`quyche calendar`).
    Calendar {
        /// The year.
        year: i32,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
    },
    /// A date plus a number of working days (`quyche workdays add DATE N`).
    WorkdaysAdd {
        /// The date.
        date: NaiveDate,
        /// How many working days (negative: back in time).
        n: i64,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
    },
    /// The working days in `[from, to)`: `from` counts, `to` does not (`quyche workdays between`).
    WorkdaysBetween {
        /// The first date (counted).
        from: NaiveDate,
        /// The end of the range (not counted).
        to: NaiveDate,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
    },
    /// Whether a date is a working day, and why (`quyche workdays is DATE`).
    WorkdaysIs {
        /// The date.
        date: NaiveDate,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
    },
    /// The Vietnamese lunar date of a solar date (`quyche lunar from-solar DATE`).
    LunarFromSolar {
        /// The solar date.
        date: NaiveDate,
    },
    /// The solar date of a Vietnamese lunar date (`quyche lunar to-solar DATE [--leap]`).
    LunarToSolar {
        /// The lunar date as `YYYY-MM-DD` (`2026-01-01` is Tết 2026).
        date: String,
        /// The month is the leap month (tháng nhuận).
        #[serde(default)]
        leap: bool,
    },
    /// Submission tracking (`quyche status`): the state of every submission expected in a year,
    /// given a CSV of what was submitted (format: [`crate::status`]).
    Status {
        /// The calendar year whose due dates are expected.
        year: i32,
        /// The CSV text itself (not a path), at most [`crate::status::MAX_CSV_BYTES`] bytes.
        submissions_csv: String,
        /// The day to measure on (default: 31 December of the year).
        #[serde(default)]
        as_of: Option<NaiveDate>,
        /// Only this province's obligations.
        #[serde(default)]
        province: Option<String>,
    },
}

impl Request {
    /// Reads a request from JSON text.
    ///
    /// # Errors
    /// [`crate::Error::Request`] saying what is wrong and where (line and column).
    pub fn from_json(text: &str) -> crate::Result<Self> {
        serde_json::from_str(text).map_err(|e| {
            // The tagged enum buffers its fields, so serde's message loses which field failed
            // ("input is out of range"): name the date that does not exist.
            let field = bad_date_field(text)
                .map(|(k, v)| format!("{k:?} = {v:?} is not a date that exists (YYYY-MM-DD): "))
                .unwrap_or_default();
            crate::Error::request(format!("invalid request: {field}{e}"))
        })
    }
}

/// The first date field of a request object whose value is a string that is not a valid date.
fn bad_date_field(text: &str) -> Option<(String, String)> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let object = value.as_object()?;
    // A lunar date is no solar date: `2026-02-30` is a day of the second lunar month.
    let lunar = object.get("query").and_then(serde_json::Value::as_str) == Some("lunar_to_solar");
    let keys: &[&str] = if lunar {
        &["as_of", "from", "to"]
    } else {
        &["as_of", "from", "to", "date"]
    };
    keys.iter().find_map(|k| {
        let v = object.get(*k)?.as_str()?;
        match v.parse::<NaiveDate>() {
            Ok(_) => None,
            Err(_) => Some(((*k).to_owned(), v.to_owned())),
        }
    })
}
