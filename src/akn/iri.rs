//! FRBR IRIs under the Akoma Ntoso Naming Convention, and the names they are built from.
//!
//! Work: `/akn/<country>/<doctype>/<subtype>/<date>/<number>`, e.g.
//! `/akn/vn-quang-ninh/act/decision/2018-11-22/38-2018-qd-ubnd`:
//! - country `vn`, or `vn-<province slug>` for a province (the sub-jurisdiction is quyche's
//!   jurisdiction id, which is unambiguous where an abbreviation such as `qn` is not);
//! - doctype `act`, or `bill` for a draft;
//! - subtype the English name of the Vietnamese kind (`decision` for Quyết định);
//! - date the date of signing, else of entry into force, else the year alone, else `undated`;
//! - number the slug of the official number, `nn` when there is none.
//!
//! Expression: the Work IRI + `/vie@` (the original Vietnamese version). Manifestation: the
//! Expression IRI + `.xml`; the main component adds `/!main`, an attachment `/!att_1`.

use chrono::NaiveDate;

use crate::dataset::Dataset;
use crate::model::{Instrument, InstrumentKind, InstrumentRef, Status, NATIONAL};
use crate::text::slug;

/// The ISO 639-2 code of the language of every expression.
pub(crate) const LANGUAGE: &str = "vie";

/// The FRBRcountry of a jurisdiction: `vn`, or `vn-quang-ninh` for a province.
pub(crate) fn country(jurisdiction: &str) -> String {
    if jurisdiction == NATIONAL {
        NATIONAL.to_owned()
    } else {
        format!("{NATIONAL}-{jurisdiction}")
    }
}

/// The jurisdiction a FRBRcountry names (`vn-quang-ninh` → `quang-ninh`), and whether it is
/// Vietnamese at all.
pub(crate) fn jurisdiction_of_country(country: &str) -> (String, bool) {
    if country == NATIONAL {
        return (NATIONAL.to_owned(), true);
    }
    match country.strip_prefix("vn-") {
        Some(rest) if !rest.is_empty() => (rest.to_owned(), true),
        _ => (country.to_owned(), false),
    }
}

/// The document type: `bill` for a draft, `act` otherwise.
pub(crate) fn doc_type(status: Status) -> &'static str {
    match status {
        Status::Draft => "bill",
        _ => "act",
    }
}

const SUBTYPES: [(InstrumentKind, &str); 11] = [
    (InstrumentKind::HienPhap, "constitution"),
    (InstrumentKind::BoLuat, "code"),
    (InstrumentKind::Luat, "law"),
    (InstrumentKind::NghiQuyet, "resolution"),
    (InstrumentKind::PhapLenh, "ordinance"),
    (InstrumentKind::NghiDinh, "decree"),
    (InstrumentKind::ThongTu, "circular"),
    (InstrumentKind::QuyetDinh, "decision"),
    (InstrumentKind::ChiThi, "directive"),
    (InstrumentKind::QuyChe, "rules"),
    (InstrumentKind::QuyDinh, "regulation"),
];

/// The FRBRsubtype of a kind (`decision`), `None` for an unknown kind.
pub(crate) fn subtype(kind: InstrumentKind) -> Option<&'static str> {
    SUBTYPES.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s)
}

/// The kind a FRBRsubtype names.
pub(crate) fn kind_of_subtype(subtype: &str) -> Option<InstrumentKind> {
    SUBTYPES
        .iter()
        .find(|(_, s)| *s == subtype)
        .map(|(k, _)| *k)
}

/// The date that identifies the Work: its FRBRdate value and name, and its IRI segment.
pub(crate) struct WorkDate {
    /// `YYYY-MM-DD` (the schema requires a full date).
    pub date: String,
    /// What the date is: `signature`, `entryIntoForce`, `yearOnly` (only the year is known: the
    /// day is the first of January and means nothing) or `unknown` (no date at all: 0001-01-01).
    pub name: &'static str,
    /// The IRI segment: the date, the year alone, or `undated`.
    pub segment: String,
}

/// The Work date of an instrument (see [`WorkDate`]).
pub(crate) fn work_date(i: &Instrument) -> WorkDate {
    let full = |d: NaiveDate, name| WorkDate {
        date: d.to_string(),
        name,
        segment: d.to_string(),
    };
    if let Some(d) = i.signed_on {
        return full(d, "signature");
    }
    if let Some(d) = i.effective_from {
        return full(d, "entryIntoForce");
    }
    match year_in_id(&i.id) {
        Some(y) => WorkDate {
            date: format!("{y}-01-01"),
            name: "yearOnly",
            segment: y.to_owned(),
        },
        None => WorkDate {
            date: "0001-01-01".to_owned(),
            name: "unknown",
            segment: "undated".to_owned(),
        },
    }
}

/// The year a draft's id carries (`soc-trang/du-thao-2019` → `2019`): the importer names an
/// undated draft after the year its text gives.
fn year_in_id(id: &str) -> Option<&str> {
    let last = id.rsplit('/').next()?;
    let year = last.rsplit('-').next()?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some(year)
}

/// The IRIs of one instrument.
pub(crate) struct Iris {
    /// The Work IRI of the whole document.
    pub work: String,
    /// The Expression IRI of the whole document (`…/vie@`).
    pub expression: String,
}

impl Iris {
    pub fn of(i: &Instrument) -> Self {
        let work = work_iri(
            &i.jurisdiction,
            doc_type(i.status),
            subtype(i.kind),
            &work_date(i).segment,
            i.number.as_deref(),
        );
        let expression = format!("{work}/{LANGUAGE}@");
        Iris { work, expression }
    }

    /// The manifestation IRI of the whole XML document.
    pub fn manifestation(&self) -> String {
        format!("{}.xml", self.expression)
    }
}

/// A Work IRI from its parts.
pub(crate) fn work_iri(
    jurisdiction: &str,
    doc_type: &str,
    subtype: Option<&str>,
    date_segment: &str,
    number: Option<&str>,
) -> String {
    let mut s = format!("/akn/{}/{doc_type}", country(jurisdiction));
    if let Some(st) = subtype {
        s.push('/');
        s.push_str(st);
    }
    s.push('/');
    s.push_str(date_segment);
    s.push('/');
    s.push_str(&number_segment(number));
    s
}

/// The number segment of an IRI: the slug of the official number, `nn` without one.
pub(crate) fn number_segment(number: Option<&str>) -> String {
    match number.map(slug).filter(|s| !s.is_empty()) {
        Some(s) => s,
        None => "nn".to_owned(),
    }
}

/// The Work IRI of an instrument another one names (a căn cứ, a replaced instrument): from the
/// dataset when it holds that instrument, else built from the number as written (its year, the
/// kind named at the start of the quote, national or provincial by the number's suffix), else
/// `None` when the text names neither.
pub(crate) fn ref_iri(
    r: &InstrumentRef,
    own_jurisdiction: &str,
    dataset: Option<&Dataset>,
) -> Option<String> {
    if let (Some(ds), Some(id)) = (dataset, r.id.as_deref()) {
        if let Some(i) = ds.instruments().iter().find(|i| i.id == id) {
            return Some(Iris::of(i).work);
        }
    }
    let number = r.number.as_deref()?;
    let year = number
        .split('/')
        .nth(1)
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("undated");
    let quote = r.quote.trim_start();
    let words = ["Căn cứ ", "căn cứ "]
        .iter()
        .find_map(|p| quote.strip_prefix(p))
        .unwrap_or(quote);
    let kind = InstrumentKind::from_leading_words(words).and_then(subtype);
    let jurisdiction = match r.id.as_deref().and_then(|id| id.split('/').next()) {
        Some(j) if !j.is_empty() => j.to_owned(),
        _ => {
            let local = number.contains("UBND") || number.contains("HĐND");
            if local {
                own_jurisdiction.to_owned()
            } else {
                NATIONAL.to_owned()
            }
        }
    };
    Some(work_iri(&jurisdiction, "act", kind, year, Some(number)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_draft_ids() {
        assert_eq!(year_in_id("soc-trang/du-thao-2019"), Some("2019"));
        assert_eq!(year_in_id("soc-trang/du-thao"), None);
        assert_eq!(year_in_id("vn/22-2016-tt-btttt"), None);
    }

    #[test]
    fn countries_round_trip() {
        assert_eq!(country("vn"), "vn");
        assert_eq!(country("quang-ninh"), "vn-quang-ninh");
        assert_eq!(
            jurisdiction_of_country("vn-quang-ninh"),
            ("quang-ninh".to_owned(), true)
        );
        assert_eq!(jurisdiction_of_country("vn"), ("vn".to_owned(), true));
        assert_eq!(
            jurisdiction_of_country("za-cpt"),
            ("za-cpt".to_owned(), false)
        );
    }

    #[test]
    fn a_decree_named_by_number_gets_a_national_iri() {
        let r = InstrumentRef {
            id: None,
            number: Some("72/2015/NĐ-CP".into()),
            quote: "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ;"
                .into(),
        };
        assert_eq!(
            ref_iri(&r, "quang-ninh", None).as_deref(),
            Some("/akn/vn/act/decree/2015/72-2015-nd-cp")
        );
        let local = InstrumentRef {
            id: None,
            number: Some("14/2014/QĐ-UBND".into()),
            quote: "Quyết định số 14/2014/QĐ-UBND".into(),
        };
        assert_eq!(
            ref_iri(&local, "dien-bien", None).as_deref(),
            Some("/akn/vn-dien-bien/act/decision/2014/14-2014-qd-ubnd")
        );
    }
}
