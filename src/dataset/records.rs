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
    /// `false` for an instrument known only from public sources, whose number, dates or status
    /// the dataset has not confirmed; `note` says what is known and what is not.
    #[serde(default = "yes")]
    pub(crate) verified: bool,
    pub(crate) note: Option<String>,
}

fn yes() -> bool {
    true
}

/// A metadata field that the text does not give and that we supplied, with the reason.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestoredField {
    /// The field (`number`, `signed_on`, `title`, ...).
    pub field: String,
    /// Where the value comes from.
    pub reason: String,
}

/// A jurisdiction: the nation, a province or a centrally-run city, with its dates (one type for
/// the dataset and the succession data).
pub use crate::succession::Jurisdiction;

/// A body that every province and centrally-run city has, for a group that a national text names
/// by kind (`[[in_every_province]]` in `agencies/vn.toml`): a province query resolves the group
/// to that province's own body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincialBody {
    /// The group's id (`vn/ubnd-cap-tinh`).
    pub group: String,
    /// The slug of each province's own body (`ubnd-tinh`: `quang-ninh/ubnd-tinh`).
    pub slug: String,
    /// The slug in a centrally-run city, where it differs (`ubnd-thanh-pho`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_slug: Option<String>,
    /// The body's name, `{unit}` standing for the province's name with its kind
    /// (`Ủy ban nhân dân {unit}` → `Ủy ban nhân dân tỉnh Quảng Ninh`) and `{name}` for its name
    /// alone (`Ban Tuyên giáo Tỉnh ủy {name}`).
    pub name: String,
    /// The name in a centrally-run city, where it differs (`Ban Tuyên giáo Thành ủy {name}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_name: Option<String>,
    /// `group` when the province's body is itself a group (its departments, its district
    /// committees); one body otherwise.
    #[serde(default = "one_body")]
    pub kind: crate::agency::AgencyKind,
}

fn one_body() -> crate::agency::AgencyKind {
    crate::agency::AgencyKind::Agency
}
