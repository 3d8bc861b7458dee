//! Vietnamese citations ("Điểm a khoản 2 Điều 20") parsed to steps and formatted back: the one
//! place where the crate writes a citation. The importer builds every provision's citation with
//! [`Citation`]'s `Display`, and [`IssuedWith`] adds what a citation into an attached regulation
//! must say ("Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND").
//!
//! An unnumbered paragraph that follows a numbered clause (or point) belongs to it, as everything
//! between "5." and "6." belongs to khoản 5: it is cited as that unit's next paragraph, the
//! numbered opening paragraph being the first ("Đoạn 2 khoản 5 Điều 10"). See docs/dataset.md.

mod anchor;

pub(crate) use anchor::anchor_attachments;
pub use anchor::{with_act, CitationRef, IssuedWith};

use serde::{Deserialize, Serialize};

use super::ProvisionKind;
use crate::{Error, Result};

/// "cannot read the citation ...", with the reason when one is known (in English and in
/// Vietnamese).
pub(crate) fn unreadable(text: &str, why: Option<(String, String)>) -> Error {
    match why {
        Some((en, vi)) => Error::request(
            format!("cannot read the citation {text:?}: {en}"),
            format!("không đọc được trích dẫn {text:?}: {vi}"),
        ),
        None => Error::request(
            format!("cannot read the citation {text:?}"),
            format!("không đọc được trích dẫn {text:?}"),
        ),
    }
}

/// One step of a citation: a kind and its number (`Điều 20` → `(Article, "20")`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CitationStep {
    /// The level.
    pub kind: ProvisionKind,
    /// The number as written (`"20"`, `"a"`, `"II"`, `"01"`).
    pub num: String,
}

/// A parsed citation, outermost step first (`Điều 20`, `khoản 2`, `điểm a`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Citation {
    /// The steps, outermost first.
    pub steps: Vec<CitationStep>,
}

const WORDS: [(&str, ProvisionKind); 8] = [
    ("phan", ProvisionKind::Part),
    ("chuong", ProvisionKind::Chapter),
    ("muc", ProvisionKind::Section),
    ("dieu", ProvisionKind::Article),
    ("khoan", ProvisionKind::Clause),
    ("diem", ProvisionKind::Point),
    ("doan", ProvisionKind::Paragraph),
    ("phu luc", ProvisionKind::Appendix),
];

impl Citation {
    /// Parses a citation written in the usual Vietnamese order (innermost first, as in
    /// "Điểm a khoản 2 Điều 20") or outermost first ("Điều 20 khoản 2"), without regard to
    /// case or diacritics.
    ///
    /// # Errors
    /// [`Error::Request`] when a word is not a provision level or a level has no number.
    ///
    /// # Example
    /// ```
    /// use quyche::model::{Citation, ProvisionKind};
    /// let c = Citation::parse("Điểm a khoản 2 Điều 20")?;
    /// assert_eq!(c.steps[0].kind, ProvisionKind::Article);
    /// assert_eq!(c.to_string(), "Điểm a khoản 2 Điều 20");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self> {
        // One folded word per original word, so that the two stay aligned whatever the
        // punctuation ("\0=" folds to nothing, "1-2" to two words).
        let original: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        let folded: Vec<String> = original.iter().map(|w| crate::text::fold(w)).collect();
        let words: Vec<&str> = folded.iter().map(String::as_str).collect();
        let mut steps = Vec::new();
        let mut i = 0usize;
        while let Some(word) = words.get(i) {
            let two = words
                .get(i.saturating_add(1))
                .map(|next| format!("{word} {next}"));
            let (kind, width) = if let Some(k) = two.as_deref().and_then(lookup) {
                (k, 2usize)
            } else if let Some(k) = lookup(word) {
                (k, 1usize)
            } else {
                return Err(unreadable(
                    text,
                    Some((
                        format!("{word:?} is not a provision level (Phần, Chương, Mục, Điều, Khoản, Điểm, Phụ lục)"),
                        format!("{word:?} không phải là một cấp của quy định (Phần, Chương, Mục, Điều, Khoản, Điểm, Phụ lục)"),
                    )),
                ));
            };
            i = i.saturating_add(width);
            // "đoạn thứ hai": an ordinal in words is the same number as "đoạn 2".
            let ordinal = (words.get(i) == Some(&"thu"))
                .then(|| original.get(i.saturating_add(1)))
                .flatten()
                .and_then(|w| ordinal_value(&format!("thứ {w}")));
            let num = match (ordinal, words.get(i), original.get(i)) {
                (Some(n), _, _) => {
                    i = i.saturating_add(1);
                    n.to_string()
                }
                (None, Some(_), Some(orig)) => orig.trim_end_matches(['.', ')']).to_owned(),
                _ => {
                    return Err(unreadable(
                        text,
                        Some((
                            format!("{} has no number", kind.vietnamese()),
                            format!("{} không có số", kind.vietnamese()),
                        )),
                    ))
                }
            };
            i = i.saturating_add(1);
            steps.push(CitationStep { kind, num });
        }
        if steps.is_empty() {
            return Err(Error::request(
                "the citation is empty",
                "trích dẫn để trống",
            ));
        }
        // Innermost-first wording ("Điểm a khoản 2 Điều 20"): put outermost first. Levels must
        // nest one way or the other: a repeated or shuffled level ("Điểm a điểm b", "Điều 1
        // điểm a khoản 2") has no single reading.
        let inward = steps
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.kind < b.kind));
        let outward = steps
            .windows(2)
            .all(|w| matches!(w, [a, b] if a.kind > b.kind));
        if outward {
            steps.reverse();
        } else if !inward {
            return Err(unreadable(
                text,
                Some((
                    "its levels are repeated or out of order".into(),
                    "các cấp bị lặp lại hoặc sai thứ tự".into(),
                )),
            ));
        }
        Ok(Citation { steps })
    }

    /// The eId suffix of the citation (`art_20__para_2__point_a`); roman chapter numbers
    /// become arabic and appendix numbers lose leading zeros.
    pub fn eid(&self) -> String {
        self.steps
            .iter()
            .map(|s| eid_step(s.kind, &s.num))
            .collect::<Vec<_>>()
            .join("__")
    }

    /// This citation with one more, inner step (`Điều 20` → `Khoản 2 Điều 20`).
    pub fn child(&self, kind: ProvisionKind, num: &str) -> Citation {
        let mut steps = Vec::with_capacity(self.steps.len().saturating_add(1));
        steps.extend(self.steps.iter().cloned());
        steps.push(CitationStep {
            kind,
            num: num.to_owned(),
        });
        Citation { steps }
    }

    /// A one-step citation (`Điều 20`).
    pub fn single(kind: ProvisionKind, num: &str) -> Citation {
        Citation {
            steps: vec![CitationStep {
                kind,
                num: num.to_owned(),
            }],
        }
    }
}

fn lookup(word: &str) -> Option<ProvisionKind> {
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
}

/// One eId step for a kind and a number as written.
pub(crate) fn eid_step(kind: ProvisionKind, num: &str) -> String {
    format!("{}_{}", kind.eid_prefix(), eid_num(num))
}

/// A number as it appears in an eId: roman and ordinal numbers become arabic, leading zeros
/// go, letters are lowercased and "đ" becomes "dd" so that it differs from "d".
pub(crate) fn eid_num(num: &str) -> String {
    if let Some(n) = roman_value(num).or_else(|| ordinal_value(num)) {
        return n.to_string();
    }
    let trimmed = num.trim_start_matches('0');
    if !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit()) {
        return trimmed.to_owned();
    }
    if !num.is_empty() && trimmed.is_empty() {
        return "0".to_owned();
    }
    let mut out = String::new();
    for c in num.chars() {
        match c {
            'đ' | 'Đ' => out.push_str("dd"),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The value of an upper-case roman numeral (I..=MMM), `None` if it is not one.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 12 || !s.chars().all(|c| "IVXLCDM".contains(c)) {
        return None;
    }
    let val = |c: char| -> i64 {
        match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            _ => 1000,
        }
    };
    let chars: Vec<i64> = s.chars().map(val).collect();
    let mut total: i64 = 0;
    for (i, v) in chars.iter().enumerate() {
        let next = chars.get(i.saturating_add(1)).copied().unwrap_or(0);
        total = if *v < next {
            total.checked_sub(*v)?
        } else {
            total.checked_add(*v)?
        };
    }
    u32::try_from(total).ok().filter(|t| *t > 0)
}

/// "thứ nhất" → 1 ... "thứ mười" → 10 (Phần thứ nhất).
pub(crate) fn ordinal_value(s: &str) -> Option<u32> {
    let word = s.strip_prefix("thứ ").or_else(|| s.strip_prefix("THỨ "))?;
    const WORDS: [(&str, u32); 10] = [
        ("nhất", 1),
        ("hai", 2),
        ("ba", 3),
        ("tư", 4),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
        ("mười", 10),
    ];
    let lower = word.to_lowercase();
    WORDS.iter().find(|(w, _)| *w == lower).map(|(_, n)| *n)
}

impl std::fmt::Display for Citation {
    /// Innermost first, first word capitalised; Điều, Chương, Phần and Phụ lục keep their
    /// capital inside a citation: "Điểm a khoản 2 Điều 20", "Mục 1 Chương II".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().rev().enumerate() {
            let word = if i == 0 {
                step.kind.vietnamese()
            } else {
                inner_word(step.kind)
            };
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(word)?;
            if !step.num.is_empty() {
                f.write_str(" ")?;
                f.write_str(&step.num)?;
            }
        }
        Ok(())
    }
}

/// The word of a level inside a citation, after its first step: Điều, Chương, Phần and Phụ
/// lục keep their capital, the others are in lower case (`khoản`, `điểm`, `mục`, `đoạn`).
fn inner_word(kind: ProvisionKind) -> &'static str {
    match kind {
        ProvisionKind::Section => "mục",
        ProvisionKind::Clause => "khoản",
        ProvisionKind::Point => "điểm",
        ProvisionKind::Paragraph => "đoạn",
        ProvisionKind::Article
        | ProvisionKind::Chapter
        | ProvisionKind::Part
        | ProvisionKind::Appendix => kind.vietnamese(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_words_are_the_lower_case_of_the_kind_words() {
        for kind in [
            ProvisionKind::Section,
            ProvisionKind::Clause,
            ProvisionKind::Point,
            ProvisionKind::Paragraph,
        ] {
            assert_eq!(inner_word(kind), kind.vietnamese().to_lowercase());
        }
        for kind in [
            ProvisionKind::Article,
            ProvisionKind::Chapter,
            ProvisionKind::Part,
            ProvisionKind::Appendix,
        ] {
            assert_eq!(inner_word(kind), kind.vietnamese());
        }
    }

    #[test]
    fn parses_both_orders() {
        let a = Citation::parse("Điểm a khoản 2 Điều 20").unwrap();
        let b = Citation::parse("Điều 20 khoản 2 điểm a").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.eid(), "art_20__para_2__point_a");
    }

    #[test]
    fn parses_without_diacritics_and_with_chapters() {
        let c = Citation::parse("dieu 5 chuong II").unwrap();
        assert_eq!(
            c.steps.first().map(|s| s.kind),
            Some(ProvisionKind::Chapter)
        );
        assert_eq!(c.eid(), "chp_2__art_5");
        assert_eq!(Citation::parse("Phụ lục 02").unwrap().eid(), "app_2");
    }

    #[test]
    fn formats_in_the_usual_order() {
        let c = Citation::parse("Điều 9 khoản 7").unwrap();
        assert_eq!(c.to_string(), "Khoản 7 Điều 9");
    }

    #[test]
    fn paragraphs_by_number_or_ordinal() {
        let a = Citation::parse("Đoạn 2 khoản 5 Điều 10").unwrap();
        let b = Citation::parse("đoạn thứ hai khoản 5 Điều 10").unwrap();
        assert_eq!(a, b);
        assert_eq!(b.to_string(), "Đoạn 2 khoản 5 Điều 10");
        assert_eq!(
            Citation::single(ProvisionKind::Article, "10")
                .child(ProvisionKind::Clause, "5")
                .child(ProvisionKind::Paragraph, "2"),
            a
        );
    }

    #[test]
    fn rejects_nonsense() {
        assert!(Citation::parse("").is_err());
        assert!(Citation::parse("Điều").is_err());
        assert!(Citation::parse("Chapter 5").is_err());
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("a"), None);
        assert_eq!(eid_num("đ"), "dd");
    }
}
