//! The shapes of the dataset's files that are not model types themselves.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{InstrumentKind, Status};

/// `instruments/<jurisdiction>/<slug>/instrument.toml`: an instrument's metadata.
/// Fields given here win over what the importer reads from the text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InstrumentMeta {
    pub(crate) id: Option<String>,
    pub(crate) number: Option<String>,
    pub(crate) kind: InstrumentKind,
    pub(crate) title: Option<String>,
    pub(crate) issuer: Option<String>,
    pub(crate) jurisdiction: String,
    pub(crate) signer: Option<String>,
    pub(crate) place: Option<String>,
    pub(crate) signed_on: Option<NaiveDate>,
    pub(crate) effective_from: Option<NaiveDate>,
    pub(crate) status: Status,
    pub(crate) verified_on: Option<NaiveDate>,
    #[serde(default)]
    pub(crate) replaces: Vec<String>,
    pub(crate) replaced_by: Option<String>,
    #[serde(default)]
    pub(crate) bases: Vec<String>,
    pub(crate) text: Option<String>,
    #[serde(default)]
    pub(crate) restored: Vec<RestoredField>,
}

/// A metadata field that the text does not give and that we supplied, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestoredField {
    /// The field (`number`, `signed_on`, `title`, ...).
    pub field: String,
    /// Where the value comes from.
    pub reason: String,
}

/// A jurisdiction: the nation or a province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// `vn` or the province's slug.
    pub id: String,
    /// The name (`Quảng Ninh`).
    pub name: String,
    /// `national`, `province` or `city`.
    pub kind: String,
    /// Other names it is looked up by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The first day it existed as such, where known.
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    /// The last day it existed as such, where known.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
}

impl Jurisdiction {
    /// Whether `name` names it, without regard to case or diacritics.
    pub fn is_named(&self, name: &str) -> bool {
        let key = crate::text::fold_compact(name);
        !key.is_empty()
            && std::iter::once(&self.id)
                .chain(std::iter::once(&self.name))
                .chain(self.aliases.iter())
                .any(|n| crate::text::fold_compact(n) == key)
    }
}
