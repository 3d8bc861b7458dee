//! Jurisdictions: the nation, and each province and centrally-run city with the dates it existed,
//! the dates its own local government operated, and the unit it became part of.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{date, Source};

/// The kind of a jurisdiction.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JurisdictionKind {
    /// The nation (`vn`).
    National,
    /// A tỉnh.
    Province,
    /// A thành phố trực thuộc trung ương.
    City,
}

impl JurisdictionKind {
    /// The word a name takes in front (`tỉnh`, `thành phố`), empty for the nation.
    pub fn prefix(self) -> &'static str {
        match self {
            JurisdictionKind::National => "",
            JurisdictionKind::Province => "tỉnh",
            JurisdictionKind::City => "thành phố",
        }
    }
}

/// A province or centrally-run city (or the nation), with the dates it existed and its local
/// government operated.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let tv = ds.province("Trà Vinh")?;
/// assert_eq!(tv.full_name(), "tỉnh Trà Vinh");
/// assert_eq!(tv.part_of.as_deref(), Some("vinh-long"));
/// assert!(!tv.exists_on(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// The slug used in ids (`tra-vinh`, `vinh-long`; a former unit whose name the 2025 unit
    /// took has the suffix `-cu`, "cũ": `vinh-long-cu`).
    pub id: String,
    /// The name without its kind (`Trà Vinh`, `Vĩnh Long (cũ)`).
    pub name: String,
    /// Nation, province or city.
    pub kind: JurisdictionKind,
    /// Other names it is looked up by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The first day the administrative unit existed, where relevant and known.
    #[serde(
        default,
        deserialize_with = "date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub valid_from: Option<NaiveDate>,
    /// The last day the administrative unit existed, where relevant and known.
    #[serde(
        default,
        deserialize_with = "date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub valid_until: Option<NaiveDate>,
    /// The first day its own local government (HĐND, UBND and their bodies) operated.
    #[serde(
        default,
        deserialize_with = "date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub government_from: Option<NaiveDate>,
    /// The last day its own local government operated.
    #[serde(
        default,
        deserialize_with = "date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub government_until: Option<NaiveDate>,
    /// The jurisdiction it became part of (or was renamed to) when it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// The instrument for the dates, where they changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Further instruments the dates rest on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Source>,
    /// Public pages that confirm the facts where the instrument's text was not read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// An editorial note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The 1-based line of the `[[jurisdiction]]` header in the file it was read from.
    #[serde(skip)]
    pub line: Option<usize>,
}

impl Jurisdiction {
    /// Whether the administrative unit existed on `date` (unknown bounds are open).
    pub fn exists_on(&self, date: NaiveDate) -> bool {
        self.valid_from.map_or(true, |f| f <= date) && self.valid_until.map_or(true, |u| date <= u)
    }

    /// Whether the jurisdiction's own bodies operated on `date` (unknown bounds are open).
    pub fn governs_on(&self, date: NaiveDate) -> bool {
        let from = self.government_from.or(self.valid_from);
        let until = self.government_until.or(self.valid_until);
        from.map_or(true, |f| f <= date) && until.map_or(true, |u| date <= u)
    }

    /// The name with its kind: `tỉnh Trà Vinh`, `thành phố Cần Thơ`, `Việt Nam`.
    pub fn full_name(&self) -> String {
        match self.kind.prefix() {
            "" => self.name.clone(),
            p => format!("{p} {}", self.name),
        }
    }

    /// Whether `name` names it (id, name, full name or alias), without regard to case or
    /// diacritics.
    pub fn is_named(&self, name: &str) -> bool {
        let key = crate::text::fold_compact(name);
        !key.is_empty()
            && (crate::text::fold_compact(&self.full_name()) == key
                || std::iter::once(&self.id)
                    .chain(std::iter::once(&self.name))
                    .chain(self.aliases.iter())
                    .any(|n| crate::text::fold_compact(n) == key))
    }

    /// Whether it is a province or a centrally-run city (not the nation).
    pub fn is_provincial(&self) -> bool {
        self.kind != JurisdictionKind::National
    }
}
