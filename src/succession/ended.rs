//! Whether a body a text names had ceased by a given day: merged, renamed, dissolved, or gone
//! with its province's government. An answer that addresses such a body on a later day says so.

use chrono::NaiveDate;
use serde::Serialize;

use super::{LinkKind, Source, Succession};

/// How and when a body ceased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ended {
    /// The body.
    pub id: String,
    /// The first day it no longer existed as itself.
    pub since: NaiveDate,
    /// `merged_into`, `renamed`, `dissolved`, `split_into`, or `jurisdiction_ended` (its
    /// province's government ended and no link names a successor).
    pub how: String,
    /// The body it became part of or was renamed to, where one is recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
    /// Whether a source confirms the change for this body.
    pub verified: bool,
    /// The instrument of the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Succession {
    /// How `id` had ceased by `day`, if it had: from the first whole-body link in force (merged,
    /// renamed, dissolved, split), naming the successor of the latest confirmed one, else the end
    /// of its province's own government. `None` for a
    /// body that still exists on `day` as far as the data records, and for a body that only lost
    /// some functions.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let s = quyche::succession::Succession::embedded()?;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let e = s.ended("dien-bien/ubnd-huyen-bien-gioi", day(2026, 3, 31)).unwrap();
    /// assert_eq!((e.how.as_str(), e.since), ("dissolved", day(2025, 7, 1)));
    /// assert!(s.ended("dien-bien/ubnd-huyen-bien-gioi", day(2025, 6, 30)).is_none());
    /// let tv = s.ended("tra-vinh/so-tttt", day(2026, 1, 1)).unwrap();
    /// assert_eq!(tv.successor.as_deref(), Some("tra-vinh/so-khcn"));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn ended(&self, id: &str, day: NaiveDate) -> Option<Ended> {
        // The first whole-body change in force says since when; the change counts as confirmed
        // when any of them is (a later link may confirm a merger whose first day is not).
        let mut whole: Vec<&super::Link> = self
            .links
            .iter()
            .filter(|l| {
                l.from == id
                    && l.effective <= day
                    && !matches!(l.kind, LinkKind::FunctionsTransferredTo)
            })
            .collect();
        whole.sort_by_key(|l| l.effective);
        if let Some(first) = whole.first() {
            let confirmed = whole.iter().rev().find(|l| l.verified).copied();
            let about = confirmed.unwrap_or(first);
            return Some(Ended {
                id: id.to_owned(),
                since: first.effective,
                how: about.kind.as_str().to_owned(),
                successor: about.to.clone(),
                verified: confirmed.is_some(),
                source: Some(about.source.clone()),
            });
        }
        if !id.contains('/') {
            return None;
        }
        let j = self.jurisdiction_of(id)?;
        let until = j.government_until.or(j.valid_until)?;
        if day <= until {
            return None;
        }
        Some(Ended {
            id: id.to_owned(),
            since: until.succ_opt()?,
            how: "jurisdiction_ended".to_owned(),
            successor: None,
            verified: j.source.is_some(),
            source: j.source.clone(),
        })
    }

    /// The first day `id` no longer exists as itself, whatever the day asked about: its first
    /// whole-body link, or the day after its province's government ended. `None` for a body the
    /// data does not end. A cheap test before [`Succession::ended`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let s = quyche::succession::Succession::embedded()?;
    /// assert_eq!(s.first_end("tra-vinh/so-tttt"), NaiveDate::from_ymd_opt(2025, 3, 1));
    /// assert_eq!(s.first_end("quang-ninh/ubnd-tinh"), None);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn first_end(&self, id: &str) -> Option<NaiveDate> {
        let link = self
            .links
            .iter()
            .filter(|l| l.from == id && !matches!(l.kind, LinkKind::FunctionsTransferredTo))
            .map(|l| l.effective)
            .min();
        let government = id
            .contains('/')
            .then(|| self.jurisdiction_of(id))
            .flatten()
            .and_then(|j| j.government_until.or(j.valid_until))
            .and_then(|d| d.succ_opt());
        match (link, government) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}
