//! The requests the query layer answers, mirroring the CLI's subcommands: each wraps the typed
//! query of the same name.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::analysis::{CheckQuery, CompareQuery, StatusQuery};
use super::days::{
    CalendarQuery, LunarFromSolarQuery, LunarToSolarQuery, WorkdaysAddQuery, WorkdaysBetweenQuery,
    WorkdaysIsQuery,
};
use super::queries::{
    AgencyQuery, DeadlineQuery, DutyQuery, HistoryQuery, ImportQuery, InstrumentsQuery,
    ObligationQuery, ProvincesQuery, ShowQuery,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "query", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Request {
    /// Every instrument, without trees (`quyche instruments`).
    Instruments(InstrumentsQuery),
    /// One instrument with its tree, or one of its provisions (`quyche show ID [CITATION]`);
    /// with `format: "akn"`, the instrument as an Akoma Ntoso 3.0 document.
    Show(ShowQuery),
    /// Import a text (`quyche import FILE`); Akoma Ntoso XML is read as such.
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
    /// The provinces and centrally-run cities of a day (`quyche provinces`).
    Provinces(ProvincesQuery),
    /// A year of the working calendar (`quyche calendar`).
    Calendar(CalendarQuery),
    /// A date plus a number of working days (`quyche workdays add DATE N`).
    WorkdaysAdd(WorkdaysAddQuery),
    /// The working days in `[from, to)`: `from` counts, `to` does not (`quyche workdays between`).
    WorkdaysBetween(WorkdaysBetweenQuery),
    /// Whether a date is a working day, and why (`quyche workdays is DATE`).
    WorkdaysIs(WorkdaysIsQuery),
    /// The Vietnamese lunar date of a solar date (`quyche lunar from-solar DATE`).
    LunarFromSolar(LunarFromSolarQuery),
    /// The solar date of a Vietnamese lunar date (`quyche lunar to-solar DATE [--leap]`).
    LunarToSolar(LunarToSolarQuery),
    /// Submission tracking (`quyche status`): the state of every submission expected in a year,
    /// given a CSV of what was submitted (format: [`crate::status`]).
    Status(StatusQuery),
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
    ProvincesQuery => Provinces,
    CalendarQuery => Calendar,
    WorkdaysAddQuery => WorkdaysAdd,
    WorkdaysBetweenQuery => WorkdaysBetween,
    WorkdaysIsQuery => WorkdaysIs,
    LunarFromSolarQuery => LunarFromSolar,
    LunarToSolarQuery => LunarToSolar,
    StatusQuery => Status,
}

impl Request {
    /// Reads a request from JSON text.
    ///
    /// # Errors
    /// [`crate::Error::Request`] saying what is wrong and where (line and column).
    pub fn from_json(text: &str) -> crate::Result<Self> {
        serde_json::from_str(text).map_err(|e| {
            // An option word the request refuses is the query's own error, as when it is asked
            // in any other way.
            if let Some(word) =
                Self::bad_word(text).filter(|w| e.to_string().starts_with(&w.to_string()))
            {
                return word;
            }
            // The tagged enum buffers its fields, so serde's message loses which field failed
            // ("input is out of range"): name the date that does not exist.
            let (field, field_vi) = bad_date_field(text)
                .map(|(k, v)| {
                    (
                        format!("{k:?} = {v:?} is not a date that exists (YYYY-MM-DD): "),
                        format!("{k:?} = {v:?} không phải là một ngày có thật (YYYY-MM-DD): "),
                    )
                })
                .unwrap_or_default();
            crate::Error::request(
                format!("invalid request: {field}{e}"),
                format!("yêu cầu không hợp lệ: {field_vi}{e}"),
            )
        })
    }

    /// The error of the first option word (`shift`, `calendar`, `role`, `frequency`, `format`)
    /// of a JSON request that is no word of its option: the error [`Request::from_json`] gives
    /// for such a request, which is the query's own (as for a word given in any other way), not
    /// a malformed request.
    ///
    /// # Example
    /// ```
    /// use quyche::query::Request;
    /// let json = r#"{"query": "deadlines", "year": 2026, "shift": "sideways"}"#;
    /// let e = Request::bad_word(json).unwrap();
    /// assert_eq!(e.to_string(), Request::from_json(json).unwrap_err().to_string());
    /// assert!(Request::bad_word(r#"{"query": "deadlines", "shift": "next"}"#).is_none());
    /// ```
    pub fn bad_word(text: &str) -> Option<crate::Error> {
        fn check<T: std::str::FromStr<Err = crate::Error>>(
            v: Option<&str>,
        ) -> Option<crate::Error> {
            v?.parse::<T>().err()
        }
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let word = |k: &str| value.get(k).and_then(serde_json::Value::as_str);
        check::<crate::deadline::Shift>(word("shift"))
            .or_else(|| check::<crate::calendar::CalendarKind>(word("calendar")))
            .or_else(|| check::<crate::obligation::Role>(word("role")))
            .or_else(|| check::<crate::schedule::Frequency>(word("frequency")))
            .or_else(|| check::<super::DocumentFormat>(word("format")))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarKind;
    use crate::deadline::Shift;
    use crate::obligation::Role;
    use crate::query::DocumentFormat;
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
    fn the_calendar_queries_read_their_json() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let r = Request::from_json(
            r#"{"query": "workdays_add", "date": "2026-08-28", "n": -3, "calendar": "labour"}"#,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::WorkdaysAdd(
                WorkdaysAddQuery::new(d(2026, 8, 28), -3).calendar(CalendarKind::Labour)
            )
        );
        let r = Request::from_json(
            r#"{"query": "workdays_between", "from": "2026-01-01", "to": "2027-01-01"}"#,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::WorkdaysBetween(WorkdaysBetweenQuery::new(d(2026, 1, 1), d(2027, 1, 1)))
        );
        let e = err(r#"{"query": "workdays_is"}"#);
        assert!(e.contains("missing field `date`"), "{e}");
        let e = err(r#"{"query": "workdays_is", "date": "2026-02-30"}"#);
        assert!(e.contains("\"date\" = \"2026-02-30\" is not a date"), "{e}");
        let e = err(r#"{"query": "workdays_is", "date": "2026-01-01", "calendar": "martian"}"#);
        assert_eq!(e, "unknown calendar \"martian\": use civil or labour");

        let r =
            Request::from_json(r#"{"query": "lunar_from_solar", "date": "2026-02-17"}"#).unwrap();
        assert_eq!(
            r,
            Request::LunarFromSolar(LunarFromSolarQuery::new(d(2026, 2, 17)))
        );
        // 30 of a lunar month is a lunar date even where the solar month has no 30th.
        let r = Request::from_json(
            r#"{"query": "lunar_to_solar", "date": "2025-02-30", "leap": true}"#,
        )
        .unwrap();
        let Request::LunarToSolar(q) = r else {
            panic!()
        };
        let l = q.lunar_date().unwrap();
        assert_eq!((l.year, l.month, l.day, l.leap), (2025, 2, 30, true));
        // The old forms of these queries are gone.
        for old in [
            r#"{"query": "lunar", "from_solar": "2026-02-17"}"#,
            r#"{"query": "workdays", "op": "is", "date": "2026-09-02"}"#,
        ] {
            assert!(err(old).contains("unknown variant"), "{old}");
        }
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
            DutyQuery::default()
                .province("Quảng Ninh")
                .local_only(true)
                .into(),
            ProvincesQuery::default().as_of(d(2025, 1, 1)).into(),
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
            LunarToSolarQuery::new("2025-06-01").leap(true).into(),
            LunarFromSolarQuery::new(d(2026, 2, 17)).into(),
            WorkdaysIsQuery::new(d(2026, 9, 2)).into(),
            WorkdaysAddQuery::new(d(2026, 9, 2), -2)
                .calendar(CalendarKind::Labour)
                .into(),
            WorkdaysBetweenQuery::new(d(2026, 9, 2), d(2026, 9, 30)).into(),
            ShowQuery::instrument("22/2016/TT-BTTTT")
                .format(DocumentFormat::Akn)
                .into(),
            ImportQuery::text("Điều 1. X")
                .format(DocumentFormat::Akn)
                .into(),
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
