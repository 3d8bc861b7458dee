//! Why a day is a working day or not, in sentences with their sources (for traces and the
//! `calendar` answer).

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::arrangements::{ArrangementKind, Status};
use super::types::{CalendarKind, DayInfo, DayKind, Reason};
use super::{weekday_bit, WorkingCalendar};
use crate::Result;

const CIVIL_REST_SOURCE: &str = "Quyết định số 188/1999/QĐ-TTg (tuần làm việc 40 giờ: cán bộ, công chức nghỉ thứ Bảy và Chủ nhật)";
const LABOUR_REST_SOURCE: &str = "Bộ luật Lao động 2019, Điều 111 (nghỉ hằng tuần: Chủ nhật hoặc ngày cố định khác do người sử dụng lao động quyết định)";

fn weekday_vi(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "thứ Hai",
        Weekday::Tue => "thứ Ba",
        Weekday::Wed => "thứ Tư",
        Weekday::Thu => "thứ Năm",
        Weekday::Fri => "thứ Sáu",
        Weekday::Sat => "thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub(super) fn dmy(d: NaiveDate) -> String {
    crate::text::date::dmy(d).to_string()
}

impl WorkingCalendar {
    /// Whether `date` is a working day and why, with sources, for traces.
    ///
    /// # Errors
    /// [`crate::Error::Date`] outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let cal = quyche::calendar::WorkingCalendar::vietnam(Default::default())?;
    /// let info = cal.day_info(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())?;
    /// assert!(!info.working);
    /// assert_eq!(info.reasons[0].text, "29/11/2026 is a Sunday (Chủ nhật), a weekly rest day");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn day_info(&self, date: NaiveDate) -> Result<DayInfo> {
        let i = self.days.index(date)?;
        let w = date.weekday();
        let mut reasons = Vec::new();
        if self.rest_mask & weekday_bit(w) != 0 {
            reasons.push(Reason {
                kind: "weekly_rest".to_string(),
                text: format!(
                    "{} is a {} ({}), a weekly rest day",
                    dmy(date),
                    weekday_en(w),
                    weekday_vi(w)
                ),
                text_vi: format!("{} là {}, ngày nghỉ hằng tuần", dmy(date), weekday_vi(w)),
                source: match self.kind {
                    CalendarKind::Civil => CIVIL_REST_SOURCE.to_string(),
                    CalendarKind::Labour => LABOUR_REST_SOURCE.to_string(),
                },
            });
        }
        let lo = self.records.partition_point(|r| r.date < date);
        for r in self.records.iter().skip(lo).take_while(|r| r.date == date) {
            let what = match r.kind {
                DayKind::Statutory => format!("{} ({}), a public holiday", r.name_vi, r.name_en),
                DayKind::Compensatory => {
                    format!("a compensatory day off for {} ({})", r.name_vi, r.name_en)
                }
                DayKind::SwapOff => format!("a day off by swap ({})", r.name_en),
                DayKind::SwapWork => format!("a working day by swap ({})", r.name_en),
                DayKind::DayOff => format!("{} ({}), a day off", r.name_vi, r.name_en),
                DayKind::WorkDay => format!("{} ({}), a working day", r.name_vi, r.name_en),
            };
            let what_vi = match r.kind {
                DayKind::Statutory => format!("là {}, ngày nghỉ lễ, tết", r.name_vi),
                // Their names say what they are ("Nghỉ bù Giỗ Tổ Hùng Vương", "Làm bù cho ...").
                DayKind::Compensatory | DayKind::SwapOff | DayKind::SwapWork => {
                    format!("— {}", r.name_vi)
                }
                DayKind::DayOff => format!("là {}, ngày nghỉ", r.name_vi),
                DayKind::WorkDay => format!("là {}, ngày làm việc", r.name_vi),
            };
            let (projected, projected_vi) = match (r.status, r.verified) {
                (Status::Projected, true) => (" [projected]", " [dự kiến]"),
                (Status::Projected, false) => (
                    " [projected; rule unverified]",
                    " [dự kiến; quy định chưa xác minh]",
                ),
                (Status::Official, false) => (" [rule unverified]", " [quy định chưa xác minh]"),
                (Status::Official, true) => ("", ""),
            };
            reasons.push(Reason {
                kind: serde_json::to_value(r.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                text: format!("{} is {what}{projected}", dmy(date)),
                text_vi: format!("{} {what_vi}{projected_vi}", dmy(date)),
                source: r.source.clone(),
            });
        }
        let working = self.days.working_at(i);
        let unconfirmed: Vec<Reason> = self
            .unconfirmed(date.year())
            .filter_map(|a| {
                let (what, what_vi) = match &a.kind {
                    ArrangementKind::Swap { off, work } if *off == date => (
                        format!("a day off under a proposed swap with {}", dmy(*work)),
                        format!("ngày nghỉ theo đề xuất hoán đổi với ngày {}", dmy(*work)),
                    ),
                    ArrangementKind::Swap { off, work } if *work == date => (
                        format!("a working day under a proposed swap with {}", dmy(*off)),
                        format!("ngày làm việc theo đề xuất hoán đổi với ngày {}", dmy(*off)),
                    ),
                    ArrangementKind::DayOff { dates, .. } if dates.contains(&date) => (
                        "a day off under a proposal".to_string(),
                        "ngày nghỉ theo một đề xuất".to_string(),
                    ),
                    ArrangementKind::WorkDay { dates } if dates.contains(&date) => (
                        "a working day under a proposal".to_string(),
                        "ngày làm việc theo một đề xuất".to_string(),
                    ),
                    _ => return None,
                };
                Some(Reason {
                    kind: "unconfirmed".to_string(),
                    text: format!(
                        "{} would be {what}, which no notice confirms: not applied",
                        dmy(date)
                    ),
                    text_vi: format!(
                        "{} sẽ là {what_vi}, chưa có thông báo xác nhận: không áp dụng",
                        dmy(date)
                    ),
                    source: a.source.clone(),
                })
            })
            .collect();
        if reasons.is_empty() {
            reasons.push(Reason {
                kind: "working_weekday".to_string(),
                text: format!(
                    "{} is a {} ({}), a working day",
                    dmy(date),
                    weekday_en(w),
                    weekday_vi(w)
                ),
                text_vi: format!("{} là {}, ngày làm việc", dmy(date), weekday_vi(w)),
                source: match self.kind {
                    CalendarKind::Civil => CIVIL_REST_SOURCE.to_string(),
                    CalendarKind::Labour => LABOUR_REST_SOURCE.to_string(),
                },
            });
        }
        reasons.extend(unconfirmed);
        Ok(DayInfo {
            date,
            weekday: w.number_from_monday(),
            working,
            reasons,
        })
    }
}
