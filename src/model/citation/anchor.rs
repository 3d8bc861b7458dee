//! What a citation is anchored to: the instrument, or a regulation attached to it.
//!
//! A decision that issues a regulation ("Ban hành kèm theo Quyết định này Quy định ...") has two
//! article series: its own ("Điều 3" of the decision) and the regulation's ("Điều 3" of the Quy
//! định). Vietnamese legal writing tells them apart by naming the regulation and the act that
//! issued it: "Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND". Provisions of an
//! attachment carry that form as their citation; [`CitationRef`] reads it back.

use super::{unreadable, Citation};
use crate::model::{Instrument, InstrumentKind, Status};
use crate::text::fold;
use crate::Result;

/// The words that name an attached regulation in a citation: "Quy định ban hành kèm theo
/// Quyết định số 21/2017/QĐ-UBND".
///
/// # Example
/// ```
/// use quyche::model::{Citation, InstrumentKind, IssuedWith};
/// let with = IssuedWith { attachment: "Quy định", kind: InstrumentKind::QuyetDinh, number: Some("21/2017/QĐ-UBND"), draft: false };
/// let c = Citation::parse("Điều 3")?;
/// assert_eq!(format!("{c} {with}"), "Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND");
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssuedWith<'a> {
    /// The regulation's kind as its text names it (`Quy định`, `Quy chế`).
    pub attachment: &'a str,
    /// The kind of the act that issues it (a `Quyết định`).
    pub kind: InstrumentKind,
    /// That act's number, where known.
    pub number: Option<&'a str>,
    /// Whether that act is a draft (it then has no number).
    pub draft: bool,
}

impl std::fmt::Display for IssuedWith<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = self.kind.vietnamese();
        match (self.number, self.draft) {
            (Some(n), _) => write!(f, "{} ban hành kèm theo {kind} số {n}", self.attachment),
            (None, true) => write!(f, "{} ban hành kèm theo dự thảo {kind}", self.attachment),
            (None, false) => write!(f, "{} ban hành kèm theo {kind}", self.attachment),
        }
    }
}

impl<'a> IssuedWith<'a> {
    /// The anchor of an attachment of `inst` whose kind is `attachment`.
    pub fn of(inst: &'a Instrument, attachment: &'a str) -> Self {
        IssuedWith {
            attachment,
            kind: inst.kind,
            number: inst.number.as_deref(),
            draft: inst.status == Status::Draft,
        }
    }
}

/// A provision's citation followed by its act ("Khoản 9 Điều 9 22/2016/TT-BTTTT"), unless the
/// citation already names the act, as a citation into an attached regulation does.
///
/// # Example
/// ```
/// use quyche::model::with_act;
/// assert_eq!(with_act("Khoản 9 Điều 9", "22/2016/TT-BTTTT"), "Khoản 9 Điều 9 22/2016/TT-BTTTT");
/// let att = "Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND";
/// assert_eq!(with_act(att, "21/2017/QĐ-UBND"), att);
/// ```
pub fn with_act(citation: &str, act: &str) -> String {
    if citation.contains(" ban hành kèm theo ") || act.is_empty() {
        citation.to_owned()
    } else if citation.is_empty() {
        act.to_owned()
    } else {
        format!("{citation} {act}")
    }
}

/// Gives every provision of `inst`'s attachments its anchored citation ("Khoản 2 Điều 20 Quy định
/// ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"). Idempotent: an anchor already there is
/// replaced, so the loader can run it again once the metadata file has set the number or status.
pub(crate) fn anchor_attachments(inst: &mut Instrument) {
    let (kind, number, draft) = (inst.kind, inst.number.clone(), inst.status == Status::Draft);
    for att in &mut inst.attachments {
        let with = IssuedWith {
            attachment: &att.kind,
            kind,
            number: number.as_deref(),
            draft,
        }
        .to_string();
        let marker = format!(" {} ban hành kèm theo ", att.kind);
        let mut stack: Vec<&mut crate::model::Provision> = att.body.iter_mut().collect();
        while let Some(p) = stack.pop() {
            if let Some(at) = p.citation.find(&marker) {
                p.citation.truncate(at);
            }
            p.citation.push(' ');
            p.citation.push_str(&with);
            stack.extend(p.children.iter_mut());
        }
    }
}

/// A citation as people write it, with what it is anchored to: "Điều 3", "Quy định Điều 3",
/// "Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND", "Điều 3 Quyết định số
/// 21/2017/QĐ-UBND", "Đoạn 2 khoản 5 Điều 10 của Quy định".
///
/// # Example
/// ```
/// use quyche::model::{CitationRef, InstrumentKind};
/// let r = CitationRef::parse("Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND")?;
/// assert_eq!(r.citation.to_string(), "Điều 3");
/// assert_eq!(r.attachment.as_deref(), Some("Quy định"));
/// assert_eq!(r.kind, Some(InstrumentKind::QuyetDinh));
/// assert_eq!(r.number.as_deref(), Some("21/2017/QĐ-UBND"));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationRef {
    /// The provision within its tree.
    pub citation: Citation,
    /// The attached regulation it names (`Quy định`), as written.
    pub attachment: Option<String>,
    /// The kind of act it names (the decision that issues the regulation, or the act itself).
    pub kind: Option<InstrumentKind>,
    /// The number of that act, as written.
    pub number: Option<String>,
}

/// Kinds of regulation that decisions attach, folded.
const ATTACHMENT_KINDS: [(&str, &str); 4] = [
    ("quy dinh", "Quy định"),
    ("quy che", "Quy chế"),
    ("dieu le", "Điều lệ"),
    ("noi quy", "Nội quy"),
];

/// A citation longer than this many words is refused rather than searched.
const MAX_WORDS: usize = 48;

impl CitationRef {
    /// Reads a citation and what it is anchored to, without regard to case or diacritics.
    ///
    /// # Errors
    /// [`crate::Error::Request`] when no provision level opens the citation, or words after it name
    /// nothing a citation can be anchored to.
    pub fn parse(text: &str) -> Result<Self> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        if words.len() > MAX_WORDS {
            return Err(unreadable(
                text,
                Some((
                    format!("more than {MAX_WORDS} words"),
                    format!("dài hơn {MAX_WORDS} từ"),
                )),
            ));
        }
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let pair = |i: usize| -> Option<String> {
            Some(format!(
                "{} {}",
                folded.get(i)?,
                folded.get(i.saturating_add(1))?
            ))
        };
        let attachment_at = |i: usize| {
            pair(i).and_then(|p| {
                ATTACHMENT_KINDS
                    .iter()
                    .find(|(f, _)| *f == p)
                    .map(|(_, name)| (*name).to_owned())
            })
        };
        // "Quy định Điều 2": the regulation named first.
        let mut start = 0usize;
        let mut attachment = None;
        if let Some(name) = attachment_at(0) {
            attachment = Some(name);
            start = 2;
        }
        // The longest run of words that reads as a citation.
        let body = words.get(start..).unwrap_or_default();
        let split = (1..=body.len())
            .rev()
            .find_map(|k| Some((Citation::parse(&body.get(..k)?.join(" ")).ok()?, k)));
        let Some((citation, k)) = split else {
            // Let the plain parser say what is wrong.
            return Err(match Citation::parse(&body.join(" ")) {
                Err(e) => e,
                Ok(_) => unreadable(text, None),
            });
        };
        let mut i = start.saturating_add(k);
        let word = |i: usize| folded.get(i).map(String::as_str);
        let not_an_act = |i: usize| {
            let w = words.get(i).copied().unwrap_or_default();
            unreadable(
                text,
                Some((
                    format!("{w:?} does not name a regulation or an act (write, e.g., \"Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND\")"),
                    format!("{w:?} không phải là tên của một quy định hay một văn bản (viết, ví dụ: \"Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND\")"),
                )),
            )
        };
        if word(i) == Some("cua") {
            i = i.saturating_add(1);
        }
        if let Some(name) = attachment_at(i) {
            if attachment.is_some() {
                return Err(not_an_act(i));
            }
            attachment = Some(name);
            i = i.saturating_add(2);
        }
        // "ban hành kèm theo", "kèm theo".
        if word(i) == Some("ban") && word(i.saturating_add(1)) == Some("hanh") {
            i = i.saturating_add(2);
        }
        if word(i) == Some("kem") && word(i.saturating_add(1)) == Some("theo") {
            i = i.saturating_add(2);
        }
        if word(i) == Some("du") && word(i.saturating_add(1)) == Some("thao") {
            i = i.saturating_add(2);
        }
        let mut kind = None;
        if i < words.len() {
            let rest = words.get(i..).unwrap_or_default().join(" ");
            if let Some(k) = InstrumentKind::from_leading_words(&rest) {
                kind = Some(k);
                i = i.saturating_add(k.vietnamese().split_whitespace().count());
            }
        }
        if word(i) == Some("so") {
            i = i.saturating_add(1);
        }
        let mut number = None;
        match (word(i), words.get(i)) {
            (Some("nay"), _) => i = i.saturating_add(1),
            (Some(_), Some(w)) if w.chars().any(|c| c.is_ascii_digit()) => {
                number = Some((*w).trim_end_matches(['.', ';', ')']).to_owned());
                i = i.saturating_add(1);
            }
            _ => {}
        }
        // "ngày 24/10/2017 của Ủy ban nhân dân tỉnh Trà Vinh" may follow the number: it adds nothing.
        if i < words.len() && !matches!(word(i), Some("ngay" | "cua")) {
            return Err(not_an_act(i));
        }
        if i < words.len() && kind.is_none() && attachment.is_none() && number.is_none() {
            return Err(not_an_act(i));
        }
        Ok(CitationRef {
            citation,
            attachment,
            kind,
            number,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_anchor_form() {
        let r = CitationRef::parse("Điều 3").unwrap();
        assert_eq!((r.attachment, r.kind, r.number), (None, None, None));
        let r = CitationRef::parse("quy dinh dieu 3").unwrap();
        assert_eq!(r.attachment.as_deref(), Some("Quy định"));
        let r = CitationRef::parse("Điều 3 Quyết định số 21/2017/QĐ-UBND").unwrap();
        assert_eq!(
            (r.attachment, r.kind, r.number.as_deref()),
            (
                None,
                Some(InstrumentKind::QuyetDinh),
                Some("21/2017/QĐ-UBND")
            )
        );
        let r = CitationRef::parse(
            "Khoản 2 Điều 20 của Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND ngày 24/10/2017 của Ủy ban nhân dân tỉnh Trà Vinh",
        )
        .unwrap();
        assert_eq!(r.citation.to_string(), "Khoản 2 Điều 20");
        assert_eq!(r.attachment.as_deref(), Some("Quy định"));
        let r = CitationRef::parse("Điều 19 Quy chế ban hành kèm theo dự thảo Quyết định").unwrap();
        assert_eq!(
            (r.attachment.as_deref(), r.kind, r.number),
            (Some("Quy chế"), Some(InstrumentKind::QuyetDinh), None)
        );
        assert!(CitationRef::parse("Điều 3 của cái gì đó").is_err());
        assert!(CitationRef::parse("Quy định Điều 3 Quy chế").is_err());
        assert!(CitationRef::parse("Quy định").is_err());
    }

    #[test]
    fn the_anchor_reads_back() {
        let with = IssuedWith {
            attachment: "Quy chế",
            kind: InstrumentKind::QuyetDinh,
            number: None,
            draft: true,
        };
        let text = format!("Đoạn 2 khoản 5 Điều 10 {with}");
        assert_eq!(
            text,
            "Đoạn 2 khoản 5 Điều 10 Quy chế ban hành kèm theo dự thảo Quyết định"
        );
        let r = CitationRef::parse(&text).unwrap();
        assert_eq!(r.citation.to_string(), "Đoạn 2 khoản 5 Điều 10");
        assert_eq!(r.attachment.as_deref(), Some("Quy chế"));
    }
}
