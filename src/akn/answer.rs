//! Akoma Ntoso answers of the query layer: `{"query": "show", "id": ..., "format": "akn"}` and
//! `{"query": "import", "text": ..., "format": "akn"}` answer an object holding the XML.
//!
//! The answer is `{"id": ..., "format": "akn", "media_type": "application/akn+xml", "xml":
//! "<?xml ..."}`, and for an import also `"diagnostics"` (the importer's). An import whose text
//! is Akoma Ntoso XML (see [`super::looks_like_akn`]) is read as such, whatever the format
//! asked for.

use serde::Serialize;

use crate::dataset::Dataset;
use crate::import::{Diagnostic, Imported};
use crate::{Error, Result};

/// The media type of Akoma Ntoso XML.
pub const MEDIA_TYPE: &str = "application/akn+xml";

/// An Akoma Ntoso document as the query layer answers it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AknDocument {
    /// The instrument's id.
    pub id: String,
    /// Always `akn`.
    pub format: &'static str,
    /// Always `application/akn+xml`.
    pub media_type: &'static str,
    /// The XML document.
    pub xml: String,
    /// For an import, what the importer reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnostics: Option<Vec<Diagnostic>>,
}

/// Whether a request's `format` asks for Akoma Ntoso: `None` or `json` no, `akn` yes.
///
/// # Errors
/// [`Error::Request`] for another format.
pub(crate) fn wants_akn(format: Option<&str>) -> Result<bool> {
    match format {
        None | Some("json") => Ok(false),
        Some("akn") => Ok(true),
        Some(other) => Err(Error::request(format!(
            "unknown format {other:?}: show and import answer json (the default) or akn"
        ))),
    }
}

fn to_value(d: &AknDocument) -> Result<serde_json::Value> {
    serde_json::to_value(d)
        .map_err(|e| Error::request(format!("cannot write the answer as JSON: {e}")))
}

/// `show` as Akoma Ntoso: the whole instrument (a citation is refused: the format carries
/// documents, not single provisions).
pub(crate) fn show(
    dataset: &Dataset,
    id: &str,
    citation: Option<&str>,
) -> Result<serde_json::Value> {
    if let Some(c) = citation {
        return Err(Error::request(format!(
            "format akn exports whole instruments; leave out the citation {c:?}"
        )));
    }
    let instrument = dataset.instrument(id)?;
    to_value(&AknDocument {
        id: instrument.id.clone(),
        format: "akn",
        media_type: MEDIA_TYPE,
        xml: super::to_akn(instrument, Some(dataset))?,
        diagnostics: None,
    })
}

/// Imports a text: Akoma Ntoso XML when it looks like it, else a plain legal text.
pub(crate) fn import(text: &str) -> Result<Imported> {
    if super::looks_like_akn(text) {
        super::import_akn(text)
    } else {
        crate::import::import_text(text, &crate::import::ImportOptions::default())
    }
}

/// An import as Akoma Ntoso.
pub(crate) fn import_view(imported: &Imported) -> Result<serde_json::Value> {
    to_value(&AknDocument {
        id: imported.instrument.id.clone(),
        format: "akn",
        media_type: MEDIA_TYPE,
        xml: super::to_akn(&imported.instrument, None)?,
        diagnostics: Some(imported.diagnostics.clone()),
    })
}
