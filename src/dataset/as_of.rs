//! The law as it stood on a given day: each instrument's status then, from its dates and the
//! replacement links of the dataset.

use chrono::NaiveDate;
use serde::Serialize;

use super::Dataset;
use crate::model::{Instrument, Status};

/// An instrument's status on a given day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusOn {
    /// Not yet signed on that day.
    NotYetIssued,
    /// A draft: never in force.
    Draft,
    /// Signed but not yet in effect.
    NotYetInForce,
    /// In force (as recorded, or until a known replacement took effect).
    InForce,
    /// Replaced by then.
    Replaced,
    /// The dataset does not know.
    Unknown,
}

named_values!(StatusOn, "The status of an instrument on a day" {
    NotYetIssued => ("chưa ban hành", "not yet issued"),
    Draft => ("dự thảo", "draft"),
    NotYetInForce => ("chưa có hiệu lực", "not yet in force"),
    InForce => ("còn hiệu lực", "in force"),
    Replaced => ("đã được thay thế", "replaced"),
    Unknown => ("chưa xác minh", "not verified"),
});

impl StatusOn {
    /// Whether duties of an instrument with this status may bind (in force, or not known not to be).
    pub fn may_bind(self) -> bool {
        matches!(self, StatusOn::InForce | StatusOn::Unknown)
    }
}

impl Dataset {
    /// The instrument that replaces `inst`, from either side's record.
    pub fn replacement_of(&self, inst: &Instrument) -> Option<&Instrument> {
        self.replaced_by(&inst.id)
            .and_then(|id| self.instrument(id).ok())
            .or_else(|| {
                self.instruments().iter().find(|i| {
                    i.replaces
                        .iter()
                        .any(|r| r.id.as_deref() == Some(inst.id.as_str()))
                })
            })
    }

    /// The status of `inst` on `day`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use quyche::dataset::StatusOn;
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let tv = ds.instrument("21/2017/QĐ-UBND")?;
    /// let old = ds.instrument("639/QĐ-UBND")?;
    /// let before = NaiveDate::from_ymd_opt(2017, 11, 5).unwrap();
    /// let after = NaiveDate::from_ymd_opt(2017, 11, 6).unwrap();
    /// assert_eq!(ds.status_on(tv, before), StatusOn::NotYetInForce);
    /// assert_eq!(ds.status_on(old, before), StatusOn::InForce);
    /// assert_eq!(ds.status_on(old, after), StatusOn::Replaced);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn status_on(&self, inst: &Instrument, day: NaiveDate) -> StatusOn {
        if inst.status == Status::Draft {
            return StatusOn::Draft;
        }
        if inst.signed_on.is_some_and(|s| day < s) {
            return StatusOn::NotYetIssued;
        }
        if inst.effective_from.is_some_and(|e| day < e) {
            return StatusOn::NotYetInForce;
        }
        if let Some(by) = self.replacement_of(inst) {
            return match by.effective_from {
                Some(e) if day >= e => StatusOn::Replaced,
                // Replaced later: until then it was the law the replacing text names.
                Some(_) => StatusOn::InForce,
                // Effective date unknown, but not even signed yet on that day: still the law.
                None if by.signed_on.is_some_and(|s| day < s) => StatusOn::InForce,
                None => StatusOn::Unknown,
            };
        }
        match inst.status {
            Status::InForce => StatusOn::InForce,
            Status::Replaced => StatusOn::Replaced,
            Status::Unknown => StatusOn::Unknown,
            Status::Draft => StatusOn::Draft,
        }
    }
}
