//! The query layer's Akoma Ntoso answers (`format: "akn"` on `show` and `import`), the entry
//! point of the C ABI and Python: the same XML as the library, Akoma Ntoso read back by
//! `import`, other formats refused.
#![cfg(feature = "akn")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use quyche::query::RuleSet;
use serde_json::{json, Value};

fn answer(rules: &RuleSet, request: Value) -> quyche::Result<Value> {
    let text = rules.answer_json(&request.to_string())?;
    Ok(serde_json::from_str(&text).unwrap())
}

#[test]
fn show_and_import_answer_the_document() {
    let rules = RuleSet::embedded().unwrap();
    let a = answer(
        &rules,
        json!({"query": "show", "id": "38/2018/QĐ-UBND", "format": "akn"}),
    )
    .unwrap();
    let inst = rules.dataset().instrument("38/2018/QĐ-UBND").unwrap();
    let xml = quyche::akn::to_akn(inst, Some(rules.dataset())).unwrap();
    assert_eq!(a["xml"], json!(xml));
    assert_eq!(a["id"], json!("quang-ninh/38-2018-qd-ubnd"));
    assert_eq!(a["format"], json!("akn"));
    assert_eq!(a["media_type"], json!("application/akn+xml"));
    assert!(a.get("diagnostics").is_none());

    // The XML imported through the query layer: the same instrument as `show` gives.
    let back = answer(&rules, json!({"query": "import", "text": xml})).unwrap();
    let shown = answer(&rules, json!({"query": "show", "id": "38/2018/QĐ-UBND"})).unwrap();
    for field in [
        "id",
        "number",
        "title",
        "body",
        "attachments",
        "bases",
        "replaces",
        "references",
    ] {
        assert_eq!(back[field], shown[field], "{field}");
    }
    // And back out as Akoma Ntoso, with the diagnostics of the import.
    let again = answer(
        &rules,
        json!({"query": "import", "text": xml, "format": "akn"}),
    )
    .unwrap();
    assert!(again["xml"]
        .as_str()
        .unwrap()
        .contains(r#"eId="att_1__art_17" status="editorial""#));
    assert!(again["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "restored"));
}

#[test]
fn a_plain_text_import_as_akn() {
    let rules = RuleSet::embedded().unwrap();
    let text = "QUYẾT ĐỊNH\nVề việc thử\n\nĐiều 1. Phạm vi\nQuyết định này có hiệu lực kể từ ngày 01/12/2018.\n";
    let a = answer(
        &rules,
        json!({"query": "import", "text": text, "format": "akn"}),
    )
    .unwrap();
    let xml = a["xml"].as_str().unwrap();
    assert!(
        xml.contains("<p>Quyết định này có hiệu lực kể từ ngày 01/12/2018.</p>"),
        "{xml}"
    );
    assert!(
        xml.contains(r##"refersTo="#entryIntoForce""##) && xml.contains(r#"date="2018-12-01""#),
        "{xml}"
    );
}

#[test]
fn other_formats_and_citations_are_refused() {
    let rules = RuleSet::embedded().unwrap();
    let e = answer(
        &rules,
        json!({"query": "show", "id": "38/2018/QĐ-UBND", "format": "pdf"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("unknown format \"pdf\""), "{e}");
    let e = answer(
        &rules,
        json!({"query": "show", "id": "38/2018/QĐ-UBND", "citation": "Điều 1", "format": "akn"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("whole instruments"), "{e}");
    // XML that is not Akoma Ntoso, given to import: refused as such, not read as a text.
    let e = answer(
        &rules,
        json!({"query": "import", "text": "<?xml version=\"1.0\"?><html/>"}),
    )
    .unwrap_err();
    assert!(e.to_string().contains("root element is <html>"), "{e}");
    // The default and `json` answer the view, as before.
    let plain = answer(
        &rules,
        json!({"query": "show", "id": "22/2016/TT-BTTTT", "format": "json"}),
    )
    .unwrap();
    assert_eq!(
        plain,
        answer(&rules, json!({"query": "show", "id": "22/2016/TT-BTTTT"})).unwrap()
    );
}
