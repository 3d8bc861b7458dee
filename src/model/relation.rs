//! Typed relations between instruments and between provisions.

use serde::{Deserialize, Serialize};

/// The kind of a relation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The source is issued on the basis of the target (căn cứ).
    Basis,
    /// The source replaces the target (thay thế).
    Replaces,
    /// The source guides the target (hướng dẫn).
    Guides,
    /// A provision is to be carried out as the target provision says
    /// ("Thực hiện theo quy định tại Điều 3 Thông tư 22", "theo mẫu ... phụ lục 02").
    Implements,
    /// Any other mention of a provision.
    Cites,
}

/// A reference found in a provision's text to a provision or an instrument.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// The kind of relation.
    pub kind: RelationKind,
    /// The eId of the provision that makes the reference.
    pub from: String,
    /// The instrument referred to: its dataset id when known, else `None` for the same instrument.
    pub instrument: Option<String>,
    /// The number of the instrument referred to, as written, when another instrument is named.
    pub instrument_number: Option<String>,
    /// The provision referred to, as a citation (`Điều 3`, `Phụ lục 02`), when one is named.
    pub citation: Option<String>,
    /// The words of the text that make the reference.
    pub quote: String,
}
