//! The sentences of a resolution ("who carries this function today, and why"), each in English
//! and Vietnamese. What the data says in its own words (a status record's reason, a source's
//! note) is quoted as recorded.

use chrono::NaiveDate;

use super::{Function, Link, Source};
use crate::text::date::dmy;
use crate::text::{Bilingual, Wording};

fn said(en: String, vi: String) -> Bilingual {
    Bilingual { en, vi }
}

impl Link {
    /// [`Link::describe`] in Vietnamese: "tra-vinh/so-tttt hợp nhất vào tra-vinh/so-khcn từ
    /// 01/03/2025".
    pub fn describe_vi(&self) -> String {
        describe_in(
            self,
            self.kind.name_vi(),
            Function::name_vi,
            &format!("từ {}", dmy(self.effective)),
        )
    }
}

/// "FROM KIND [TO] [functions] WHEN", with the words of one language.
pub(super) fn describe_in(
    link: &Link,
    kind: &str,
    function: fn(Function) -> &'static str,
    when: &str,
) -> String {
    let mut s = format!("{} {kind}", link.from);
    if let Some(to) = &link.to {
        s.push(' ');
        s.push_str(to);
    }
    if !link.functions.is_empty() {
        let names: Vec<&str> = link.functions.iter().map(|f| function(*f)).collect();
        s.push_str(&format!(" [{}]", names.join(", ")));
    }
    s.push(' ');
    s.push_str(when);
    s
}

impl Source {
    /// [`Source::cite`] with the date as Vietnamese texts write it: "45/2025/NĐ-CP (28/02/2025,
    /// Chính phủ)".
    pub fn cite_vi(&self) -> String {
        let mut s = format!("{} ({}, {})", self.instrument, dmy(self.date), self.issuer);
        if let Some(article) = &self.article {
            s.push_str(", ");
            s.push_str(article);
        }
        s
    }
}

/// A day of the answer, or nothing when the data gives none.
fn day(d: Option<NaiveDate>) -> (String, String) {
    d.map_or_else(Default::default, |d| (d.to_string(), dmy(d).to_string()))
}

pub(super) fn too_long(max: usize, agency: &str) -> Bilingual {
    said(
        format!("more than {max} links from {agency}"),
        format!("quá {max} liên kết kể từ {agency}"),
    )
}

pub(super) fn dissolved(link: &Link, function: Function) -> Bilingual {
    said(
        format!(
            "{} ceased on {} ({}); no successor is recorded for its {} function",
            link.from,
            link.effective,
            link.source.cite(),
            function.as_str()
        ),
        format!(
            "{} chấm dứt hoạt động từ {} ({}); không có cơ quan nào được ghi nhận là kế thừa chức năng {} của cơ quan này",
            link.from,
            dmy(link.effective),
            link.source.cite_vi(),
            function.name_vi()
        ),
    )
}

pub(super) fn no_successor_named(link: &Link) -> Bilingual {
    said(
        format!("link {} names no successor", link.describe()),
        format!("liên kết {} không nêu cơ quan kế thừa", link.describe_vi()),
    )
}

pub(super) fn unconfirmed_link(link: &Link) -> Bilingual {
    said(
        format!(
            "link {} is not confirmed by a source for this body (recorded under {})",
            link.describe(),
            link.source.cite()
        ),
        format!(
            "liên kết {} chưa được nguồn nào xác nhận đối với cơ quan này (ghi theo {})",
            link.describe_vi(),
            link.source.cite_vi()
        ),
    )
}

pub(super) fn loop_back(agency: &str, to: &str) -> Bilingual {
    said(
        format!("the links from {agency} loop back to {to}"),
        format!("các liên kết từ {agency} quay vòng trở lại {to}"),
    )
}

pub(super) fn before_status(from: Option<NaiveDate>, status: &str, reason: &str) -> Bilingual {
    let (en, vi) = day(from);
    said(
        format!("before {en} the body is the one the text names (from then: {status}: {reason})"),
        format!("trước ngày {vi}, cơ quan là cơ quan văn bản nêu (từ ngày đó: {status}: {reason})"),
    )
}

pub(super) fn unchanged_unconfirmed(id: &str, reason: &str) -> Bilingual {
    said(
        format!("that {id} continues unchanged is not confirmed by a source: {reason}"),
        format!("việc {id} tiếp tục không thay đổi chưa được nguồn nào xác nhận: {reason}"),
    )
}

pub(super) fn fate_unknown(id: &str, from: Option<NaiveDate>, reason: &str) -> Bilingual {
    let (en, vi) = day(from);
    said(
        format!("the fate of {id} from {en} is not known: {reason}"),
        format!("chưa rõ {id} ra sao từ ngày {vi}: {reason}"),
    )
}

pub(super) fn until_later_link(link: &Link) -> Bilingual {
    said(
        format!(
            "the body as the text names it until {} ({})",
            link.effective,
            link.describe()
        ),
        format!(
            "cơ quan như văn bản nêu cho đến ngày {} ({})",
            dmy(link.effective),
            link.describe_vi()
        ),
    )
}

pub(super) fn no_status(id: &str) -> Bilingual {
    said(
        format!(
            "no 2025 status is recorded for {id} (neither a link nor a status in the succession data)"
        ),
        format!(
            "chưa ghi nhận tình trạng năm 2025 của {id} (dữ liệu sắp xếp tổ chức không có liên kết hay tình trạng nào của cơ quan này)"
        ),
    )
}

pub(super) fn split_without(id: &str, link: &Link, function: Function) -> Bilingual {
    said(
        format!(
            "{id} was split on {} ({}); no part is recorded as taking its {} function",
            link.effective,
            link.source.cite(),
            function.as_str()
        ),
        format!(
            "{id} được chia tách từ {} ({}); không có phần nào được ghi nhận là nhận chức năng {} của cơ quan này",
            dmy(link.effective),
            link.source.cite_vi(),
            function.name_vi()
        ),
    )
}

/// A body of a province (or the province itself) on a day its jurisdiction does not govern.
pub(super) struct OutOfJurisdiction<'a> {
    pub id: &'a str,
    pub jurisdiction: &'a str,
    pub is_unit: bool,
    pub cite: Option<&'a Source>,
}

impl OutOfJurisdiction<'_> {
    fn what(&self) -> (&'static str, &'static str) {
        if self.is_unit {
            ("which exists", "tồn tại")
        } else {
            (
                "whose local government operates",
                "chính quyền địa phương hoạt động",
            )
        }
    }

    fn cites(&self) -> (String, String) {
        self.cite.map_or_else(Default::default, |s| {
            (format!(" ({})", s.cite()), format!(" ({})", s.cite_vi()))
        })
    }

    pub(super) fn not_yet(&self, start: NaiveDate) -> Bilingual {
        let ((what, what_vi), (cite, cite_vi)) = (self.what(), self.cites());
        let (id, j) = (self.id, self.jurisdiction);
        said(
            format!("{id} belongs to {j}, {what} from {start}{cite}"),
            format!("{id} thuộc {j}, {what_vi} từ ngày {}{cite_vi}", dmy(start)),
        )
    }

    pub(super) fn ended(&self, until: Option<NaiveDate>) -> Bilingual {
        let ((what, what_vi), (cite, cite_vi)) = (self.what(), self.cites());
        let ((until, until_vi), id, j) = (day(until), self.id, self.jurisdiction);
        said(
            format!(
                "{id} belongs to {j}, {what} until {until}{cite}; no successor is recorded for this body"
            ),
            format!(
                "{id} thuộc {j}, {what_vi} đến hết ngày {until_vi}{cite_vi}; không có cơ quan nào được ghi nhận là kế thừa cơ quan này"
            ),
        )
    }
}
