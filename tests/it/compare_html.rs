//! The compare page is one self-contained, sortable HTML file. (scripts/test-html renders it in
//! headless Chromium and checks the sorted order; these checks need no browser.)

use crate::common;

use quyche::check::{compare, compare_html};

fn page() -> String {
    compare_html(&compare(&common::dataset(), "deadlines").unwrap())
}

#[test]
fn self_contained() {
    let p = page();
    assert!(p.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(p.contains("<meta charset=\"utf-8\">"));
    // No file is fetched: no src= or href= anywhere, no external URL.
    let lower = p.to_lowercase();
    for bad in ["src=", "href=", "http://", "https://", "@import", "url("] {
        assert!(!lower.contains(bad), "the page contains {bad}");
    }
    assert_eq!(p.matches("<script>").count(), 1);
    assert_eq!(p.matches("<style>").count(), 1);
    assert!(p.ends_with("</html>\n"));
}

#[test]
fn one_row_per_jurisdiction_and_every_column_sortable() {
    let cmp = compare(&common::dataset(), "deadlines").unwrap();
    let p = compare_html(&cmp);
    let body = p
        .split("<tbody>")
        .nth(1)
        .and_then(|b| b.split("</tbody>").next())
        .unwrap();
    // Việt Nam (the Circular), Điện Biên, Quảng Ninh, Sóc Trăng (draft), Trà Vinh.
    assert_eq!(body.matches("<tr").count(), 5);
    for name in [
        "Việt Nam",
        "Điện Biên",
        "Quảng Ninh",
        "Sóc Trăng",
        "Trà Vinh",
    ] {
        assert!(body.contains(&format!("<td>{name}</td>")), "{name}");
    }
    assert_eq!(body.matches("<tr class=\"draft\">").count(), 1);
    // Two fixed columns plus one per obligation kind; each header is a click target.
    assert_eq!(
        p.matches("<th scope=\"col\"").count(),
        2 + cmp.columns.len()
    );
    assert!(p.contains("addEventListener('click'"));
    assert!(p.contains("localeCompare(") && p.contains("'vi'"));
    // The #sort=N hook the browser test drives.
    assert!(p.contains("#sort=(-?)([0-9]+)"));
}

#[test]
fn quotes_are_verbatim_and_escaped() {
    let p = page();
    // Điện Biên, Khoản 1 Điều 18, as the text has it.
    assert!(p.contains("trước ngày 30/11 hằng năm về Sở Thông tin và Truyền thông"));
    // "&" in column titles ("Sở TT&TT") is escaped; no raw "&T" appears.
    assert!(p.contains("TT&amp;TT"));
    assert!(!p.contains("TT&TT"));
}
