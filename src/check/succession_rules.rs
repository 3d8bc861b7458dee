//! Findings of the 2025 reorganisation, on an as-of day: bodies a text names that no longer
//! carry its duties (dissolved, of a former province, or succeeded by another body), central
//! ministries replaced by another for the function, and regulations whose issuing province no
//! longer exists. Without an as-of day there are none: the law as written.
//!
//! One finding per body per instrument, listing every provision that names the body, so a
//! text that gives the district level sixty duties yields one finding, not sixty.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::index::ByInstrument;
use super::wording;
use super::{Cited, Finding, Level};
use crate::dataset::{Dataset, StatusOn};
use crate::model::{Instrument, NATIONAL};
use crate::succession::{Function, Outcome, Resolution, UnknownCause};

/// The function the seed texts' duties belong to (thông tin đối ngoại).
const FUNCTION: Function = Function::ForeignInformation;

/// Where a text names a body, with the provisions.
#[derive(Default)]
struct Mentions {
    as_bearer: usize,
    as_addressee: usize,
    provisions: Vec<Cited>,
}

impl Mentions {
    fn add(&mut self, bearer: bool, cited: Cited) {
        if bearer {
            self.as_bearer = self.as_bearer.saturating_add(1);
        } else {
            self.as_addressee = self.as_addressee.saturating_add(1);
        }
        if !self
            .provisions
            .iter()
            .any(|p| p.eid == cited.eid && p.quote == cited.quote)
        {
            self.provisions.push(cited);
        }
    }
}

fn label(ds: &Dataset, id: &str) -> String {
    ds.agency_by_id(id)
        .map_or_else(|| id.to_owned(), |a| format!("{} ({id})", a.name))
}

/// Whether the instrument is one whose bodies are judged on `day`: issued and in effect (or of
/// unknown status), or a draft (its bodies are still named to readers).
fn judged(ds: &Dataset, inst: &Instrument, day: NaiveDate) -> bool {
    !matches!(
        ds.status_on(inst, day),
        StatusOn::NotYetIssued | StatusOn::NotYetInForce | StatusOn::Replaced
    )
}

fn mentions(by_instrument: &ByInstrument<'_>, inst: &Instrument) -> BTreeMap<String, Mentions> {
    let number = inst.label().to_owned();
    let cited = |eid: &str, citation: &str, quote: &str| Cited {
        instrument_id: inst.id.clone(),
        instrument: number.clone(),
        citation: citation.to_owned(),
        eid: eid.to_owned(),
        quote: quote.to_owned(),
    };
    let mut by_body: BTreeMap<String, Mentions> = BTreeMap::new();
    for d in by_instrument.duties(&inst.id) {
        let c = cited(&d.eid, &d.citation, &d.quote);
        by_body
            .entry(d.bearer.clone())
            .or_default()
            .add(true, c.clone());
        for cp in &d.counterparts {
            by_body.entry(cp.clone()).or_default().add(false, c.clone());
        }
    }
    for o in by_instrument.obligations(&inst.id) {
        let c = cited(&o.eid, &o.citation, &o.quote);
        for f in &o.from {
            by_body.entry(f.clone()).or_default().add(true, c.clone());
        }
        for t in &o.to {
            by_body.entry(t.clone()).or_default().add(false, c.clone());
        }
    }
    by_body
}

/// The day since which a resolution names no bearer, where the data says.
fn since(ds: &Dataset, r: &Resolution, cause: UnknownCause) -> Option<NaiveDate> {
    match cause {
        UnknownCause::JurisdictionEnded => {
            let last = r.steps.last().and_then(|l| l.to.as_deref());
            let body = last.unwrap_or(r.agency.as_str());
            let j = ds.succession().jurisdiction_of(body)?;
            j.government_until.or(j.valid_until)?.succ_opt()
        }
        _ => r.steps.last().map(|l| l.effective),
    }
}

fn body_finding(
    ds: &Dataset,
    inst: &Instrument,
    id: &str,
    m: Mentions,
    day: NaiveDate,
) -> Option<Finding> {
    let r = ds.succession().resolve(id, FUNCTION, day);
    if r.is_unchanged() {
        return None;
    }
    let body = label(ds, id);
    let who = wording::Who {
        body: &body,
        instrument: inst.label(),
        as_bearer: m.as_bearer,
        as_addressee: m.as_addressee,
    };
    let (rule, message) = match &r.outcome {
        Outcome::Bearer { id: to } => {
            let rule = if id.starts_with("vn/bo-") {
                "succession_ministry"
            } else {
                "succession_successor"
            };
            (
                rule,
                wording::succeeded(&who, day, &label(ds, to), &r.steps),
            )
        }
        Outcome::Unknown {
            cause,
            reason,
            candidate,
            ..
        } => {
            let n = wording::NoBearer {
                since: since(ds, &r, *cause),
                cause: *cause,
                reason,
                candidate: candidate.as_deref().map(|c| label(ds, c)),
                steps: &r.steps,
            };
            ("succession_no_bearer", wording::no_bearer(&who, day, &n))
        }
    };
    let province = (inst.jurisdiction != NATIONAL).then(|| inst.jurisdiction.clone());
    Some(Finding::new(
        rule,
        Level::Warning,
        message,
        province,
        m.provisions,
    ))
}

fn province_finding(ds: &Dataset, inst: &Instrument, day: NaiveDate) -> Option<Finding> {
    let j = ds.succession().jurisdiction(&inst.jurisdiction)?;
    if j.exists_on(day) {
        return None;
    }
    let into = ds
        .succession()
        .links
        .iter()
        .filter(|l| l.from == j.id && l.effective <= day)
        .max_by_key(|l| l.effective)
        .map(|l| {
            let to =
                l.to.as_deref()
                    .and_then(|t| ds.succession().jurisdiction(t))
                    .map_or_else(|| l.to.clone().unwrap_or_default(), |t| t.name.clone());
            (to, l.effective, l.source.cite())
        });
    let gone = wording::Gone {
        instrument: inst.label(),
        province: &j.name,
        valid_until: j.valid_until,
        government_until: j.government_until,
        source: j.source.as_ref().map(|s| s.cite()),
        into,
    };
    Some(Finding::new(
        "succession_province_gone",
        Level::Warning,
        wording::province_gone(day, &gone),
        Some(inst.jurisdiction.clone()),
        vec![Cited {
            instrument_id: inst.id.clone(),
            instrument: inst.label().to_owned(),
            citation: String::new(),
            eid: String::new(),
            quote: inst.title.clone().unwrap_or_default(),
        }],
    ))
}

/// The succession findings on `as_of`; none without one.
pub(super) fn succession(
    ds: &Dataset,
    by_instrument: &ByInstrument<'_>,
    as_of: Option<NaiveDate>,
    out: &mut Vec<Finding>,
) {
    let Some(day) = as_of else {
        return;
    };
    for inst in ds.instruments().iter().filter(|i| judged(ds, i, day)) {
        if inst.jurisdiction != NATIONAL {
            out.extend(province_finding(ds, inst, day));
        }
        for (id, m) in mentions(by_instrument, inst) {
            out.extend(body_finding(ds, inst, &id, m, day));
        }
    }
}
