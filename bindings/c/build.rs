//! Gives the shared library its SONAME, `libquyche.so.<ABI>`, so that a program linked against
//! it records that name and keeps loading any later build with the same ABI number (installed
//! as `libquyche.so.<ABI>` -> `libquyche.so.<version>` by scripts/install-c).

/// The ABI number. Bump it on any change that breaks a program built against the previous
/// library (see "Install" in bindings/c/README.md for what does); additions keep it.
const ABI: u32 = 0;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    // ELF platforms; Apple's linker names libraries with -install_name instead.
    if family == "unix" && os != "macos" && os != "ios" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libquyche.so.{ABI}");
    }
}
