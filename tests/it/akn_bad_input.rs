//! Bad input is refused with a sentence saying what and where, before anything is built:
//! malformed XML, another root, another namespace, another document type, too large a file,
//! entity expansion ("billion laughs"), external entities (XXE), any DTD, too many nodes, too
//! deep a hierarchy, encodings other than UTF-8.
#![cfg(feature = "akn")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use quyche::akn::{import_akn, import_akn_bytes, MAX_AKN_BYTES, MAX_DEPTH, NAMESPACE};

fn refused(xml: &str) -> String {
    let e = import_akn(xml).expect_err("must be refused");
    assert_eq!(e.kind(), "input", "{e}");
    e.to_string()
}

fn act(body: &str) -> String {
    format!(
        r#"<akomaNtoso xmlns="{NAMESPACE}"><act name="Luật"><meta/><body>{body}</body></act></akomaNtoso>"#
    )
}

#[test]
fn malformed_xml_says_where() {
    let e = refused(&format!(
        "<akomaNtoso xmlns=\"{NAMESPACE}\">\n<act name=\"x\">\n<body></act>"
    ));
    assert!(e.contains("not well-formed XML") && e.contains("3:"), "{e}");
    let e = refused("");
    assert!(e.contains("not well-formed XML"), "{e}");
}

#[test]
fn another_root_or_namespace_or_document_type() {
    let e = refused("<html><body/></html>");
    assert!(e.contains("root element is <html>"), "{e}");
    let e = refused(r#"<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>"#);
    assert!(
        e.contains("http://www.akomantoso.org/2.0") && e.contains(NAMESPACE),
        "{e}"
    );
    let e = refused("<akomaNtoso><act/></akomaNtoso>");
    assert!(e.contains("no namespace"), "{e}");
    let e = refused(&format!(
        r#"<akomaNtoso xmlns="{NAMESPACE}"><debate name="x"/></akomaNtoso>"#
    ));
    assert!(e.contains("<debate>"), "{e}");
    let e = refused(&format!(r#"<akomaNtoso xmlns="{NAMESPACE}"/>"#));
    assert!(e.contains("holds no document"), "{e}");
}

#[test]
fn dtds_entities_and_external_entities_are_refused() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x"><meta/><body><article><content><p>&lol9;</p></content></article></body></act></akomaNtoso>"#;
    let e = refused(laughs);
    assert!(
        e.contains("DTDs are refused") && e.contains("line 2"),
        "{e}"
    );
    let xxe = r#"<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x"><meta/><body><article><content><p>&xxe;</p></content></article></body></act></akomaNtoso>"#;
    let e = refused(xxe);
    assert!(
        e.contains("DTDs are refused") && !e.contains("root:"),
        "{e}"
    );
    // An empty DTD too, and one after a comment.
    let e = refused("<!-- x --><!DOCTYPE akomaNtoso><akomaNtoso/>");
    assert!(e.contains("DTDs are refused"), "{e}");
    // Without a DTD, an entity is only unknown: malformed.
    let e = refused(&act("<article><content><p>&xxe;</p></content></article>"));
    assert!(e.contains("unknown entity reference 'xxe'"), "{e}");
}

#[test]
fn too_large_is_refused_before_parsing() {
    let big = vec![b' '; 100 * 1024 * 1024];
    let started = std::time::Instant::now();
    let e = import_akn_bytes(&big).unwrap_err().to_string();
    assert!(
        e.contains("104857600 bytes") && e.contains(&MAX_AKN_BYTES.to_string()),
        "{e}"
    );
    // Refused by its length, not by reading it (generous bound: no timing claim).
    assert!(started.elapsed().as_secs() < 5);
}

#[test]
fn too_many_nodes_or_too_deep() {
    let many = act(&"<p/>".repeat(quyche::akn::MAX_NODES as usize + 1));
    let e = refused(&many);
    assert!(e.contains("more than 2000000 XML nodes"), "{e}");
    let depth = MAX_DEPTH + 5;
    let deep = act(&format!(
        "{}{}",
        "<part><num>Phần 1</num>".repeat(depth),
        "</part>".repeat(depth)
    ));
    let e = refused(&deep);
    assert!(
        e.contains(&format!("deeper than {MAX_DEPTH} levels")),
        "{e}"
    );
    // Deep lists (read through) are bounded too.
    let lists = act(&format!(
        "<article>{}{}</article>",
        "<list>".repeat(depth),
        "</list>".repeat(depth)
    ));
    let e = refused(&lists);
    assert!(e.contains("deeper than"), "{e}");
}

#[test]
fn encodings_other_than_utf8() {
    let e = import_akn_bytes(b"\xFE\xFF\0<").unwrap_err().to_string();
    assert!(e.contains("UTF-16"), "{e}");
    let e = import_akn_bytes(b"<akomaNtoso>\xC0</akomaNtoso>")
        .unwrap_err()
        .to_string();
    assert!(e.contains("not UTF-8") && e.contains("byte 12"), "{e}");
}
