//! Shapes the seeds do not have, built by hand: an appendix between articles, appendices of an
//! attached regulation, a restored appendix, an unnumbered paragraph with children, markup
//! characters and carriage returns in the text, a heading without text, an instrument with no
//! date, number or issuer; and a document written by another tool, read with diagnostics.
#![cfg(feature = "akn")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::akn_support;

use quyche::akn::{import_akn, to_akn, NAMESPACE};
use quyche::model::{
    Attachment, Instrument, InstrumentKind, InstrumentRef, Provenance, Provision, ProvisionKind,
    Status,
};

fn node(
    kind: ProvisionKind,
    num: Option<&str>,
    eid: &str,
    citation: &str,
    text: &str,
) -> Provision {
    Provision {
        kind,
        num: num.map(str::to_owned),
        eid: eid.into(),
        citation: citation.into(),
        heading: None,
        text: text.into(),
        provenance: Provenance::Source,
        note: None,
        line: None,
        children: vec![],
    }
}

fn odd_instrument() -> Instrument {
    let mut art1 = node(ProvisionKind::Article, Some("1"), "art_1", "Điều 1", "");
    art1.heading = Some("Chỉ có tiêu đề".into());
    let mut p1 = node(
        ProvisionKind::Paragraph,
        None,
        "art_2__p_1",
        "Đoạn 1 Điều 2",
        "Mở đầu:",
    );
    p1.children = vec![node(
        ProvisionKind::Point,
        Some("a"),
        "art_2__p_1__point_a",
        "Điểm a",
        "một;",
    )];
    let mut art2 = node(
        ProvisionKind::Article,
        Some("2"),
        "art_2",
        "Điều 2",
        "  dòng có khoảng trắng  \nA & B < C > D \"E\" \r F",
    );
    art2.children = vec![p1];
    let mut app1 = node(
        ProvisionKind::Appendix,
        Some("I"),
        "app_1",
        "Phụ lục I",
        "MẪU\n1. Mục tiêu",
    );
    app1.provenance = Provenance::Restored;
    app1.note = Some("heading restored\nsecond line of the note".into());
    app1.line = Some(40);
    let art3 = node(
        ProvisionKind::Article,
        Some("3"),
        "art_3",
        "Điều 3",
        "Sau phụ lục.",
    );
    let app2 = node(ProvisionKind::Appendix, None, "app_2", "Phụ lục", "");
    let mut att_app = node(
        ProvisionKind::Appendix,
        Some("01"),
        "att_1__app_1",
        // Citations into an attached regulation name it, as every tree quyche builds does.
        "Phụ lục 01 Quy định ban hành kèm theo Văn bản",
        "Biểu mẫu",
    );
    att_app.heading = Some("BIỂU MẪU".into());
    Instrument {
        id: "vn/van-ban-unnumbered".into(),
        number: None,
        kind: InstrumentKind::Other,
        title: None,
        issuer: None,
        jurisdiction: "vn".into(),
        signer: None,
        place: None,
        signed_on: None,
        effective_from: None,
        status: Status::Unknown,
        replaces: vec![InstrumentRef {
            id: None,
            number: None,
            quote: "văn bản trước".into(),
        }],
        bases: vec![InstrumentRef {
            id: None,
            number: None,
            quote: "Căn cứ Hiến pháp;".into(),
        }],
        verified_on: None,
        body: vec![art1, art2, app1, art3, app2],
        attachments: vec![Attachment {
            eid: "att_1".into(),
            kind: "Quy định".into(),
            title: String::new(),
            body: vec![
                node(
                    ProvisionKind::Article,
                    Some("1"),
                    "att_1__art_1",
                    "Điều 1 Quy định ban hành kèm theo Văn bản",
                    "x",
                ),
                att_app,
            ],
        }],
        references: vec![],
    }
}

#[test]
fn odd_shapes_round_trip_and_validate() {
    let i = odd_instrument();
    let xml = to_akn(&i, None).unwrap();
    // The appendix between articles stays in the body; the last one becomes an attachment.
    assert!(
        xml.contains(r#"<hcontainer eId="app_1" status="editorial" qc:line="40" name="appendix">"#),
        "{xml}"
    );
    assert!(xml.contains(r#"<attachment eId="app_2">"#), "{xml}");
    assert!(xml.contains(r#"<attachment eId="att_1__app_1">"#), "{xml}");
    assert!(
        xml.contains("<p>A &amp; B &lt; C &gt; D \"E\" &#13; F</p>"),
        "{xml}"
    );
    assert!(xml.contains("/akn/vn/act/undated/nn"), "{xml}");
    assert!(
        xml.contains(r#"<FRBRdate date="0001-01-01" name="unknown"/>"#),
        "{xml}"
    );
    let back = import_akn(&xml).unwrap();
    assert_eq!(back.instrument, i);
    akn_support::validate(&[("odd".into(), xml)]);
}

#[test]
fn characters_xml_cannot_carry_are_refused() {
    let mut i = odd_instrument();
    i.body[0].text = "trước\u{1}sau".into();
    let e = to_akn(&i, None).unwrap_err().to_string();
    assert!(e.contains("U+0001") && e.contains("trước"), "{e}");
}

/// A document in the style of other tools: sections and subsections, no eIds on some elements,
/// a table, an authorial note, decomposed Unicode, no quyche record.
const FOREIGN: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta>
      <identification source="#x">
        <FRBRWork>
          <FRBRthis value="/akn/za/act/2009/1/!main"/>
          <FRBRuri value="/akn/za/act/2009/1"/>
          <FRBRdate date="2009-03-02" name="Generation"/>
          <FRBRauthor href="#council"/>
          <FRBRcountry value="za"/>
          <FRBRnumber value="1"/>
        </FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/za/act/2009/1/eng@/!main"/><FRBRuri value="/akn/za/act/2009/1/eng@"/><FRBRdate date="2009-03-02" name="Generation"/><FRBRauthor href="#council"/><FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/za/act/2009/1/eng@/!main"/><FRBRuri value="/akn/za/act/2009/1/eng@"/><FRBRdate date="2009-03-02" name="Generation"/><FRBRauthor href="#council"/></FRBRManifestation>
      </identification>
    </meta>
    <preface><longTitle><p><docTitle>Test Act</docTitle></p></longTitle></preface>
    <preamble><citations><citation><p>Having regard to the Constitution;</p></citation></citations></preamble>
    <body>
      <chapter eId="chp_1">
        <num>1</num>
        <heading>General</heading>
        <section eId="chp_1__sec_1">
          <num>1.</num>
          <heading>Definitions</heading>
          <subsection eId="chp_1__sec_1__subsec_1">
            <num>(1)</num>
            <content><p>In this Act “Việt” means<authorialNote marker="1"><p>a footnote</p></authorialNote> this.</p></content>
          </subsection>
          <subsection>
            <num>(2)</num>
            <content><table><tr><td><p>cell one</p></td><td><p>cell two</p></td></tr></table></content>
          </subsection>
        </section>
        <article>
          <num>Article 2</num>
          <paragraph eId="art_2__para_1"><num>1.</num><content><p>Ngày nay.</p></content></paragraph>
        </article>
      </chapter>
    </body>
  </act>
</akomaNtoso>"##;

/// The foreign document with "Việt" written decomposed (NFD), as some tools write it.
fn foreign() -> String {
    FOREIGN.replace("“Việt”", "“Vie\u{323}\u{302}t”")
}

#[test]
fn a_document_from_another_tool_is_read_with_diagnostics() {
    let xml = foreign();
    assert!(!xml.contains("Việt"));
    let imported = import_akn(&xml).unwrap();
    let i = &imported.instrument;
    assert_eq!(i.jurisdiction, "za");
    assert_eq!(i.kind, InstrumentKind::Other);
    assert_eq!(i.title.as_deref(), Some("Test Act"));
    assert_eq!(i.signed_on, chrono::NaiveDate::from_ymd_opt(2009, 3, 2));
    assert_eq!(i.status, Status::Unknown);
    assert_eq!(i.bases[0].quote, "Having regard to the Constitution;");
    let chp = &i.body[0];
    assert_eq!(
        (chp.kind, chp.num.as_deref(), chp.citation.as_str()),
        (ProvisionKind::Chapter, Some("1"), "Chương 1")
    );
    let sec = &chp.children[0];
    assert_eq!(
        (sec.kind, sec.num.as_deref(), sec.heading.as_deref()),
        (ProvisionKind::Section, Some("1"), Some("Definitions"))
    );
    assert_eq!(sec.citation, "Mục 1 Chương 1");
    // Subsections have no quyche level: unnumbered paragraphs, reported.
    let sub1 = &sec.children[0];
    assert_eq!(
        (sub1.kind, sub1.eid.as_str()),
        (ProvisionKind::Paragraph, "chp_1__sec_1__subsec_1")
    );
    // The footnote is left out; the decomposed "Việt" becomes NFC.
    assert_eq!(sub1.text, "In this Act “Việt” means this.");
    let sub2 = &sec.children[1];
    assert_eq!(sub2.eid, "chp_1__sec_1__p_2");
    assert_eq!(sub2.text, "cell one\ncell two");
    let art = &chp.children[1];
    // No eId: given one by quyche's rule (letters lowercased, spaces dropped).
    assert_eq!(
        (art.eid.as_str(), art.num.as_deref()),
        ("art_article2", Some("Article 2"))
    );
    assert_eq!(art.children[0].citation, "Khoản 1 Điều Article 2");
    let codes: Vec<&str> = imported
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    for code in [
        "akn_not_vietnamese",
        "akn_unmapped_element",
        "akn_flattened_block",
        "akn_missing_eid",
        "akn_computed_references",
        "unicode_nfd",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    // Every diagnostic about an element says on which line of the XML.
    let table = imported
        .diagnostics
        .iter()
        .find(|d| d.code == "akn_flattened_block")
        .unwrap();
    assert_eq!(
        table.line,
        Some(FOREIGN.lines().position(|l| l.contains("<table>")).unwrap() + 1)
    );
}

#[test]
fn duplicate_eids_are_renamed_and_reported() {
    let xml = format!(
        r#"<akomaNtoso xmlns="{NAMESPACE}"><act name="Luật"><meta/><body><article eId="art_1"><num>Điều 1</num></article><article eId="art_1"><num>Điều 2</num></article></body></act></akomaNtoso>"#
    );
    let imported = import_akn(&xml).unwrap();
    let eids: Vec<&str> = imported
        .instrument
        .body
        .iter()
        .map(|p| p.eid.as_str())
        .collect();
    assert_eq!(eids, ["art_1", "art_1_2"]);
    assert_eq!(imported.instrument.kind, InstrumentKind::Luat);
    assert!(imported
        .diagnostics
        .iter()
        .any(|d| d.code == "akn_duplicate_eid"));
}
