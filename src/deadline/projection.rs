//! Whether a due date rests on official arrangements or on a projection.
//!
//! A due date is `official` when every day its computation looked at (the day the wording names,
//! the last day allowed, each day off crossed and the due date) lies in a year whose holidays and
//! swaps are recorded from an official notice; `projected` otherwise, with the missing notice named
//! in the trace.

use chrono::{Datelike, NaiveDate};

use super::{TraceStep, WorkingDays};
use crate::calendar::Status;

/// The status of a due date whose computation looked at the days from `first` to `last`
/// (inclusive), adding one trace step per projected year.
pub(crate) fn status(
    cal: &dyn WorkingDays,
    first: NaiveDate,
    last: NaiveDate,
    mut trace: Option<&mut Vec<TraceStep>>,
) -> Status {
    let mut status = Status::Official;
    for year in first.year()..=last.year() {
        if let Some(why) = cal.projected(year) {
            status = Status::Projected;
            if let Some(t) = trace.as_deref_mut() {
                let day = NaiveDate::from_ymd_opt(year, 1, 1);
                t.push(TraceStep::new("calendar", day, why, None));
            }
        }
    }
    status
}
