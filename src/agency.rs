//! Agencies and groups: the bodies that regulations give duties to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agency id with its display name, as answers show a body.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let n = ds.named("vn/bo-tttt");
/// assert_eq!(n.name, "Bộ Thông tin và Truyền thông");
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    /// The agency id.
    pub id: String,
    /// Its full name (the id itself when the dataset has no such agency).
    pub name: String,
}

/// A body named in the regulations, or a group the texts address as one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Stable id, `<jurisdiction>/<slug>` (`quang-ninh/so-tttt`, `vn/bo-tttt`).
    pub id: String,
    /// The full name (`Sở Thông tin và Truyền thông tỉnh Quảng Ninh`).
    pub name: String,
    /// `agency` for one body, `group` for a set of bodies addressed together.
    #[serde(default = "AgencyKind::agency")]
    pub kind: AgencyKind,
    /// The level of government or the kind of organisation.
    pub level: Level,
    /// The province's slug, `None` for central bodies.
    #[serde(default)]
    pub province: Option<String>,
    /// Every other name form the texts use (abbreviations, names without the province).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For a group: the ids of its members in this province, where a dataset gives them.
    #[serde(default)]
    pub members: Vec<String>,
    /// The first day the body existed under this identity, where known.
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    /// The last day it existed under this identity, where known.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// An editorial note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One body or a group of bodies.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    /// A single body.
    Agency,
    /// A set of bodies the texts address as one ("các sở, ban, ngành tỉnh").
    Group,
}

impl AgencyKind {
    fn agency() -> Self {
        AgencyKind::Agency
    }
}

named_values!(AgencyKind, "The kind of an entry" {
    Agency => ("cơ quan", "body"),
    Group => ("nhóm cơ quan", "group of bodies"),
});

/// The level of government or kind of organisation of a body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The Government, ministries and other central bodies.
    Central,
    /// Provincial bodies (UBND tỉnh, the Sở).
    Province,
    /// District level (abolished from 01/07/2025).
    District,
    /// Commune level.
    Commune,
    /// Party bodies (Ban Tuyên giáo Tỉnh ủy).
    Party,
    /// Mass organisations (Mặt trận Tổ quốc, unions).
    MassOrganisation,
    /// Press and broadcasters (Báo, Đài).
    Press,
    /// Armed forces and police units.
    Security,
    /// Mixed or other (groups spanning levels).
    Other,
}

impl Agency {
    /// Every name the body can be looked up by: its name, its id and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(std::iter::once(self.id.as_str()))
            .chain(self.aliases.iter().map(String::as_str))
    }

    /// Whether `name` names this body, without regard to case, diacritics, spacing or `&`.
    ///
    /// # Example
    /// ```
    /// use quyche::agency::{Agency, AgencyKind, Level};
    /// let so = Agency {
    ///     id: "quang-ninh/so-tttt".into(),
    ///     name: "Sở Thông tin và Truyền thông tỉnh Quảng Ninh".into(),
    ///     kind: AgencyKind::Agency, level: Level::Province, province: Some("quang-ninh".into()),
    ///     aliases: vec!["Sở TT&TT".into()], members: vec![], valid_from: None, valid_until: None, note: None,
    /// };
    /// assert!(so.is_named("so tttt"));
    /// assert!(so.is_named("Sở Thông tin và Truyền thông tỉnh Quảng Ninh"));
    /// assert!(!so.is_named("Sở Ngoại vụ"));
    /// ```
    pub fn is_named(&self, name: &str) -> bool {
        let key = crate::text::fold_compact(name);
        !key.is_empty() && self.names().any(|n| crate::text::fold_compact(n) == key)
    }

    /// Whether the body existed on `date` (unknown bounds count as open).
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.valid_from.map_or(true, |from| from <= date)
            && self.valid_until.map_or(true, |until| date <= until)
    }
}

named_values!(Level, "The level of a body" {
    Central => ("trung ương", "central"),
    Province => ("cấp tỉnh", "provincial"),
    District => ("cấp huyện", "district"),
    Commune => ("cấp xã", "commune"),
    Party => ("cơ quan Đảng", "Party"),
    MassOrganisation => ("tổ chức chính trị - xã hội", "mass organisation"),
    Press => ("báo chí", "press"),
    Security => ("quân đội, công an", "armed forces and police"),
    Other => ("khác", "other"),
});
