//! The format of `show` and `import` answers, and their Akoma Ntoso answer:
//! `{"query": "show", "id": ..., "format": "akn"}` and `{"query": "import", "text": ...,
//! "format": "akn"}` answer an [`AknDocument`] holding the XML. An import whose text is Akoma
//! Ntoso XML (see [`crate::akn::looks_like_akn`]) is read as such, whatever the format asked for.
//! Without the `akn` feature, the format is refused and imports read plain text only.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::import::{Diagnostic, Imported};
use crate::{Error, Result};

/// What `show` and `import` answer: the JSON views (the default) or an Akoma Ntoso 3.0
/// document. As JSON, `"json"` or `"akn"`.
///
/// # Example
/// ```
/// use quyche::query::{Answer, DocumentFormat, RuleSet, ShowQuery};
/// let rules = RuleSet::embedded()?;
/// let q = ShowQuery::instrument("22/2016/TT-BTTTT").format(DocumentFormat::Akn);
/// let Answer::Akn(doc) = rules.dispatch(&q.into())? else { unreachable!() };
/// assert!(doc.xml.contains("akomaNtoso"));
/// assert_eq!("akn".parse::<DocumentFormat>()?, DocumentFormat::Akn);
/// # Ok::<(), quyche::Error>(())
/// ```
// Written and read as its word (`Display`, `FromStr`): the schema says the same words.
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename_all = "lowercase")
)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentFormat {
    /// The JSON views.
    #[default]
    Json,
    /// An Akoma Ntoso 3.0 XML document.
    Akn,
}

impl FromStr for DocumentFormat {
    type Err = Error;

    /// `json` or `akn` (`akn` only with the `akn` feature).
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "json" => Ok(DocumentFormat::Json),
            "akn" if cfg!(feature = "akn") => Ok(DocumentFormat::Akn),
            other if cfg!(feature = "akn") => Err(Error::request(
                format!("unknown format {other:?}: show and import answer json (the default) or akn"),
                format!("định dạng {other:?} không hợp lệ: show và import trả lời bằng json (mặc định) hoặc akn"),
            )),
            other => Err(Error::request(
                format!("format {other:?} is not available: show and import answer json (this build has no akn feature)"),
                format!("định dạng {other:?} không dùng được: show và import trả lời bằng json (bản dựng này không có tính năng akn)"),
            )),
        }
    }
}

impl fmt::Display for DocumentFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocumentFormat::Json => "json",
            DocumentFormat::Akn => "akn",
        })
    }
}

/// The media type of Akoma Ntoso XML.
pub const AKN_MEDIA_TYPE: &str = "application/akn+xml";

/// An Akoma Ntoso document as the query layer answers it: `{"id", "format": "akn",
/// "media_type": "application/akn+xml", "xml"}`, and for an import also `"diagnostics"`.
///
/// # Example
/// See [`DocumentFormat`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// `show` as Akoma Ntoso: the whole instrument (a citation is refused: the format carries
/// documents, not single provisions).
pub(crate) fn show(dataset: &Dataset, id: &str, citation: Option<&str>) -> Result<AknDocument> {
    if let Some(c) = citation {
        return Err(Error::request(
            format!("format akn exports whole instruments; leave out the citation {c:?}"),
            format!("định dạng akn xuất nguyên văn bản; hãy bỏ trích dẫn {c:?}"),
        ));
    }
    let instrument = dataset.instrument(id)?;
    Ok(AknDocument {
        id: instrument.id.clone(),
        format: "akn",
        media_type: AKN_MEDIA_TYPE,
        xml: to_akn(instrument, Some(dataset))?,
        diagnostics: None,
    })
}

/// An import as Akoma Ntoso, with the importer's diagnostics.
pub(crate) fn imported(imported: &Imported) -> Result<AknDocument> {
    Ok(AknDocument {
        id: imported.instrument.id.clone(),
        format: "akn",
        media_type: AKN_MEDIA_TYPE,
        xml: to_akn(&imported.instrument, None)?,
        diagnostics: Some(imported.diagnostics.clone()),
    })
}

/// Imports a text: Akoma Ntoso XML when it looks like it, else a plain legal text.
pub(crate) fn import(text: &str) -> Result<Imported> {
    #[cfg(feature = "akn")]
    if crate::akn::looks_like_akn(text) {
        return crate::akn::import_akn(text);
    }
    crate::import::import_text(text, &crate::import::ImportOptions::default())
}

/// Checks and decodes the bytes of a text to import: as Akoma Ntoso XML when they start as it,
/// else as a plain legal text.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str> {
    #[cfg(feature = "akn")]
    if starts_as_akn(bytes) {
        return crate::akn::decode(bytes);
    }
    crate::import::decode(bytes)
}

/// Whether bytes start as Akoma Ntoso XML (their first 512 bytes, read leniently); never
/// without the `akn` feature.
pub(crate) fn starts_as_akn(bytes: &[u8]) -> bool {
    #[cfg(feature = "akn")]
    {
        let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
        crate::akn::looks_like_akn(&String::from_utf8_lossy(head))
    }
    #[cfg(not(feature = "akn"))]
    {
        let _ = bytes;
        false
    }
}

#[cfg(feature = "akn")]
fn to_akn(instrument: &crate::model::Instrument, dataset: Option<&Dataset>) -> Result<String> {
    crate::akn::to_akn(instrument, dataset)
}

#[cfg(not(feature = "akn"))]
fn to_akn(_: &crate::model::Instrument, _: Option<&Dataset>) -> Result<String> {
    Err(Error::request(
        "this build has no akn feature",
        "bản dựng này không có tính năng akn",
    ))
}
