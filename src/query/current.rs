//! Current bearers: the body that carries a duty's function on a given day after the 2025
//! reorganisation, resolved through the dated, cited succession links of the dataset.
//!
//! The record itself (its quote, its citation, the bodies the text names) is never changed; the
//! resolution is added next to it, one entry per body the record names, with the chain of links
//! followed and the source of each. Where no body can be named the entry says `unknown` and why.

use chrono::NaiveDate;
use serde::Serialize;

use crate::agency::Named;
use crate::dataset::Dataset;
use crate::succession::{Function, Link, LinkKind, Outcome, Source, UnknownCause};
use crate::text::date::dmy;
use crate::text::{Bilingual, Wording};

/// The function every duty of the dataset belongs to: the seed texts regulate foreign
/// information (thông tin đối ngoại), so their duties follow that function's links.
pub const DUTY_FUNCTION: Function = Function::ForeignInformation;

/// How a body named by a text resolves on a day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CurrentStatus {
    /// Another body carries the function; `chain` shows how.
    Resolved,
    /// The body still carries it: a cited source shows that it continues (or, before a later
    /// recorded change, it is the body as the text names it).
    Unchanged,
    /// A group named by kind ("các sở, ban, ngành"): whoever belongs to it on the day; a roster
    /// the dataset gives is resolved in `members`.
    Collective,
    /// No body can be named; `reason` says why.
    Unknown,
}

/// The place of a body in a record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyRole {
    /// The duty's bearer.
    Bearer,
    /// Another body a duty involves (usually the one reported to).
    Counterpart,
    /// An obligation's debtor.
    From,
    /// An obligation's addressee.
    To,
}

/// One body of a record, resolved on a day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrentBearer {
    /// Where the record names the body.
    pub role: BodyRole,
    /// The body as the text names it.
    pub original: Named,
    /// The body that carries the function on the day; `null` when unknown.
    pub resolved: Option<Named>,
    /// Resolved, unchanged or unknown.
    pub status: CurrentStatus,
    /// Why, in English, with the source where one applies.
    pub reason: String,
    /// The same in Vietnamese (a status record's own words are quoted as the data gives them).
    pub reason_vi: String,
    /// The machine-readable cause of an unknown answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<UnknownCause>,
    /// For an unverified chain: the body it would reach, shown as a candidate only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Named>,
    /// The links followed, oldest first, each with its source.
    pub chain: Vec<ChainStep>,
    /// The instruments the answer rests on: each link's, then those of the body's recorded 2025
    /// status (for `unchanged`, the source that shows it continues).
    pub sources: Vec<Source>,
    /// For a group whose roster the text gives: its members that changed, each resolved (a
    /// group can stand while a member is gone, e.g. the district committees in a group of
    /// "các cơ quan, đơn vị, địa phương").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<CurrentBearer>,
}

/// One link followed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainStep {
    /// The body that changed.
    pub from: Named,
    /// `merged_into`, `functions_transferred_to`, `renamed`, `dissolved`, `split_into`.
    pub kind: LinkKind,
    /// The successor; `null` for a dissolution.
    pub to: Option<Named>,
    /// The functions moved (empty for a whole-body link).
    pub functions: Vec<Function>,
    /// The first day the successor carries them.
    pub effective: NaiveDate,
    /// Whether a source confirms the link for this body.
    pub verified: bool,
    /// The instrument, with number, date, issuer and (where confirmed) article.
    pub source: Source,
    /// Further instruments the link rests on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Source>,
    /// The dataset's note on the link (how several instruments combine, what is inferred).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn step(ds: &Dataset, link: &Link) -> ChainStep {
    ChainStep {
        from: ds.named(&link.from),
        kind: link.kind,
        to: link.to.as_deref().map(|t| ds.named(t)),
        functions: link.functions.clone(),
        effective: link.effective,
        verified: link.verified,
        source: link.source.clone(),
        also: link.also.clone(),
        note: link.note.clone(),
    }
}

/// The body `id` (named by a text in `role`) resolved for `function` on `as_of`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::query::{resolve_body, BodyRole, CurrentStatus, DUTY_FUNCTION};
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let c = resolve_body(&ds, "vn/bo-tttt", BodyRole::To, DUTY_FUNCTION, day);
/// assert_eq!(c.status, CurrentStatus::Resolved);
/// assert_eq!(c.resolved.unwrap().id, "vn/bo-vhttdl");
/// assert_eq!(c.chain[0].source.instrument, "43/2025/NĐ-CP");
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn resolve_body(
    ds: &Dataset,
    id: &str,
    role: BodyRole,
    function: Function,
    as_of: NaiveDate,
) -> CurrentBearer {
    let one = resolve_one(ds, id, role, function, as_of);
    let members: Vec<CurrentBearer> = ds
        .agency_by_id(id)
        .map(|g| g.members.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|m| m.as_str() != id)
        .map(|m| resolve_one(ds, m, role, function, as_of))
        .filter(|m| {
            !matches!(
                m.status,
                CurrentStatus::Unchanged | CurrentStatus::Collective
            )
        })
        .collect();
    if members.is_empty() {
        return one;
    }
    let ids: Vec<&str> = members.iter().map(|m| m.original.id.as_str()).collect();
    CurrentBearer {
        reason: format!("{}; members changed: {}", one.reason, ids.join(", ")),
        reason_vi: format!(
            "{}; các thành viên đã thay đổi: {}",
            one.reason_vi,
            ids.join(", ")
        ),
        members,
        ..one
    }
}

/// One body resolved, without its group roster (so rosters are never followed in a loop).
///
/// A province's body that stands for a national group and has no record of its own
/// (`ha-noi/ubnd-thanh-pho` for `vn/ubnd-cap-tinh`) follows the group's links and status, and the
/// body reached is named as that province's.
fn resolve_one(
    ds: &Dataset,
    id: &str,
    role: BodyRole,
    function: Function,
    as_of: NaiveDate,
) -> CurrentBearer {
    let (asked, province) = match ds.local_group_of(id) {
        Some((group, province)) => (group, Some(province)),
        None => (id, None),
    };
    let local = |to: &str| -> Named {
        province.and_then(|p| ds.local_body(to, p)).map_or_else(
            || ds.named(to),
            |b| Named {
                id: b.id,
                name: b.name,
            },
        )
    };
    // A province's own body exists only while its province governs.
    let own = ds.succession().resolve(id, function, as_of);
    let gone = matches!(
        own.outcome,
        Outcome::Unknown {
            cause: UnknownCause::JurisdictionEnded | UnknownCause::NotYetExisting,
            ..
        }
    );
    if gone {
        if let Some(link) = ds.implied_successor(id).filter(|l| l.effective <= as_of) {
            return through(ds, &link, role, function, as_of);
        }
    }
    let r = if gone {
        own
    } else {
        ds.succession().resolve(asked, function, as_of)
    };
    // The group of every province's committee is collective, but one province's committee is
    // one body that continues with the group.
    let one_body = province
        .and_then(|p| ds.local_body(asked, p))
        .is_some_and(|b| b.kind == crate::agency::AgencyKind::Agency);
    let collective = r.collective && !one_body;
    let chain: Vec<ChainStep> = r.steps.iter().map(|l| step(ds, l)).collect();
    let (via, via_vi) = if asked == id || gone {
        (String::new(), String::new())
    } else {
        (
            format!(" (as the body of the national group {asked})"),
            format!(" (là cơ quan thuộc nhóm {asked} của văn bản trung ương)"),
        )
    };
    let note = r.note.clone().unwrap_or_default();
    let note_vi = r.note_vi.clone().unwrap_or_default();
    let (fn_en, fn_vi, day) = (function.as_str(), function.name_vi(), dmy(as_of));
    let (resolved, status, reason, cause, candidate) = match &r.outcome {
        Outcome::Bearer { id: to } if r.is_unchanged() && collective => (
            Some(local(to)),
            CurrentStatus::Collective,
            Bilingual {
                en: format!("{id}{via} is a group named by kind, whoever belongs to it on {as_of}: {note}"),
                vi: format!("{id}{via_vi} là nhóm cơ quan gọi theo loại, gồm các cơ quan thuộc nhóm vào ngày {day}: {note_vi}"),
            },
            None,
            None,
        ),
        Outcome::Bearer { id: to } if r.is_unchanged() => (
            Some(local(to)),
            CurrentStatus::Unchanged,
            Bilingual {
                en: format!("{id}{via} carries its {fn_en} function on {as_of}: {note}{}", cites(&r.sources, Source::cite)),
                vi: format!("{id}{via_vi} đảm nhận chức năng {fn_vi} của mình vào ngày {day}: {note_vi}{}", cites(&r.sources, Source::cite_vi)),
            },
            None,
            None,
        ),
        Outcome::Bearer { id: to } => {
            let steps = |describe: fn(&Link) -> String, cite: fn(&Source) -> String| {
                r.steps
                    .iter()
                    .map(|l| format!("{} ({})", describe(l), cite(&l.source)))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let to_id = local(to).id;
            (
                Some(local(to)),
                CurrentStatus::Resolved,
                Bilingual {
                    en: format!("{to_id} carries the {fn_en} function of {id}{via} on {as_of}: {}", steps(Link::describe, Source::cite)),
                    vi: format!("{to_id} đảm nhận chức năng {fn_vi} của {id}{via_vi} vào ngày {day}: {}", steps(Link::describe_vi, Source::cite_vi)),
                },
                None,
                None,
            )
        }
        Outcome::Unknown {
            cause,
            reason,
            reason_vi,
            candidate,
        } => (
            None,
            CurrentStatus::Unknown,
            Bilingual {
                en: format!("{reason}{via}"),
                vi: format!("{reason_vi}{via_vi}"),
            },
            Some(*cause),
            candidate.as_deref().map(local),
        ),
    };
    CurrentBearer {
        role,
        original: ds.named(id),
        resolved,
        status,
        reason: reason.en,
        reason_vi: reason.vi,
        cause,
        candidate,
        chain,
        sources: r.sources,
        members: Vec::new(),
    }
}

/// A province's body for a national group, after its province's government ended: the body of
/// the province it became part of, resolved in turn, with the implied link first in the chain.
fn through(
    ds: &Dataset,
    link: &Link,
    role: BodyRole,
    function: Function,
    as_of: NaiveDate,
) -> CurrentBearer {
    let next = link.to.as_deref().unwrap_or_default();
    let then = resolve_one(ds, next, role, function, as_of);
    let mut sources = vec![link.source.clone()];
    sources.extend(then.sources.into_iter().filter(|s| *s != link.source));
    let mut chain = vec![step(ds, link)];
    chain.extend(then.chain);
    let status = match then.status {
        CurrentStatus::Unknown => CurrentStatus::Unknown,
        _ => CurrentStatus::Resolved,
    };
    CurrentBearer {
        role,
        original: ds.named(&link.from),
        resolved: then.resolved,
        status,
        reason: format!(
            "{} ({}); then {}",
            link.describe(),
            link.source.cite(),
            then.reason
        ),
        reason_vi: format!(
            "{} ({}); sau đó {}",
            link.describe_vi(),
            link.source.cite_vi(),
            then.reason_vi
        ),
        cause: then.cause,
        candidate: then.candidate,
        chain,
        sources,
        members: Vec::new(),
    }
}

/// ` (43/2025/NĐ-CP (2025-02-28, Chính phủ), ...)`, or nothing for no source.
fn cites(sources: &[Source], cite: fn(&Source) -> String) -> String {
    if sources.is_empty() {
        return String::new();
    }
    let all: Vec<String> = sources.iter().map(cite).collect();
    format!(" ({})", all.join("; "))
}

/// Each (role, id) resolved for the duties' function on `as_of`.
pub(crate) fn resolve_all<'a>(
    ds: &Dataset,
    bodies: impl IntoIterator<Item = (BodyRole, &'a str)>,
    as_of: NaiveDate,
) -> Vec<CurrentBearer> {
    bodies
        .into_iter()
        .map(|(role, id)| resolve_body(ds, id, role, DUTY_FUNCTION, as_of))
        .collect()
}

/// The bearer and counterparts of a duty, resolved on `as_of`.
pub(crate) fn of_duty(ds: &Dataset, v: &super::DutyView, as_of: NaiveDate) -> Vec<CurrentBearer> {
    let bodies = std::iter::once((BodyRole::Bearer, v.bearer.id.as_str())).chain(
        v.counterparts
            .iter()
            .map(|c| (BodyRole::Counterpart, c.id.as_str())),
    );
    resolve_all(ds, bodies, as_of)
}

/// The debtors (`from`) and addressees (`to`) of an obligation or a due date, resolved on
/// `as_of`.
pub(crate) fn of_parties(
    ds: &Dataset,
    from: &[Named],
    to: &[Named],
    as_of: NaiveDate,
) -> Vec<CurrentBearer> {
    let bodies = from
        .iter()
        .map(|n| (BodyRole::From, n.id.as_str()))
        .chain(to.iter().map(|n| (BodyRole::To, n.id.as_str())));
    resolve_all(ds, bodies, as_of)
}

/// The day current bearers are resolved on: the request's `as_of`, which the option needs.
pub(crate) fn day(as_of: Option<NaiveDate>) -> crate::Result<NaiveDate> {
    as_of.ok_or_else(|| {
        crate::Error::request(
            "current_bearers needs as_of: the day on which to resolve the bodies (e.g. --as-of 2026-11-23)",
            "current_bearers cần as_of: ngày dùng để xác định các chủ thể hiện nay (ví dụ --as-of 2026-11-23)",
        )
    })
}
