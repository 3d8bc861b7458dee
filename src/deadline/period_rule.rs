//! A due date never falls before the period it belongs to begins.
//!
//! When every day from a period's first day to its last day allowed is a day off (the week of Tết
//! 16–22/02/2026), shifting back to the last working day would give a date before the period even
//! starts, a deadline for work that cannot yet exist. The time limit then ends on the next working
//! day instead: Bộ luật Dân sự 2015, Điều 148 khoản 5 ("Khi ngày cuối cùng của thời hạn là ngày nghỉ
//! cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo
//! ngày nghỉ đó"), the rule [`Shift::Next`] applies everywhere. The trace says so.

use chrono::NaiveDate;

use super::periods::Period;
use super::{Shift, TraceStep, WorkingDays, CIVIL_CODE_148_5};
use crate::Result;

/// The shift policy to apply to `last_day` of `period`: `policy`, except that
/// [`Shift::Previous`] becomes [`Shift::Next`] when no working day lies between the period's first
/// day and `last_day`, with a trace step saying why.
///
/// # Errors
/// A date outside the calendar's range.
pub(crate) fn policy(
    cal: &dyn WorkingDays,
    period: Period,
    last_day: NaiveDate,
    policy: Shift,
    trace: Option<&mut Vec<TraceStep>>,
) -> Result<Shift> {
    if policy != Shift::Previous || last_day < period.start {
        return Ok(policy);
    }
    // Walk back from the last day; the first working day found ends the walk (usually at once).
    let mut day = last_day;
    loop {
        if cal.is_working_day(day)? {
            return Ok(policy);
        }
        match day.pred_opt() {
            Some(p) if p >= period.start => day = p,
            _ => break,
        }
    }
    if let Some(t) = trace {
        let why = super::wording::no_working_day(period.start, last_day);
        let source = Some(CIVIL_CODE_148_5.to_owned());
        t.push(TraceStep::new(
            "no_working_day",
            Some(period.start),
            why,
            source,
        ));
    }
    Ok(Shift::Next)
}
