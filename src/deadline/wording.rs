//! Every sentence of a due date's trace, in English and in Vietnamese: one catalogue, so that a
//! step never has one language without the other. Texts from the data (an event's description,
//! a note) are English and are kept out of the Vietnamese sentence; the quote beside it says it.

use chrono::{Datelike, NaiveDate, Weekday};

use super::periods::vn_date;
use crate::schedule::{EventTiming, Frequency};
use crate::text::{Bilingual, Wording};

fn said(en: String, vi: String) -> Bilingual {
    Bilingual { en, vi }
}

fn weekday(d: NaiveDate) -> (&'static str, &'static str) {
    match d.weekday() {
        Weekday::Mon => ("a Monday", "thứ Hai"),
        Weekday::Tue => ("a Tuesday", "thứ Ba"),
        Weekday::Wed => ("a Wednesday", "thứ Tư"),
        Weekday::Thu => ("a Thursday", "thứ Năm"),
        Weekday::Fri => ("a Friday", "thứ Sáu"),
        Weekday::Sat => ("a Saturday", "thứ Bảy"),
        Weekday::Sun => ("a Sunday", "Chủ nhật"),
    }
}

pub(super) fn period(freq: Frequency, start: NaiveDate, end: NaiveDate) -> Bilingual {
    let (s, e) = (vn_date(start), vn_date(end));
    said(
        format!("{} period {s} – {e}", freq_word(freq)),
        format!("kỳ {} từ {s} đến {e}", freq.name_vi()),
    )
}

pub(super) fn within_period(times: Option<u32>, last: NaiveDate) -> Bilingual {
    let d = vn_date(last);
    let (en, vi) = match times {
        Some(t) => (
            format!(
                " (at least {t} time{} per period)",
                if t == 1 { "" } else { "s" }
            ),
            format!(" (ít nhất {t} lần mỗi kỳ)"),
        ),
        None => (String::new(), String::new()),
    };
    said(
        format!("the text fixes no day: due within the period{en}, so the last day is the period's last day, {d}"),
        format!("văn bản không ấn định ngày: thực hiện trong kỳ{vi}, nên ngày cuối cùng là ngày cuối kỳ, {d}"),
    )
}

pub(super) fn clamped(day: u8, used: NaiveDate) -> Bilingual {
    let d = vn_date(used);
    said(
        format!("the month has no day {day}; its last day, {d}, is used"),
        format!("tháng không có ngày {day}; lấy ngày cuối tháng, {d}"),
    )
}

pub(super) fn exclusive(named: NaiveDate, last: NaiveDate) -> Bilingual {
    let (n, d) = (crate::text::date::dm(named), vn_date(last));
    said(
        format!("\"trước ngày {n}\" excludes that day: the last day allowed is {d}"),
        format!("«trước ngày {n}» không tính ngày đó: ngày cuối cùng được phép là {d}"),
    )
}

pub(super) fn inclusive(last: NaiveDate) -> Bilingual {
    let d = vn_date(last);
    said(
        format!("the wording includes the day: the last day allowed is {d}"),
        format!("văn bản tính cả ngày đó: ngày cuối cùng được phép là {d}"),
    )
}

pub(super) fn not_working(day: NaiveDate) -> Bilingual {
    let (d, (en, vi)) = (vn_date(day), weekday(day));
    said(
        format!("{d} is not a working day ({en})"),
        format!("{d} không phải ngày làm việc ({vi})"),
    )
}

pub(super) fn due_that_day(day: NaiveDate) -> Bilingual {
    let d = vn_date(day);
    said(
        format!("{d} is a working day: due that day"),
        format!("{d} là ngày làm việc: hạn vào ngày này"),
    )
}

pub(super) fn shifted_back(day: NaiveDate) -> Bilingual {
    let (d, (en, vi)) = (vn_date(day), weekday(day));
    said(
        format!("shift previous: due on the last working day before, {d} ({en})"),
        format!("tính lùi: hạn là ngày làm việc liền trước, {d} ({vi})"),
    )
}

pub(super) fn shifted_on(day: NaiveDate) -> Bilingual {
    let (d, (en, vi)) = (vn_date(day), weekday(day));
    said(
        format!("shift next: due on the next working day, {d} ({en})"),
        format!("tính tiếp: hạn là ngày làm việc tiếp theo, {d} ({vi})"),
    )
}

pub(super) fn unshifted(day: NaiveDate, working: bool) -> Bilingual {
    let d = vn_date(day);
    if working {
        said(
            format!("no shift: due {d}"),
            format!("không dời hạn: hạn {d}"),
        )
    } else {
        said(
            format!("no shift: due {d} although it is not a working day"),
            format!("không dời hạn: hạn {d} dù không phải ngày làm việc"),
        )
    }
}

/// Whether an instrument binds: a draft, not yet in effect, replaced, in effect.
pub(super) enum Force<'a> {
    Draft(&'a str),
    NotYet(&'a str, NaiveDate),
    Replaced(&'a str),
    Since(&'a str, NaiveDate),
    Unknown(&'a str),
}

pub(super) fn in_force(f: Force<'_>) -> Bilingual {
    match f {
        Force::Draft(l) => said(
            format!("{l} is a draft: never in force"),
            format!("{l} là dự thảo: không có hiệu lực"),
        ),
        Force::NotYet(l, d) => {
            let d = vn_date(d);
            said(
                format!("{l} takes effect on {d}, after this day"),
                format!("{l} có hiệu lực từ {d}, sau ngày này"),
            )
        }
        Force::Replaced(l) => said(
            format!("{l} has been replaced"),
            format!("{l} đã được thay thế"),
        ),
        Force::Since(l, d) => {
            let d = vn_date(d);
            said(
                format!("{l} in effect since {d}"),
                format!("{l} có hiệu lực từ {d}"),
            )
        }
        Force::Unknown(l) => said(
            format!("{l}: effective date unknown"),
            format!("{l}: chưa rõ ngày có hiệu lực"),
        ),
    }
}

pub(super) fn on_request(note: Option<&str>) -> Bilingual {
    said(
        format!(
            "due when requested (đột xuất theo yêu cầu){}: no date can be computed",
            note.map(|n| format!(", {n}")).unwrap_or_default()
        ),
        "thực hiện đột xuất khi có yêu cầu: không tính được ngày".to_owned(),
    )
}

pub(super) fn on_event(event: &str, timing: EventTiming, days: Option<u32>) -> Bilingual {
    let (en, vi) = match timing {
        EventTiming::Before => ("before", "trước"),
        EventTiming::At => ("at", "khi có"),
        EventTiming::After => ("after", "sau"),
    };
    let (days_en, days_vi) = days.map_or((String::new(), String::new()), |d| {
        (format!("{d} days "), format!("{d} ngày "))
    });
    said(
        format!("due {days_en}{en} an event ({event}): no date until the event is known"),
        format!(
            "thực hiện {days_vi}{vi} sự việc văn bản nêu: chưa có ngày cho đến khi sự việc xảy ra"
        ),
    )
}

pub(super) fn unfixed(note: Option<&str>, every: Option<Frequency>) -> Bilingual {
    said(
        format!(
            "the text sets no date{}: {}, so no date can be computed",
            note.map(|n| format!(" ({n})")).unwrap_or_default(),
            every.map_or_else(
                || "periodic (định kỳ) with no period".to_owned(),
                |f| format!("{} with no day", freq_word(f))
            )
        ),
        format!(
            "văn bản không quy định ngày: {}, nên không tính được ngày",
            every.map_or_else(
                || "định kỳ nhưng không nêu kỳ".to_owned(),
                |f| format!("{} nhưng không nêu ngày", f.name_vi())
            )
        ),
    )
}

/// The options of a duty that any one of them discharges: (quote, schedule in Vietnamese).
pub(super) fn alternatives(options: &[(String, String)]) -> Bilingual {
    let list = |or: &str| {
        options
            .iter()
            .map(|(q, s)| format!("«{q}» ({s})"))
            .collect::<Vec<_>>()
            .join(or)
    };
    said(
        format!("the text gives alternatives, either of which discharges the duty: {}; there is no single due date", list(" or ")),
        format!("văn bản cho chọn một trong các cách, cách nào cũng hoàn thành nghĩa vụ: {}; không có một hạn duy nhất", list(" hoặc ")),
    )
}

pub(super) fn fixed_by(citation: &str, schedule_vi: &str) -> Bilingual {
    said(
        format!("this text fixes no date for it; {citation} fixes the period and the date of the same deliverable: {schedule_vi}"),
        format!("quy định này không ấn định ngày; {citation} ấn định kỳ và ngày cho cùng sản phẩm: {schedule_vi}"),
    )
}

pub(super) fn no_working_day(start: NaiveDate, last: NaiveDate) -> Bilingual {
    let (s, l) = (vn_date(start), vn_date(last));
    said(
        format!("no working day from {s}, the first day of the period, to {l}, the last day allowed: a due date never falls before its period begins, so the time limit ends on the next working day (a time limit ending on a day off ends at the end of the next working day)"),
        format!("không có ngày làm việc nào từ {s}, ngày đầu kỳ, đến {l}, ngày cuối cùng được phép: hạn không bao giờ trước ngày đầu kỳ, nên thời hạn kết thúc vào ngày làm việc tiếp theo (thời hạn kết thúc vào ngày nghỉ thì ngày làm việc tiếp theo là ngày cuối cùng của thời hạn)"),
    )
}

pub(super) fn projected(year: i32) -> Bilingual {
    let before = year.saturating_sub(1);
    said(
        format!("the {year} calendar is projected from the law: no official notice on the {year} holidays is recorded (the Bộ Nội vụ notice on Tết and Quốc khánh {year}, usually issued in the autumn of {before}); the Government may still fix other days or swaps"),
        format!("lịch năm {year} là dự tính theo luật: chưa ghi nhận thông báo chính thức về ngày nghỉ năm {year} (thông báo của Bộ Nội vụ về nghỉ Tết và Quốc khánh {year}, thường ban hành vào mùa thu năm {before}); Chính phủ vẫn có thể quy định ngày nghỉ hoặc hoán đổi ngày làm việc khác"),
    )
}

pub(super) fn calendar_unknown(year: i32, e: &crate::Error) -> Bilingual {
    said(
        format!("the {year} calendar is unknown: {e}"),
        format!("lịch năm {year} chưa xác định: {e}"),
    )
}

pub(super) fn freq_word(freq: Frequency) -> &'static str {
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
