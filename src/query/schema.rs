//! The wire format as JSON Schema (draft 2020-12), derived from the types serde reads and writes:
//! the request every interface accepts ([`Request`], the body of `qc_query_json` and of the HTTP
//! server's `POST /v1/query`) and the answer of each query. The committed copies live under
//! `schema/` (`schema/request.json`, `schema/answers/<query>.json`); a test fails when they are
//! stale. Feature `schema`.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use super::days::{CalendarYear, SolarDate, WorkdaysCount, WorkdaysSum};
use super::document::AknDocument;
use super::history::HistoryView;
use super::provinces::ProvinceView;
use super::views::{
    AgencyView, DutyView, InstrumentSummary, InstrumentView, ObligationView, ProvisionView,
};
use super::{DeadlineView, Request};
use crate::calendar::{DayInfo, LunarDate};

/// Where the committed schemas are published; each schema's `$id` is relative to it.
pub const SCHEMA_BASE: &str = "https://quyche.invalid/schema/";

/// What `show` answers: an instrument, one of its provisions, or an Akoma Ntoso document.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code, clippy::large_enum_variant)] // Only its schema is used: the answer is an `Answer`.
enum ShowAnswer {
    Instrument(InstrumentView),
    Provision(ProvisionView),
    Akn(AknDocument),
}

/// What `import` answers: the imported instrument, or an Akoma Ntoso document.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code, clippy::large_enum_variant)]
enum ImportAnswer {
    Instrument(InstrumentView),
    Akn(AknDocument),
}

/// The schema of a request, as JSON text: an object whose `query` names the query and whose
/// other keys are that query's fields (what [`Request::from_json`] accepts).
///
/// # Example
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&quyche::query::schema::request())?;
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn request() -> String {
    let settings = SchemaSettings::draft2020_12().for_deserialize();
    render(
        settings.into_generator().into_root_schema_for::<Request>(),
        "request.json",
    )
}

/// The schema of each query's answer as `(query, JSON text)`, one per query name of
/// [`Request`] (`"deadlines"`, `"duties"`, ...), in the order of that enum.
///
/// # Example
/// ```
/// let answers = quyche::query::schema::answers();
/// assert!(answers.iter().any(|(query, _)| *query == "deadlines"));
/// ```
pub fn answers() -> Vec<(&'static str, String)> {
    fn one<T: JsonSchema>(query: &'static str) -> (&'static str, String) {
        let settings = SchemaSettings::draft2020_12().for_serialize();
        let schema = settings.into_generator().into_root_schema_for::<T>();
        (query, render(schema, &format!("answers/{query}.json")))
    }
    vec![
        one::<Vec<InstrumentSummary>>("instruments"),
        one::<ShowAnswer>("show"),
        one::<ImportAnswer>("import"),
        one::<Vec<AgencyView>>("agencies"),
        one::<Vec<DutyView>>("duties"),
        one::<Vec<ObligationView>>("obligations"),
        one::<Vec<DeadlineView>>("deadlines"),
        one::<crate::check::Report>("check"),
        one::<crate::check::Comparison>("compare"),
        one::<HistoryView>("history"),
        one::<Vec<ProvinceView>>("provinces"),
        one::<CalendarYear>("calendar"),
        one::<WorkdaysSum>("workdays_add"),
        one::<WorkdaysCount>("workdays_between"),
        one::<DayInfo>("workdays_is"),
        one::<LunarDate>("lunar_from_solar"),
        one::<SolarDate>("lunar_to_solar"),
        one::<crate::status::StatusReport>("status"),
    ]
}

/// A schema as the committed file holds it: with its `$id`, descriptions for a reader of
/// JSON, pretty, keys sorted, one newline.
fn render(mut schema: Schema, file: &str) -> String {
    schema.insert("$id".into(), format!("{SCHEMA_BASE}{file}").into());
    // Through `Value`, whose maps are sorted: the file does not change with field order.
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    plain_descriptions(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// The doc comments become descriptions: keep their prose, without the Rust sections
/// (`# Example`, `# Errors`) and with intra-doc links reduced to their text.
fn plain_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(text) if key == "description" => {
                        *text = plain(text);
                    }
                    _ => plain_descriptions(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(plain_descriptions),
        _ => {}
    }
}

fn plain(doc: &str) -> String {
    let prose = doc.split("\n# ").next().unwrap_or(doc);
    let prose = if prose.starts_with("# ") { "" } else { prose };
    // "[`X`](path)" and "[`X`]" read as "`X`".
    let mut out = String::with_capacity(prose.len());
    let mut rest = prose;
    while let Some((before, after)) = rest.split_once("[`") {
        let Some((name, tail)) = after.split_once("`]") else {
            break;
        };
        out.push_str(before);
        out.push('`');
        out.push_str(name);
        out.push('`');
        rest = match tail.strip_prefix('(').and_then(|t| t.split_once(')')) {
            Some((_path, after_link)) => after_link,
            None => tail,
        };
    }
    out.push_str(rest);
    out.trim_end().to_string()
}
