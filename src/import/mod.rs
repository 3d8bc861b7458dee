//! The importer: raw Vietnamese legal text in, an [`Instrument`] plus diagnostics out.
//!
//! (Being written: see issue 3.)

use serde::{Deserialize, Serialize};

use crate::model::Instrument;
use crate::Result;

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable code (`missing_heading`, `numbering_gap`, `markdown_residue`, ...).
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// What, as a sentence.
    pub message: String,
    /// The 1-based line of the input, where it applies to one.
    pub line: Option<usize>,
    /// The eId of the provision concerned, where there is one.
    pub provision: Option<String>,
}

/// The severity of a diagnostic.
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

/// Imports a text.
///
/// # Errors
/// [`crate::Error::Input`] when nothing usable comes out (empty text).
pub fn import_text(text: &str, options: &ImportOptions) -> Result<Imported> {
    let _ = (text, options);
    Err(crate::Error::input("the importer is not written yet"))
}

/// Imports raw bytes.
///
/// # Errors
/// [`crate::Error::Input`] for text that is not UTF-8.
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Imported> {
    let text = std::str::from_utf8(bytes).map_err(|e| crate::Error::input(format!("the input is not UTF-8 (offset {})", e.valid_up_to())))?;
    import_text(text, options)
}

/// The largest input the importer reads, in bytes.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;
