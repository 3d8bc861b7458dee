//! The metadata of an instrument: number, place and date, kind, title, issuer, legal bases
//! (căn cứ), signer; and, from the instrument's own articles, its effective date and the
//! instruments it replaces.

use chrono::NaiveDate;

use super::classify::is_upper_title;
use super::clean::Line;
use super::diag::{said, Diags};
use super::numbers::{impossible_date, parse_date, year_of};
use super::reader::is_closing;
use super::Severity;
use crate::model::{InstrumentKind, InstrumentRef, Provision};
use crate::text::fold;

/// What the header says.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub number: Option<String>,
    pub place: Option<String>,
    pub signed_on: Option<NaiveDate>,
    /// The year of the date line even when its day and month are placeholders.
    pub year: Option<i32>,
    pub kind: Option<InstrumentKind>,
    pub title: Option<String>,
    pub issuer: Option<String>,
    pub bases: Vec<InstrumentRef>,
    pub draft: bool,
}

/// Whether a text has a blank to fill ("…../2019", "ngày ... tháng ,,,,").
pub(crate) fn has_placeholder(s: &str) -> bool {
    s.contains('…') || s.contains("..") || s.contains(",,")
}

/// An instrument number in `s` ("72/2015/NĐ-CP", "639/QĐ-UBND"): the first word with a
/// digit and a "/" whose other characters are letters, digits, "/" or "-".
pub(crate) fn find_number(s: &str) -> Option<&str> {
    s.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
        .map(|w| w.trim_end_matches(['.', ':']))
        .find(|w| {
            w.contains('/')
                && w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || c == '/' || c == '-')
                && w.chars().any(|c| c.is_alphabetic())
        })
}

fn kind_line(text: &str) -> Option<InstrumentKind> {
    match text {
        "HIẾN PHÁP" => Some(InstrumentKind::HienPhap),
        "BỘ LUẬT" => Some(InstrumentKind::BoLuat),
        "LUẬT" => Some(InstrumentKind::Luat),
        "NGHỊ QUYẾT" => Some(InstrumentKind::NghiQuyet),
        "PHÁP LỆNH" => Some(InstrumentKind::PhapLenh),
        "NGHỊ ĐỊNH" => Some(InstrumentKind::NghiDinh),
        "THÔNG TƯ" | "THÔNG TƯ LIÊN TỊCH" => Some(InstrumentKind::ThongTu),
        "QUYẾT ĐỊNH" => Some(InstrumentKind::QuyetDinh),
        "CHỈ THỊ" => Some(InstrumentKind::ChiThi),
        _ => None,
    }
}

/// The kind an official number implies ("21/2017/QĐ-UBND" → Quyết định).
fn kind_from_number(number: &str) -> Option<InstrumentKind> {
    let code = number.rsplit('/').next()?.split('-').next()?;
    Some(match code {
        "QĐ" => InstrumentKind::QuyetDinh,
        "TT" | "TTLT" => InstrumentKind::ThongTu,
        "NĐ" => InstrumentKind::NghiDinh,
        "NQ" => InstrumentKind::NghiQuyet,
        "CT" => InstrumentKind::ChiThi,
        c if c.starts_with("QH") => InstrumentKind::Luat,
        _ => return None,
    })
}

/// Bodies that issue instruments, as a header names them (folded).
const ISSUERS: [&str; 8] = [
    "uy ban nhan dan",
    "chinh phu",
    "quoc hoi",
    "bo truong",
    "thu tuong",
    "hoi dong nhan dan",
    "bo ",
    "uy ban thuong vu",
];

fn is_issuer_line(text: &str) -> bool {
    let f = fold(text);
    is_upper_title(text) && ISSUERS.iter().any(|i| f.starts_with(i))
}

/// Reads the preamble.
pub(crate) fn read_header(preamble: &[Line], diags: &mut Diags) -> Header {
    let mut h = Header::default();
    let mut kind_at: Option<usize> = None;
    let mut first_basis: Option<usize> = None;
    for (i, l) in preamble.iter().enumerate() {
        let t = l.text.as_str();
        // "Số: 21/2017/QĐ-UBND", "Luật số: 80/2015/QH13".
        let number_rest = if t.starts_with("Số:") || t.starts_with("Số ") {
            t.get("Số".len()..)
        } else {
            t.find("số:")
                .filter(|i| *i < 20)
                .and_then(|i| t.get(i.saturating_add("số".len())..))
        };
        if let Some(rest) = number_rest.filter(|_| h.number.is_none()) {
            let rest = rest.trim_start_matches(':').trim();
            if has_placeholder(rest) {
                // Reported by the line checks.
                h.number = None;
            } else if let Some(n) = find_number(rest) {
                h.number = Some(n.to_owned());
            }
            continue;
        }
        if h.place.is_none() {
            if let Some(pos) = t.find(", ngày") {
                let place = t.get(..pos).unwrap_or("").trim();
                let date = t.get(pos.saturating_add(1)..).unwrap_or("");
                if !place.is_empty() && place.split_whitespace().count() <= 5 {
                    h.place = Some(place.to_owned());
                    h.signed_on = parse_date(date);
                    h.year = year_of(date);
                    if let Some(bad) = impossible_date(date) {
                        diags.push(
                            "invalid_date",
                            Severity::Warning,
                            said(
                                format!("the date of signing {bad} does not exist on the calendar: the date of signing is unknown"),
                                format!("Ngày ban hành {bad} không tồn tại trong lịch: chưa xác định được ngày ban hành"),
                            ),
                            Some(l.line),
                            None,
                        );
                    }
                    continue;
                }
            }
        }
        if t.starts_with(['D', 'd']) && fold(t).starts_with("du thao") {
            h.draft = true;
            diags.push(
                "draft",
                Severity::Info,
                said(
                    format!("the text is a draft (“{t}”)"),
                    format!("Văn bản là dự thảo (“{t}”)"),
                ),
                Some(l.line),
                None,
            );
            continue;
        }
        if kind_at.is_none() {
            if let Some(k) = kind_line(t) {
                h.kind = Some(k);
                kind_at = Some(i);
                continue;
            }
        }
        if t.starts_with("Căn cứ") {
            first_basis.get_or_insert(i);
            h.bases.push(InstrumentRef {
                id: None,
                number: find_number(t).map(str::to_owned),
                quote: t.to_owned(),
            });
        }
    }
    let end = first_basis.unwrap_or(preamble.len());
    // Title: the lines after the kind line up to a blank line, "Căn cứ" or the issuer.
    if let Some(k) = kind_at {
        let mut title = String::new();
        for l in preamble
            .iter()
            .skip(k.saturating_add(1))
            .take(end.saturating_sub(k.saturating_add(1)))
        {
            let t = l.text.as_str();
            if t.is_empty() {
                if title.is_empty() {
                    continue;
                }
                break;
            }
            if is_issuer_line(t) || t.starts_with("Căn cứ") {
                break;
            }
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(t);
        }
        if !title.is_empty() {
            h.title = Some(title);
        }
    } else {
        // No kind line: a "Về việc ..." or "Ban hành ..." line before the bases is the title.
        h.title = preamble
            .iter()
            .take(end)
            .map(|l| l.text.as_str())
            .find(|t| {
                let f = fold(t);
                f.starts_with("ve viec") || f.starts_with("ban hanh") || f.starts_with("huong dan")
            })
            .map(str::to_owned);
        let from_number = h.number.as_deref().and_then(kind_from_number);
        h.kind = from_number;
        let line = preamble.iter().find(|l| !l.text.is_empty()).map(|l| l.line);
        diags.push(
            "missing_kind_line",
            Severity::Warning,
            match from_number {
                Some(k) => said(
                    format!(
                        "no line names the kind of instrument; “{}” is read from its number",
                        k.vietnamese()
                    ),
                    format!(
                        "Không có dòng nào ghi tên loại văn bản; loại “{}” được xác định theo số hiệu",
                        k.vietnamese()
                    ),
                ),
                None => said(
                    "no line names the kind of instrument",
                    "Không có dòng nào ghi tên loại văn bản",
                ),
            },
            line,
            None,
        );
    }
    // Issuer: the line in capitals just before the bases, else the enacting line
    // ("Bộ trưởng Bộ Thông tin và Truyền thông ban hành Thông tư ...").
    h.issuer = preamble
        .iter()
        .take(end)
        .rev()
        .map(|l| l.text.as_str())
        .find(|t| !t.is_empty())
        .filter(|t| is_issuer_line(t))
        .map(str::to_owned)
        .or_else(|| {
            preamble
                .iter()
                .skip(end)
                .map(|l| l.text.as_str())
                .find_map(|t| {
                    let i = t.find(" ban hành ")?;
                    let who = t.get(..i)?.trim();
                    (!who.is_empty()
                        && !who.starts_with("Căn cứ")
                        && who.split_whitespace().count() <= 12)
                        .then(|| who.to_owned())
                })
        });
    let first_line = preamble.iter().find(|l| !l.text.is_empty()).map(|l| l.line);
    if h.number.is_none()
        && !h.draft
        && !preamble
            .iter()
            .any(|l| l.text.starts_with("Số") || l.text.contains("số:"))
    {
        diags.push(
            "missing_number",
            Severity::Warning,
            said(
                "the header has no number line (“Số: ...”): the number is unknown from this text",
                "Phần đầu văn bản không có dòng số hiệu (“Số: ...”): không xác định được số hiệu từ văn bản này",
            ),
            first_line,
            None,
        );
    }
    if h.place.is_none() {
        diags.push(
            "missing_date",
            Severity::Warning,
            said(
                "the header has no place and date line (“..., ngày ... tháng ... năm ...”): the date of signing is unknown from this text",
                "Phần đầu văn bản không có dòng địa danh và ngày tháng (“..., ngày ... tháng ... năm ...”): không xác định được ngày ban hành từ văn bản này",
            ),
            first_line,
            None,
        );
    }
    h
}

/// A person's name: two to six capitalised words, no digits or punctuation
/// ("Đông Văn Lâm", "Mùa A Sơn").
fn is_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| c.is_lowercase() && c.is_alphabetic())
        })
}

/// The signer: the first name after a signature title in the closing block.
pub(crate) fn read_signer(closing: &[Line]) -> Option<String> {
    let mut titled = false;
    for l in closing {
        let t = l.text.as_str();
        if is_closing(t) && !t.starts_with("Nơi nhận") {
            titled = true;
            continue;
        }
        if titled && is_name(t) {
            return Some(t.to_owned());
        }
    }
    None
}

/// The end of the sentence that starts at `s` (at ". " or ";" or the end).
fn sentence(s: &str) -> &str {
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if c == ';' {
            end = i;
            break;
        }
        if c == '.' {
            let next = s.get(i.saturating_add(1)..).and_then(|r| r.chars().next());
            if !matches!(next, Some(c) if !c.is_whitespace()) {
                end = i;
                break;
            }
        }
    }
    s.get(..end).unwrap_or(s)
}

/// The effective date and the replaced instruments, read from the instrument's own
/// provisions ("có hiệu lực ... kể từ ngày ...", "thay thế Quyết định số ...").
pub(crate) fn read_effect(
    body: &[Provision],
    diags: &mut Diags,
) -> (Option<NaiveDate>, Vec<InstrumentRef>) {
    let mut effective = None;
    let mut replaces = Vec::new();
    for p in Provision::preorder(body) {
        // `contains` (a vectorised scan) first: most lines have neither phrase, and `find`'s
        // general searcher is several times slower on a miss.
        let effect_words = effective.is_none() && p.text.contains("hiệu lực");
        if !effect_words && !p.text.contains("thay thế") {
            continue;
        }
        for line in p.text.split('\n') {
            if effective.is_none() && effect_words {
                if let Some(i) = line.find("hiệu lực") {
                    let after = line.get(i..).unwrap_or("");
                    if let Some(j) = after.find("từ ngày") {
                        let date = after.get(j.saturating_add("từ ".len())..).unwrap_or("");
                        // A blank date is reported by the line checks.
                        effective = parse_date(date);
                        if let Some(bad) = impossible_date(date) {
                            diags.push(
                                "invalid_date",
                                Severity::Warning,
                                said(
                                    format!("the effective date {bad} does not exist on the calendar: the effective date is unknown"),
                                    format!("Ngày có hiệu lực {bad} không tồn tại trong lịch: chưa xác định được ngày có hiệu lực"),
                                ),
                                p.line,
                                None,
                            );
                            if let Some(last) = diags.items.last_mut() {
                                last.diagnostic.provision = Some(p.eid.clone());
                            }
                        }
                    }
                }
            }
            if !line.contains("thay thế") {
                continue;
            }
            let mut rest = line;
            while let Some(i) = rest.find("thay thế") {
                let after = rest
                    .get(i.saturating_add("thay thế".len())..)
                    .unwrap_or("")
                    .trim_start();
                let quote = sentence(after);
                let first_words: String = quote.chars().take(120).collect();
                if let Some(n) = find_number(&first_words) {
                    replaces.push(InstrumentRef {
                        id: None,
                        number: Some(n.to_owned()),
                        quote: quote.to_owned(),
                    });
                }
                rest = after;
            }
        }
    }
    (effective, replaces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_text() {
        assert_eq!(
            find_number("Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07"),
            Some("72/2015/NĐ-CP")
        );
        assert_eq!(
            find_number("Quyết định số 639/QĐ-UBND ngày 09/4/2013"),
            Some("639/QĐ-UBND")
        );
        assert_eq!(find_number("ngày 09/4/2013"), None);
    }

    #[test]
    fn names() {
        assert!(is_name("Đông Văn Lâm"));
        assert!(is_name("Mùa A Sơn"));
        assert!(!is_name("Độc lập - Tự do - Hạnh phúc"));
        assert!(!is_name("TỈNH TRÀ VINH"));
    }
}
