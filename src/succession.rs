//! Succession: which body carries a function on a given date after the 2025 reorganisation.
//!
//! The seed regulations name bodies that have since been merged, renamed or dissolved
//! (Bộ Thông tin và Truyền thông, the provincial Sở Thông tin và Truyền thông, Ủy ban nhân
//! dân cấp huyện, whole provinces). A [`Succession`] holds dated, cited [`Link`]s between
//! agency ids and jurisdiction ids, the explicit 2025 [`BodyStatus`] of every body no link
//! moves, and the validity of the [`Jurisdiction`]s. It answers
//! "who carries this body's foreign-information function on 2026-11-23?" with the chain
//! of links followed, each with its [`Source`], or with [`Outcome::Unknown`] and the
//! reason when a link is missing, unverified, or ends in a dissolution.
//!
//! Everything here is plain data and pure functions (no I/O). Unknown values are
//! recorded as unknown: a link whose instrument is not identified is `verified = false`
//! and stops a resolution with [`UnknownCause::Unverified`], and a body with neither a link
//! nor a status is never assumed to continue ([`UnknownCause::NoStatus`]).
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use quyche::succession::{Function, Succession};
//! let data = r#"
//! [[link]]
//! from = "vn/bo-tttt"
//! kind = "functions_transferred_to"
//! to = "vn/bo-vhttdl"
//! functions = ["foreign_information", "press"]
//! effective = 2025-03-01
//! verified = true
//! source = { instrument = "43/2025/NĐ-CP", date = 2025-02-28, issuer = "Chính phủ", article = "Điều 1" }
//! "#;
//! let s = Succession::from_toml(data)?;
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let now = s.resolve("vn/bo-tttt", Function::ForeignInformation, day(2026, 11, 23));
//! assert_eq!(now.bearer(), Some("vn/bo-vhttdl"));
//! let then = s.resolve("vn/bo-tttt", Function::ForeignInformation, day(2024, 12, 31));
//! assert_eq!(then.bearer(), Some("vn/bo-tttt"));
//! assert!(then.steps.is_empty());
//! # Ok::<(), quyche::Error>(())
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod date;
mod ended;
mod jurisdiction;
mod load;
pub(crate) use load::read_tables;
mod resolve;
mod status;
mod validate;
mod wording;

pub use ended::Ended;
pub use jurisdiction::{Jurisdiction, JurisdictionKind};
pub use resolve::{Outcome, Resolution, UnknownCause};
pub use status::{BodyStatus, StatusKind};

/// The instrument that establishes a link or a jurisdiction's dates.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The instrument's number as written (`43/2025/NĐ-CP`, `202/2025/QH15`).
    pub instrument: String,
    /// The date of the instrument (signing or adoption).
    #[serde(deserialize_with = "date::required")]
    pub date: NaiveDate,
    /// The issuing body (`Chính phủ`, `Quốc hội`, `Bộ Văn hóa, Thể thao và Du lịch`).
    pub issuer: String,
    /// The provision that says it (`Điều 1`), only where a source confirms the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Where the instrument's text can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the instrument says on the point, and what is not confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// A short citation: `43/2025/NĐ-CP (2025-02-28, Chính phủ), Điều 1`.
    pub fn cite(&self) -> String {
        let mut s = format!("{} ({}, {})", self.instrument, self.date, self.issuer);
        if let Some(article) = &self.article {
            s.push_str(", ");
            s.push_str(article);
        }
        s
    }
}

/// The kind of a succession link.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The whole body (its remaining functions) became part of `to`.
    MergedInto,
    /// The listed functions moved to `to`; the body itself may continue or end by another link.
    FunctionsTransferredTo,
    /// The body continues under another name and id, `to`.
    Renamed,
    /// The body ceased with no successor recorded for its functions.
    Dissolved,
    /// The body was divided; this link names one part, `to`, and the functions it took.
    SplitInto,
}

named_values!(LinkKind, "A change of a body" {
    MergedInto => ("hợp nhất vào", "merged into"),
    FunctionsTransferredTo => ("chuyển chức năng sang", "functions transferred to"),
    Renamed => ("đổi tên thành", "renamed"),
    Dissolved => ("giải thể", "dissolved"),
    SplitInto => ("chia tách, một phần thành", "split, a part into"),
});

impl LinkKind {
    /// The snake_case name used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::MergedInto => "merged_into",
            LinkKind::FunctionsTransferredTo => "functions_transferred_to",
            LinkKind::Renamed => "renamed",
            LinkKind::Dissolved => "dissolved",
            LinkKind::SplitInto => "split_into",
        }
    }

    /// Whether the link moves a list of functions rather than the whole body.
    pub fn is_partial(self) -> bool {
        matches!(self, LinkKind::FunctionsTransferredTo | LinkKind::SplitInto)
    }
}

/// A function (lĩnh vực) a body carries and a link can move.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Function {
    /// Thông tin đối ngoại.
    ForeignInformation,
    /// Báo chí (and, where texts pair them, xuất bản).
    Press,
    /// Viễn thông.
    Telecommunications,
    /// Công nghệ thông tin.
    InformationTechnology,
    /// Chuyển đổi số.
    DigitalTransformation,
    /// Thông tin cơ sở.
    BasicInformation,
    /// The body as a whole; in a link, every function.
    All,
}

named_values!(Function, "A function a body carries" {
    ForeignInformation => ("thông tin đối ngoại", "foreign information"),
    Press => ("báo chí", "press"),
    Telecommunications => ("viễn thông", "telecommunications"),
    InformationTechnology => ("công nghệ thông tin", "information technology"),
    DigitalTransformation => ("chuyển đổi số", "digital transformation"),
    BasicInformation => ("thông tin cơ sở", "basic information"),
    All => ("mọi chức năng", "every function"),
});

impl Function {
    /// The snake_case name used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Function::ForeignInformation => "foreign_information",
            Function::Press => "press",
            Function::Telecommunications => "telecommunications",
            Function::InformationTechnology => "information_technology",
            Function::DigitalTransformation => "digital_transformation",
            Function::BasicInformation => "basic_information",
            Function::All => "all",
        }
    }
}

/// A dated, cited change of a body or a jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The agency id (`tra-vinh/so-tttt`) or jurisdiction id (`tra-vinh`) that changed.
    pub from: String,
    /// What happened.
    pub kind: LinkKind,
    /// The successor; `None` only for [`LinkKind::Dissolved`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The functions moved. Empty means every function for a whole-body link; a partial
    /// link must list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<Function>,
    /// The first day the successor carries the functions.
    #[serde(deserialize_with = "date::required")]
    pub effective: NaiveDate,
    /// Whether a source confirms the link for this body. An unverified link is recorded so
    /// that the candidate is visible, but a resolution stops at it.
    pub verified: bool,
    /// The instrument, with number and date.
    pub source: Source,
    /// Further instruments the link rests on, where one instrument alone does not say it
    /// (the link's `note` then says how they combine).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Source>,
    /// Secondary public pages (news reports of the announcement, portals) that confirm the
    /// fact where the instrument's own text could not be read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// An editorial note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The 1-based line of the `[[link]]` header in the file it was read from.
    #[serde(skip)]
    pub line: Option<usize>,
}

impl Link {
    /// Whether the link moves `function`.
    ///
    /// A whole-body link with no list moves every function; a listed `all` moves every
    /// function; asking about [`Function::All`] (the body as a whole) matches only
    /// whole-body links.
    ///
    /// # Example
    /// ```
    /// use quyche::succession::{Function, Succession};
    /// let s = Succession::embedded()?;
    /// let press = s.links.iter().find(|l| l.from == "vn/bo-tttt" && l.to.as_deref() == Some("vn/bo-vhttdl")).unwrap();
    /// assert!(press.covers(Function::ForeignInformation));
    /// assert!(!press.covers(Function::Telecommunications));
    /// assert!(!press.covers(Function::All));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn covers(&self, function: Function) -> bool {
        if function == Function::All {
            return !self.kind.is_partial();
        }
        if self.functions.is_empty() {
            return !self.kind.is_partial();
        }
        self.functions
            .iter()
            .any(|f| *f == function || *f == Function::All)
    }

    /// A one-line description: `tra-vinh/so-tttt merged_into tra-vinh/so-khcn on 2025-03-01`.
    pub fn describe(&self) -> String {
        wording::describe_in(
            self,
            self.kind.as_str(),
            Function::as_str,
            &format!("on {}", self.effective),
        )
    }
}

/// The succession data: links, the 2025 status of the bodies no link moves, and jurisdictions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Succession {
    /// Every link, in file order.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Every jurisdiction with dates.
    #[serde(default)]
    pub jurisdictions: Vec<Jurisdiction>,
    /// The explicit status of each body that no link moves, in file order.
    #[serde(default)]
    pub statuses: Vec<BodyStatus>,
}

impl Succession {
    /// The jurisdiction with this id.
    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }

    /// The jurisdiction an agency id belongs to (`tra-vinh/so-tttt` → `tra-vinh`), or the
    /// jurisdiction itself for a jurisdiction id.
    pub fn jurisdiction_of(&self, id: &str) -> Option<&Jurisdiction> {
        let prefix = id.split_once('/').map_or(id, |(p, _)| p);
        self.jurisdiction(prefix)
    }

    /// Every link that starts or ends at `id`, oldest first: the body's timeline.
    ///
    /// # Example
    /// ```
    /// use quyche::succession::Succession;
    /// let s = Succession::embedded()?;
    /// let h = s.history("vn/bo-tttt");
    /// assert!(h.iter().all(|l| l.from == "vn/bo-tttt" || l.to.as_deref() == Some("vn/bo-tttt")));
    /// assert!(h.windows(2).all(|w| w[0].effective <= w[1].effective));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn history(&self, id: &str) -> Vec<&Link> {
        let mut links: Vec<&Link> = self
            .links
            .iter()
            .filter(|l| l.from == id || l.to.as_deref() == Some(id))
            .collect();
        links.sort_by_key(|l| l.effective);
        links
    }

    /// The recorded 2025 status of `id`, if any.
    pub fn status(&self, id: &str) -> Option<&BodyStatus> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// Adds another file's links, jurisdictions and statuses.
    pub fn extend(&mut self, other: Succession) {
        self.links.extend(other.links);
        self.jurisdictions.extend(other.jurisdictions);
        self.statuses.extend(other.statuses);
    }
}

#[cfg(test)]
mod tests;
