//! Every error of the submissions CSV and its rows in English and in Vietnamese, from one place.
//! The English sentences are those the status answer has always given (its JSON and the bindings
//! compare them). The Vietnamese ones say the same for the officers who fix the CSV: what is
//! wrong, in which column, with the value as it was written between “”; ids, column names
//! (`agency`, `obligation`, `period`, `submitted`) and option names stay as they are. The line
//! is not in the sentence: [`super::RowError`] carries it (and its `Display`/`display_vi` say it).

use chrono::NaiveDate;

use crate::schedule::{Frequency, Schedule};
use crate::text::{quoted, Bilingual};

fn said(en: String, vi: String) -> Bilingual {
    Bilingual { en, vi }
}

/// A day as Vietnamese sentences write it: `01/12/2026`.
fn dmy(d: NaiveDate) -> String {
    crate::text::date::dmy(d).to_string()
}

/// A recurrence as a row's message says it: `(English, Vietnamese)`, the Vietnamese an adverb
/// ("nghĩa vụ này thực hiện hằng năm").
fn recurrence(f: Frequency) -> (&'static str, &'static str) {
    use Frequency as F;
    match f {
        F::Annual => ("annual", "hằng năm"),
        F::Semiannual => ("half-year", "6 tháng một lần"),
        F::Quarterly => ("quarterly", "hằng quý"),
        F::Monthly => ("monthly", "hằng tháng"),
        F::Weekly => ("weekly", "hằng tuần"),
        F::OnRequest => ("on-request", "theo yêu cầu"),
        F::Event => ("event", "khi có sự việc phát sinh"),
        F::Unfixed => ("unfixed", "định kỳ nhưng văn bản không nói kỳ nào"),
        F::Alternatives => ("alternatives", "theo một trong các kỳ văn bản nêu"),
    }
}

/// A period of a recurrence, in Vietnamese: "kỳ quý", "kỳ năm".
fn period_vi(f: Frequency) -> String {
    use Frequency as F;
    match f {
        F::Annual => "kỳ năm".into(),
        F::Semiannual => "kỳ 6 tháng".into(),
        F::Quarterly => "kỳ quý".into(),
        F::Monthly => "kỳ tháng".into(),
        F::Weekly => "kỳ tuần".into(),
        other => format!("kỳ {}", recurrence(other).1),
    }
}

/// Why an obligation has no dated due date: `(English, Vietnamese)`; the English is
/// [`Schedule::undated_reason`].
fn undated_reason(s: &Schedule) -> (&'static str, &'static str) {
    let vi = match s {
        Schedule::Event { .. } => "nhiệm vụ thực hiện khi có sự việc phát sinh",
        Schedule::Unfixed { fixed_by, .. } if !fixed_by.is_empty() => {
            "nhiệm vụ lấy thời hạn theo quy định ấn định kỳ của nó"
        }
        Schedule::Unfixed { .. } => "nhiệm vụ mà văn bản không ấn định ngày",
        Schedule::Alternatives { .. } => "nhiệm vụ có nhiều phương án, không có một ngày duy nhất",
        _ => "nhiệm vụ thực hiện theo yêu cầu",
    };
    (s.undated_reason().unwrap_or("due on request"), vi)
}

// Entries that cannot be checked.

/// An entry with no dated due date: `"due on request: no dated due date to check"`.
pub(super) fn nothing_to_check(s: &Schedule) -> Bilingual {
    let (en, vi) = undated_reason(s);
    said(
        format!("{en}: no dated due date to check"),
        format!("{vi}: không có hạn ấn định để đối chiếu"),
    )
}

/// An entry whose instrument did not bind on its due date (a draft, not yet in force, replaced).
pub(super) fn does_not_bind(
    instrument: &str,
    day: NaiveDate,
    status: crate::dataset::StatusOn,
) -> Bilingual {
    let code = serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    said(
        format!(
            "{instrument} does not bind on {}: {code}",
            crate::deadline::vn(day)
        ),
        format!(
            "{instrument} không có hiệu lực ràng buộc vào ngày {}: {}",
            crate::deadline::vn(day),
            crate::text::Wording::name_vi(status)
        ),
    )
}

// The CSV itself.

pub(super) fn unclosed_quote() -> Bilingual {
    said(
        "a quoted field is never closed".into(),
        "một trường mở dấu ngoặc kép nhưng không có dấu ngoặc kép đóng".into(),
    )
}

pub(super) fn after_closing_quote(c: char) -> Bilingual {
    said(
        format!(
            "unexpected {c:?} after a closing quote (a quote inside a quoted field is written \"\")"
        ),
        format!(
            "ký tự {} đứng ngay sau dấu ngoặc kép đóng (dấu ngoặc kép bên trong một trường đặt trong ngoặc kép phải viết thành \"\")",
            quoted(c.encode_utf8(&mut [0; 4]))
        ),
    )
}

pub(super) fn quote_in_unquoted_field() -> Bilingual {
    said(
        "a quote inside an unquoted field (quote the whole field and double the quote)".into(),
        "dấu ngoặc kép nằm giữa một trường không đặt trong ngoặc kép (hãy đặt cả trường trong ngoặc kép và viết dấu ngoặc kép bên trong thành \"\")".into(),
    )
}

pub(super) fn empty_csv() -> Bilingual {
    said(
        "the CSV is empty: it needs a header row agency,obligation,period,submitted".into(),
        "tệp CSV trống: cần có dòng tiêu đề agency,obligation,period,submitted".into(),
    )
}

pub(super) fn no_column(name: &str) -> Bilingual {
    said(
        format!("the header has no {name} column (it needs agency, obligation, period, submitted)"),
        format!(
            "dòng tiêu đề thiếu cột {name} (cần đủ các cột agency, obligation, period, submitted)"
        ),
    )
}

pub(super) fn field_count(row: usize, header: usize) -> Bilingual {
    said(
        format!("the row has {row} fields, the header {header}"),
        format!("dòng này có {row} trường nhưng dòng tiêu đề có {header} cột"),
    )
}

pub(super) fn duplicate(first: usize, obligation: &str, agency: &str, period: &str) -> Bilingual {
    said(
        format!("duplicate: line {first} already records {obligation} for {agency} in {period}"),
        format!(
            "trùng lặp: dòng {first} đã ghi việc gửi {obligation} của {agency} cho kỳ {period}"
        ),
    )
}

// A row's fields.

pub(super) fn not_a_date(text: &str) -> Bilingual {
    let vi = if text.is_empty() {
        "chưa ghi ngày gửi (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)".to_owned()
    } else {
        format!(
            "không đọc được ngày gửi {} (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)",
            quoted(text)
        )
    };
    said(
        format!("{text:?} is not a date (use YYYY-MM-DD or dd/mm/yyyy)"),
        vi,
    )
}

pub(super) fn after_as_of(day: NaiveDate, as_of: NaiveDate) -> Bilingual {
    said(
        format!("{day} is after the as-of day {as_of}: the status is measured on that day (give a later --as-of)"),
        format!(
            "ngày gửi {} sau ngày tính tình trạng {}: tình trạng được tính tại ngày đó (hãy cho --as-of muộn hơn)",
            dmy(day),
            dmy(as_of)
        ),
    )
}

/// A day the calendar cannot tell about.
pub(super) fn calendar(day: NaiveDate, e: &crate::Error) -> Bilingual {
    said(
        format!("{day}: {e}"),
        format!("ngày gửi {}: {}", dmy(day), e.message_vi()),
    )
}

/// A period label that cannot be read.
pub(super) fn period(e: &crate::calendar::period::LabelError) -> Bilingual {
    said(e.to_string(), e.message_vi())
}

/// An error of the dataset's lookups, in its own words.
pub(super) fn lookup(e: &crate::Error) -> Bilingual {
    said(e.to_string(), e.message_vi())
}

/// An agency that cannot be found; `hint` when the name fits several provinces' bodies.
pub(super) fn agency_lookup(e: &crate::Error, hint: bool) -> Bilingual {
    let (en, vi) = if hint {
        (
            " (give its id, its full name, or --province)",
            " (hãy ghi mã hoặc tên đầy đủ của cơ quan, hoặc dùng --province)",
        )
    } else {
        ("", "")
    };
    said(format!("{e}{en}"), format!("{}{vi}", e.message_vi()))
}

pub(super) fn dated_by(obligation: &str, by: &str, citation: &str) -> Bilingual {
    said(
        format!("{obligation} takes its dates from {by} ({citation}): record the submission against that obligation"),
        format!("nghĩa vụ {obligation} lấy thời hạn theo nghĩa vụ {by} ({citation}): hãy ghi việc gửi vào nghĩa vụ đó"),
    )
}

pub(super) fn undated(obligation: &str, s: &Schedule) -> Bilingual {
    let (en, vi) = undated_reason(s);
    said(
        format!("{obligation} is {en}: it has no periods or due dates, so submissions to it are not tracked"),
        format!("{obligation} là {vi}: không có kỳ hay thời hạn nào, nên việc gửi theo nghĩa vụ này không được theo dõi"),
    )
}

pub(super) fn other_recurrence(
    period: &str,
    given: Frequency,
    obligation: &str,
    has: Frequency,
) -> Bilingual {
    let ((g_en, _), (h_en, h_vi)) = (recurrence(given), recurrence(has));
    said(
        format!("{period:?} is a {g_en} period but {obligation} recurs {h_en}"),
        format!(
            "{} là {}, nhưng nghĩa vụ {obligation} thực hiện {h_vi}",
            quoted(period),
            period_vi(given)
        ),
    )
}

/// The periods of an obligation due in `year`: the first and last labels, when any.
pub(super) fn periods_due(year: i32, first: Option<&str>, last: Option<&str>) -> Bilingual {
    match (first, last) {
        (Some(a), Some(b)) if a != b => said(
            format!("its periods due in {year} are {a} to {b}"),
            format!("các kỳ đến hạn trong năm {year} là từ {a} đến {b}"),
        ),
        (Some(a), _) => said(
            format!("its period due in {year} is {a}"),
            format!("kỳ đến hạn trong năm {year} là {a}"),
        ),
        _ => said(
            format!("it has no due date in {year}"),
            format!("nghĩa vụ này không có thời hạn nào trong năm {year}"),
        ),
    }
}

pub(super) fn no_such_period(
    obligation: &str,
    f: Frequency,
    label: &str,
    year: i32,
    range: &Bilingual,
) -> Bilingual {
    said(
        format!(
            "{obligation} has no {} period {label} due in {year}: {}",
            recurrence(f).0,
            range.en
        ),
        format!(
            "nghĩa vụ {obligation} không có {} {label} đến hạn trong năm {year}: {}",
            period_vi(f),
            range.vi
        ),
    )
}

pub(super) fn empty_agency() -> Bilingual {
    said("the agency is empty".into(), "chưa ghi cơ quan gửi".into())
}

pub(super) fn empty_obligation() -> Bilingual {
    said("the obligation is empty".into(), "chưa ghi nghĩa vụ".into())
}

pub(super) fn not_of_province(obligation: &str, province: &str) -> Bilingual {
    said(
        format!("{obligation} is not an obligation of {province}"),
        format!("nghĩa vụ {obligation} không thuộc {province}"),
    )
}

pub(super) fn no_obligation(text: &str, province: Option<&str>) -> Bilingual {
    said(
        format!(
            "no obligation {text:?} in {}: give an obligation id (see `quyche obligations`), its local id, or the citation of its provision",
            province.unwrap_or("the national instruments")
        ),
        format!(
            "không tìm thấy nghĩa vụ {} trong {}: hãy ghi mã nghĩa vụ (xem `quyche obligations`), mã rút gọn của nghĩa vụ, hoặc trích dẫn điều khoản quy định nghĩa vụ đó",
            quoted(text),
            province.unwrap_or("các văn bản trung ương")
        ),
    )
}

pub(super) fn owes_none(agency: &str, text: &str) -> Bilingual {
    said(
        format!("{agency} owes no obligation {text:?}"),
        format!("{agency} không có nghĩa vụ nào ứng với {}", quoted(text)),
    )
}

/// No obligation `text` names recurs like the row's period; `owed` are those it names, with
/// their recurrences.
pub(super) fn no_fitting_recurrence(
    text: &str,
    agency: &str,
    owed: &[(&str, Frequency)],
) -> Bilingual {
    let list = |vi: bool| {
        owed.iter()
            .map(|(id, f)| {
                let (en, v) = recurrence(*f);
                format!("{id} ({})", if vi { v } else { en })
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    said(
        format!(
            "no obligation {text:?} of {agency} recurs like this period: {}",
            list(false)
        ),
        format!(
            "không có nghĩa vụ nào của {agency} ứng với {} có kỳ khớp với kỳ đã ghi: {}",
            quoted(text),
            list(true)
        ),
    )
}

pub(super) fn ambiguous(text: &str, agency: &str, ids: &str) -> Bilingual {
    said(
        format!("{text:?} is ambiguous for {agency}: it fits {ids}; give the obligation's id"),
        format!(
            "{} ứng với nhiều nghĩa vụ của {agency}: {ids}; hãy ghi mã nghĩa vụ",
            quoted(text)
        ),
    )
}

pub(super) fn does_not_owe(agency: &str, id: &str, obligation: &str, expected: &str) -> Bilingual {
    said(
        format!(
            "{agency} ({id}) does not owe {obligation}: it is owed by {expected}; a group without a roster in the dataset is named as the group itself, a group with one by its members, a body reorganised since by its successor for foreign information"
        ),
        format!(
            "{agency} ({id}) không có nghĩa vụ {obligation}: nghĩa vụ này thuộc về {expected}; nhóm cơ quan chưa có danh sách thành viên trong dữ liệu được ghi bằng chính tên nhóm, nhóm đã có danh sách được ghi theo từng thành viên, cơ quan đã được sắp xếp lại được ghi bằng cơ quan kế thừa nhiệm vụ thông tin đối ngoại"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every recurrence is worded in both languages, in NFC.
    #[test]
    fn every_recurrence_has_both_languages() {
        for f in Frequency::ALL {
            let (en, vi) = recurrence(*f);
            assert!(!en.is_empty() && !vi.is_empty() && en != vi, "{f:?}");
            assert!(unicode_normalization::is_nfc(vi), "{f:?}");
            assert!(period_vi(*f).starts_with("kỳ "), "{f:?}");
        }
    }

    #[test]
    fn values_are_quoted_on_one_line() {
        let m = not_a_date("2026-13-01\nx");
        assert_eq!(
            m.en,
            "\"2026-13-01\\nx\" is not a date (use YYYY-MM-DD or dd/mm/yyyy)"
        );
        assert_eq!(
            m.vi,
            "không đọc được ngày gửi “2026-13-01\\nx” (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)"
        );
        assert_eq!(
            not_a_date("").vi,
            "chưa ghi ngày gửi (ghi theo dạng YYYY-MM-DD hoặc dd/mm/yyyy)"
        );
    }
}
