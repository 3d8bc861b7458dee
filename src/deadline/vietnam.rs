//! The Vietnamese working calendar as the deadline expansion's calendar.

use chrono::NaiveDate;

use super::{Reason, WorkingDays};
use crate::calendar::{CalendarKind, Status, WorkingCalendar};

impl WorkingDays for WorkingCalendar {
    fn is_working_day(&self, date: NaiveDate) -> crate::Result<bool> {
        WorkingCalendar::is_working_day(self, date)
    }

    fn reasons_off(&self, date: NaiveDate) -> Vec<Reason> {
        match self.day_info(date) {
            Ok(info) if !info.working => info
                .reasons
                .into_iter()
                .filter(|r| {
                    !matches!(
                        r.kind.as_str(),
                        "swap_work" | "work_day" | "working_weekday" | "unconfirmed"
                    )
                })
                .map(|r| Reason {
                    reason: r.text,
                    reason_vi: r.text_vi,
                    source: Some(r.source).filter(|s| !s.is_empty()),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    fn projected(&self, year: i32) -> Option<crate::text::Bilingual> {
        match self.year(year) {
            Ok(y) if y.status == Status::Official => None,
            Ok(_) => Some(super::wording::projected(year)),
            Err(e) => Some(super::wording::calendar_unknown(year, &e)),
        }
    }
}

/// Parses a calendar kind: `civil` (cán bộ, công chức; the default) or `labour`.
///
/// # Errors
/// [`crate::Error::Request`] naming the accepted values.
pub fn calendar_kind(s: Option<&str>) -> crate::Result<CalendarKind> {
    match s.map(crate::text::fold_compact).as_deref() {
        None | Some("civil" | "congchuc" | "civilservice") => Ok(CalendarKind::Civil),
        Some("labour" | "labor" | "laodong") => Ok(CalendarKind::Labour),
        Some(_) => Err(crate::Error::unknown_word(
            ("calendar", "loại lịch"),
            s.unwrap_or_default(),
            &["civil", "labour"],
        )),
    }
}
