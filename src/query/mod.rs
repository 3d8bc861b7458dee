//! One request in, one answer out. The CLI, the C ABI and the Python bindings all answer through
//! here, so they never disagree: the JSON of an answer is [`to_json`] of the same value everywhere.

mod deadlines;
mod export;
mod request;
mod views;

pub use deadlines::{deadlines, DeadlineFilter, DeadlineView};
pub use export::{csv, ics, CSV_HEADER};
pub use request::Request;
pub use views::{AgencyView, DutyView, InstrumentSummary, InstrumentView, Named, ObligationView, ProvisionView, TemplateView};

use crate::dataset::Dataset;
use crate::Result;

/// The JSON text of an answer, as the CLI prints it (pretty, two-space indent, UTF-8, no trailing newline).
///
/// # Errors
/// [`crate::Error::Request`] if the value cannot be serialised (not expected for quyche's types).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(|e| crate::Error::request(format!("cannot write the answer as JSON: {e}")))
}

/// Answers a request given as JSON text (`{"query": "duties", "province": "quang ninh"}`), the
/// entry point of the C ABI.
///
/// # Errors
/// [`crate::Error::Request`] for malformed JSON or an unknown query; any error of the query itself.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let json = quyche::query::answer_json(&ds, r#"{"query": "instruments"}"#)?;
/// assert!(json.contains("22/2016/TT-BTTTT"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn answer_json(dataset: &Dataset, request: &str) -> Result<String> {
    let request = Request::from_json(request)?;
    answer(dataset, &request)
}

/// Answers a request with the JSON text of the answer.
///
/// # Errors
/// Any error of the query (unknown province, agency, instrument; invalid date).
pub fn answer(dataset: &Dataset, request: &Request) -> Result<String> {
    let value = answer_value(dataset, request)?;
    to_json(&value)
}

/// Answers a request with a JSON value.
///
/// # Errors
/// As [`answer`].
pub fn answer_value(dataset: &Dataset, request: &Request) -> Result<serde_json::Value> {
    let v = |x: Result<serde_json::Value, serde_json::Error>| x.map_err(|e| crate::Error::request(format!("cannot write the answer as JSON: {e}")));
    match request {
        Request::Instruments {} => v(serde_json::to_value(views::instruments(dataset))),
        Request::Show { id, citation } => match citation {
            None => v(serde_json::to_value(views::instrument(dataset, id)?)),
            Some(c) => v(serde_json::to_value(views::provision(dataset, id, c)?)),
        },
        Request::Import { text } => {
            let imported = crate::import::import_text(text, &crate::import::ImportOptions::default())?;
            v(serde_json::to_value(InstrumentView::from_import(&imported)))
        }
        Request::Agencies { province } => v(serde_json::to_value(views::agencies(dataset, province.as_deref())?)),
        Request::Duties { agency, province, role } => v(serde_json::to_value(views::duties(dataset, agency.as_deref(), province.as_deref(), role.as_deref())?)),
        Request::Obligations { province, to, frequency } => {
            v(serde_json::to_value(views::obligations(dataset, province.as_deref(), to.as_deref(), frequency.as_deref())?))
        }
    }
}
