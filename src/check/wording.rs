//! Every finding's message in English and in Vietnamese, from one place. Codes, citations,
//! numbers and quoted words stay as they are inside both sentences; free English texts of the
//! data (a resolution's reason, a note) stay out of the Vietnamese one.

use chrono::NaiveDate;

use crate::obligation::Deliverable;
use crate::schedule::Frequency;
use crate::succession::{Link, UnknownCause};
use crate::text::{Bilingual, Wording};

/// A finding's sentences; the Vietnamese one starts with a capital, as a sentence of a report.
pub(super) fn said(en: String, vi: String) -> Bilingual {
    let mut chars = vi.chars();
    let vi = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => vi,
    };
    Bilingual { en, vi }
}

pub(super) fn day(d: NaiveDate) -> String {
    crate::text::date::dmy(d).to_string()
}

/// A deliverable, as the running text of a sentence says it.
pub(super) fn what(w: Deliverable) -> (&'static str, &'static str) {
    match w {
        Deliverable::Report => ("report", "báo cáo"),
        Deliverable::Plan => ("plan", "kế hoạch"),
        Deliverable::PortalInformation => {
            ("portal information", "thông tin cho cổng thông tin điện tử")
        }
        Deliverable::Information => ("information", "thông tin"),
        Deliverable::PressConference => ("press conference", "họp báo"),
        Deliverable::Briefing => ("briefing", "giao ban"),
        Deliverable::Other => ("deliverable", "sản phẩm"),
    }
}

fn frequency_en(f: Frequency) -> &'static str {
    match f {
        Frequency::Annual => "yearly",
        Frequency::Semiannual => "half-yearly",
        Frequency::Quarterly => "quarterly",
        Frequency::Monthly => "monthly",
        Frequency::Weekly => "weekly",
        Frequency::OnRequest | Frequency::Event | Frequency::Unfixed | Frequency::Alternatives => {
            "periodic"
        }
    }
}

/// A duty the Circular puts on every province, named in both languages.
#[derive(Clone, Copy)]
pub(super) struct Named {
    pub en: &'static str,
    pub vi: &'static str,
}

pub(super) fn binds_directly(inst: &str, duty: Named, cite: &str) -> Bilingual {
    said(
        format!("{inst} does not repeat {}; {cite} binds the provincial committee directly, so the duty applies as the Circular states it (not a gap of the provincial text)", duty.en),
        format!("{inst} không nhắc lại {}; {cite} ràng buộc trực tiếp Ủy ban nhân dân cấp tỉnh, nên nghĩa vụ áp dụng như Thông tư quy định (không phải thiếu sót của văn bản cấp tỉnh)", duty.vi),
    )
}

pub(super) fn gap(inst: &str, duty: Named) -> Bilingual {
    said(
        format!(
            "{inst} does not assign {} that the Circular requires",
            duty.en
        ),
        format!("{inst} không giao {} mà Thông tư yêu cầu", duty.vi),
    )
}

pub(super) fn gap_no_deadline(inst: &str, duty: Named) -> Bilingual {
    said(
        format!(
            "{inst} assigns {} without a deadline; the Circular sets one",
            duty.en
        ),
        format!(
            "{inst} giao {} nhưng không quy định thời hạn; Thông tư có quy định thời hạn",
            duty.vi
        ),
    )
}

pub(super) fn gap_no_date(
    cite: &str,
    w: Deliverable,
    every: Option<Frequency>,
    note: Option<&str>,
) -> Bilingual {
    let (w_en, w_vi) = what(w);
    let note = note.map(|n| format!(" ({n})")).unwrap_or_default();
    match every {
        Some(f) => said(
            format!("{cite} sets a {} {w_en} and no date{note}: no due date can be computed", frequency_en(f)),
            format!("{cite} quy định {w_vi} {} nhưng không nêu ngày: không tính được hạn", f.name_vi()),
        ),
        None => said(
            format!("{cite} sets a periodic {w_en} (định kỳ) with no period and no date{note}: no due date can be computed"),
            format!("{cite} quy định {w_vi} định kỳ nhưng không nêu kỳ và ngày: không tính được hạn"),
        ),
    }
}

pub(super) fn alternatives(cite: &str, options_vi: &[String]) -> Bilingual {
    said(
        format!("{cite} gives alternatives, either of which discharges the duty ({}): there is no single due date", options_vi.join(" or ")),
        format!("{cite} cho chọn một trong các cách, cách nào cũng hoàn thành nghĩa vụ ({}): không có một hạn duy nhất", options_vi.join(" hoặc ")),
    )
}

pub(super) fn chain_ministry_deadline(
    w: Deliverable,
    province_last: NaiveDate,
    circular_last: NaiveDate,
) -> Bilingual {
    let ((en, vi), p, c) = (what(w), day(province_last), day(circular_last));
    said(
        format!("the province's {en} to the centre is due by {p} (last day), after the {c} the Circular sets for the same {en}"),
        format!("{vi} của tỉnh gửi Trung ương có hạn chậm nhất {p}, sau ngày {c} mà Thông tư quy định cho cùng loại {vi}"),
    )
}

pub(super) fn rollup_inputs_late(
    w: Deliverable,
    input_last: NaiveDate,
    output_last: NaiveDate,
) -> Bilingual {
    let ((en, vi), i, o) = (what(w), day(input_last), day(output_last));
    if input_last == output_last {
        said(
            format!("inputs to the province's {en} are due by {i} (last day), the same day as the {o} by which the province must report onward: no time is left to compile them"),
            format!("số liệu gửi để tổng hợp {vi} của tỉnh có hạn chậm nhất {i}, trùng ngày {o} là hạn tỉnh phải báo cáo lên trên: không còn thời gian tổng hợp"),
        )
    } else {
        said(
            format!("inputs to the province's {en} are due by {i} (last day), after the {o} by which the province must report onward: they cannot feed it"),
            format!("số liệu gửi để tổng hợp {vi} của tỉnh có hạn chậm nhất {i}, sau ngày {o} là hạn tỉnh phải báo cáo lên trên: không thể dùng để tổng hợp"),
        )
    }
}

pub(super) fn rollup_inputs_close(
    input_due: NaiveDate,
    gap: u32,
    output_due: NaiveDate,
    min: u32,
) -> Bilingual {
    let (i, o) = (day(input_due), day(output_due));
    said(
        format!("inputs due {i} leave {gap} working day(s) before the onward report due {o} (fewer than {min})"),
        format!("hạn gửi số liệu {i} chỉ để lại {gap} ngày làm việc trước hạn báo cáo lên trên {o} (ít hơn {min})"),
    )
}

pub(super) fn draft(inst: &str) -> Bilingual {
    said(
        format!("{inst} is a draft: it was never in force as far as the dataset shows, and its duties bind no one"),
        format!("{inst} là dự thảo: theo dữ liệu, văn bản chưa từng có hiệu lực, nên các nhiệm vụ trong đó không ràng buộc ai"),
    )
}

/// What an instrument's record lacks.
pub(super) struct Missing {
    pub number: bool,
    pub signed: bool,
    pub effective: bool,
}

pub(super) fn missing_metadata(inst: &str, m: &Missing) -> Option<Bilingual> {
    let items = [
        (m.number, "a number", "số hiệu"),
        (m.signed, "a signing date", "ngày ban hành"),
        (m.effective, "an effective date", "ngày có hiệu lực"),
    ];
    let (en, vi): (Vec<&str>, Vec<&str>) = items.iter().filter(|i| i.0).map(|i| (i.1, i.2)).unzip();
    (!en.is_empty()).then(|| {
        said(
            format!(
                "{inst} has no {}",
                en.join(", no ").replace("no a ", "").replace("no an ", "")
            ),
            format!("{inst} không có {}", vi.join(", ")),
        )
    })
}

pub(super) fn not_yet_in_force(inst: &str, on: NaiveDate, effective: NaiveDate) -> Bilingual {
    let (d, e) = (day(on), day(effective));
    said(
        format!("on {d} {inst} was not yet in force (effective {e})"),
        format!("ngày {d}, {inst} chưa có hiệu lực (có hiệu lực từ {e})"),
    )
}

pub(super) fn basis_unknown(inst: &str) -> Bilingual {
    said(
        format!("{inst} cites a legal basis the dataset does not hold"),
        format!("{inst} viện dẫn một căn cứ pháp lý không có trong dữ liệu"),
    )
}

/// The state of a legal basis that a finding reports.
pub(super) enum BasisState {
    Replaced,
    Unverified,
    Draft,
}

pub(super) fn basis_status(inst: &str, basis: &str, state: BasisState) -> Bilingual {
    let (en, vi) = match state {
        BasisState::Replaced => ("has been replaced", "đã được thay thế"),
        BasisState::Unverified => (
            "has a status the dataset has not verified",
            "có tình trạng hiệu lực chưa được xác minh",
        ),
        BasisState::Draft => ("is a draft", "là dự thảo"),
    };
    said(
        format!("{inst}'s legal basis {basis} {en}"),
        format!("căn cứ pháp lý {basis} của {inst} {vi}"),
    )
}

pub(super) fn dangling_reference(from: &str, citation: &str, target: &str) -> Bilingual {
    said(
        format!("{from} cites {citation} of {target}, which does not exist"),
        format!("{from} dẫn chiếu {citation} của {target}, nhưng quy định này không tồn tại"),
    )
}

pub(super) fn text_defect(
    inst: &str,
    line: Option<usize>,
    message: &str,
    message_vi: &str,
) -> Bilingual {
    said(
        format!(
            "{inst}{}: {message}",
            line.map(|l| format!(", line {l}")).unwrap_or_default()
        ),
        format!(
            "{inst}{}: {message_vi}",
            line.map(|l| format!(", dòng {l}")).unwrap_or_default()
        ),
    )
}

/// A change of a body, in Vietnamese: "A hợp nhất vào B từ 01/03/2025 (43/2025/NĐ-CP, chưa xác minh)".
fn link_vi(l: &Link) -> String {
    let to = l.to.as_deref().map(|t| format!(" {t}")).unwrap_or_default();
    let status = if l.verified { "" } else { ", chưa xác minh" };
    format!(
        "{} {}{to} từ {} ({}{status})",
        l.from,
        l.kind.name_vi(),
        day(l.effective),
        l.source.cite()
    )
}

fn link_en(l: &Link) -> String {
    let status = if l.verified { "" } else { ", unverified" };
    format!("{} ({}{status})", l.describe(), l.source.cite())
}

fn chain(steps: &[Link], f: fn(&Link) -> String) -> String {
    steps.iter().map(f).collect::<Vec<_>>().join("; ")
}

/// A body as a finding names it: who, in which text, how often.
pub(super) struct Who<'a> {
    pub body: &'a str,
    pub instrument: &'a str,
    pub as_bearer: usize,
    pub as_addressee: usize,
}

impl Who<'_> {
    fn say(&self) -> Bilingual {
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        let (en, vi) = match (self.as_bearer, self.as_addressee) {
            (b, 0) => (
                format!("bearer of {}", n(b, "duty", "duties")),
                format!("chủ thể của {b} nhiệm vụ"),
            ),
            (0, a) => (
                format!("addressee of {}", n(a, "record", "records")),
                format!("nơi nhận của {a} quy định"),
            ),
            (b, a) => (
                format!(
                    "bearer of {} and addressee of {}",
                    n(b, "duty", "duties"),
                    n(a, "record", "records")
                ),
                format!("chủ thể của {b} nhiệm vụ và nơi nhận của {a} quy định"),
            ),
        };
        said(
            format!("{}, named in {} as {en}", self.body, self.instrument),
            format!("{}, được nêu trong {} là {vi}", self.body, self.instrument),
        )
    }
}

pub(super) fn succeeded(who: &Who<'_>, on: NaiveDate, to: &str, steps: &[Link]) -> Bilingual {
    let w = who.say();
    let (d, from) = (
        day(on),
        steps.last().map(|l| day(l.effective)).unwrap_or_default(),
    );
    said(
        format!("{}: on {d} its foreign-information function is carried by {to} since {from}, not by the body the text names: {}", w.en, chain(steps, link_en)),
        format!("{}: ngày {d}, chức năng thông tin đối ngoại của cơ quan này do {to} đảm nhận từ {from}, không phải cơ quan văn bản nêu: {}", w.vi, chain(steps, link_vi)),
    )
}

fn cause_vi(cause: UnknownCause) -> &'static str {
    match cause {
        UnknownCause::Dissolved => "cơ quan đã giải thể và chưa ghi nhận cơ quan kế thừa chức năng",
        UnknownCause::Unverified => "chuỗi thay đổi có một bước chưa được nguồn nào xác nhận",
        UnknownCause::JurisdictionEnded => "đơn vị hành chính của cơ quan không còn chính quyền riêng và chưa ghi nhận cơ quan kế thừa",
        UnknownCause::NotYetExisting => "đơn vị hành chính của cơ quan chưa có chính quyền vào ngày này",
        UnknownCause::Ambiguous => "cơ quan đã chia tách và chưa ghi nhận phần nào đảm nhận chức năng",
        UnknownCause::Cycle => "các thay đổi được ghi nhận lặp vòng hoặc quá dài",
        UnknownCause::Undetermined => "dữ liệu ghi nhận chưa rõ cơ quan này sau sắp xếp năm 2025",
        UnknownCause::NoStatus => "dữ liệu chưa ghi nhận gì về cơ quan này sau sắp xếp năm 2025",
    }
}

/// What a finding says of a body with no known bearer.
pub(super) struct NoBearer<'a> {
    pub since: Option<NaiveDate>,
    pub cause: UnknownCause,
    pub reason: &'a str,
    pub candidate: Option<String>,
    pub steps: &'a [Link],
}

pub(super) fn no_bearer(who: &Who<'_>, on: NaiveDate, n: &NoBearer<'_>) -> Bilingual {
    let w = who.say();
    let d = day(on);
    let (since_en, since_vi) = n.since.map_or((String::new(), String::new()), |s| {
        (format!(" since {}", day(s)), format!(" từ {}", day(s)))
    });
    let (cand_en, cand_vi) = n
        .candidate
        .as_deref()
        .map_or((String::new(), String::new()), |c| {
            (
                format!(" (unconfirmed candidate: {c})"),
                format!(" (cơ quan có thể đảm nhận, chưa xác nhận: {c})"),
            )
        });
    let (steps_en, steps_vi) = if n.steps.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!("; links: {}", chain(n.steps, link_en)),
            format!("; các thay đổi: {}", chain(n.steps, link_vi)),
        )
    };
    said(
        format!(
            "{}: on {d} it has no known bearer{since_en}: {}{cand_en}{steps_en}",
            w.en, n.reason
        ),
        format!(
            "{}: ngày {d}, chưa xác định được cơ quan đảm nhận{since_vi}: {}{cand_vi}{steps_vi}",
            w.vi,
            cause_vi(n.cause)
        ),
    )
}

/// A province that no longer exists, as a finding says it.
pub(super) struct Gone<'a> {
    pub instrument: &'a str,
    pub province: &'a str,
    pub valid_until: Option<NaiveDate>,
    pub government_until: Option<NaiveDate>,
    pub source: Option<String>,
    /// The unit its territory joined, the day and the source.
    pub into: Option<(String, NaiveDate, String)>,
}

pub(super) fn province_gone(on: NaiveDate, g: &Gone<'_>) -> Bilingual {
    let d = day(on);
    let mut en = Vec::new();
    let mut vi = Vec::new();
    if let Some(u) = g.valid_until {
        en.push(format!("the unit existed until {}", day(u)));
        vi.push(format!("đơn vị tồn tại đến {}", day(u)));
    }
    if let Some(u) = g.government_until {
        en.push(format!("its government operated until {}", day(u)));
        vi.push(format!("chính quyền hoạt động đến {}", day(u)));
    }
    let source = g
        .source
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let (into_en, into_vi) =
        g.into
            .as_ref()
            .map_or((String::new(), String::new()), |(to, from, src)| {
                (
                    format!(
                        "; its territory is part of {to} from {} ({src})",
                        day(*from)
                    ),
                    format!("; địa bàn nay thuộc {to} từ {} ({src})", day(*from)),
                )
            });
    let (inst, p) = (g.instrument, g.province);
    said(
        format!("{inst} was issued for {p}, which no longer exists on {d}: {}{source}{into_en}. Whether the regulation still applies is not recorded: its status needs verification", en.join(", ")),
        format!("{inst} được ban hành cho {p}, đơn vị không còn tồn tại vào ngày {d}: {}{source}{into_vi}. Dữ liệu chưa ghi nhận văn bản còn được áp dụng hay không: cần xác minh tình trạng", vi.join(", ")),
    )
}
