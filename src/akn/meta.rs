//! `<meta>`: FRBR identification, the lifecycle (signed, in force, replaced), references
//! (the original, replaced instruments as `activeRef`, the replacing one as `passiveRef`, the
//! issuer, signer, place and events), editorial notes and quyche's own record.

use super::export::Export;
use super::iri::{self, Iris, LANGUAGE};
use super::xml::Xml;
use super::QC_PREFIX;
use crate::model::{RelationKind, Status};
use crate::text::slug;
use crate::Result;

/// The eId of the TLCOrganization of the issuer (`FRBRauthor href="#issuer"`).
pub(crate) const ISSUER: &str = "issuer";
/// The eId of the TLCOrganization standing for quyche, the maker of the XML.
pub(crate) const QUYCHE: &str = "quyche";
/// The showAs of the issuer when the text names none.
pub(crate) const UNKNOWN: &str = "unknown";

/// `<identification>` of one component (`main`, `att_1`, `att_1/app_1`).
fn identification(x: &mut Xml, e: &Export<'_>, component: &str, main: bool) -> Result<()> {
    let Iris { work, expression } = &e.iris;
    let wd = &e.work_date;
    let author = format!("#{ISSUER}");
    x.open("identification", &[("source", "#quyche")])?;

    x.open("FRBRWork", &[])?;
    x.empty("FRBRthis", &[("value", &format!("{work}/!{component}"))])?;
    x.empty("FRBRuri", &[("value", work)])?;
    if main {
        x.empty("FRBRalias", &[("value", &e.inst.id), ("name", QUYCHE)])?;
    }
    x.empty("FRBRdate", &[("date", &wd.date), ("name", wd.name)])?;
    // The Work is identified by its signing date; the day it took effect is a date of it too.
    if let Some(eff) = e
        .inst
        .effective_from
        .filter(|_| wd.name != "entryIntoForce")
    {
        x.empty(
            "FRBRdate",
            &[("date", &eff.to_string()), ("name", "entryIntoForce")],
        )?;
    }
    x.empty("FRBRauthor", &[("href", &author)])?;
    x.empty(
        "FRBRcountry",
        &[("value", &iri::country(&e.inst.jurisdiction))],
    )?;
    if let Some(st) = iri::subtype(e.inst.kind) {
        x.empty("FRBRsubtype", &[("value", st)])?;
    }
    let number = iri::number_segment(e.inst.number.as_deref());
    match &e.inst.number {
        Some(n) => x.empty("FRBRnumber", &[("value", &number), ("showAs", n)])?,
        None => x.empty("FRBRnumber", &[("value", &number)])?,
    }
    x.close("FRBRWork");

    x.open("FRBRExpression", &[])?;
    x.empty(
        "FRBRthis",
        &[("value", &format!("{expression}/!{component}"))],
    )?;
    x.empty("FRBRuri", &[("value", expression)])?;
    x.empty("FRBRdate", &[("date", &wd.date), ("name", wd.name)])?;
    x.empty("FRBRauthor", &[("href", &author)])?;
    x.empty("FRBRlanguage", &[("language", LANGUAGE)])?;
    x.close("FRBRExpression");

    x.open("FRBRManifestation", &[])?;
    x.empty(
        "FRBRthis",
        &[("value", &format!("{expression}/!{component}.xml"))],
    )?;
    x.empty("FRBRuri", &[("value", &e.iris.manifestation())])?;
    // No clock: the export is deterministic, so the manifestation carries the work's date.
    x.empty("FRBRdate", &[("date", &wd.date), ("name", wd.name)])?;
    x.empty("FRBRauthor", &[("href", "#quyche")])?;
    x.empty("FRBRformat", &[("value", "application/akn+xml")])?;
    x.close("FRBRManifestation");

    x.close("identification");
    Ok(())
}

/// `<notes>`: one note per restored node or supplied field, placed at its eId.
fn notes(x: &mut Xml, e: &mut Export<'_>, items: &[(&str, String)]) -> Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    x.open("notes", &[("source", "#quyche")])?;
    for (eid, text) in items {
        let id = e.next_note_id();
        let mut a = vec![("eId", id.as_str()), ("class", "editorial")];
        if !eid.is_empty() {
            a.push(("placementBase", eid));
        }
        x.open("note", &a)?;
        x.lines(text)?;
        x.close("note");
    }
    x.close("notes");
    Ok(())
}

/// `<meta>` of an attached regulation or an appendix: identification and its notes.
pub(crate) fn write_component_meta(
    x: &mut Xml,
    e: &mut Export<'_>,
    component: &str,
    items: &[(&str, String)],
) -> Result<()> {
    x.open("meta", &[])?;
    identification(x, e, component, false)?;
    notes(x, e, items)?;
    x.close("meta");
    Ok(())
}

/// `<meta>` of the main document.
pub(crate) fn write_main_meta(
    x: &mut Xml,
    e: &mut Export<'_>,
    items: &[(&str, String)],
) -> Result<()> {
    x.open("meta", &[])?;
    identification(x, e, "main", true)?;
    lifecycle(x, e)?;
    references(x, e)?;
    notes(x, e, items)?;
    proprietary(x, e)?;
    x.close("meta");
    Ok(())
}

/// The instrument that replaced this one, when the dataset knows it and when it took effect
/// (or was signed): its Work IRI, that date and its number.
fn repeal<'a>(e: &Export<'a>) -> Option<(String, chrono::NaiveDate, &'a str)> {
    let ds = e.dataset?;
    let by = ds.replaced_by(&e.inst.id)?;
    let i = ds.instruments().iter().find(|i| i.id == by)?;
    let date = i.effective_from.or(i.signed_on)?;
    Some((Iris::of(i).work, date, i.label()))
}

fn lifecycle(x: &mut Xml, e: &Export<'_>) -> Result<()> {
    let signed = e.inst.signed_on.map(|d| d.to_string());
    let effective = e.inst.effective_from.map(|d| d.to_string());
    let repealed = repeal(e).map(|(_, d, _)| d.to_string());
    if signed.is_none() && effective.is_none() && repealed.is_none() {
        return Ok(());
    }
    x.open("lifecycle", &[("source", "#quyche")])?;
    let events = [
        (
            signed,
            "lc_signature",
            "#original",
            "generation",
            "#signature",
        ),
        (
            effective,
            "lc_entryIntoForce",
            "#original",
            "generation",
            "#entryIntoForce",
        ),
        (repealed, "lc_repeal", "#passiveRef_1", "repeal", "#repeal"),
    ];
    for (date, id, source, kind, refers) in &events {
        if let Some(d) = date {
            x.empty(
                "eventRef",
                &[
                    ("eId", id),
                    ("date", d),
                    ("source", source),
                    ("type", kind),
                    ("refersTo", refers),
                ],
            )?;
        }
    }
    x.close("lifecycle");
    Ok(())
}

fn references(x: &mut Xml, e: &Export<'_>) -> Result<()> {
    let i = e.inst;
    x.open("references", &[("source", "#quyche")])?;
    x.empty(
        "original",
        &[
            ("eId", "original"),
            ("href", &e.iris.expression),
            ("showAs", i.label()),
        ],
    )?;
    for (n, r) in i.replaces.iter().enumerate() {
        if let Some(href) = iri::ref_iri(r, &i.jurisdiction, e.dataset) {
            let id = format!("activeRef_{}", n.saturating_add(1));
            x.empty(
                "activeRef",
                &[("eId", &id), ("href", &href), ("showAs", &r.quote)],
            )?;
        }
    }
    let repealed = repeal(e);
    if let Some((href, _, by)) = &repealed {
        x.empty(
            "passiveRef",
            &[("eId", "passiveRef_1"), ("href", href), ("showAs", by)],
        )?;
    }
    let (issuer_href, issuer_name) = match &i.issuer {
        Some(name) => (
            format!("/akn/ontology/organization/vn/{}", slug(name)),
            name.as_str(),
        ),
        None => (format!("/akn/ontology/organization/vn/{UNKNOWN}"), UNKNOWN),
    };
    x.empty(
        "TLCOrganization",
        &[
            ("eId", ISSUER),
            ("href", &issuer_href),
            ("showAs", issuer_name),
        ],
    )?;
    x.empty(
        "TLCOrganization",
        &[
            ("eId", QUYCHE),
            ("href", "/akn/ontology/organization/quyche"),
            ("showAs", "quyche"),
        ],
    )?;
    if let Some(s) = &i.signer {
        x.empty(
            "TLCPerson",
            &[
                ("eId", "signer"),
                ("href", &format!("/akn/ontology/person/vn/{}", slug(s))),
                ("showAs", s),
            ],
        )?;
    }
    if let Some(p) = &i.place {
        x.empty(
            "TLCLocation",
            &[
                ("eId", "place"),
                ("href", &format!("/akn/ontology/location/vn/{}", slug(p))),
                ("showAs", p),
            ],
        )?;
    }
    let events = [
        (i.signed_on.is_some(), "signature", "Ký ban hành"),
        (i.effective_from.is_some(), "entryIntoForce", "Có hiệu lực"),
        (repealed.is_some(), "repeal", "Bị thay thế"),
    ];
    for (used, id, show) in events {
        if used {
            x.empty(
                "TLCEvent",
                &[
                    ("eId", id),
                    ("href", &format!("/akn/ontology/event/vn/{id}")),
                    ("showAs", show),
                ],
            )?;
        }
    }
    x.close("references");
    Ok(())
}

/// The snake_case name of a status, as quyche's JSON writes it.
pub(crate) fn status_name(s: Status) -> &'static str {
    match s {
        Status::Draft => "draft",
        Status::InForce => "in_force",
        Status::Replaced => "replaced",
        Status::Unknown => "unknown",
    }
}

/// The snake_case name of a relation kind.
pub(crate) fn relation_name(k: RelationKind) -> &'static str {
    match k {
        RelationKind::Basis => "basis",
        RelationKind::Replaces => "replaces",
        RelationKind::Guides => "guides",
        RelationKind::Implements => "implements",
        RelationKind::Cites => "cites",
    }
}

/// quyche's exact record of what Akoma Ntoso has no field for: the status as verified, the
/// ids and numbers of the instruments named as bases and replaced, and the cross-references.
fn proprietary(x: &mut Xml, e: &Export<'_>) -> Result<()> {
    let i = e.inst;
    let q = |name: &str| format!("{QC_PREFIX}:{name}");
    x.open("proprietary", &[("source", "#quyche")])?;
    let verified = i.verified_on.map(|d| d.to_string());
    let mut a = vec![("status", status_name(i.status))];
    if let Some(v) = &verified {
        a.push(("verifiedOn", v.as_str()));
    }
    x.empty(&q("instrument"), &a)?;
    for (tag, refs) in [("basis", &i.bases), ("replaces", &i.replaces)] {
        for r in refs {
            let mut a = Vec::with_capacity(2);
            if let Some(id) = &r.id {
                a.push(("id", id.as_str()));
            }
            if let Some(n) = &r.number {
                a.push(("number", n.as_str()));
            }
            x.leaf(&q(tag), &a, &r.quote)?;
        }
    }
    for r in &i.references {
        let mut a = vec![("kind", relation_name(r.kind)), ("from", r.from.as_str())];
        if let Some(v) = &r.instrument {
            a.push(("instrument", v.as_str()));
        }
        if let Some(v) = &r.instrument_number {
            a.push(("number", v.as_str()));
        }
        if let Some(v) = &r.citation {
            a.push(("citation", v.as_str()));
        }
        x.leaf(&q("reference"), &a, &r.quote)?;
    }
    x.close("proprietary");
    Ok(())
}
