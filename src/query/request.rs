//! The requests the query layer answers, mirroring the CLI's subcommands: each wraps the typed
//! query of the same name.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::{CheckQuery, CompareQuery, StatusQuery};
use super::days::{CalendarQuery, LunarQuery, WorkdaysQuery};
use super::queries::{
    AgencyQuery, DeadlineQuery, DutyQuery, HistoryQuery, ImportQuery, InstrumentsQuery,
    ObligationQuery, ShowQuery,
};

/// A request: one of the typed queries, named. As JSON: an object whose `query` names the
/// subcommand and whose other keys are the query's fields, e.g.
/// `{"query": "obligations", "province": "Điện Biên", "frequency": "annual"}`. Dates are ISO 8601
/// strings (`"2026-11-23"`); unknown keys are refused.
///
/// # Example
/// ```
/// use quyche::deadline::Shift;
/// use quyche::query::{DeadlineQuery, Request};
/// let r = Request::from_json(r#"{"query": "deadlines", "year": 2026, "shift": "next"}"#)?;
/// assert_eq!(r, Request::Deadlines(DeadlineQuery::year(2026)?.shift(Shift::Next)));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "query", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Request {
    /// Every instrument, without trees (`quyche instruments`).
    Instruments(InstrumentsQuery),
    /// One instrument with its tree, or one of its provisions (`quyche show ID [CITATION]`).
    Show(ShowQuery),
    /// Import a text (`quyche import FILE`).
    Import(ImportQuery),
    /// Agencies and groups (`quyche agencies`).
    Agencies(AgencyQuery),
    /// Duties (`quyche duties`).
    Duties(DutyQuery),
    /// Reporting obligations (`quyche obligations`).
    Obligations(ObligationQuery),
    /// Due dates (`quyche deadlines`).
    Deadlines(DeadlineQuery),
    /// Compliance analysis (`quyche check`).
    Check(CheckQuery),
    /// Provinces side by side (`quyche compare`).
    Compare(CompareQuery),
    /// An agency's timeline (`quyche agencies --history NAME`).
    History(HistoryQuery),
    /// A year of the working calendar (`quyche calendar`).
    Calendar(CalendarQuery),
    /// Submission tracking (`quyche status`).
    Status(StatusQuery),
    /// Solar and lunar dates (`quyche lunar`).
    Lunar(LunarQuery),
    /// Working-day arithmetic (`quyche workdays`).
    Workdays(WorkdaysQuery),
}

macro_rules! from_query {
    ($($query:ty => $variant:ident),* $(,)?) => {
        $(impl From<$query> for Request {
            fn from(q: $query) -> Self {
                Request::$variant(q)
            }
        })*
    };
}

from_query! {
    InstrumentsQuery => Instruments,
    ShowQuery => Show,
    ImportQuery => Import,
    AgencyQuery => Agencies,
    DutyQuery => Duties,
    ObligationQuery => Obligations,
    DeadlineQuery => Deadlines,
    CheckQuery => Check,
    CompareQuery => Compare,
    HistoryQuery => History,
    CalendarQuery => Calendar,
    StatusQuery => Status,
    LunarQuery => Lunar,
    WorkdaysQuery => Workdays,
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
    // A lunar query's `to_solar` is a lunar date, which need not exist in the solar calendar.
    ["as_of", "from", "to", "date", "from_solar"]
        .iter()
        .find_map(|k| {
            let v = object.get(*k)?.as_str()?;
            match v.parse::<NaiveDate>() {
                Ok(_) => None,
                Err(_) => Some(((*k).to_owned(), v.to_owned())),
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarKind;
    use crate::deadline::Shift;
    use crate::obligation::Role;
    use crate::schedule::Frequency;

    fn err(json: &str) -> String {
        Request::from_json(json).unwrap_err().to_string()
    }

    #[test]
    fn the_option_words_are_read_as_typed_values_with_their_aliases() {
        let r = Request::from_json(
            r#"{"query": "deadlines", "year": 2026, "shift": "after", "calendar": "lao động"}"#,
        )
        .unwrap();
        let Request::Deadlines(q) = r else { panic!() };
        assert_eq!(q.shift, Some(Shift::Next));
        assert_eq!(q.calendar, Some(CalendarKind::Labour));
        let r = Request::from_json(r#"{"query": "duties", "role": "chủ trì"}"#).unwrap();
        assert_eq!(r, Request::Duties(DutyQuery::default().role(Role::Lead)));
        let r = Request::from_json(r#"{"query": "obligations", "frequency": "yearly"}"#).unwrap();
        assert_eq!(
            r,
            Request::Obligations(ObligationQuery::default().frequency(Frequency::Annual))
        );
    }

    #[test]
    fn a_bad_word_names_its_field_and_the_accepted_words() {
        let e = err(r#"{"query": "deadlines", "year": 2026, "shift": "sideways"}"#);
        assert!(
            e.contains("unknown shift \"sideways\": use previous, next or none"),
            "{e}"
        );
        let e = err(r#"{"query": "calendar", "year": 2026, "calendar": "martian"}"#);
        assert!(
            e.contains("unknown calendar \"martian\": use civil or labour"),
            "{e}"
        );
        let e = err(r#"{"query": "duties", "role": "boss"}"#);
        assert!(
            e.contains("unknown role \"boss\"") && e.contains("implement"),
            "{e}"
        );
        let e = err(r#"{"query": "obligations", "frequency": "sometimes"}"#);
        assert!(
            e.contains("unknown frequency \"sometimes\"") && e.contains("event"),
            "{e}"
        );
        assert_eq!(
            Request::from_json(r#"{"query": "duties", "role": "boss"}"#)
                .unwrap_err()
                .kind(),
            "request"
        );
    }

    #[test]
    fn unknown_fields_and_queries_are_refused() {
        let e = err(r#"{"query": "instruments", "province": "x"}"#);
        assert!(e.contains("unknown field `province`"), "{e}");
        let e = err(r#"{"query": "frobnicate"}"#);
        assert!(e.contains("unknown variant `frobnicate`"), "{e}");
        assert!(err(r#"{"year": 2026}"#).contains("missing field `query`"));
    }

    #[test]
    fn the_new_queries_read_their_json() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let r = Request::from_json(
            r#"{"query": "workdays", "op": "add", "date": "2026-08-28", "n": -3, "calendar": "labour"}"#,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::Workdays(
                WorkdaysQuery::add(d(2026, 8, 28), -3).calendar(CalendarKind::Labour)
            )
        );
        let r = Request::from_json(
            r#"{"query": "workdays", "op": "between", "from": "2026-01-01", "to": "2027-01-01"}"#,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::Workdays(WorkdaysQuery::between(d(2026, 1, 1), d(2027, 1, 1)))
        );
        let e = err(r#"{"query": "workdays", "op": "is"}"#);
        assert!(e.contains("workdays op \"is\" takes date"), "{e}");
        let e = err(r#"{"query": "workdays", "op": "sum", "date": "2026-01-01"}"#);
        assert!(e.contains("use add, between or is"), "{e}");
        let e = err(r#"{"query": "workdays", "op": "is", "date": "2026-02-30"}"#);
        assert!(e.contains("\"date\" = \"2026-02-30\" is not a date"), "{e}");

        let r = Request::from_json(r#"{"query": "lunar", "from_solar": "2026-02-17"}"#).unwrap();
        assert_eq!(r, Request::Lunar(LunarQuery::from_solar(d(2026, 2, 17))));
        // 30 of a lunar month is a lunar date even where the solar month has no 30th.
        let r = Request::from_json(r#"{"query": "lunar", "to_solar": "2025-02-30", "leap": true}"#)
            .unwrap();
        let Request::Lunar(LunarQuery::ToSolar(l)) = r else {
            panic!()
        };
        assert_eq!((l.year, l.month, l.day, l.leap), (2025, 2, 30, true));
        let e = err(r#"{"query": "lunar"}"#);
        assert!(e.contains("either from_solar"), "{e}");
        let e = err(r#"{"query": "lunar", "to_solar": "tết"}"#);
        assert!(e.contains("write YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn a_request_written_as_json_reads_back_the_same() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let requests: Vec<Request> = vec![
            InstrumentsQuery::default().as_of(d(2017, 11, 5)).into(),
            ShowQuery::instrument("22/2016/TT-BTTTT")
                .citation("Điều 9")
                .into(),
            DutyQuery::default().role(Role::ProvideInfo).into(),
            ObligationQuery::default()
                .frequency(Frequency::OnRequest)
                .into(),
            DeadlineQuery::range(d(2026, 1, 1), d(2026, 3, 31))
                .unwrap()
                .shift(Shift::None)
                .calendar(CalendarKind::Labour)
                .into(),
            CalendarQuery::year(2027)
                .calendar(CalendarKind::Labour)
                .into(),
            LunarQuery::to_solar_text("2025-06-01", true)
                .unwrap()
                .into(),
            WorkdaysQuery::is(d(2026, 9, 2)).into(),
            StatusQuery::new(2026, "agency,obligation,period,submitted\n").into(),
        ];
        for r in requests {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(Request::from_json(&json).unwrap(), r, "{json}");
        }
    }

    #[test]
    fn a_range_must_not_be_empty_and_a_year_must_exist() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let e = DeadlineQuery::range(d(2026, 3, 1), d(2026, 1, 1)).unwrap_err();
        assert!(e.to_string().contains("is empty"), "{e}");
        assert_eq!(DeadlineQuery::year(i32::MAX).unwrap_err().kind(), "date");
    }
}
