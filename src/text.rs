//! Vietnamese text helpers shared by the importer, the dataset and lookups:
//! NFC normalisation, diacritic-insensitive folding, slugs and close-match suggestions.

/// A value as tables and pages say it, in Vietnamese and in English ("Báo cáo" / "Report",
/// "chủ trì" / "lead"); the JSON keeps its codes.
///
/// # Example
/// ```
/// use quyche::text::Wording;
/// assert_eq!(quyche::obligation::Role::Lead.name_vi(), "chủ trì");
/// assert_eq!(quyche::schedule::Frequency::Weekly.name_en(), "weekly");
/// ```
pub trait Wording: Copy {
    /// In Vietnamese.
    fn name_vi(self) -> &'static str;
    /// In English.
    fn name_en(self) -> &'static str;
}

/// A sentence in the two languages quyche speaks: Vietnamese for the officers who act on it,
/// English for everyone else. Built together, so that neither can be missing.
///
/// # Example
/// ```
/// let s = quyche::text::Bilingual { vi: "hạn vào ngày này".into(), en: "due that day".into() };
/// assert_eq!(s.get(true), "hạn vào ngày này");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bilingual {
    /// In Vietnamese.
    pub vi: String,
    /// In English.
    pub en: String,
}

impl Bilingual {
    /// The Vietnamese sentence when `vietnamese`, else the English one.
    pub fn get(&self, vietnamese: bool) -> &str {
        if vietnamese {
            &self.vi
        } else {
            &self.en
        }
    }
}

pub mod date;
mod day;
pub mod html;
pub use day::parse_day;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The text in Unicode NFC, the form every quote in quyche is stored and compared in.
///
/// # Example
/// ```
/// let nfd = "Thông tư".chars().collect::<String>(); // may arrive decomposed from a web page
/// assert_eq!(quyche::text::nfc(&nfd), "Thông tư");
/// ```
pub fn nfc(s: &str) -> String {
    if unicode_normalization::is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// `text` between Vietnamese quotation marks (“2026-13-01”), as messages quote what a user
/// wrote; control characters are shown escaped (`\n`), so that the quote stays on one line.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::from("“");
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out.push('”');
    out
}

/// A key for matching names without regard to case, diacritics, "đ", punctuation or spacing:
/// `"Sở Thông tin và Truyền thông"` and `"so thong tin va truyen thong"` give the same key.
/// `&` is kept as its own word so that "TT&TT" and "TTTT" still differ from each other
/// only where the caller wants (see [`fold_compact`]).
///
/// # Example
/// ```
/// use quyche::text::fold;
/// assert_eq!(fold("Quảng Ninh"), fold("quang  ninh"));
/// assert_eq!(fold("Ủy ban nhân dân"), fold("Uỷ ban nhân dân"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c,
        };
        if c.is_alphanumeric() || c == '&' {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// [`fold`] without spaces and `&`, so that abbreviations written in several ways meet:
/// "Sở TT&TT", "Sở TTTT" and "so tttt" give the same key.
pub fn fold_compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// An ASCII slug: folded, words joined by `-` (`"38/2018/QĐ-UBND"` → `"38-2018-qd-ubnd"`).
///
/// # Example
/// ```
/// assert_eq!(quyche::text::slug("38/2018/QĐ-UBND"), "38-2018-qd-ubnd");
/// assert_eq!(quyche::text::slug("Trà Vinh"), "tra-vinh");
/// ```
pub fn slug(s: &str) -> String {
    fold(s).replace(' ', "-")
}

/// The Levenshtein distance between two strings, counted in chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len().saturating_add(1)];
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i.saturating_add(1);
        }
        for (j, cb) in b.iter().enumerate() {
            let sub = prev
                .get(j)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(usize::from(ca != *cb));
            let del = prev
                .get(j.saturating_add(1))
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let ins = cur.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            if let Some(slot) = cur.get_mut(j.saturating_add(1)) {
                *slot = sub.min(del).min(ins);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// Up to `max` candidates close to `query` (after [`fold`]), best first: those that contain
/// the query or are contained in it, then those within a small edit distance.
pub fn suggest<'a, I>(query: &str, candidates: I, max: usize) -> Vec<String>
where
    I: IntoIterator<Item = &'a str>,
{
    let q = fold(query);
    let mut scored: Vec<(usize, String)> = candidates
        .into_iter()
        .filter_map(|c| {
            let f = fold(c);
            let d = if !q.is_empty() && (f.contains(&q) || q.contains(&f)) {
                0
            } else {
                edit_distance(&q, &f)
            };
            let limit = (q.chars().count() / 3).max(2);
            (d <= limit).then(|| (d, c.to_owned()))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(max).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_diacritics_and_spacing() {
        assert_eq!(
            fold("Sở Thông tin và Truyền thông"),
            "so thong tin va truyen thong"
        );
        assert_eq!(fold("  ĐIỆN   BIÊN "), "dien bien");
        assert_eq!(fold("hòa"), fold("hoà"));
    }

    #[test]
    fn compact_fold_meets_abbreviations() {
        assert_eq!(fold_compact("Sở TT&TT"), fold_compact("so tttt"));
        assert_ne!(fold_compact("Sở TT&TT"), fold_compact("Sở TN&MT"));
    }

    #[test]
    fn slugs_of_numbers() {
        assert_eq!(slug("22/2016/TT-BTTTT"), "22-2016-tt-btttt");
        assert_eq!(slug("Sóc Trăng"), "soc-trang");
    }

    #[test]
    fn suggestions_rank_close_names() {
        let names = ["Quảng Ninh", "Điện Biên", "Trà Vinh", "Sóc Trăng"];
        assert_eq!(
            suggest("quang nin", names, 3),
            vec!["Quảng Ninh".to_owned()]
        );
        assert!(suggest("Hà Nội", names, 3).is_empty());
    }
}
