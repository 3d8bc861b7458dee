//! The committed header include/quyche.h must be exactly what cbindgen generates from the source now.
//! `QUYCHE_BLESS_HEADER=1 cargo test -p quyche-c --test header` rewrites it.

use std::path::Path;

#[test]
fn committed_header_is_what_cbindgen_generates() {
    let crate_dir = env!("CARGO_MANIFEST_DIR");
    let config = cbindgen::Config::from_file(Path::new(crate_dir).join("cbindgen.toml"))
        .expect("bindings/c/cbindgen.toml is readable");
    let bindings = cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header");
    let mut generated = Vec::new();
    bindings.write(&mut generated);
    let header = Path::new(crate_dir).join("../../include/quyche.h");
    if std::env::var_os("QUYCHE_BLESS_HEADER").is_some() {
        std::fs::write(&header, &generated).expect("include/quyche.h is writable");
    }
    let committed = std::fs::read(&header).unwrap_or_default();
    assert!(
        committed == generated,
        "include/quyche.h differs from what cbindgen generates now; regenerate it with\n  QUYCHE_BLESS_HEADER=1 cargo test -p quyche-c --test header\nand commit it"
    );
}
