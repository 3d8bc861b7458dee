//! One Akoma Ntoso document per instrument: `akomaNtoso` → `act` (or `bill` for a draft) with
//! its meta, preface (kind, number, issuer, place, date, title), preamble (the căn cứ lines),
//! body, conclusions (the signer) and attachments (attached regulations with their own body,
//! appendices).

use super::body::{self, split_appendices};
use super::iri::{self, Iris, WorkDate};
use super::meta;
use super::xml::Xml;
use super::{NAMESPACE, QC_NAMESPACE, QC_PREFIX};
use crate::dataset::Dataset;
use crate::model::{Attachment, Instrument, Provision};
use crate::Result;

/// What one export needs at hand.
pub(crate) struct Export<'a> {
    pub inst: &'a Instrument,
    pub dataset: Option<&'a Dataset>,
    pub iris: Iris,
    pub work_date: WorkDate,
    notes_written: usize,
}

impl Export<'_> {
    /// The eId of the next editorial note (`note_1`, `note_2`, ... across the whole document,
    /// whose eIds must all differ).
    pub fn next_note_id(&mut self) -> String {
        self.notes_written = self.notes_written.saturating_add(1);
        format!("note_{}", self.notes_written)
    }
}

/// The preface element that shows a metadata field (the eId a restored field's note points at).
fn field_element(field: &str) -> &'static str {
    match field {
        "number" => "docNumber",
        "title" => "docTitle",
        "issuer" => "docProponent",
        "signed_on" => "docDate",
        "place" => "place_text",
        _ => "",
    }
}

/// Writes the document.
pub(crate) fn write(inst: &Instrument, dataset: Option<&Dataset>, out: String) -> Result<String> {
    let mut e = Export {
        inst,
        dataset,
        iris: Iris::of(inst),
        work_date: iri::work_date(inst),
        notes_written: 0,
    };
    let mut x = Xml::with_capacity(0);
    x.out = out;
    x.out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let qc_ns = format!("xmlns:{QC_PREFIX}");
    x.open(
        "akomaNtoso",
        &[("xmlns", NAMESPACE), (&qc_ns, QC_NAMESPACE)],
    )?;
    let doc = iri::doc_type(inst.status);
    x.open(
        doc,
        &[
            ("name", inst.kind.vietnamese()),
            ("contains", "originalVersion"),
        ],
    )?;

    let (main, appendices) = split_appendices(&inst.body);
    let restored: Vec<(&str, String)> = dataset
        .map(|d| d.restored_fields(&inst.id))
        .unwrap_or_default()
        .iter()
        .map(|f| {
            (
                field_element(&f.field),
                format!("{}: {}", f.field, f.reason),
            )
        })
        .collect();
    let mut notes: Vec<(&str, String)> = restored;
    let mut tree_notes = Vec::new();
    body::notes(&inst.body, &mut tree_notes);
    notes.extend(tree_notes.into_iter().map(|(id, n)| (id, n.to_owned())));
    meta::write_main_meta(&mut x, &mut e, &notes)?;

    preface(&mut x, &e, &notes)?;
    preamble(&mut x, &e)?;
    body::write_body(&mut x, main)?;
    conclusions(&mut x, inst)?;
    if !inst.attachments.is_empty() || !appendices.is_empty() {
        x.open("attachments", &[])?;
        for a in &inst.attachments {
            attachment(&mut x, &mut e, a, doc)?;
        }
        for p in appendices {
            appendix(&mut x, &mut e, p)?;
        }
        x.close("attachments");
    }
    x.close(doc);
    x.close("akomaNtoso");
    x.out.push('\n');
    Ok(x.out)
}

/// Whether a restored-field note points at this preface element.
fn restored(notes: &[(&str, String)], element: &str) -> bool {
    notes.iter().any(|(id, _)| *id == element)
}

fn preface(x: &mut Xml, e: &Export<'_>, notes: &[(&str, String)]) -> Result<()> {
    let i = e.inst;
    x.open("preface", &[])?;
    x.leaf_in("p", "docType", &[], i.kind.vietnamese())?;
    let with_status = |id: &'static str, mut a: Vec<(&'static str, String)>| {
        a.insert(0, ("eId", id.to_owned()));
        if restored(notes, id) {
            a.push(("status", "editorial".to_owned()));
        }
        a
    };
    let emit =
        |x: &mut Xml, outer: &str, inner: &str, a: Vec<(&'static str, String)>, text: &str| {
            let borrowed: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
            x.leaf_in(outer, inner, &borrowed, text)
        };
    if let Some(n) = &i.number {
        emit(x, "p", "docNumber", with_status("docNumber", vec![]), n)?;
    }
    if let Some(s) = &i.issuer {
        let a = with_status(
            "docProponent",
            vec![("refersTo", format!("#{}", meta::ISSUER))],
        );
        emit(x, "p", "docProponent", a, s)?;
    }
    if let Some(p) = &i.place {
        let a = with_status("place_text", vec![("refersTo", "#place".to_owned())]);
        emit(x, "p", "location", a, p)?;
    }
    if let Some(d) = i.signed_on {
        let text = format!(
            "ngày {:02} tháng {:02} năm {}",
            chrono::Datelike::day(&d),
            chrono::Datelike::month(&d),
            chrono::Datelike::year(&d)
        );
        let a = with_status("docDate", vec![("date", d.to_string())]);
        emit(x, "p", "docDate", a, &text)?;
    }
    if i.status == crate::model::Status::Draft {
        x.leaf_in("p", "docStatus", &[], "Dự thảo")?;
    }
    if let Some(t) = &i.title {
        x.open("longTitle", &[])?;
        emit(x, "p", "docTitle", with_status("docTitle", vec![]), t)?;
        x.close("longTitle");
    }
    x.close("preface");
    Ok(())
}

/// The căn cứ lines as citations, each a reference to the Work it names where one can be
/// built.
fn preamble(x: &mut Xml, e: &Export<'_>) -> Result<()> {
    let i = e.inst;
    if i.bases.is_empty() {
        return Ok(());
    }
    x.open("preamble", &[])?;
    x.open("citations", &[])?;
    for r in &i.bases {
        x.open("citation", &[])?;
        match iri::ref_iri(r, &i.jurisdiction, e.dataset) {
            Some(href) => x.leaf_in("p", "ref", &[("href", &href)], &r.quote)?,
            None => x.leaf("p", &[], &r.quote)?,
        }
        x.close("citation");
    }
    x.close("citations");
    x.close("preamble");
    Ok(())
}

fn conclusions(x: &mut Xml, i: &Instrument) -> Result<()> {
    let Some(s) = &i.signer else { return Ok(()) };
    x.open("conclusions", &[])?;
    x.open("p", &[])?;
    x.open("signature", &[])?;
    x.leaf("person", &[("refersTo", "#signer")], s)?;
    x.close("signature");
    x.close("p");
    x.close("conclusions");
    Ok(())
}

/// The component name of an eId (`att_1__app_1` → `att_1/app_1`).
fn component(eid: &str) -> String {
    eid.replace("__", "/")
}

/// An attached regulation: its own document, with its own body and appendices.
fn attachment(x: &mut Xml, e: &mut Export<'_>, a: &Attachment, doc: &str) -> Result<()> {
    x.open("attachment", &[("eId", &a.eid)])?;
    x.open(doc, &[("name", &a.kind), ("contains", "originalVersion")])?;
    let mut tree_notes = Vec::new();
    body::notes(&a.body, &mut tree_notes);
    let notes: Vec<(&str, String)> = tree_notes
        .into_iter()
        .map(|(id, n)| (id, n.to_owned()))
        .collect();
    meta::write_component_meta(x, e, &component(&a.eid), &notes)?;
    if !a.title.is_empty() {
        x.open("preface", &[])?;
        x.open("longTitle", &[])?;
        x.leaf_in("p", "docTitle", &[], &a.title)?;
        x.close("longTitle");
        x.close("preface");
    }
    let (main, appendices) = split_appendices(&a.body);
    body::write_body(x, main)?;
    if !appendices.is_empty() {
        x.open("attachments", &[])?;
        for p in appendices {
            appendix(x, e, p)?;
        }
        x.close("attachments");
    }
    x.close(doc);
    x.close("attachment");
    Ok(())
}

/// An appendix: an attachment holding a `doc` whose main body is the appendix's text.
fn appendix(x: &mut Xml, e: &mut Export<'_>, p: &Provision) -> Result<()> {
    let line = p.line.map(|l| l.to_string());
    let mut a: Vec<(&str, &str)> = vec![("eId", p.eid.as_str())];
    if p.provenance == crate::model::Provenance::Restored {
        a.push(("status", "editorial"));
    }
    if let Some(l) = &line {
        a.push((super::QC_LINE, l.as_str()));
    }
    x.open("attachment", &a)?;
    body::write_num_heading(x, p)?;
    x.open(
        "doc",
        &[("name", crate::model::ProvisionKind::Appendix.vietnamese())],
    )?;
    meta::write_component_meta(x, e, &component(&p.eid), &[])?;
    x.open("mainBody", &[])?;
    body::write_appendix_content(x, p)?;
    x.close("mainBody");
    x.close("doc");
    x.close("attachment");
    Ok(())
}
