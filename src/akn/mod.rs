//! Akoma Ntoso 3.0 (OASIS LegalDocML) in and out: one XML document per instrument, so that
//! quyche's trees can be opened by the tools of legal informatics, and theirs read by quyche.
//!
//! [`to_akn`] writes an instrument; [`import_akn`] reads an `act` or `bill` back into the same
//! model, with diagnostics for what it cannot map. `akn → model → akn` loses nothing of
//! quyche's own exports: text, numbers, headings, eIds, provenance, notes, source lines,
//! relations and cross-references all come back.
//!
//! ## Mapping
//! | quyche | Akoma Ntoso |
//! |---|---|
//! | instrument (luật, nghị định, thông tư, quyết định, ...) | `act name="Quyết định"` (the Vietnamese kind) |
//! | a draft (status `draft`) | `bill`, with `docStatus` "Dự thảo" in the preface |
//! | Phần / Chương / Mục / Điều | `part` / `chapter` / `section` / `article` |
//! | Khoản (`1.`) | `paragraph` |
//! | Điểm (`a)`) | `point`, inside a `list` whose `intro` is the clause's own text |
//! | unnumbered paragraph | `wrapUp` after the last numbered sibling, else `hcontainer name="unnumberedParagraph"` |
//! | a node's own text | `content` (a leaf) or `intro` (before its children), one `p` per line |
//! | Phụ lục at the end of a tree | `attachment` with `num`/`heading` holding a `doc name="Phụ lục"` |
//! | attached Quy chế / Quy định | `attachment` holding its own `act` (`bill`) with its own body |
//! | eId | `eId`, unchanged (unique in the document) |
//! | restored node | `status="editorial"` and a `note` in `meta/notes` whose `placementBase` is its eId |
//! | source line | `qc:line` (quyche's namespace, allowed by the schema on every element) |
//! | number, kind, issuer, place, date, title | `preface`: `docNumber`, `docType`, `docProponent`, `location`, `docDate`, `longTitle/docTitle` |
//! | căn cứ | `preamble/citations/citation`, with a `ref` to the Work named where it can be built |
//! | replaces / replaced by | `activeRef` / `passiveRef` in `meta/references`, and a `repeal` event |
//! | signed, in force | `lifecycle/eventRef` (`generation`), FRBRdate |
//! | signer | `conclusions/p/signature/person` and a `TLCPerson` |
//! | id, status, verified day, exact relations, cross-references | `meta/proprietary` (quyche's namespace) |
//!
//! FRBR IRIs follow the Akoma Ntoso Naming Convention: see `iri.rs`
//! (`/akn/vn-quang-ninh/act/decision/2018-11-22/38-2018-qd-ubnd`, expression `…/vie@`).
//!
//! ## Reading, and bad input
//! The importer accepts UTF-8 of at most [`MAX_AKN_BYTES`] and at most [`MAX_NODES`] XML nodes
//! nested at most [`MAX_DEPTH`] levels of hierarchy; it refuses DTDs (so entity expansion and
//! external entities cannot happen), malformed XML, a root other than `akomaNtoso`, a namespace
//! other than Akoma Ntoso 3.0's, and document types other than `act` and `bill`. Errors are
//! [`crate::Error::Input`] sentences saying what and where; nothing is returned half-read.
//!
//! ## Diagnostic codes of the importer
//! | code | severity | meaning |
//! |---|---|---|
//! | `akn_unmapped_element` | warning | an element quyche has no place for: skipped, or kept as an unnumbered paragraph |
//! | `akn_flattened_block` | warning | a table, list or other block read as plain lines |
//! | `akn_missing_eid` | info | an element without `eId` was given one |
//! | `akn_duplicate_eid` | warning | a repeated `eId` was renamed `…_2` |
//! | `akn_not_vietnamese` | info | the FRBRcountry is not `vn` or `vn-…` |
//! | `akn_computed_references` | info | no quyche record: relations read from the standard elements, cross-references found in the text |
//! | `unicode_nfd` | info | decomposed Unicode normalised to NFC |
//! | `restored` | info | a metadata field the exporter supplied, with its reason |

mod body;
mod export;
mod guard;
mod iri;
mod meta;
mod read;
mod read_body;
mod read_meta;
mod xml;

use crate::dataset::Dataset;
use crate::import::Imported;
use crate::model::Instrument;
use crate::Result;

/// The namespace of Akoma Ntoso 3.0.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
/// quyche's namespace, for what Akoma Ntoso has no field for (`qc:line`, `meta/proprietary`).
pub const QC_NAMESPACE: &str = "urn:x-quyche:akn:1";
/// The prefix of [`QC_NAMESPACE`] in exported documents.
pub const QC_PREFIX: &str = "qc";
const QC_LINE: &str = "qc:line";

/// The largest document [`import_akn_bytes`] reads (the text importer's limit).
pub const MAX_AKN_BYTES: usize = crate::import::MAX_INPUT_BYTES;
/// The most XML nodes (elements, text, attributes) a document may have.
pub const MAX_NODES: u32 = 2_000_000;
/// The deepest nesting of hierarchy the importer follows.
pub const MAX_DEPTH: usize = 64;

/// The Akoma Ntoso 3.0 document of an instrument.
///
/// With the dataset it comes from, the document also names the instrument that replaced it
/// (`passiveRef` and a `repeal` event), the metadata fields the dataset supplied (notes), and
/// the bases by the IRIs of the instruments the dataset holds; without it, those IRIs are
/// built from the numbers as written.
///
/// # Errors
/// [`crate::Error::Input`] when a text holds a character XML 1.0 cannot carry (a control
/// character, U+FFFE, U+FFFF).
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let qn = ds.instrument("38/2018/QĐ-UBND")?;
/// let xml = quyche::akn::to_akn(qn, Some(&ds))?;
/// assert!(xml.contains("/akn/vn-quang-ninh/act/decision/2018-11-22/38-2018-qd-ubnd"));
/// assert!(xml.contains(r#"<article eId="att_1__art_17" status="editorial""#));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn to_akn(instrument: &Instrument, dataset: Option<&Dataset>) -> Result<String> {
    write_akn(instrument, dataset, String::new())
}

/// [`to_akn`] appended to `out` (a buffer to reuse across documents).
///
/// # Errors
/// As [`to_akn`].
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let c22 = ds.instrument("22/2016/TT-BTTTT")?;
/// let xml = quyche::akn::write_akn(c22, None, String::with_capacity(1 << 16))?;
/// assert!(xml.starts_with("<?xml"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn write_akn(
    instrument: &Instrument,
    dataset: Option<&Dataset>,
    out: String,
) -> Result<String> {
    export::write(instrument, dataset, out)
}

/// Reads an Akoma Ntoso 3.0 `act` or `bill` into an instrument, with diagnostics for what
/// could not be mapped.
///
/// # Errors
/// [`crate::Error::Input`] for malformed XML, a DTD, a root other than `akomaNtoso`, another
/// namespace, another document type, too many nodes or too deep a hierarchy.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let c22 = ds.instrument("22/2016/TT-BTTTT")?;
/// let back = quyche::akn::import_akn(&quyche::akn::to_akn(c22, None)?)?;
/// assert_eq!(&back.instrument, c22);
/// let err = quyche::akn::import_akn("<html/>").unwrap_err();
/// assert!(err.to_string().contains("akomaNtoso"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn import_akn(xml: &str) -> Result<Imported> {
    read::read(xml)
}

/// [`import_akn`] of raw bytes: refused above [`MAX_AKN_BYTES`] before anything is parsed,
/// and when not UTF-8.
///
/// # Errors
/// As [`import_akn`]; [`crate::Error::Input`] for too large or non-UTF-8 input.
///
/// # Example
/// ```
/// let err = quyche::akn::import_akn_bytes(b"\xFF\xFE<\0").unwrap_err();
/// assert!(err.to_string().contains("UTF-16"));
/// ```
pub fn import_akn_bytes(bytes: &[u8]) -> Result<Imported> {
    read::read(decode(bytes)?)
}

/// The text of Akoma Ntoso bytes, checked as [`import_akn_bytes`] checks them.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str> {
    guard::decode(bytes)
}

/// Whether a text is XML to be read as Akoma Ntoso rather than a plain legal text: it opens
/// (after a byte-order mark and white space) with an XML declaration or an `akomaNtoso` element.
///
/// # Example
/// ```
/// assert!(quyche::akn::looks_like_akn("\u{feff}<?xml version=\"1.0\"?><akomaNtoso/>"));
/// assert!(quyche::akn::looks_like_akn("<akn:akomaNtoso xmlns:akn=\"…\"/>"));
/// assert!(!quyche::akn::looks_like_akn("<!DOCTYPE html><html/>"));
/// assert!(!quyche::akn::looks_like_akn("QUYẾT ĐỊNH\nĐiều 1."));
/// ```
pub fn looks_like_akn(text: &str) -> bool {
    guard::looks_like_akn(text)
}
