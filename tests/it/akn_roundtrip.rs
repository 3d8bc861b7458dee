//! `akn → model → akn` loses nothing: every instrument of the dataset (the five seeds with
//! their corrections among them), the seed texts imported plainly, the importer's corpus and
//! the benchmark's synthetic code come back equal, field by field (text, numbers, eIds,
//! citations, headings, provenance and notes, source lines, metadata, relations), and export
//! again to the same bytes.
#![cfg(feature = "akn")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::akn_support;

use quyche::akn::{import_akn, to_akn};
use quyche::dataset::Dataset;
use quyche::model::{Instrument, Provision};

/// Every provision's (eId, number, citation, text) in document order, trees labelled.
fn rows(i: &Instrument) -> Vec<(String, Option<String>, String, String)> {
    i.provisions()
        .map(|p: &Provision| {
            (
                p.eid.clone(),
                p.num.clone(),
                p.citation.clone(),
                p.text.clone(),
            )
        })
        .collect()
}

#[test]
fn every_instrument_round_trips_without_loss() {
    let ds = Dataset::embedded().unwrap();
    let cases = akn_support::corpus(&ds);
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for c in &cases {
        let xml = akn_support::export(c, &ds);
        let back = import_akn(&xml).unwrap_or_else(|e| panic!("{}: {e}", c.name));
        // The first comparison names the first provision that differs; the second everything.
        assert_eq!(rows(&back.instrument), rows(&c.instrument), "{}", c.name);
        assert_eq!(back.instrument, c.instrument, "{}", c.name);
        let codes: Vec<&str> = back
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .filter(|c| *c != "restored")
            .collect();
        assert!(codes.is_empty(), "{}: {:?}", c.name, back.diagnostics);
        let again = to_akn(&back.instrument, c.with_dataset.then_some(&ds)).unwrap();
        assert_eq!(again, xml, "{}: a second export differs", c.name);
    }
}
