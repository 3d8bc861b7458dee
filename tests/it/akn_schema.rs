//! Every export validates against the unmodified OASIS schema (`xmllint --schema`), carries
//! every provision under quyche's eId (unique in the document), and each article's text in the
//! XML is quyche's text for it, character for character.
//!
//! `scripts/test-akn` installs xmllint (libxml2-utils) first. Without it the schema test says
//! so and passes, except under `CI=true`, where it fails.
#![cfg(feature = "akn")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::akn_support;

use std::collections::{HashMap, HashSet};

use quyche::akn::NAMESPACE;
use quyche::dataset::Dataset;

#[test]
fn every_export_validates_against_the_schema() {
    let ds = Dataset::embedded().unwrap();
    let docs: Vec<(String, String)> = akn_support::corpus(&ds)
        .iter()
        .map(|c| (c.name.clone(), akn_support::export(c, &ds)))
        .collect();
    if akn_support::validate(&docs) {
        println!(
            "{} Akoma Ntoso documents validate against akomantoso30.xsd",
            docs.len()
        );
    }
}

/// The text of a `p`: its text nodes in order.
fn p_text(p: roxmltree::Node<'_, '_>) -> String {
    p.descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap_or_default())
        .collect()
}

fn is(n: roxmltree::Node<'_, '_>, name: &str) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(NAMESPACE) && n.tag_name().name() == name
}

#[test]
fn eids_are_unique_and_articles_read_as_quyche_reads_them() {
    let ds = Dataset::embedded().unwrap();
    let mut articles = 0usize;
    for c in akn_support::corpus(&ds) {
        let xml = akn_support::export(&c, &ds);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        // Every eId of the document is given once.
        let mut seen = HashSet::new();
        for n in doc.descendants().filter(|n| n.is_element()) {
            if let Some(e) = n.attribute("eId") {
                assert!(seen.insert(e.to_owned()), "{}: eId {e} repeats", c.name);
            }
        }
        // Every provision is there under its eId.
        let model: HashMap<&str, &quyche::model::Provision> = c
            .instrument
            .provisions()
            .map(|p| (p.eid.as_str(), p))
            .collect();
        for eid in model.keys() {
            assert!(seen.contains(*eid), "{}: {eid} is missing", c.name);
        }
        // Each article's paragraphs, joined by line breaks, are its full text.
        for a in doc.descendants().filter(|n| is(*n, "article")) {
            let eid = a.attribute("eId").unwrap();
            let p = model
                .get(eid)
                .unwrap_or_else(|| panic!("{}: {eid} not in the model", c.name));
            let lines: Vec<String> = a
                .descendants()
                .filter(|n| is(*n, "p"))
                .filter(|n| !n.ancestors().any(|x| is(x, "num") || is(x, "heading")))
                .map(p_text)
                .collect();
            let text = lines.join("\n");
            assert_eq!(text, p.full_text(), "{}: {eid}", c.name);
            assert_eq!(
                quyche::text::nfc(&text),
                text,
                "{}: {eid} is not NFC",
                c.name
            );
            let num = a.children().find(|n| is(*n, "num")).map(p_text);
            assert_eq!(
                num,
                p.num.as_ref().map(|n| format!("Điều {n}")),
                "{}: {eid}",
                c.name
            );
            articles += 1;
        }
    }
    assert!(articles > 900, "{articles} articles compared");
}
