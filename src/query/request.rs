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
    },
    /// Import a text (`quyche import FILE`).
    Import {
        /// The text.
        text: String,
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
    /// A year of the working calendar (`quyche calendar`).
    Calendar {
        /// The year.
        year: i32,
        /// `civil` (default) or `labour`.
        #[serde(default)]
        calendar: Option<String>,
    },
}

impl Request {
    /// Reads a request from JSON text.
    ///
    /// # Errors
    /// [`crate::Error::Request`] saying what is wrong and where (line and column).
    pub fn from_json(text: &str) -> crate::Result<Self> {
        serde_json::from_str(text)
            .map_err(|e| crate::Error::request(format!("invalid request: {e}")))
    }
}
