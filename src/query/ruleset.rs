//! A ruleset: a dataset with the working calendars it needs, built on first use and kept.
//! It is what the C ABI's `qc_ruleset` and Python's `RuleSet` hold.

use std::sync::OnceLock;

use super::analysis::{CheckQuery, CompareQuery, StatusQuery};
use super::current;
use super::days::{
    CalendarQuery, CalendarYear, LunarFromSolarQuery, LunarToSolarQuery, SolarDate,
    WorkdaysAddQuery, WorkdaysBetweenQuery, WorkdaysCount, WorkdaysIsQuery, WorkdaysSum,
};
use super::document::{self, AknDocument, DocumentFormat};
use super::history::HistoryView;
use super::provinces::ProvinceView;
use super::queries::{
    AgencyQuery, DeadlineQuery, DutyQuery, HistoryQuery, ImportQuery, InstrumentsQuery,
    ObligationQuery, ProvincesQuery, ShowQuery,
};
use super::views::{
    self, AgencyView, DutyView, InstrumentSummary, InstrumentView, ObligationView, ProvisionView,
};
use super::{Answer, DeadlineView, Request};
use crate::calendar::{CalendarKind, DayInfo, LunarDate, WorkingCalendar};
use crate::dataset::Dataset;
use crate::import::Imported;
use crate::{Error, Result};

/// The working calendars, each built once on first use (building takes milliseconds; queries
/// then take nanoseconds). Owned by its user; no global state.
#[derive(Debug, Default)]
pub struct Calendars {
    civil: OnceLock<std::result::Result<WorkingCalendar, Error>>,
    labour: OnceLock<std::result::Result<WorkingCalendar, Error>>,
}

impl Calendars {
    /// The calendar of a kind.
    ///
    /// # Errors
    /// Whatever building the calendar reported (broken embedded calendar data).
    pub fn get(&self, kind: CalendarKind) -> Result<&WorkingCalendar> {
        let cell = match kind {
            CalendarKind::Civil => &self.civil,
            CalendarKind::Labour => &self.labour,
        };
        cell.get_or_init(|| WorkingCalendar::vietnam(kind))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Answers a request that needs only the working calendars (`calendar`, `workdays_add`,
    /// `workdays_between`, `workdays_is`, `lunar_from_solar`, `lunar_to_solar`) without a
    /// dataset; `None` for a request that needs one.
    ///
    /// # Errors
    /// Any error of the query.
    ///
    /// # Example
    /// ```
    /// use quyche::query::{Answer, Calendars, Request};
    /// let calendars = Calendars::default();
    /// let r = Request::from_json(r#"{"query": "workdays_is", "date": "2026-09-02"}"#)?;
    /// let Some(Ok(Answer::WorkdaysIs(day))) = calendars.answer(&r) else { unreachable!() };
    /// assert!(!day.working);
    /// assert!(calendars.answer(&Request::from_json(r#"{"query": "instruments"}"#)?).is_none());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn answer(&self, request: &Request) -> Option<Result<Answer>> {
        super::answer::calendar_only(self, request)
    }
}

/// A dataset and its calendars: immutable once built, `Send + Sync`, safe to share between
/// threads for reading.
///
/// # Example
/// ```
/// let rules = quyche::query::RuleSet::embedded()?;
/// let json = rules.answer_json(r#"{"query": "deadlines", "year": 2026, "province": "Điện Biên"}"#)?;
/// assert!(json.contains("2026-11-27"));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug)]
pub struct RuleSet {
    dataset: Dataset,
    calendars: Calendars,
}

impl RuleSet {
    /// A ruleset over a dataset.
    pub fn new(dataset: Dataset) -> Self {
        RuleSet {
            dataset,
            calendars: Calendars::default(),
        }
    }

    /// The embedded default dataset.
    ///
    /// # Errors
    /// As [`Dataset::embedded`].
    pub fn embedded() -> Result<Self> {
        Dataset::embedded().map(Self::new)
    }

    /// A dataset directory.
    ///
    /// # Errors
    /// As [`Dataset::from_dir`].
    pub fn from_dir(dir: impl AsRef<std::path::Path>) -> Result<Self> {
        Dataset::from_dir(dir).map(Self::new)
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The working calendars, built on first use.
    pub fn calendars(&self) -> &Calendars {
        &self.calendars
    }

    /// A working calendar, built on first use.
    ///
    /// # Errors
    /// As [`Calendars::get`].
    pub fn calendar(&self, kind: CalendarKind) -> Result<&WorkingCalendar> {
        self.calendars.get(kind)
    }

    /// Every instrument, without trees.
    ///
    /// # Errors
    /// None today; the `Result` leaves room for lookups.
    ///
    /// # Example
    /// See [`InstrumentsQuery`].
    pub fn instruments(&self, q: &InstrumentsQuery) -> Result<Vec<InstrumentSummary>> {
        Ok(views::instruments(&self.dataset, q.as_of))
    }

    /// One instrument with its tree, or one of its provisions.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown instrument or provision; [`Error::Request`] for a
    /// citation that cannot be read.
    ///
    /// # Example
    /// See [`ShowQuery`].
    pub fn show(&self, q: &ShowQuery) -> Result<Shown> {
        Ok(match (q.format.unwrap_or_default(), &q.citation) {
            (DocumentFormat::Akn, c) => {
                Shown::Akn(document::show(&self.dataset, &q.id, c.as_deref())?)
            }
            (DocumentFormat::Json, None) => Shown::Instrument(self.instrument(&q.id)?),
            (DocumentFormat::Json, Some(c)) => Shown::Provision(self.provision(&q.id, c)?),
        })
    }

    /// The instrument with this id or official number, with its trees.
    ///
    /// # Errors
    /// [`Error::NotFound`] with close matches.
    ///
    /// # Example
    /// ```
    /// let rules = quyche::query::RuleSet::embedded()?;
    /// assert_eq!(rules.instrument("22/2016/TT-BTTTT")?.summary.number.as_deref(), Some("22/2016/TT-BTTTT"));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn instrument(&self, id: &str) -> Result<InstrumentView> {
        views::instrument(&self.dataset, id)
    }

    /// One provision (by citation or eId) of the instrument with this id or number.
    ///
    /// # Errors
    /// As [`RuleSet::show`].
    ///
    /// # Example
    /// ```
    /// let rules = quyche::query::RuleSet::embedded()?;
    /// let p = rules.provision("22/2016/TT-BTTTT", "Khoản 7 Điều 9")?;
    /// assert_eq!(p.instrument, "22/2016/TT-BTTTT");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn provision(&self, id: &str, citation: &str) -> Result<ProvisionView> {
        views::provision(&self.dataset, id, citation)
    }

    /// Reads a raw legal text, or Akoma Ntoso XML, into an instrument (the dataset plays no
    /// part: see [`super::import`]; the query's format is the answer's, see [`Answer::imported`]).
    ///
    /// # Errors
    /// As [`super::import`].
    ///
    /// # Example
    /// See [`ImportQuery`].
    pub fn import(&self, q: &ImportQuery) -> Result<Imported> {
        super::import(q)
    }

    /// Agencies and groups.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown province.
    ///
    /// # Example
    /// See [`AgencyQuery`].
    pub fn agencies(&self, q: &AgencyQuery) -> Result<Vec<AgencyView>> {
        views::agencies(&self.dataset, q)
    }

    /// An agency's timeline.
    ///
    /// # Errors
    /// [`Error::NotFound`] or [`Error::Ambiguous`] for the name; an unknown province.
    ///
    /// # Example
    /// See [`HistoryQuery`].
    pub fn history(&self, q: &HistoryQuery) -> Result<HistoryView> {
        super::history(&self.dataset, &q.name, q.province.as_deref())
    }

    /// The provinces and centrally-run cities of a day, each with its dates, the units it was
    /// formed from or became part of, and its regulations on foreign information (recorded, or
    /// known only from public sources).
    ///
    /// # Errors
    /// None today; the `Result` leaves room for a query that can fail.
    ///
    /// # Example
    /// See [`ProvincesQuery`].
    pub fn provinces(&self, q: &ProvincesQuery) -> Result<Vec<ProvinceView>> {
        Ok(super::provinces::provinces(&self.dataset, q.as_of))
    }

    /// Duties, with their current bearers when asked for.
    ///
    /// # Errors
    /// [`Error::NotFound`] or [`Error::Ambiguous`] for the province or agency;
    /// [`Error::Request`] for `current_bearers` without `as_of`.
    ///
    /// # Example
    /// See [`DutyQuery`].
    pub fn duties(&self, q: &DutyQuery) -> Result<Vec<DutyView>> {
        let mut rows = views::duties(&self.dataset, q)?;
        if q.current_bearers {
            let day = current::day(q.as_of)?;
            for r in &mut rows {
                r.current = Some(current::of_duty(&self.dataset, r, day));
            }
        }
        Ok(rows)
    }

    /// Reporting obligations, with their current bearers when asked for.
    ///
    /// # Errors
    /// As [`RuleSet::duties`].
    ///
    /// # Example
    /// See [`ObligationQuery`].
    pub fn obligations(&self, q: &ObligationQuery) -> Result<Vec<ObligationView>> {
        let mut rows = views::obligations(&self.dataset, q)?;
        if q.current_bearers {
            let day = current::day(q.as_of)?;
            for r in &mut rows {
                r.current = Some(current::of_parties(&self.dataset, &r.from, &r.to, day));
            }
        }
        Ok(rows)
    }

    /// Due dates, sorted by due date (undated ones last), then by obligation.
    ///
    /// # Errors
    /// As [`RuleSet::duties`]; [`Error::Request`] for a query with neither a year nor a whole
    /// range, or an empty range; [`Error::Date`] for days outside the calendar.
    ///
    /// # Example
    /// See [`DeadlineQuery`].
    pub fn deadlines(&self, q: &DeadlineQuery) -> Result<Vec<DeadlineView>> {
        let cal = self.calendar(q.calendar.unwrap_or_default())?;
        super::deadlines::deadlines(&self.dataset, cal, q)
    }

    /// Compliance findings against Circular 22/2016/TT-BTTTT.
    ///
    /// # Errors
    /// An unknown province; days outside the calendar.
    ///
    /// # Example
    /// See [`CheckQuery`].
    pub fn check(&self, q: &CheckQuery) -> Result<crate::check::Report> {
        let cal = self.calendar(CalendarKind::Civil)?;
        let year = q
            .year
            .or(q.as_of.map(|d| chrono::Datelike::year(&d)))
            .unwrap_or(super::DEFAULT_YEAR);
        let opts = crate::check::CheckOptions {
            province: q.province.as_deref(),
            as_of: q.as_of,
            ..crate::check::CheckOptions::year(year)
        };
        crate::check::report(&self.dataset, cal, &opts)
    }

    /// Provinces side by side.
    ///
    /// # Errors
    /// [`Error::Request`] for something that cannot be compared.
    ///
    /// # Example
    /// See [`CompareQuery`].
    pub fn compare(&self, q: &CompareQuery) -> Result<crate::check::Comparison> {
        crate::check::compare(&self.dataset, q.what_name())
    }

    /// A year of the working calendar (named so because [`RuleSet::calendar`] hands out the
    /// calendar itself).
    ///
    /// # Errors
    /// [`Error::Date`] for a year outside the calendar.
    ///
    /// # Example
    /// See [`CalendarQuery`].
    pub fn calendar_year(&self, q: &CalendarQuery) -> Result<CalendarYear> {
        q.on(self.calendar(q.calendar.unwrap_or_default())?)
    }

    /// Which expected submissions of a year were on time, late, missing, not yet due or not
    /// applicable.
    ///
    /// # Errors
    /// As [`crate::status::status`].
    ///
    /// # Example
    /// See [`StatusQuery`].
    pub fn status(&self, q: &StatusQuery) -> Result<crate::status::StatusReport> {
        let cal = self.calendar(CalendarKind::Civil)?;
        let opts = crate::status::StatusOptions {
            year: q.year,
            as_of: q.as_of,
            province: q.province.as_deref(),
        };
        crate::status::status(&self.dataset, cal, &q.submissions_csv, &opts)
    }

    /// `date` plus `n` working days on the query's calendar.
    ///
    /// # Errors
    /// [`Error::Date`] when the result leaves the calendar's range.
    ///
    /// # Example
    /// See [`WorkdaysAddQuery`].
    pub fn workdays_add(&self, q: &WorkdaysAddQuery) -> Result<WorkdaysSum> {
        q.on(self.calendar(q.calendar.unwrap_or_default())?)
    }

    /// The working days in `[from, to)` on the query's calendar.
    ///
    /// # Errors
    /// [`Error::Date`] for dates outside the calendar.
    ///
    /// # Example
    /// See [`WorkdaysBetweenQuery`].
    pub fn workdays_between(&self, q: &WorkdaysBetweenQuery) -> Result<WorkdaysCount> {
        q.on(self.calendar(q.calendar.unwrap_or_default())?)
    }

    /// Whether a date is a working day on the query's calendar, and why.
    ///
    /// # Errors
    /// [`Error::Date`] for a date outside the calendar.
    ///
    /// # Example
    /// See [`WorkdaysIsQuery`].
    pub fn workdays_is(&self, q: &WorkdaysIsQuery) -> Result<DayInfo> {
        q.on(self.calendar(q.calendar.unwrap_or_default())?)
    }

    /// The lunar date of a solar date (the shared lunar calendar: see
    /// [`LunarFromSolarQuery::answer`]).
    ///
    /// # Errors
    /// [`Error::Date`] for a date outside 1900–2199.
    ///
    /// # Example
    /// See [`LunarFromSolarQuery`].
    pub fn lunar_from_solar(&self, q: &LunarFromSolarQuery) -> Result<LunarDate> {
        q.answer()
    }

    /// The solar date of a lunar date (see [`LunarToSolarQuery::answer`]).
    ///
    /// # Errors
    /// As [`LunarToSolarQuery::answer`].
    ///
    /// # Example
    /// See [`LunarToSolarQuery`].
    pub fn lunar_to_solar(&self, q: &LunarToSolarQuery) -> Result<SolarDate> {
        q.answer()
    }

    /// Answers any request with its typed answer.
    ///
    /// # Errors
    /// Any error of the query.
    ///
    /// # Example
    /// See [`Answer`].
    pub fn dispatch(&self, request: &Request) -> Result<Answer> {
        super::answer::dispatch(self, request)
    }

    /// Answers a request with the JSON text every interface gives ([`Answer::to_json`]).
    ///
    /// # Errors
    /// Any error of the query.
    pub fn answer(&self, request: &Request) -> Result<String> {
        self.dispatch(request)?.to_json()
    }

    /// Answers a request given as JSON text with JSON text: the entry point of the C ABI.
    ///
    /// # Errors
    /// [`Error::Request`] for malformed JSON or an unknown query or option; any error of the
    /// query.
    pub fn answer_json(&self, request: &str) -> Result<String> {
        self.answer(&Request::from_json(request)?)
    }
}

/// What [`RuleSet::show`] finds: an instrument or one provision.
///
/// # Example
/// See [`ShowQuery`].
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// An instrument with its trees.
    Instrument(InstrumentView),
    /// One provision.
    Provision(ProvisionView),
    /// The instrument as an Akoma Ntoso document (`format: "akn"`).
    Akn(AknDocument),
}
