//! The boundary between C and Rust: catching panics, reading arguments, writing results. Every
//! `extern "C"` function goes through here and through `error::guard` (which turns a failure into
//! a `qc_error`), so the rules of the ABI live in these two places.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::status::qc_status;

/// Why a call failed: its status and an English message saying what and where.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) status: qc_status,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(status: qc_status, message: impl Into<String>) -> Self {
        Failure {
            status,
            message: message.into(),
        }
    }

    /// A core error met in function `func`.
    pub(crate) fn core(func: &str, e: &quyche_core::Error) -> Self {
        Failure::new(qc_status::from_kind(e.kind()), format!("{func}: {e}"))
    }

    pub(crate) fn panic(payload: &(dyn std::any::Any + Send)) -> Self {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned());
        Failure::new(
            qc_status::Panic,
            format!("internal error (a bug in quyche, please report it): {what}"),
        )
    }
}

/// Runs an infallible accessor inside the panic boundary, returning `fallback` on a panic.
pub(crate) fn guard_value<T>(fallback: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(fallback)
}

/// Checks that a required out-parameter is not NULL, before any work is done.
pub(crate) fn require_out<T>(func: &str, name: &str, out: *mut T) -> Result<(), Failure> {
    if out.is_null() {
        return Err(Failure::new(
            qc_status::InvalidArgument,
            format!("{func}: the out-parameter `{name}` is NULL"),
        ));
    }
    Ok(())
}

/// Writes a result to an out-parameter already checked by [`require_out`].
///
/// # Safety
/// `out` is non-NULL, aligned and writable (the ABI's rule for out-parameters).
pub(crate) unsafe fn write_out<T>(out: *mut T, value: T) {
    // SAFETY: guaranteed by the caller; `write` does not read or drop the old (uninitialised) value.
    unsafe { out.write(value) }
}

/// Borrows a (pointer, length) input as bytes. `(NULL, 0)` is the empty slice.
///
/// # Safety
/// When `ptr` is not NULL, it points to `len` readable bytes that stay unchanged during the call.
pub(crate) unsafe fn bytes_in<'a>(
    func: &str,
    name: &str,
    ptr: *const u8,
    len: usize,
) -> Result<&'a [u8], Failure> {
    if ptr.is_null() {
        if len == 0 {
            return Ok(&[]);
        }
        return Err(Failure::new(
            qc_status::InvalidArgument,
            format!("{func}: the argument `{name}` is NULL but its length is {len}"),
        ));
    }
    if isize::try_from(len).is_err() {
        return Err(Failure::new(
            qc_status::InvalidArgument,
            format!("{func}: the length of `{name}` ({len}) is larger than PTRDIFF_MAX"),
        ));
    }
    // SAFETY: non-NULL, `len` readable bytes (caller), len <= isize::MAX (checked above); u8 has
    // alignment 1.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Borrows a (pointer, length) input as UTF-8 text.
///
/// # Safety
/// As [`bytes_in`].
pub(crate) unsafe fn str_in<'a>(
    func: &str,
    name: &str,
    ptr: *const u8,
    len: usize,
) -> Result<&'a str, Failure> {
    // SAFETY: forwarded from the caller.
    let bytes = unsafe { bytes_in(func, name, ptr, len) }?;
    std::str::from_utf8(bytes).map_err(|e| {
        Failure::new(
            qc_status::InvalidUtf8,
            format!("{func}: the argument `{name}` is not valid UTF-8 (invalid or incomplete sequence at byte offset {})", e.valid_up_to()),
        )
    })
}

/// Borrows a handle argument that must not be NULL.
///
/// # Safety
/// `ptr` is NULL or a live handle of type `T` created by quyche.
pub(crate) unsafe fn handle_in<'a, T>(
    func: &str,
    name: &str,
    ptr: *const T,
) -> Result<&'a T, Failure> {
    // SAFETY: guaranteed by the caller.
    unsafe { ptr.as_ref() }.ok_or_else(|| {
        Failure::new(
            qc_status::InvalidArgument,
            format!("{func}: the handle `{name}` is NULL"),
        )
    })
}

/// Text handed out to C: the bytes followed by a NUL that is not counted in `len`.
#[derive(Debug)]
pub(crate) struct Bytes {
    with_nul: Box<[u8]>,
}

impl Bytes {
    pub(crate) fn new(text: String) -> Self {
        let mut v = text.into_bytes();
        v.push(0);
        Bytes {
            with_nul: v.into_boxed_slice(),
        }
    }

    pub(crate) fn ptr(&self) -> *const u8 {
        self.with_nul.as_ptr()
    }

    pub(crate) fn len(&self) -> usize {
        self.with_nul.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accessor_panic_returns_the_fallback() {
        assert_eq!(guard_value(7, || panic!("x")), 7);
    }

    #[test]
    fn null_with_a_length_is_refused_and_null_empty_is_empty() {
        // SAFETY: NULL pointers are never read.
        let e = unsafe { bytes_in("f", "x", std::ptr::null(), 3) }.unwrap_err();
        assert_eq!(e.status, qc_status::InvalidArgument);
        assert!(e.message.contains("`x` is NULL"));
        // SAFETY: as above.
        assert_eq!(
            unsafe { bytes_in("f", "x", std::ptr::null(), 0) }.unwrap(),
            b""
        );
    }

    #[test]
    fn invalid_utf8_reports_its_offset() {
        let b = b"ab\xffc";
        // SAFETY: `b` holds 4 bytes.
        let e = unsafe { str_in("f", "x", b.as_ptr(), b.len()) }.unwrap_err();
        assert_eq!(e.status, qc_status::InvalidUtf8);
        assert!(e.message.contains("offset 2"), "{}", e.message);
    }

    #[test]
    fn handed_out_text_is_nul_terminated_and_the_nul_is_not_counted() {
        let b = Bytes::new("Tết".to_owned());
        assert_eq!(b.len(), 5);
        // SAFETY: the buffer holds len + 1 bytes.
        assert_eq!(unsafe { *b.ptr().add(5) }, 0);
    }
}
