//! Compliance analysis: conflicts and gaps between the provincial regulations and Circular
//! 22/2016/TT-BTTTT, and the status and text defects of the dataset.
//!
//! Rules are code (the private `rules` and `gaps` modules); findings are data ([`Finding`]),
//! each quoting every provision it involves, so an inspector sees both texts side by side.

mod compare;
mod csv;
mod gaps;
mod html;
mod index;
mod rules;
mod succession_rules;
mod wording;

pub use compare::{compare, Cell, Column, Comparison, Row};
pub use csv::compare_csv;
pub use html::compare_html;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dataset::Dataset;
use crate::deadline::WorkingDays;
use crate::Result;

/// How serious a finding is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Worth knowing; nothing to fix.
    Info,
    /// Probably wrong or missing; a person should look.
    Warning,
    /// A conflict: the rules cannot all be obeyed as written.
    Error,
}

/// A provision a finding involves, quoted.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cited {
    /// The instrument's id.
    pub instrument_id: String,
    /// Its number (or id for a draft).
    pub instrument: String,
    /// The provision's citation.
    pub citation: String,
    /// The provision's eId.
    pub eid: String,
    /// The exact words concerned.
    pub quote: String,
}

/// One finding of the analysis.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule that found it (`chain_ministry_deadline`, `rollup_inputs_late`, `gap`,
    /// `gap_no_deadline`, `gap_no_date`, `national_duty_binds_directly`, `alternatives`, `draft`, ...).
    pub rule: String,
    /// How serious it is.
    pub severity: Level,
    /// What, in English.
    pub message: String,
    /// What, in Vietnamese.
    pub message_vi: String,
    /// The province concerned, `null` for national findings.
    pub province: Option<String>,
    /// Every provision involved, quoted.
    pub provisions: Vec<Cited>,
}

impl Finding {
    fn new(
        rule: &str,
        severity: Level,
        message: crate::text::Bilingual,
        province: Option<String>,
        provisions: Vec<Cited>,
    ) -> Self {
        Finding {
            rule: rule.to_owned(),
            severity,
            message: message.en,
            message_vi: message.vi,
            province,
            provisions,
        }
    }
}

/// What to analyse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckOptions<'a> {
    /// Only this province (name or slug).
    pub province: Option<&'a str>,
    /// The year whose calendar measures the deadlines.
    pub year: i32,
    /// Roll-up inputs due fewer working days than this before their output are "too close".
    pub min_rollup_gap: u32,
    /// The law as it stood on this day (instruments not yet in force are left out).
    pub as_of: Option<NaiveDate>,
}

impl CheckOptions<'_> {
    /// All provinces, the given year, a 3-working-day minimum gap.
    pub fn year(year: i32) -> Self {
        CheckOptions {
            province: None,
            year,
            min_rollup_gap: 3,
            as_of: None,
        }
    }
}

/// Runs every rule over the dataset; findings sorted by severity (errors first), then province.
///
/// # Errors
/// An unknown province; a year outside the calendar's range.
pub fn check(ds: &Dataset, cal: &dyn WorkingDays, opts: &CheckOptions<'_>) -> Result<Vec<Finding>> {
    let province = opts
        .province
        .map(|p| ds.province(p).map(|j| j.id.clone()))
        .transpose()?;
    let mut out = Vec::new();
    let by_instrument = index::ByInstrument::new(ds);
    rules::chain_conflicts(ds, cal, opts, &mut out)?;
    let named = gaps::gaps(ds, &by_instrument, opts.as_of, &mut out);
    gaps::undated(ds, &named, opts.as_of, &mut out);
    rules::status(ds, opts.as_of, &mut out);
    rules::references(ds, &mut out);
    rules::text_defects(ds, &mut out);
    succession_rules::succession(ds, &by_instrument, opts.as_of, &mut out);
    if let Some(p) = &province {
        out.retain(|f| f.province.as_deref() == Some(p.as_str()));
    }
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.province.cmp(&b.province))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    Ok(out)
}

/// The answer of `quyche check`: the findings and their counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The year measured.
    pub year: i32,
    /// The as-of day, if any.
    pub as_of: Option<NaiveDate>,
    /// The province analysed, if only one.
    pub province: Option<String>,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Informational findings.
    pub infos: usize,
    /// The findings.
    pub findings: Vec<Finding>,
}

/// Runs [`check`] and counts the findings by severity.
///
/// # Errors
/// As [`check`].
pub fn report(ds: &Dataset, cal: &dyn WorkingDays, opts: &CheckOptions<'_>) -> Result<Report> {
    let findings = check(ds, cal, opts)?;
    let n = |l: Level| findings.iter().filter(|f| f.severity == l).count();
    Ok(Report {
        year: opts.year,
        as_of: opts.as_of,
        province: opts
            .province
            .map(|p| ds.province(p).map(|j| j.id.clone()))
            .transpose()?,
        errors: n(Level::Error),
        warnings: n(Level::Warning),
        infos: n(Level::Info),
        findings,
    })
}
