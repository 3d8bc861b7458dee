//! Expanding one obligation into its due dates over a date range.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::periods::{each_period, position, Period};
use super::wording::{self, Force};
use super::{period_rule, projection};
use super::{Deadline, Shift, TraceStep, WorkingDays, CIVIL_CODE_148_5};
use crate::model::{Instrument, Status};
use crate::obligation::Obligation;
use crate::schedule::{Frequency, Schedule};
use crate::text::date::dmy;
use crate::{Error, Result};

/// How to expand obligations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpandOptions {
    /// The first day whose due dates are wanted.
    pub from: NaiveDate,
    /// The last day whose due dates are wanted.
    pub to: NaiveDate,
    /// The shift policy for last days that are not working days.
    pub shift: Shift,
    /// Whether to record the trace of each due date (off for bulk work).
    pub trace: bool,
}

impl ExpandOptions {
    /// The due dates falling in calendar year `year`, shifted to the previous working day, traced.
    ///
    /// # Errors
    /// [`Error::Date`] for a year chrono cannot represent.
    pub fn year(year: i32) -> Result<Self> {
        let out_of_range = || Error::Date {
            what: format!("year {year} is out of range"),
            what_vi: format!("năm {year} nằm ngoài phạm vi"),
        };
        let from = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(out_of_range)?;
        let to = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(out_of_range)?;
        Ok(ExpandOptions {
            from,
            to,
            shift: Shift::Previous,
            trace: true,
        })
    }
}

/// Longest run of days off the shift will cross (Tết holidays with weekends stay well below).
const MAX_DAYS_OFF: u32 = 40;

/// The due dates of `obligation` (from `instrument`) whose last day falls in the options' range;
/// one undated entry for duties on request or relative to an event.
///
/// # Errors
/// [`Error::Date`] when a date leaves the calendar's range or no working day is found near a
/// last day.
///
/// # Example
/// ```
/// use quyche::deadline::{expand, ExpandOptions, Shift};
/// # use quyche::deadline::{WorkingDays, Reason};
/// # use chrono::{Datelike, NaiveDate, Weekday};
/// # struct Weekends;
/// # impl WorkingDays for Weekends {
/// #     fn is_working_day(&self, d: NaiveDate) -> quyche::Result<bool> { Ok(!matches!(d.weekday(), Weekday::Sat | Weekday::Sun)) }
/// #     fn reasons_off(&self, _: NaiveDate) -> Vec<Reason> { vec![] }
/// # }
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let ob = ds.obligations().iter().find(|o| o.schedule.frequency() == quyche::schedule::Frequency::Annual).unwrap();
/// let inst = ds.instrument(&ob.instrument_id)?;
/// let due = expand(ob, inst, &Weekends, &ExpandOptions::year(2026)?)?;
/// assert_eq!(due.len(), 1);
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn expand(
    obligation: &Obligation,
    instrument: &Instrument,
    cal: &dyn WorkingDays,
    opts: &ExpandOptions,
) -> Result<Vec<Deadline>> {
    let freq = obligation.schedule.frequency();
    let Some(p) = obligation.schedule.periodic() else {
        if obligation.schedule.is_dated() {
            return linked(obligation, instrument, cal, opts);
        }
        return Ok(vec![undated(obligation, instrument, opts)]);
    };
    let mut out = Vec::with_capacity(capacity(freq, opts));
    each_period(freq, lookback(freq, p, opts.from), opts.to, |period| {
        if p.period
            .is_some_and(|n| Some(n) != index_in_year(freq, period))
        {
            return Ok(());
        }
        let pos = position(freq, p, period)?;
        let exclusive = p.day.is_some() && p.inclusive == Some(false);
        let last_day = if exclusive {
            pos.named.pred_opt().ok_or_else(|| Error::Date {
                what: format!("no day before {}", pos.named),
                what_vi: format!("không có ngày nào trước {}", dmy(pos.named)),
            })?
        } else {
            pos.named
        };
        if last_day < opts.from || last_day > opts.to {
            return Ok(());
        }
        let mut trace = Vec::new();
        if opts.trace {
            trace_position(
                &mut trace,
                freq,
                p,
                period,
                pos.named,
                pos.clamped_from,
                exclusive,
                last_day,
            );
        }
        // A due date never falls before its period begins (Điều 148 khoản 5 BLDS, period_rule).
        let policy = period_rule::policy(
            cal,
            period,
            last_day,
            opts.shift,
            opts.trace.then_some(&mut trace),
        )?;
        let due = shift(cal, last_day, policy, opts.trace.then_some(&mut trace))?;
        let calendar_status = projection::status(
            cal,
            pos.named.min(last_day).min(due),
            pos.named.max(last_day).max(due),
            opts.trace.then_some(&mut trace),
        );
        let in_force = in_force(instrument, last_day, opts.trace.then_some(&mut trace));
        out.push(Deadline {
            obligation: obligation.id.clone(),
            recurrence: freq,
            period_start: Some(period.start),
            period_end: Some(period.end),
            last_day: Some(last_day),
            due: Some(due),
            shift: opts.shift,
            in_force,
            calendar_status: Some(calendar_status),
            trace,
        });
        Ok(())
    })?;
    Ok(out)
}

/// About how many due dates a range holds (one per period, plus one for the edges), so that the
/// result is allocated once.
fn capacity(freq: Frequency, opts: &ExpandOptions) -> usize {
    let days = usize::try_from(opts.to.signed_duration_since(opts.from).num_days()).unwrap_or(0);
    let per = match freq {
        Frequency::Weekly => 7,
        Frequency::Monthly => 28,
        Frequency::Quarterly => 90,
        Frequency::Semiannual => 181,
        _ => 365,
    };
    // Bounded so that a century-long range does not reserve a large block up front.
    days.checked_div(per)
        .unwrap_or(0)
        .saturating_add(2)
        .min(1024)
}

/// The day from which periods are expanded: a due date may fall after its period, so periods up
/// to a year before the range count too, but no earlier than the wording can reach. A period
/// starting on day S names a day before S + `month` months (a day of its `month`-th month), or
/// its own last day, before S + its length; a week names one of its days (S + weekday − 1).
/// Skipping the periods that cannot reach `from` leaves the output unchanged and halves the work
/// of a one-year range.
fn lookback(freq: Frequency, p: &crate::schedule::Periodic, from: NaiveDate) -> NaiveDate {
    let year_before = from
        .with_year(from.year().saturating_sub(1))
        .unwrap_or(from);
    let reach = match freq {
        Frequency::Weekly => {
            let days = u64::from(p.weekday.map_or(6, |w| w.saturating_sub(1)).max(6));
            from.checked_sub_days(Days::new(days))
        }
        _ => {
            let len = match freq {
                Frequency::Semiannual => 6,
                Frequency::Quarterly => 3,
                Frequency::Monthly => 1,
                _ => 12,
            };
            let month = if p.day.is_some() {
                u32::from(p.month.unwrap_or(1))
            } else {
                0
            };
            from.checked_sub_months(Months::new(month.max(len)))
        }
    };
    reach.map_or(year_before, |r| r.max(year_before))
}

/// The 1-based index of a period within its year (the first half is 1, the fourth quarter 4).
fn index_in_year(freq: Frequency, period: Period) -> Option<u8> {
    let len = match freq {
        Frequency::Semiannual => 6,
        Frequency::Quarterly => 3,
        Frequency::Monthly => 1,
        _ => return None,
    };
    u8::try_from(period.start.month0().checked_div(len)?.saturating_add(1)).ok()
}

#[allow(clippy::too_many_arguments)]
fn trace_position(
    trace: &mut Vec<TraceStep>,
    freq: Frequency,
    p: &crate::schedule::Periodic,
    period: Period,
    named: NaiveDate,
    clamped_from: Option<u8>,
    exclusive: bool,
    last_day: NaiveDate,
) {
    trace.push(TraceStep::new(
        "period",
        Some(period.start),
        wording::period(freq, period.start, period.end),
        None,
    ));
    if p.day.is_none() && p.weekday.is_none() {
        let why = wording::within_period(p.times, last_day);
        trace.push(TraceStep::new("wording", Some(last_day), why, None));
        return;
    }
    if let Some(day) = clamped_from {
        let why = wording::clamped(day, named);
        trace.push(TraceStep::new("clamp", Some(named), why, None));
    }
    let why = if exclusive {
        wording::exclusive(named, last_day)
    } else {
        wording::inclusive(last_day)
    };
    trace.push(TraceStep::new("wording", Some(last_day), why, None));
}

/// Applies the shift policy, recording each day off crossed.
fn shift(
    cal: &dyn WorkingDays,
    last_day: NaiveDate,
    policy: Shift,
    mut trace: Option<&mut Vec<TraceStep>>,
) -> Result<NaiveDate> {
    let mut day = last_day;
    let mut crossed = 0u32;
    while !cal.is_working_day(day)? {
        if let Some(t) = trace.as_deref_mut() {
            let reasons = cal.reasons_off(day);
            let why = if reasons.is_empty() {
                wording::not_working(day)
            } else {
                let join = |f: fn(&super::Reason) -> &str| {
                    reasons.iter().map(f).collect::<Vec<_>>().join("; ")
                };
                crate::text::Bilingual {
                    en: join(|r| &r.reason),
                    vi: join(|r| &r.reason_vi),
                }
            };
            let source = reasons
                .iter()
                .filter_map(|r| r.source.clone())
                .collect::<Vec<_>>();
            let source = (!source.is_empty()).then(|| source.join("; "));
            t.push(TraceStep::new("day_off", Some(day), why, source));
        }
        if policy == Shift::None {
            break;
        }
        crossed = crossed.saturating_add(1);
        if crossed > MAX_DAYS_OFF {
            return Err(Error::Date {
                what: format!("no working day within {MAX_DAYS_OFF} days of {last_day}"),
                what_vi: format!(
                    "không có ngày làm việc nào trong vòng {MAX_DAYS_OFF} ngày kể từ {}",
                    dmy(last_day)
                ),
            });
        }
        day = match policy {
            Shift::Previous => day.pred_opt(),
            _ => day.succ_opt(),
        }
        .ok_or_else(|| Error::Date {
            what: format!("the calendar ends near {day}"),
            what_vi: format!("lịch kết thúc gần ngày {}", dmy(day)),
        })?;
    }
    if let Some(t) = trace {
        let (why, source) = match (policy, day == last_day) {
            (Shift::None, _) => (wording::unshifted(day, cal.is_working_day(day)?), None),
            (_, true) => (wording::due_that_day(day), None),
            (Shift::Previous, false) => (wording::shifted_back(day), None),
            (Shift::Next, false) => (wording::shifted_on(day), Some(CIVIL_CODE_148_5.to_owned())),
        };
        t.push(TraceStep::new("due", Some(day), why, source));
    }
    Ok(day)
}

/// Whether the instrument binds on `day`: not a draft, in effect, not replaced.
fn in_force(inst: &Instrument, day: NaiveDate, trace: Option<&mut Vec<TraceStep>>) -> bool {
    // Untraced (bulk) expansion: the same decision without formatting its reason, which
    // otherwise dominates the cost of a due date.
    let Some(t) = trace else {
        return match (inst.status, inst.effective_from) {
            (Status::Draft, _) => false,
            (_, Some(eff)) if day < eff => false,
            (Status::Replaced, _) => false,
            _ => true,
        };
    };
    let label = inst.label();
    let (ok, why) = match (inst.status, inst.effective_from) {
        (Status::Draft, _) => (false, Force::Draft(label)),
        (_, Some(eff)) if day < eff => (false, Force::NotYet(label, eff)),
        (Status::Replaced, _) => (false, Force::Replaced(label)),
        (_, Some(eff)) => (true, Force::Since(label, eff)),
        (_, None) => (true, Force::Unknown(label)),
    };
    let why = wording::in_force(why);
    t.push(TraceStep::new("in_force", inst.effective_from, why, None));
    ok
}

fn undated(o: &Obligation, inst: &Instrument, opts: &ExpandOptions) -> Deadline {
    let mut entry = Deadline {
        obligation: o.id.clone(),
        recurrence: o.schedule.frequency(),
        period_start: None,
        period_end: None,
        last_day: None,
        due: None,
        shift: opts.shift,
        in_force: in_force(inst, opts.to, None),
        calendar_status: None,
        trace: Vec::new(),
    };
    if !opts.trace {
        return entry;
    }
    let why = match &o.schedule {
        Schedule::OnRequest { note } => wording::on_request(note.as_deref()),
        Schedule::Event {
            event,
            timing,
            days,
            ..
        } => wording::on_event(event, *timing, *days),
        Schedule::Unfixed { every, note, .. } => wording::unfixed(note.as_deref(), *every),
        Schedule::Alternatives { options } => wording::alternatives(
            &options
                .iter()
                .map(|o| (o.quote.clone(), o.schedule.vietnamese()))
                .collect::<Vec<_>>(),
        ),
        _ => crate::text::Bilingual::default(),
    };
    let mut trace = vec![TraceStep::new("undated", None, why, None)];
    entry.in_force = in_force(inst, opts.to, Some(&mut trace));
    entry.trace = trace;
    entry
}

/// The due dates of an unfixed obligation whose period and date another provision fixes: that
/// provision's dates, each traced to it.
fn linked(
    o: &Obligation,
    inst: &Instrument,
    cal: &dyn WorkingDays,
    opts: &ExpandOptions,
) -> Result<Vec<Deadline>> {
    let Schedule::Unfixed { fixed_by, .. } = &o.schedule else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for link in fixed_by {
        let Some(schedule) = link.schedule.as_deref() else {
            continue;
        };
        let mut as_target = o.clone();
        as_target.schedule = schedule.clone();
        for mut d in expand(&as_target, inst, cal, opts)? {
            if opts.trace {
                let why = wording::fixed_by(&link.citation, &schedule.vietnamese());
                let step = TraceStep::new("fixed_by", None, why, Some(link.citation.clone()));
                d.trace.insert(0, step);
            }
            out.push(d);
        }
    }
    Ok(out)
}
