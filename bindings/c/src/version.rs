//! The library's version.

use std::ffi::c_char;

static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The version of libquyche as a static NUL-terminated string (`"0.1.0"`); never `NULL`, never freed.
#[no_mangle]
pub extern "C" fn qc_version() -> *const c_char {
    VERSION.as_ptr().cast()
}
