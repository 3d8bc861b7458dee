//! `quyche import` refuses input over the importer's 64 MiB limit without reading it all, even
//! when the file's metadata gives no length.

use std::process::Command;

/// /dev/zero has no length in its metadata and never ends: only a bounded read stops on it.
#[test]
fn an_endless_file_without_a_length_is_refused_at_the_limit() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(["import", "/dev/zero"])
        .env_remove("QUYCHE_LANG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("lỗi: /dev/zero vượt giới hạn 67108864 byte"),
        "{stderr}"
    );
}

/// A regular file one byte over the limit is refused from its length, before it is opened.
#[test]
fn a_file_over_the_limit_is_refused_from_its_length() {
    let dir = std::env::temp_dir().join(format!("quyche-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.txt");
    let file = std::fs::File::create(&path).unwrap();
    // A sparse file: 64 MiB + 1 bytes long without writing them.
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quyche"))
        .arg("import")
        .arg(&path)
        .env_remove("QUYCHE_LANG")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("có 67108865 byte, vượt giới hạn 67108864 byte; tệp không được đọc"),
        "{stderr}"
    );
}
