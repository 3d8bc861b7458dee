//! Owned strings handed out to C.

use crate::boundary::{guard_value, Bytes};

/// An owned UTF-8 string returned by quyche (a JSON answer). Read it with `qc_string_ptr` and
/// `qc_string_len`; free it with `qc_string_free`. The bytes are followed by a NUL byte that
/// `qc_string_len` does not count, so the pointer can also be used as a C string. Immutable: may
/// be read from several threads.
pub struct qc_string {
    bytes: Bytes,
}

impl qc_string {
    pub(crate) fn boxed(text: String) -> *mut qc_string {
        Box::into_raw(Box::new(qc_string {
            bytes: Bytes::new(text),
        }))
    }
}

/// The first byte of the string, or `NULL` when `s` is `NULL`. Valid until `qc_string_free(s)`.
///
/// # Safety
/// `s` is `NULL` or a live handle from quyche.
#[no_mangle]
pub unsafe extern "C" fn qc_string_ptr(s: *const qc_string) -> *const u8 {
    guard_value(std::ptr::null(), || {
        // SAFETY: the caller passes NULL or a live handle that quyche allocated.
        match unsafe { s.as_ref() } {
            Some(s) => s.bytes.ptr(),
            None => std::ptr::null(),
        }
    })
}

/// The length of the string in bytes (without the trailing NUL), or 0 when `s` is `NULL`.
///
/// # Safety
/// `s` is `NULL` or a live handle from quyche.
#[no_mangle]
pub unsafe extern "C" fn qc_string_len(s: *const qc_string) -> usize {
    guard_value(0, || {
        // SAFETY: the caller passes NULL or a live handle that quyche allocated.
        match unsafe { s.as_ref() } {
            Some(s) => s.bytes.len(),
            None => 0,
        }
    })
}

/// Frees a string. `NULL` is a no-op.
///
/// # Safety
/// `s` is `NULL` or a live handle from quyche, not used again afterwards.
#[no_mangle]
pub unsafe extern "C" fn qc_string_free(s: *mut qc_string) {
    guard_value((), || {
        if !s.is_null() {
            // SAFETY: non-NULL handles come from Box::into_raw in `qc_string::boxed`; the caller
            // gives up ownership.
            drop(unsafe { Box::from_raw(s) });
        }
    })
}
