//! One request in, one answer out. The CLI, the C ABI and the Python bindings all answer through
//! here, so they never disagree: the JSON of an answer is [`to_json`] of the same value everywhere.

mod current;
pub mod days;
mod deadlines;
mod export;
mod export_json;
mod history;
mod provinces;
mod request;
mod ruleset;
mod views;

pub use current::{
    resolve_body, BodyRole, ChainStep, CurrentBearer, CurrentStatus, WithCurrent, DUTY_FUNCTION,
};
pub use deadlines::{deadlines, DeadlineFilter, DeadlineView};
pub use export::{csv, ics, write_csv, write_ics, CSV_HEADER};
pub use history::{history, Event, HistoryView, JurisdictionDates};
pub use provinces::{provinces, EndedView, NationalView, ProvinceView, ResolvedGroup};
pub use request::Request;
pub use ruleset::{Calendars, RuleSet};

use crate::deadline::{ExpandOptions, Shift};
pub use views::{
    AgencyView, CalendarYear, DutyView, InstrumentSummary, InstrumentView, Named, ObligationView,
    ProvisionView, TemplateView,
};

use crate::dataset::Dataset;
use crate::Result;

/// The JSON text of an answer, as the CLI prints it (pretty, two-space indent, UTF-8, no trailing newline).
///
/// # Errors
/// [`crate::Error::Request`] if the value cannot be serialised (not expected for quyche's types).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string_pretty(value)
        .map_err(|e| crate::Error::request(format!("cannot write the answer as JSON: {e}")))
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

/// Answers a request with a JSON value (building the calendars it needs; a [`RuleSet`] keeps them).
///
/// # Errors
/// As [`answer`].
pub fn answer_value(dataset: &Dataset, request: &Request) -> Result<serde_json::Value> {
    dispatch(dataset, &Calendars::default(), request)
}

fn value<T: serde::Serialize>(x: &T) -> Result<serde_json::Value> {
    serde_json::to_value(x)
        .map_err(|e| crate::Error::request(format!("cannot write the answer as JSON: {e}")))
}

pub(crate) fn dispatch(
    dataset: &Dataset,
    calendars: &Calendars,
    request: &Request,
) -> Result<serde_json::Value> {
    match request {
        Request::Instruments { as_of } => value(&views::instruments(dataset, *as_of)),
        Request::Show {
            id,
            citation,
            format,
        } => match citation {
            _ if akn_answer::wants_akn(format.as_deref())? => {
                akn_answer::show(dataset, id, citation.as_deref())
            }
            None => value(&views::instrument(dataset, id)?),
            Some(c) => value(&views::provision(dataset, id, c)?),
        },
        Request::Import { text, format } => {
            let akn = akn_answer::wants_akn(format.as_deref())?;
            let imported = akn_answer::import(text)?;
            if akn {
                return akn_answer::import_view(&imported);
            }
            value(&InstrumentView::from_import(&imported))
        }
        Request::Agencies { province } => value(&views::agencies(dataset, province.as_deref())?),
        Request::History { name, province } => {
            value(&history::history(dataset, name, province.as_deref())?)
        }
        Request::Duties {
            agency,
            province,
            role,
            as_of,
            current_bearers,
            local_only,
        } => {
            let rows = views::duties(
                dataset,
                agency.as_deref(),
                province.as_deref(),
                role.as_deref(),
                *as_of,
                *local_only,
            )?;
            if *current_bearers {
                value(&current::duties(dataset, rows, current::day(*as_of)?))
            } else {
                value(&rows)
            }
        }
        Request::Obligations {
            province,
            to,
            frequency,
            as_of,
            current_bearers,
            local_only,
        } => {
            let rows = views::obligations(
                dataset,
                province.as_deref(),
                to.as_deref(),
                frequency.as_deref(),
                *as_of,
                *local_only,
            )?;
            if *current_bearers {
                value(&current::obligations(dataset, rows, current::day(*as_of)?))
            } else {
                value(&rows)
            }
        }
        Request::Deadlines {
            as_of,
            current_bearers,
            ..
        } => {
            let rows = deadline_rows(dataset, calendars, request)?;
            if *current_bearers {
                value(&current::deadlines(dataset, rows, current::day(*as_of)?))
            } else {
                value(&rows)
            }
        }
        Request::Provinces { as_of } => value(&provinces::provinces(dataset, *as_of)),
        Request::Check {
            province,
            year,
            as_of,
        } => {
            let cal = calendars.get(crate::calendar::CalendarKind::Civil)?;
            let year = year
                .or(as_of.map(|d| chrono::Datelike::year(&d)))
                .unwrap_or(DEFAULT_YEAR);
            let opts = crate::check::CheckOptions {
                province: province.as_deref(),
                as_of: *as_of,
                ..crate::check::CheckOptions::year(year)
            };
            value(&crate::check::report(dataset, cal, &opts)?)
        }
        Request::Compare { what } => value(&crate::check::compare(
            dataset,
            what.as_deref().unwrap_or("deadlines"),
        )?),
        Request::Calendar { year, calendar } => {
            let cal = calendars.get(crate::deadline::calendar_kind(calendar.as_deref())?)?;
            value(&views::calendar_year(cal, *year)?)
        }
        Request::WorkdaysAdd { date, n, calendar } => {
            let cal = calendars.get(crate::deadline::calendar_kind(calendar.as_deref())?)?;
            value(&days::add(cal, *date, *n)?)
        }
        Request::WorkdaysBetween { from, to, calendar } => {
            let cal = calendars.get(crate::deadline::calendar_kind(calendar.as_deref())?)?;
            value(&days::between(cal, *from, *to)?)
        }
        Request::WorkdaysIs { date, calendar } => {
            let cal = calendars.get(crate::deadline::calendar_kind(calendar.as_deref())?)?;
            value(&cal.day_info(*date)?)
        }
        Request::LunarFromSolar { date } => value(&crate::calendar::lunar::from_solar(*date)?),
        Request::LunarToSolar { date, leap } => value(&days::to_solar(date, *leap)?),
        Request::Status {
            year,
            submissions_csv,
            as_of,
            province,
        } => {
            let cal = calendars.get(crate::calendar::CalendarKind::Civil)?;
            let opts = crate::status::StatusOptions {
                year: *year,
                as_of: *as_of,
                province: province.as_deref(),
            };
            value(&crate::status::status(
                dataset,
                cal,
                submissions_csv,
                &opts,
            )?)
        }
    }
}

/// The due dates a [`Request::Deadlines`] asks for, as typed rows (for CSV and ICS export).
///
/// # Errors
/// [`crate::Error::Request`] for another request or a bad range; any error of the expansion.
pub(crate) fn deadline_rows(
    dataset: &Dataset,
    calendars: &Calendars,
    request: &Request,
) -> Result<Vec<DeadlineView>> {
    let (cal, filter, opts) = deadline_args(request, |kind| calendars.get(kind))?;
    deadlines(dataset, cal, &filter, &opts)
}

/// What a [`Request::Deadlines`] asks for: its calendar (from `calendar`), filter and options.
///
/// # Errors
/// [`crate::Error::Request`] for another request or a bad range; the calendar's error.
pub(crate) fn deadline_args<'r, 'c>(
    request: &'r Request,
    get_calendar: impl FnOnce(
        crate::calendar::CalendarKind,
    ) -> Result<&'c crate::calendar::WorkingCalendar>,
) -> Result<(
    &'c crate::calendar::WorkingCalendar,
    DeadlineFilter<'r>,
    ExpandOptions,
)> {
    let Request::Deadlines {
        year,
        from,
        to,
        province,
        agency,
        shift,
        calendar,
        as_of,
        local_only,
        ..
    } = request
    else {
        return Err(crate::Error::request("not a deadlines request"));
    };
    let cal = get_calendar(crate::deadline::calendar_kind(calendar.as_deref())?)?;
    let mut opts = match (year, from, to) {
        (_, Some(f), Some(t)) => ExpandOptions {
            from: *f,
            to: *t,
            shift: Shift::Previous,
            trace: true,
        },
        (Some(y), None, None) => ExpandOptions::year(*y)?,
        _ => {
            return Err(crate::Error::request(
                "deadlines need a year, or both from and to",
            ))
        }
    };
    if opts.from > opts.to {
        return Err(crate::Error::request(format!(
            "the range {} – {} is empty",
            opts.from, opts.to
        )));
    }
    opts.shift = shift
        .as_deref()
        .map(Shift::parse)
        .transpose()?
        .unwrap_or_default();
    let filter = DeadlineFilter {
        province: province.as_deref(),
        agency: agency.as_deref(),
        as_of: *as_of,
        local_only: *local_only,
    };
    Ok((cal, filter, opts))
}

// Akoma Ntoso answers of `show` and `import` (`format: "akn"`); without the `akn` feature, the
// format is refused and imports read plain text only.
#[cfg(feature = "akn")]
use crate::akn::answer as akn_answer;
#[cfg(not(feature = "akn"))]
mod akn_answer {
    use crate::{Error, Result};

    pub(super) fn wants_akn(format: Option<&str>) -> Result<bool> {
        match format {
            None | Some("json") => Ok(false),
            Some(other) => Err(Error::request(format!(
                "format {other:?} is not available: show and import answer json (this build has no akn feature)"
            ))),
        }
    }

    pub(super) fn show(
        _: &crate::dataset::Dataset,
        _: &str,
        _: Option<&str>,
    ) -> Result<serde_json::Value> {
        Err(Error::request("this build has no akn feature"))
    }

    pub(super) fn import(text: &str) -> Result<crate::import::Imported> {
        crate::import::import_text(text, &crate::import::ImportOptions::default())
    }

    pub(super) fn import_view(_: &crate::import::Imported) -> Result<serde_json::Value> {
        Err(Error::request("this build has no akn feature"))
    }
}

/// The year `check` measures deadlines in when none is given.
pub const DEFAULT_YEAR: i32 = 2026;
