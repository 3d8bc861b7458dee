//! Submission tracking: given what agencies submitted (a CSV), the state of every submission
//! the regulations expect in a year: on time, late (by how many working days), missing, not yet
//! due, or not applicable.
//!
//! # The CSV
//! A header row naming the columns (any order, case ignored; other columns are ignored, e.g. a
//! `note` column): `agency`, `obligation`, `period`, `submitted`. Fields follow RFC 4180 (quote a
//! field holding commas; double a quote inside a quoted field). One row per submission:
//! - `agency`: an id (`dien-bien/so-tttt`) or any name form the dataset knows ("Sở TT&TT"),
//!   looked up in the row's province (`--province`, else the obligation's). A group that has a
//!   roster in the dataset (e.g. `quang-ninh/cac-co-quan-don-vi-cap-tinh`) is expected to submit
//!   through its members, so rows name a member; a group without a roster ("Các sở, ban, ngành")
//!   cannot be split, so rows name the group itself. A body reorganised since the text was
//!   written may be named by its successor for foreign information on the as-of day
//!   ([`crate::succession`]: Quảng Ninh's Sở TT&TT is Sở VHTTDL from 01/07/2025); the entry
//!   then names both (`agency`, `submitted_by`).
//! - `obligation`: the obligation's id (`dien-bien/18-2018-qd-ubnd/annual-report-to-so-tttt`), its
//!   local id (`annual-report-to-so-tttt`), or the citation of its provision ("Khoản 1 Điều 18"),
//!   optionally followed by the instrument's number or id ("Khoản 1 Điều 18 18/2018/QĐ-UBND").
//!   A citation is looked up among the obligations of the row's province owed by the row's
//!   agency whose recurrence fits the period; it must leave exactly one.
//! - `period`: `2026` (annual), `2026-H1`/`2026-H2`, `2026-Q1`..`Q4`, `2026-03` (monthly),
//!   `2026-W05` (ISO week, Monday to Sunday), or the period's first day (`2026-07-01`).
//! - `submitted`: the day it was submitted, `YYYY-MM-DD` (or `dd/mm/yyyy`).
//!
//! Every row that cannot be used is an error with its line number (never skipped in silence):
//! a bad date, an unknown or ambiguous agency, an obligation that does not exist or that the
//! agency does not owe, a period that does not fit the obligation's recurrence or has no due date
//! in the year, a submission dated after the as-of day, an undated obligation (on request, on an
//! event: nothing to measure), or a duplicate of an earlier row (same obligation, agency, period).
//! Each error says what is wrong in English (`message`) and in Vietnamese (`message_vi`), the
//! value as it was written included (its words in one place: `wording.rs`).
//!
//! # The classification
//! The expected submissions are the dated due dates of the year ([`crate::deadline::expand`], shift
//! [`Shift::Previous`]: the printed due date) of every obligation in scope, one per bearer (a
//! rostered group's members instead of the group). The as-of day defaults to 31 December of the
//! year, so the answer never depends on the day it is run.
//! - `not_applicable`: the instrument cannot bind on the last day (a draft, not yet in force,
//!   replaced: [`Dataset::status_on`]), or the obligation has no dated due date;
//! - `on_time`: submitted on or before the due date;
//! - `late`: submitted after it; `late_working_days` counts the working days (civil calendar) after
//!   the due date up to and including the day submitted (due Fri 27/11, submitted Tue 01/12: Mon
//!   30/11 and Tue 01/12, 2 working days; submitted on Saturday 28/11: 0 working days, but late),
//!   `late_days` the calendar days;
//! - `missing`: not submitted and the due date is before the as-of day;
//! - `not_yet_due`: not submitted and the due date is the as-of day or later.

mod csv;
mod period;
mod rows;
mod wording;

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

pub use csv::{read_csv, CsvError, Record};
pub use period::{parse_period, period_label, PeriodKey};

use crate::agency::Named;
use crate::dataset::Dataset;
use crate::deadline::{expand, ExpandOptions, Shift, WorkingDays};
use crate::schedule::Frequency;
use crate::text::Bilingual;
use crate::{Error, Result};

/// The largest submissions CSV accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 16 * 1024 * 1024;

/// The state of one expected submission.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Submitted on or before the due date.
    OnTime,
    /// Submitted after the due date.
    Late,
    /// Not submitted, and the due date has passed.
    Missing,
    /// Not submitted, and the due date has not passed.
    NotYetDue,
    /// The instrument does not bind then, or the obligation has no dated due date.
    NotApplicable,
}

/// One expected submission and its state.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The obligation's id.
    pub obligation: String,
    /// The instrument's id.
    pub instrument_id: String,
    /// The instrument's number (or id for a draft).
    pub instrument: String,
    /// The province, `null` for national obligations.
    pub province: Option<String>,
    /// The citation of the provision.
    pub citation: String,
    /// Its eId.
    pub eid: String,
    /// Who is expected to submit.
    pub agency: Named,
    /// The obligation's recurrence.
    pub recurrence: Frequency,
    /// The period's label (`2026`, `2026-Q3`, ...); `null` for undated obligations.
    pub period: Option<String>,
    /// The period's first day.
    pub period_start: Option<NaiveDate>,
    /// The period's last day.
    pub period_end: Option<NaiveDate>,
    /// The last day the wording allows.
    pub last_day: Option<NaiveDate>,
    /// The due date (shifted to the previous working day when the last day is a day off).
    pub due: Option<NaiveDate>,
    /// The state.
    pub status: State,
    /// The day submitted, from the CSV.
    pub submitted: Option<NaiveDate>,
    /// The CSV line of the submission.
    pub line: Option<usize>,
    /// Who submitted, when not the body the text names: its successor after the 2025
    /// reorganisation (see [`crate::succession`]).
    pub submitted_by: Option<Named>,
    /// Calendar days after the due date, when late.
    pub late_days: Option<i64>,
    /// Working days after the due date up to the day submitted, when late.
    pub late_working_days: Option<u32>,
    /// Why it is not applicable.
    pub note: Option<String>,
    /// The same in Vietnamese.
    pub note_vi: Option<String>,
}

/// A CSV row (or the CSV itself) that could not be used: its line, its column and what is wrong,
/// in English (`message`) and in Vietnamese (`message_vi`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// The 1-based line of the CSV.
    pub line: usize,
    /// The column concerned, where one is.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What is wrong, in Vietnamese.
    pub message_vi: String,
}

impl RowError {
    /// An error of `line` (and of the column `field`), its message in both languages.
    pub(crate) fn new(line: usize, field: Option<&str>, message: Bilingual) -> Self {
        RowError {
            line,
            field: field.map(str::to_owned),
            message: message.en,
            message_vi: crate::text::nfc(&message.vi),
        }
    }

    /// The error in Vietnamese with where it is, as its `Display` says it in English:
    /// `dòng 2, cột submitted: …`.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::{CalendarKind, WorkingCalendar};
    /// use quyche::status::{status, StatusOptions};
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
    /// let csv = "agency,obligation,period,submitted\na,b,2026\n";
    /// let r = status(&ds, &cal, csv, &StatusOptions::year(2026))?;
    /// assert_eq!(r.errors[0].to_string(), "line 2: the row has 3 fields, the header 4");
    /// assert_eq!(
    ///     r.errors[0].display_vi(),
    ///     "dòng 2: dòng này có 3 trường nhưng dòng tiêu đề có 4 cột"
    /// );
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn display_vi(&self) -> String {
        match &self.field {
            Some(field) => format!("dòng {}, cột {field}: {}", self.line, self.message_vi),
            None => format!("dòng {}: {}", self.line, self.message_vi),
        }
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(field) = &self.field {
            write!(f, ", {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// How many expected submissions are in each state.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// On time.
    pub on_time: usize,
    /// Late.
    pub late: usize,
    /// Missing.
    pub missing: usize,
    /// Not yet due.
    pub not_yet_due: usize,
    /// Not applicable.
    pub not_applicable: usize,
}

/// The answer of `quyche status`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusReport {
    /// The year.
    pub year: i32,
    /// The day the state is measured on.
    pub as_of: NaiveDate,
    /// The province, when only one.
    pub province: Option<String>,
    /// Submissions read from the CSV (rows after the header, errors included).
    pub rows: usize,
    /// States counted.
    pub counts: Counts,
    /// Every expected submission, by due date (undated last), obligation, agency.
    pub entries: Vec<Entry>,
    /// Every row that could not be used; a non-empty list means the CSV needs fixing.
    pub errors: Vec<RowError>,
}

/// What to report on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusOptions<'a> {
    /// The calendar year whose due dates are expected.
    pub year: i32,
    /// The day to measure on (default: 31 December of the year).
    pub as_of: Option<NaiveDate>,
    /// Only this province's obligations (name or slug).
    pub province: Option<&'a str>,
}

impl StatusOptions<'_> {
    /// Every province, as of the end of `year`.
    pub fn year(year: i32) -> Self {
        StatusOptions {
            year,
            as_of: None,
            province: None,
        }
    }
}

/// The state of every expected submission of the year, given the submissions in `csv`.
///
/// # Errors
/// [`Error::Input`] for a CSV larger than [`MAX_CSV_BYTES`]; [`Error::NotFound`] for an unknown
/// province; [`Error::Date`] for a year outside the calendar. Problems of the CSV's rows are not
/// errors of the call: they are listed in [`StatusReport::errors`].
///
/// # Example
/// ```
/// use quyche::status::{status, State, StatusOptions};
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let cal = quyche::calendar::WorkingCalendar::vietnam(quyche::calendar::CalendarKind::Civil)?;
/// let csv = "agency,obligation,period,submitted\n\
///            Sở Thông tin và Truyền thông,Khoản 2 Điều 18,2026,2026-12-10\n";
/// let opts = StatusOptions { province: Some("Điện Biên"), ..StatusOptions::year(2026) };
/// let r = status(&ds, &cal, csv, &opts)?;
/// assert!(r.errors.is_empty());
/// let e = r.entries.iter().find(|e| e.line == Some(2)).unwrap();
/// // "trước ngày 10/12": due Wednesday 09/12/2026; Thursday 10/12 is one working day late.
/// assert_eq!((e.status, e.late_working_days), (State::Late, Some(1)));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn status(
    ds: &Dataset,
    cal: &dyn WorkingDays,
    csv: &str,
    opts: &StatusOptions<'_>,
) -> Result<StatusReport> {
    if csv.len() > MAX_CSV_BYTES {
        let len = csv.len();
        return Err(Error::input(
            format!("the submissions CSV has {len} bytes, more than the {MAX_CSV_BYTES} accepted"),
            format!("tệp CSV các báo cáo đã gửi có {len} byte, vượt quá {MAX_CSV_BYTES} byte được chấp nhận"),
        ));
    }
    let province = opts
        .province
        .map(|p| ds.province(p).map(|j| j.id.clone()))
        .transpose()?;
    let mut expand_opts = ExpandOptions::year(opts.year)?;
    expand_opts.shift = Shift::Previous;
    expand_opts.trace = false;
    let as_of = opts.as_of.unwrap_or(expand_opts.to);
    let mut entries = Vec::new();
    let mut units_of = HashMap::new();
    for o in ds.obligations() {
        if province.is_some() && o.province != province {
            continue;
        }
        // A deliverable dated by another provision is expected (and tracked) under that one.
        if !o.schedule.fixed_by().is_empty() {
            continue;
        }
        let inst = ds.instrument(&o.instrument_id)?;
        let units = rows::units(ds, o);
        for d in expand(o, inst, cal, &expand_opts)? {
            let note = match d.last_day {
                None => Some(wording::nothing_to_check(&o.schedule)),
                Some(day) => {
                    let st = ds.status_on(inst, day);
                    (!st.may_bind()).then(|| wording::does_not_bind(inst.label(), day, st))
                }
            };
            for unit in &units {
                entries.push(Entry {
                    obligation: o.id.clone(),
                    instrument_id: inst.id.clone(),
                    instrument: inst.label().to_owned(),
                    province: o.province.clone(),
                    citation: o.citation.clone(),
                    eid: o.eid.clone(),
                    agency: rows::named(ds, unit),
                    recurrence: d.recurrence,
                    period: d.period_start.map(|s| period_label(d.recurrence, s)),
                    period_start: d.period_start,
                    period_end: d.period_end,
                    last_day: d.last_day,
                    due: d.due,
                    status: State::NotApplicable,
                    submitted: None,
                    line: None,
                    submitted_by: None,
                    late_days: None,
                    late_working_days: None,
                    note: note.as_ref().map(|n| n.en.clone()),
                    note_vi: note.as_ref().map(|n| n.vi.clone()),
                });
            }
        }
        units_of.insert(o.id.clone(), units);
    }
    let ctx = rows::Ctx {
        ds,
        cal,
        province: province.as_deref(),
        year: opts.year,
        as_of,
        units_of: &units_of,
    };
    let (rows, errors) = rows::apply(&ctx, csv, &mut entries);
    for e in &mut entries {
        classify(e, cal, as_of);
    }
    entries.sort_by(|a, b| {
        (
            a.due.is_none(),
            a.due,
            &a.obligation,
            &a.agency.id,
            a.period_start,
        )
            .cmp(&(
                b.due.is_none(),
                b.due,
                &b.obligation,
                &b.agency.id,
                b.period_start,
            ))
    });
    let mut counts = Counts::default();
    for e in &entries {
        let n = match e.status {
            State::OnTime => &mut counts.on_time,
            State::Late => &mut counts.late,
            State::Missing => &mut counts.missing,
            State::NotYetDue => &mut counts.not_yet_due,
            State::NotApplicable => &mut counts.not_applicable,
        };
        *n = n.saturating_add(1);
    }
    Ok(StatusReport {
        year: opts.year,
        as_of,
        province,
        rows,
        counts,
        entries,
        errors,
    })
}

/// Sets the state of an entry from its due date and submission.
fn classify(e: &mut Entry, cal: &dyn WorkingDays, as_of: NaiveDate) {
    let Some(due) = e.due else {
        e.status = State::NotApplicable;
        return;
    };
    if e.note.is_some() {
        e.status = State::NotApplicable;
        return;
    }
    e.status = match e.submitted {
        Some(s) if s <= due => State::OnTime,
        Some(s) => {
            e.late_days = Some(s.signed_duration_since(due).num_days());
            e.late_working_days = Some(working_days_after(cal, due, s));
            State::Late
        }
        None if due < as_of => State::Missing,
        None => State::NotYetDue,
    };
}

/// Working days `d` with `from < d <= to`.
fn working_days_after(cal: &dyn WorkingDays, from: NaiveDate, to: NaiveDate) -> u32 {
    from.iter_days()
        .skip(1)
        .take_while(|d| *d <= to)
        .filter(|d| cal.is_working_day(*d).unwrap_or(false))
        .fold(0u32, |n, _| n.saturating_add(1))
}
