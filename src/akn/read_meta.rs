//! The instrument's metadata read back: FRBR, preface, lifecycle, references, conclusions and
//! quyche's own record; without that record (a document from another tool), relations are read
//! from the standard elements and cross-references are found in the text.

use std::collections::HashMap;

use chrono::NaiveDate;
use roxmltree::Node;

use super::body::NO_TEXT_CONTAINER;
use super::iri;
use super::read::{child, elements, is, said, Ctx};
use super::read_body::block_lines;
use super::{meta, QC_NAMESPACE};
use crate::import::Severity;
use crate::model::{Instrument, InstrumentKind, InstrumentRef, Reference, RelationKind, Status};
use crate::text::slug;

/// Every editorial note of the document by the eId it is placed at; notes on preface fields
/// (supplied metadata) become `restored` diagnostics.
pub(crate) fn collect_notes(ctx: &mut Ctx<'_, '_>, document: Node<'_, '_>) {
    let notes: Vec<Node<'_, '_>> = document
        .descendants()
        .filter(|n| is(*n, "note") && n.parent().is_some_and(|p| is(p, "notes")))
        .collect();
    for n in notes {
        let mut lines = Vec::new();
        block_lines(ctx, n, &mut lines);
        let text = lines.join("\n");
        // The note's own words, in whatever language the document gives them.
        let noted = |text: &str| {
            said(
                text,
                format!("Ghi chú biên tập của văn bản (trích nguyên văn): {text}"),
            )
        };
        match n.attribute("placementBase").filter(|b| !b.is_empty()) {
            Some(base) if is_field(base) || base == NO_TEXT_CONTAINER => {
                ctx.diag("restored", Severity::Info, noted(&text), n, None);
            }
            Some(base) => {
                ctx.notes
                    .insert(base.trim_start_matches('#').to_owned(), text);
            }
            None => ctx.diag("restored", Severity::Info, noted(&text), n, None),
        }
    }
}

fn is_field(eid: &str) -> bool {
    matches!(
        eid,
        "docNumber" | "docTitle" | "docProponent" | "docDate" | "place_text"
    )
}

/// The elements of `meta/*` named `name` (identification parts, references, ...).
fn meta_items<'a, 'i>(document: Node<'a, 'i>, section: &str) -> Vec<Node<'a, 'i>> {
    child(document, "meta")
        .into_iter()
        .flat_map(elements)
        .filter(|s| is(*s, section))
        .flat_map(elements)
        .collect()
}

fn date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|d| d.get(..10)).and_then(|d| d.parse().ok())
}

/// The TLC entry with this eId, its `showAs`.
fn tlc<'a>(refs: &[Node<'a, '_>], eid: &str) -> Option<(&'a str, &'a str)> {
    refs.iter()
        .find(|r| r.attribute("eId") == Some(eid))
        .and_then(|r| Some((r.attribute("href")?, r.attribute("showAs")?)))
}

/// Fills the instrument's metadata from the document.
pub(crate) fn read(ctx: &mut Ctx<'_, '_>, document: Node<'_, '_>, i: &mut Instrument) {
    let ident = meta_items(document, "identification");
    let work: Vec<Node<'_, '_>> = ident
        .iter()
        .filter(|n| is(**n, "FRBRWork"))
        .flat_map(|w| elements(*w))
        .collect();
    let value = |name: &str| {
        work.iter()
            .find(|n| is(**n, name))
            .and_then(|n| n.attribute("value"))
    };
    // Jurisdiction.
    if let Some(c) = value("FRBRcountry") {
        let (j, vietnamese) = iri::jurisdiction_of_country(c);
        if !vietnamese {
            ctx.diag(
                "akn_not_vietnamese",
                Severity::Info,
                said(
                    format!("the FRBRcountry {c:?} is not Viet Nam's (vn or vn-…); kept as the jurisdiction"),
                    format!("FRBRcountry {c:?} không phải của Việt Nam (vn hoặc vn-…); được giữ nguyên làm địa bàn áp dụng"),
                ),
                document,
                None,
            );
        }
        i.jurisdiction = j;
    }
    // Kind: the Vietnamese name, else the subtype.
    i.kind = document
        .attribute("name")
        .and_then(InstrumentKind::from_leading_words)
        .or_else(|| value("FRBRsubtype").and_then(iri::kind_of_subtype))
        .unwrap_or(InstrumentKind::Other);

    // Preface.
    let preface = child(document, "preface");
    let inline = |ctx: &mut Ctx<'_, '_>, name: &str| {
        preface
            .and_then(|p| p.descendants().find(|d| is(*d, name)))
            .map(|n| ctx.inline_text(n))
    };
    i.number = inline(ctx, "docNumber").or_else(|| {
        work.iter()
            .find(|n| is(**n, "FRBRnumber"))
            .and_then(|n| n.attribute("showAs"))
            .map(str::to_owned)
    });
    i.title = inline(ctx, "docTitle");
    i.place = inline(ctx, "location");
    let proponent = inline(ctx, "docProponent");

    // References: issuer, signer, place.
    let refs = meta_items(document, "references");
    i.issuer = match tlc(&refs, meta::ISSUER) {
        Some((href, _)) if href.ends_with(&format!("/{}", meta::UNKNOWN)) => None,
        Some((_, show)) => Some(ctx.nfc(show.to_owned())),
        None => proponent,
    };
    i.signer = tlc(&refs, "signer")
        .map(|(_, s)| ctx.nfc(s.to_owned()))
        .or_else(|| {
            child(document, "conclusions")
                .and_then(|c| c.descendants().find(|d| is(*d, "person")))
                .map(|p| ctx.inline_text(p))
        });
    if i.place.is_none() {
        i.place = tlc(&refs, "place").map(|(_, s)| ctx.nfc(s.to_owned()));
    }

    // Dates: the lifecycle, else the Work's date (unless it is only a year or unknown).
    let events = meta_items(document, "lifecycle");
    let event = |refers: &str| {
        events
            .iter()
            .find(|e| e.attribute("refersTo") == Some(refers))
            .and_then(|e| date(e.attribute("date")))
    };
    i.signed_on = event("#signature");
    i.effective_from = event("#entryIntoForce");
    if i.signed_on.is_none() {
        let work_date = work.iter().find(|n| is(**n, "FRBRdate")).filter(|n| {
            !matches!(
                n.attribute("name"),
                Some("yearOnly" | "unknown" | "entryIntoForce")
            )
        });
        i.signed_on = work_date
            .and_then(|n| date(n.attribute("date")))
            .or_else(|| {
                preface
                    .and_then(|p| p.descendants().find(|d| is(*d, "docDate")))
                    .and_then(|d| date(d.attribute("date")))
            });
    }
    let repealed = events.iter().any(|e| e.attribute("type") == Some("repeal"));

    // quyche's own record, else the standard elements.
    let record: Vec<Node<'_, '_>> = meta_items(document, "proprietary")
        .into_iter()
        .filter(|n| n.tag_name().namespace() == Some(QC_NAMESPACE))
        .collect();
    let header = record.iter().find(|n| n.tag_name().name() == "instrument");
    i.status = header
        .and_then(|h| h.attribute("status"))
        .and_then(status_of)
        .unwrap_or(if is(document, "bill") {
            Status::Draft
        } else if repealed {
            Status::Replaced
        } else {
            Status::Unknown
        });
    i.verified_on = header.and_then(|h| date(h.attribute("verifiedOn")));
    i.id = value_named(&work, "FRBRalias", meta::QUYCHE).unwrap_or_else(|| derived_id(i));
    if header.is_some() {
        for n in &record {
            let quote = ctx.nfc(n.text().unwrap_or_default().to_owned());
            let attr = |k: &str| n.attribute(k).map(str::to_owned);
            match n.tag_name().name() {
                "basis" | "replaces" => {
                    let r = InstrumentRef {
                        id: attr("id"),
                        number: attr("number"),
                        quote,
                    };
                    if n.tag_name().name() == "basis" {
                        i.bases.push(r);
                    } else {
                        i.replaces.push(r);
                    }
                }
                "reference" => {
                    if let Some(kind) = n.attribute("kind").and_then(relation_of) {
                        i.references.push(Reference {
                            kind,
                            from: attr("from").unwrap_or_default(),
                            instrument: attr("instrument"),
                            instrument_number: attr("number"),
                            citation: attr("citation"),
                            quote,
                        });
                    }
                }
                _ => {}
            }
        }
    } else {
        standard_relations(ctx, document, &refs, i);
    }
}

/// Relations of a document from another tool: căn cứ from the preamble's citations, replaced
/// instruments from `activeRef`, cross-references found in the text as the importer finds them.
fn standard_relations(
    ctx: &mut Ctx<'_, '_>,
    document: Node<'_, '_>,
    refs: &[Node<'_, '_>],
    i: &mut Instrument,
) {
    let citations: Vec<Node<'_, '_>> = child(document, "preamble")
        .map(|p| p.descendants().filter(|d| is(*d, "citation")).collect())
        .unwrap_or_default();
    for c in citations {
        let mut lines = Vec::new();
        block_lines(ctx, c, &mut lines);
        i.bases.push(InstrumentRef {
            id: None,
            number: None,
            quote: lines.join("\n"),
        });
    }
    for r in refs.iter().filter(|r| is(**r, "activeRef")) {
        let quote = ctx.nfc(r.attribute("showAs").unwrap_or_default().to_owned());
        i.replaces.push(InstrumentRef {
            id: None,
            number: None,
            quote,
        });
    }
    let mut aliases = HashMap::new();
    crate::import::find_references(&i.body, &i.jurisdiction, &mut aliases, &mut i.references);
    for a in &i.attachments {
        crate::import::find_references(&a.body, &i.jurisdiction, &mut aliases, &mut i.references);
    }
    ctx.diag(
        "akn_computed_references",
        Severity::Info,
        said(
            "no quyche record in meta/proprietary: bases read from the preamble, replaced instruments from activeRef, cross-references found in the text",
            "Không có bản ghi quyche trong meta/proprietary: căn cứ được đọc từ phần mở đầu, văn bản bị thay thế được đọc từ activeRef, các dẫn chiếu được tìm trong nội dung văn bản",
        ),
        document,
        None,
    );
}

fn value_named(work: &[Node<'_, '_>], element: &str, name: &str) -> Option<String> {
    work.iter()
        .find(|n| is(**n, element) && n.attribute("name") == Some(name))
        .and_then(|n| n.attribute("value"))
        .map(str::to_owned)
}

/// The id the text importer would give: `<jurisdiction>/<number slug>`, or a draft's.
fn derived_id(i: &Instrument) -> String {
    match (&i.number, i.status) {
        (Some(n), _) => format!("{}/{}", i.jurisdiction, slug(n)),
        (None, Status::Draft) => format!("{}/du-thao", i.jurisdiction),
        (None, _) => format!(
            "{}/{}-unnumbered",
            i.jurisdiction,
            slug(i.kind.vietnamese())
        ),
    }
}

fn status_of(s: &str) -> Option<Status> {
    [
        Status::Draft,
        Status::InForce,
        Status::Replaced,
        Status::Unknown,
    ]
    .into_iter()
    .find(|k| meta::status_name(*k) == s)
}

fn relation_of(s: &str) -> Option<RelationKind> {
    [
        RelationKind::Basis,
        RelationKind::Replaces,
        RelationKind::Guides,
        RelationKind::Implements,
        RelationKind::Cites,
    ]
    .into_iter()
    .find(|k| meta::relation_name(*k) == s)
}
