//! The importer: raw Vietnamese legal text in, an [`Instrument`] plus diagnostics out.
//!
//! It reads laws and codes (Phần, Chương, Mục, Điều, Khoản, Điểm), decrees, circulars,
//! decisions with an attached regulation ("Quy định/Quy chế ban hành kèm theo"), appendices
//! and form templates. The steps, one module each:
//! - clean-up of each line (NFC, markdown and bookmark residue, pipes, odd spaces),
//!   splitting headings run together on one line;
//! - corrections from `corrections.toml` (restored lines, cuts), each recorded;
//! - line checks: blanks to fill, known typos, bookmark names that do not match;
//! - reading: preamble (header), body, closing block, attachments, appendices;
//! - tree building with numbering checks, then header metadata and cross-references.
//!
//! The importer never panics and never drops text silently: text it cannot place is kept
//! in the tree as a paragraph and reported, text outside the law (signature block, site
//! footers) is reported.
//!
//! ## Diagnostic codes (stable; see [`DIAGNOSTIC_CODES`])
//! Each diagnostic says what it found in English (`message`) and in Vietnamese (`message_vi`),
//! numbers, eIds and quoted source text kept as they are in both.
//!
//! | code | severity | meaning |
//! |---|---|---|
//! | `unicode_nfd` | info | decomposed Unicode normalised to NFC |
//! | `markdown_residue` | info | `**`, `*`, leading `#` removed |
//! | `bookmark_residue` | info | `[bookmark: ...]` removed |
//! | `table_residue` | info | table pipes and tabs removed |
//! | `nonstandard_whitespace` | info | non-breaking or zero-width spaces replaced |
//! | `control_character` | warning | control characters (not text: escapes, form feeds) replaced by spaces |
//! | `run_together_headings` | warning | headings ran together on one line; split |
//! | `placeholder` | warning | a blank to fill ("…../2019", "ngày ... tháng ,,,,") |
//! | `suspected_typo` | warning | a known misspelling ("Công/Trang"); kept as written |
//! | `bookmark_mismatch` | warning | a bookmark name does not match the heading it sits on |
//! | `number_too_long` | warning | a heading or clause whose number has too many digits to be read as one; kept as text |
//! | `draft` | info | the text says it is a draft |
//! | `missing_number` / `missing_date` | warning | the header has no number / date line |
//! | `missing_kind_line` | warning | no line names the kind of instrument |
//! | `invalid_date` | warning | a date of signing or an effective date that does not exist (31/04, 29/02/2019) |
//! | `preamble` | info | the lines before the body, read for the header, not provisions |
//! | `issued_with` | info | an attachment's "(Ban hành kèm theo ...)" line, read, not a provision |
//! | `missing_attachment_kind` | warning | the attached regulation's "QUY CHẾ"/"QUY ĐỊNH" line is lost |
//! | `missing_heading` | warning | clause numbering restarts without a new "Điều", or a chapter title stands without its "Chương" line |
//! | `numbering_gap` / `numbering_repeat` / `numbering_backwards` | warning | numbers of articles, chapters, clauses or points skip, repeat or go back |
//! | `unnumbered_paragraph` | warning | an unnumbered paragraph among numbered clauses or points (a `paragraph` node) |
//! | `text_outside_article` | warning | text before any article or directly in a chapter (a `paragraph` node) |
//! | `clause_outside_article` | warning | a numbered clause outside any article |
//! | `point_outside_clause` | warning | a lettered point with nothing to hang from (a `paragraph` node) |
//! | `heading_on_next_line` | info | "Điều N." alone, its heading on the next line |
//! | `no_articles` | error/warning | no article in the text / in an attachment |
//! | `closing_block` | info | signature and recipients lines, read for the signer, not provisions |
//! | `site_text` | warning | a web site's own text after the law, left out |
//! | `restored` / `cut` | info | a correction applied |
//! | `correction_not_applied` | error | a correction found no line to apply to |

mod checks;
mod classify;
mod clean;
mod corrections;
mod diag;
mod header;
mod input;
mod numbers;
mod reader;
mod refs;
mod tree;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use diag::said;

use crate::model::{Attachment, Instrument, InstrumentKind, Status, NATIONAL};
use crate::text::{fold, slug};
use crate::Result;

pub use corrections::corrections_from_toml;
#[cfg(feature = "akn")]
pub(crate) use refs::find_references;
pub(crate) use tree::assign_citations;

/// Every diagnostic code the importer emits (see the table in the module documentation).
pub const DIAGNOSTIC_CODES: [&str; 34] = [
    "unicode_nfd",
    "markdown_residue",
    "bookmark_residue",
    "table_residue",
    "nonstandard_whitespace",
    "control_character",
    "invalid_date",
    "preamble",
    "issued_with",
    "run_together_headings",
    "placeholder",
    "suspected_typo",
    "bookmark_mismatch",
    "number_too_long",
    "draft",
    "missing_number",
    "missing_date",
    "missing_kind_line",
    "missing_attachment_kind",
    "missing_heading",
    "numbering_gap",
    "numbering_repeat",
    "numbering_backwards",
    "unnumbered_paragraph",
    "text_outside_article",
    "clause_outside_article",
    "point_outside_clause",
    "heading_on_next_line",
    "no_articles",
    "closing_block",
    "site_text",
    "restored",
    "cut",
    "correction_not_applied",
];
pub use input::{decode, MAX_INPUT_BYTES};

/// Options of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The id to give the instrument; derived from its jurisdiction and number when `None`.
    pub id: Option<String>,
    /// The jurisdiction (`vn` or a province slug); derived from the issuer when `None`.
    pub jurisdiction: Option<String>,
    /// Editorial corrections applied to the text before it is read, each recorded.
    pub corrections: Vec<Correction>,
}

/// An editorial correction of a source text, kept as data with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Correction {
    /// Insert a line we reconstructed (a lost heading) before the first line equal to `before`.
    /// The node it starts is marked `restored` with the reason.
    Restore {
        /// The exact text (after clean-up) of the line the new line goes before.
        before: String,
        /// The line to insert (`Điều 17. Trách nhiệm của Sở Ngoại vụ`).
        insert: String,
        /// Why, in English.
        reason: String,
    },
    /// Drop the lines from the first one starting with `from` to the end: text that is not
    /// part of the law (site footers).
    CutFrom {
        /// The start of the first line to drop.
        from: String,
        /// Why, in English.
        reason: String,
    },
}

/// The result of an import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Imported {
    /// The instrument read from the text.
    pub instrument: Instrument,
    /// What the importer noticed: defects, repairs, text it could not place.
    pub diagnostics: Vec<Diagnostic>,
}

/// Something the importer noticed, with where.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable code (`missing_heading`, `numbering_gap`, `markdown_residue`, ...).
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// What, as a sentence.
    pub message: String,
    /// The same, in Vietnamese.
    #[serde(default)]
    pub message_vi: String,
    /// The 1-based line of the input, where it applies to one.
    pub line: Option<usize>,
    /// The eId of the provision concerned, where there is one.
    pub provision: Option<String>,
}

/// The severity of a diagnostic.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Information: a clean-up that changed nothing of the law's words.
    Info,
    /// A defect of the text that the importer repaired or worked around.
    Warning,
    /// Text the importer could not place or a structure it could not read.
    Error,
}

named_values!(Severity, "How serious a diagnostic is" {
    Info => ("thông tin", "info"),
    Warning => ("cảnh báo", "warning"),
    Error => ("lỗi", "error"),
});

/// Imports a text.
///
/// # Errors
/// [`crate::Error::Input`] when the text is empty or only whitespace.
///
/// # Example
/// ```
/// use quyche::import::{import_text, ImportOptions};
/// let text = "QUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\nĐiều 1. Quyết định này có hiệu lực kể từ ngày 01/12/2018.\n";
/// let imported = import_text(text, &ImportOptions::default())?;
/// assert_eq!(imported.instrument.body.len(), 1);
/// assert_eq!(imported.instrument.effective_from, chrono::NaiveDate::from_ymd_opt(2018, 12, 1));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn import_text(text: &str, options: &ImportOptions) -> Result<Imported> {
    input::check_not_empty(text)?;
    let mut diags = diag::Diags::default();
    let mut lines = clean::clean_text(text, &mut diags);
    corrections::apply(&mut lines, &options.corrections, &mut diags);
    checks::check_lines(&lines, &mut diags);
    let mut read = reader::read(&lines, &mut diags);
    let header = header::read_header(&read.preamble, &mut diags);

    let (body, body_eids) = read.body.finish();
    let mut eids: Vec<Vec<String>> = vec![body_eids];
    let mut attachments = Vec::new();
    for a in &mut read.attachments {
        let (tree, tree_eids) = a.tree.finish();
        eids.push(tree_eids);
        if a.tree.article_count() == 0 {
            diags.push(
                "no_articles",
                Severity::Warning,
                said(
                    format!("the attached {} has no article", a.kind),
                    format!("{} ban hành kèm theo không có Điều nào", a.kind),
                ),
                None,
                None,
            );
        }
        attachments.push(Attachment {
            eid: a.tree.prefix.trim_end_matches('_').to_owned(),
            kind: a.kind.clone(),
            title: a.title.clone(),
            body: tree,
        });
    }
    if read.body.article_count() == 0 && attachments.is_empty() {
        diags.push(
            "no_articles",
            Severity::Error,
            said(
                "no article (“Điều N.”) was found: the text is kept as paragraphs",
                "Không tìm thấy Điều nào (“Điều N.”): văn bản được giữ nguyên dưới dạng các đoạn",
            ),
            None,
            None,
        );
    }
    let (effective_from, mut replaces) = header::read_effect(&body, &mut diags);
    let signer = header::read_signer(&read.closing);
    let jurisdiction = options
        .jurisdiction
        .clone()
        .unwrap_or_else(|| jurisdiction_of(header.issuer.as_deref(), header.place.as_deref()));
    let mut bases = header.bases;
    for r in bases.iter_mut().chain(replaces.iter_mut()) {
        if let Some(n) = &r.number {
            r.id = Some(refs::id_for_number(n, &jurisdiction));
        }
    }
    let kind = header.kind.unwrap_or(InstrumentKind::Other);
    let id = options
        .id
        .clone()
        .unwrap_or_else(|| match (&header.number, header.draft) {
            (Some(n), _) => format!("{jurisdiction}/{}", slug(n)),
            (None, true) => match header.year {
                Some(y) => format!("{jurisdiction}/du-thao-{y}"),
                None => format!("{jurisdiction}/du-thao"),
            },
            (None, false) => format!("{jurisdiction}/{}-unnumbered", slug(kind.vietnamese())),
        });
    let mut references = Vec::new();
    let mut aliases = HashMap::new();
    refs::find_references(&body, &jurisdiction, &mut aliases, &mut references);
    for a in &attachments {
        refs::find_references(&a.body, &jurisdiction, &mut aliases, &mut references);
    }
    let mut instrument = Instrument {
        id,
        number: header.number,
        kind,
        title: header.title,
        issuer: header.issuer,
        jurisdiction,
        signer,
        place: header.place,
        signed_on: header.signed_on,
        effective_from,
        status: if header.draft {
            Status::Draft
        } else {
            Status::Unknown
        },
        replaces,
        bases,
        verified_on: None,
        body,
        attachments,
        references,
    };
    // After the references, which read article numbers off the citations within each tree.
    crate::model::anchor_attachments(&mut instrument);
    let diagnostics = diags
        .items
        .into_iter()
        .map(|p| {
            let mut d = p.diagnostic;
            if let Some((t, n)) = p.node {
                d.provision = eids.get(t).and_then(|e| e.get(n)).cloned();
            }
            d
        })
        .collect();
    Ok(Imported {
        instrument,
        diagnostics,
    })
}

/// Imports raw bytes: checks them first (size, encoding, binary data), strips a UTF-8 BOM.
///
/// # Errors
/// [`crate::Error::Input`] saying what and where when the input is empty or only
/// whitespace, binary (NUL bytes), UTF-16, not UTF-8 (perhaps Latin-1, TCVN3 or VNI), or
/// larger than [`MAX_INPUT_BYTES`].
///
/// # Example
/// ```
/// use quyche::import::{import_bytes, ImportOptions};
/// let err = import_bytes(b"\xE0 bad", &ImportOptions::default()).unwrap_err();
/// assert!(err.to_string().contains("not UTF-8"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Imported> {
    let text = input::decode(bytes)?;
    import_text(text, options)
}

/// The jurisdiction an issuer or a place names: "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" → "tra-vinh";
/// central bodies → "vn".
fn jurisdiction_of(issuer: Option<&str>, place: Option<&str>) -> String {
    if let Some(i) = issuer {
        let f = fold(i);
        for key in ["tinh ", "thanh pho "] {
            if let Some(pos) = f.find(key) {
                if f.starts_with("uy ban") || f.starts_with("hoi dong") {
                    let name = f.get(pos.saturating_add(key.len())..).unwrap_or("");
                    if !name.is_empty() {
                        return slug(name);
                    }
                }
            }
        }
        if ["bo ", "chinh phu", "quoc hoi", "thu tuong"]
            .iter()
            .any(|k| f.starts_with(k))
        {
            return NATIONAL.to_owned();
        }
    }
    match place {
        Some(p) if !p.is_empty() && !p.contains('.') => slug(p),
        _ => NATIONAL.to_owned(),
    }
}
