//! `--format akn` on `show` and `import`, and `import FILE.xml` reading Akoma Ntoso.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Command, Output};

fn quyche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(args)
        .env_remove("QUYCHE_LANG")
        .output()
        .unwrap()
}

#[test]
fn show_exports_and_import_reads_it_back() {
    let out = quyche(&["show", "21/2017/QĐ-UBND", "--format", "akn"]);
    assert!(out.status.success());
    let xml = String::from_utf8(out.stdout).unwrap();
    let ds = quyche::dataset::Dataset::embedded().unwrap();
    let inst = ds.instrument("21/2017/QĐ-UBND").unwrap();
    assert_eq!(xml, quyche::akn::to_akn(inst, Some(&ds)).unwrap());

    let dir = std::env::temp_dir().join(format!("quyche-akn-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tv.xml");
    std::fs::write(&file, &xml).unwrap();
    let back = quyche(&["import", file.to_str().unwrap(), "--format", "json"]);
    assert!(
        back.status.success(),
        "{}",
        String::from_utf8_lossy(&back.stderr)
    );
    let back: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
    let shown = quyche(&["show", "21/2017/QĐ-UBND", "--format", "json"]);
    let shown: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(back["body"], shown["body"]);
    assert_eq!(back["attachments"], shown["attachments"]);

    // Bad XML: exit 2, the reason on stderr, nothing on stdout.
    std::fs::write(
        &file,
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>",
    )
    .unwrap();
    let bad = quyche(&["import", file.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("DTD bị từ chối"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn akn_is_refused_where_it_has_no_meaning() {
    let out = quyche(&["deadlines", "--year", "2026", "--format", "akn"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("chỉ dùng được với show và import"));
}
