//! One request in, one answer out. The CLI, the C ABI and the Python bindings all answer through
//! here, so they never disagree.
//!
//! Each query is a small typed value ([`DeadlineQuery`], [`DutyQuery`], ...) answered by the
//! [`RuleSet`] method of the same name with typed views; a [`Request`] names one of them (the JSON
//! request of the C ABI), [`RuleSet::dispatch`] answers it with an [`Answer`], and
//! [`Answer::to_json`] is the JSON every interface prints.
//!
//! ```
//! use quyche::deadline::Shift;
//! use quyche::query::{DeadlineQuery, DutyQuery, RuleSet};
//! let rules = RuleSet::embedded()?;
//! let q = DeadlineQuery::year(2026)?.province("quang ninh").shift(Shift::Next);
//! let first = rules.deadlines(&q)?.iter().filter_map(|d| d.due).min();
//! assert!(first.is_some());
//! let duties = rules.duties(&DutyQuery::default().province("Quảng Ninh").agency("Sở TT&TT"))?;
//! assert!(!duties.is_empty());
//! # Ok::<(), quyche::Error>(())
//! ```

/// The builder methods of the query values, each setting one field and returning the query:
/// `text f` takes anything `Into<String>` into `Option<String>`, `some f: T` a `T` into
/// `Option<T>`, `set f: T` a `T` as is. Each keeps the doc comment written before it.
macro_rules! setters {
    ($($(#[$doc:meta])* $kind:ident $name:ident $(: $ty:ty)?;)*) => {
        $(setters!(@one [$(#[$doc])*] $kind $name $(: $ty)?);)*
    };
    (@one [$($doc:tt)*] text $name:ident) => {
        $($doc)*
        #[must_use]
        pub fn $name(mut self, value: impl Into<String>) -> Self {
            self.$name = Some(value.into());
            self
        }
    };
    (@one [$($doc:tt)*] some $name:ident: $ty:ty) => {
        $($doc)*
        #[must_use]
        pub fn $name(mut self, value: $ty) -> Self {
            self.$name = Some(value);
            self
        }
    };
    (@one [$($doc:tt)*] set $name:ident: $ty:ty) => {
        $($doc)*
        #[must_use]
        pub fn $name(mut self, value: $ty) -> Self {
            self.$name = value;
            self
        }
    };
}

mod analysis;
mod answer;
mod current;
mod days;
mod deadlines;
mod document;
mod export;
mod export_json;
mod history;
mod provinces;
mod queries;
mod request;
mod ruleset;
#[cfg(feature = "schema")]
pub mod schema;
mod views;
mod words;
mod year_page;

/// Kept here for callers of earlier versions; the type lives in [`crate::agency`].
pub use crate::agency::Named;
pub use analysis::{CheckQuery, CompareQuery, StatusQuery};
pub use answer::Answer;
pub use current::{resolve_body, BodyRole, ChainStep, CurrentBearer, CurrentStatus, DUTY_FUNCTION};
pub use days::{
    CalendarQuery, CalendarYear, LunarFromSolarQuery, LunarToSolarQuery, SolarDate,
    WorkdaysAddQuery, WorkdaysBetweenQuery, WorkdaysCount, WorkdaysIsQuery, WorkdaysSum,
};
pub use deadlines::DeadlineView;
pub use document::{AknDocument, DocumentFormat, AKN_MEDIA_TYPE};
pub use export::{csv, ics, write_csv, write_ics, CSV_HEADER};
pub use history::{history, Event, HistoryView, JurisdictionDates};
pub use provinces::{EndedView, NationalView, ProvinceView, ResolvedGroup};
pub use queries::{
    AgencyQuery, DeadlineQuery, DutyQuery, HistoryQuery, ImportQuery, InstrumentsQuery,
    ObligationQuery, ProvincesQuery, ShowQuery,
};
pub use request::Request;
pub use ruleset::{Calendars, RuleSet, Shown};
pub use views::{
    AgencyView, AsOf, DutyView, InstrumentSummary, InstrumentView, ObligationView, ProvisionView,
    TemplateView,
};
pub use year_page::year_html;

use crate::import::Imported;
use crate::Result;

/// The JSON text of an answer, as the CLI prints it (pretty, two-space indent, UTF-8, no trailing newline).
///
/// # Errors
/// [`crate::Error::Request`] if the value cannot be serialised (not expected for quyche's types).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value).map_err(not_json)
}

/// An answer that cannot be written as JSON (not expected for quyche's types).
pub(crate) fn not_json(e: serde_json::Error) -> crate::Error {
    crate::Error::request(
        format!("cannot write the answer as JSON: {e}"),
        format!("không ghi được câu trả lời dưới dạng JSON: {e}"),
    )
}

/// Reads a raw legal text (or Akoma Ntoso XML) into an instrument with the importer's
/// diagnostics: what an [`ImportQuery`] asks for. It needs no dataset.
///
/// # Errors
/// [`crate::Error::Input`] when nothing usable comes out of the text.
///
/// # Example
/// See [`ImportQuery`].
pub fn import(q: &ImportQuery) -> Result<Imported> {
    document::import(&q.text)
}

/// The year `check` measures deadlines in when none is given.
pub const DEFAULT_YEAR: i32 = 2026;
