//! The explicit 2025 status of a body that no link moves: it continues (`unchanged`, with the
//! source that shows it), it is a group named by kind (`collective`), or its fate is not known
//! (`unknown`, with the reason). A body with neither a link nor a status is never assumed to
//! continue: its resolution says that nothing is recorded.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{date, Source};

/// What the dataset records about a body that no link moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    /// It still exists with the function the text gives it; `sources` show it.
    Unchanged,
    /// A group named by kind ("các sở, ban, ngành"): whoever belongs to it on the day; a roster,
    /// where the dataset has one, is resolved member by member.
    Collective,
    /// Its fate is not known; `reason` says why.
    Unknown,
}

impl StatusKind {
    /// The snake_case name used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusKind::Unchanged => "unchanged",
            StatusKind::Collective => "collective",
            StatusKind::Unknown => "unknown",
        }
    }
}

/// The 2025 status of one body (`[[status]]` in `data/succession/*.toml`).
///
/// # Example
/// ```
/// use quyche::succession::{StatusKind, Succession};
/// let s = Succession::embedded()?;
/// let so = s.status("quang-ninh/so-ngoai-vu").unwrap();
/// assert_eq!(so.status, StatusKind::Unchanged);
/// assert!(!so.sources.is_empty());
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyStatus {
    /// The agency id.
    pub id: String,
    /// Unchanged, collective or unknown.
    pub status: StatusKind,
    /// The first day the status speaks for; before it the body is the one the text names.
    /// Required for `unknown` (the day from which its fate is not known).
    #[serde(
        default,
        deserialize_with = "date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub from: Option<NaiveDate>,
    /// Whether a source confirms the status. An unconfirmed `unchanged` is recorded so that the
    /// body shows as a candidate, but a resolution stops at it.
    #[serde(default = "yes")]
    pub verified: bool,
    /// The instruments that show it (required for `unchanged`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Public pages that confirm it where an instrument's text was not read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// Why, as a sentence: what the sources say, or why the fate is not known.
    pub reason: String,
    /// The 1-based line of the `[[status]]` header in the file it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

fn yes() -> bool {
    true
}

impl BodyStatus {
    /// Whether the status speaks for `day` (on or after `from`).
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        self.from.map_or(true, |f| f <= day)
    }

    /// Problems of the record on its own, as (field, message).
    pub(super) fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let who = format!("status of {}", self.id);
        if self.id.trim().is_empty() {
            out.push(("id", format!("{who}: names no body")));
        }
        if self.reason.trim().is_empty() {
            out.push(("reason", format!("{who}: gives no reason")));
        }
        if self.status == StatusKind::Unchanged && self.sources.is_empty() {
            out.push((
                "sources",
                format!(
                    "{who}: `unchanged` needs a source that shows the body still exists with that function (the 2025 decree on its kind of body, or the province's own decision)"
                ),
            ));
        }
        if self.status == StatusKind::Unknown && self.from.is_none() {
            out.push((
                "from",
                format!("{who}: `unknown` needs `from`, the first day its fate is not known"),
            ));
        }
        for (i, s) in self.sources.iter().enumerate() {
            if s.instrument.trim().is_empty() || s.issuer.trim().is_empty() {
                out.push((
                    "sources",
                    format!(
                        "{who}: source {} lacks its instrument number or issuer",
                        i.saturating_add(1)
                    ),
                ));
            }
        }
        out
    }
}
