//! Expanding one obligation into its due dates over a date range.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::periods::{each_period, position, vn_date, weekday_name, Period};
use super::{period_rule, projection};
use super::{Deadline, Shift, TraceStep, WorkingDays, CIVIL_CODE_148_5};
use crate::model::{Instrument, Status};
use crate::obligation::Obligation;
use crate::schedule::{EventTiming, Frequency, Schedule};
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
        let from = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| Error::Date {
            what: format!("year {year} is out of range"),
        })?;
        let to = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| Error::Date {
            what: format!("year {year} is out of range"),
        })?;
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
    trace.push(TraceStep {
        step: "period".into(),
        date: Some(period.start),
        reason: format!(
            "{} period {} – {}",
            freq_word(freq),
            vn_date(period.start),
            vn_date(period.end)
        ),
        source: None,
    });
    if p.day.is_none() && p.weekday.is_none() {
        let times = p
            .times
            .map(|t| {
                format!(
                    " (at least {t} time{} per period)",
                    if t == 1 { "" } else { "s" }
                )
            })
            .unwrap_or_default();
        trace.push(TraceStep { step: "wording".into(), date: Some(last_day), reason: format!("the text fixes no day: due within the period{times}, so the last day is the period's last day, {}", vn_date(last_day)), source: None });
        return;
    }
    if let Some(day) = clamped_from {
        trace.push(TraceStep {
            step: "clamp".into(),
            date: Some(named),
            reason: format!(
                "the month has no day {day}; its last day, {}, is used",
                vn_date(named)
            ),
            source: None,
        });
    }
    if exclusive {
        trace.push(TraceStep {
            step: "wording".into(),
            date: Some(last_day),
            reason: format!(
                "\"trước ngày {}\" excludes that day: the last day allowed is {}",
                crate::text::date::dm(named),
                vn_date(last_day)
            ),
            source: None,
        });
    } else {
        trace.push(TraceStep {
            step: "wording".into(),
            date: Some(last_day),
            reason: format!(
                "the wording includes the day: the last day allowed is {}",
                vn_date(last_day)
            ),
            source: None,
        });
    }
}

fn freq_word(freq: Frequency) -> &'static str {
    match freq {
        Frequency::Annual => "annual",
        Frequency::Semiannual => "half-year",
        Frequency::Quarterly => "quarterly",
        Frequency::Monthly => "monthly",
        Frequency::Weekly => "weekly",
        Frequency::OnRequest => "on-request",
        Frequency::Event => "event",
        Frequency::Unfixed => "unfixed",
        Frequency::Alternatives => "alternatives",
    }
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
            let reason = if reasons.is_empty() {
                format!(
                    "{} is not a working day ({})",
                    vn_date(day),
                    weekday_name(day)
                )
            } else {
                reasons
                    .iter()
                    .map(|r| r.reason.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let source = reasons
                .iter()
                .filter_map(|r| r.source.clone())
                .collect::<Vec<_>>();
            t.push(TraceStep {
                step: "day_off".into(),
                date: Some(day),
                reason,
                source: (!source.is_empty()).then(|| source.join("; ")),
            });
        }
        if policy == Shift::None {
            break;
        }
        crossed = crossed.saturating_add(1);
        if crossed > MAX_DAYS_OFF {
            return Err(Error::Date {
                what: format!("no working day within {MAX_DAYS_OFF} days of {last_day}"),
            });
        }
        day = match policy {
            Shift::Previous => day.pred_opt(),
            _ => day.succ_opt(),
        }
        .ok_or_else(|| Error::Date {
            what: format!("the calendar ends near {day}"),
        })?;
    }
    if let Some(t) = trace {
        let (reason, source) = match (policy, day == last_day) {
            (_, true) => (
                format!("{} is a working day: due that day", vn_date(day)),
                None,
            ),
            (Shift::Previous, false) => (
                format!(
                    "shift previous: due on the last working day before, {} ({})",
                    vn_date(day),
                    weekday_name(day)
                ),
                None,
            ),
            (Shift::Next, false) => (
                format!(
                    "shift next: due on the next working day, {} ({})",
                    vn_date(day),
                    weekday_name(day)
                ),
                Some(CIVIL_CODE_148_5.to_owned()),
            ),
            (Shift::None, false) => (format!("no shift: due {}", vn_date(day)), None),
        };
        let reason = if policy == Shift::None && !cal.is_working_day(day)? {
            format!(
                "no shift: due {} although it is not a working day",
                vn_date(day)
            )
        } else {
            reason
        };
        t.push(TraceStep {
            step: "due".into(),
            date: Some(day),
            reason,
            source,
        });
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
    let (ok, why) = match (inst.status, inst.effective_from) {
        (Status::Draft, _) => (
            false,
            format!("{} is a draft: never in force", inst.label()),
        ),
        (_, Some(eff)) if day < eff => (
            false,
            format!(
                "{} takes effect on {}, after this day",
                inst.label(),
                vn_date(eff)
            ),
        ),
        (Status::Replaced, _) => (false, format!("{} has been replaced", inst.label())),
        (_, Some(eff)) => (
            true,
            format!("{} in effect since {}", inst.label(), vn_date(eff)),
        ),
        (_, None) => (true, format!("{}: effective date unknown", inst.label())),
    };
    t.push(TraceStep {
        step: "in_force".into(),
        date: inst.effective_from,
        reason: why,
        source: None,
    });
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
    let reason = match &o.schedule {
        Schedule::OnRequest { note } => format!(
            "due when requested (đột xuất theo yêu cầu){}: no date can be computed",
            note.as_ref().map(|n| format!(", {n}")).unwrap_or_default()
        ),
        Schedule::Event {
            event,
            timing,
            days,
        } => {
            let when = match timing {
                EventTiming::Before => "before",
                EventTiming::At => "at",
                EventTiming::After => "after",
            };
            let days = days.map(|d| format!("{d} days ")).unwrap_or_default();
            format!("due {days}{when} an event ({event}): no date until the event is known")
        }
        Schedule::Unfixed { every, note, .. } => format!(
            "the text sets no date{}: {}, so no date can be computed",
            note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default(),
            every.map_or_else(
                || "periodic (định kỳ) with no period".to_owned(),
                |f| format!("{} with no day", freq_word(f))
            )
        ),
        Schedule::Alternatives { options } => format!(
            "the text gives alternatives, either of which discharges the duty: {}; there is no single due date",
            options
                .iter()
                .map(|o| format!("«{}» ({})", o.quote, o.schedule.vietnamese()))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        _ => String::new(),
    };
    let mut trace = vec![TraceStep {
        step: "undated".into(),
        date: None,
        reason,
        source: None,
    }];
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
                d.trace.insert(
                    0,
                    TraceStep {
                        step: "fixed_by".into(),
                        date: None,
                        reason: format!(
                            "this text fixes no date for it; {} fixes the period and the date of the same deliverable: {}",
                            link.citation,
                            schedule.vietnamese()
                        ),
                        source: Some(link.citation.clone()),
                    },
                );
            }
            out.push(d);
        }
    }
    Ok(out)
}
