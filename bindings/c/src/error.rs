//! Error handles: the status and English message of one failed call.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::boundary::{guard_value, Bytes, Failure};
use crate::status::qc_status;

/// The details of one failed call: its status and a message in English saying what went wrong
/// and where (the function, the argument, the file and line, the date). Created by quyche in
/// `*err_out`, freed by the caller with `qc_error_free`. Immutable: may be read from several threads.
pub struct qc_error {
    status: qc_status,
    message: Bytes,
}

impl qc_error {
    pub(crate) fn boxed(f: Failure) -> *mut qc_error {
        Box::into_raw(Box::new(qc_error {
            status: f.status,
            message: Bytes::new(f.message),
        }))
    }

    #[cfg(test)]
    pub(crate) fn message_text(&self) -> String {
        // SAFETY: `ptr` points to `len` initialised bytes owned by `self`.
        let bytes = unsafe { std::slice::from_raw_parts(self.message.ptr(), self.message.len()) };
        String::from_utf8_lossy(bytes).into_owned()
    }

    #[cfg(test)]
    pub(crate) fn status(&self) -> qc_status {
        self.status
    }
}

/// Runs `body` inside the panic boundary. On failure, stores a `qc_error` in `*err_out` when
/// `err_out` is not NULL, and returns the failure's status.
pub(crate) fn guard(
    err_out: *mut *mut qc_error,
    body: impl FnOnce() -> Result<(), Failure>,
) -> qc_status {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => return qc_status::Ok,
        Ok(Err(f)) => f,
        Err(payload) => Failure::panic(payload.as_ref()),
    };
    let status = failure.status;
    // Reporting must not unwind into C either; if it fails, the status alone still tells the caller.
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: `err_out` is NULL or points to writable storage for one pointer (the ABI's rule).
        if let Some(slot) = unsafe { err_out.as_mut() } {
            *slot = qc_error::boxed(failure);
        }
    }));
    status
}

/// The message of an error: UTF-8, `*len_out` bytes at `*ptr_out`, followed by a NUL that is not
/// counted (so `*ptr_out` is also a C string). Valid until `qc_error_free(err)`.
///
/// Returns `QC_STATUS_INVALID_ARGUMENT` (and writes nothing) when an argument is `NULL`.
///
/// # Safety
/// `err` is NULL or a live error handle; `ptr_out` and `len_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_error_message(
    err: *const qc_error,
    ptr_out: *mut *const u8,
    len_out: *mut usize,
) -> qc_status {
    guard_value(qc_status::Panic, || {
        // SAFETY: the caller passes NULL or a live handle.
        let Some(e) = (unsafe { err.as_ref() }) else {
            return qc_status::InvalidArgument;
        };
        if ptr_out.is_null() || len_out.is_null() {
            return qc_status::InvalidArgument;
        }
        // SAFETY: both out-pointers are non-NULL and writable (the caller's contract).
        unsafe {
            ptr_out.write(e.message.ptr());
            len_out.write(e.message.len());
        }
        qc_status::Ok
    })
}

/// The status of the failed call this error describes; `QC_STATUS_INVALID_ARGUMENT` when `err` is
/// `NULL`.
///
/// # Safety
/// `err` is NULL or a live error handle.
#[no_mangle]
pub unsafe extern "C" fn qc_error_status(err: *const qc_error) -> qc_status {
    guard_value(qc_status::Panic, || {
        // SAFETY: the caller passes NULL or a live handle.
        match unsafe { err.as_ref() } {
            Some(e) => e.status,
            None => qc_status::InvalidArgument,
        }
    })
}

/// Frees an error. `NULL` is a no-op.
///
/// # Safety
/// `err` is NULL or a live error handle, not used again afterwards.
#[no_mangle]
pub unsafe extern "C" fn qc_error_free(err: *mut qc_error) {
    guard_value((), || {
        if !err.is_null() {
            // SAFETY: non-NULL handles come from Box::into_raw in `qc_error::boxed`; the caller gives
            // up ownership.
            drop(unsafe { Box::from_raw(err) });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_panic_status_with_its_message() {
        let mut err: *mut qc_error = std::ptr::null_mut();
        let status = guard(&mut err, || panic!("boom at the boundary"));
        assert_eq!(status, qc_status::Panic);
        assert!(!err.is_null());
        // SAFETY: `err` was just created by `guard`.
        let e = unsafe { Box::from_raw(err) };
        assert!(
            e.message_text().contains("boom at the boundary"),
            "{}",
            e.message_text()
        );
        assert_eq!(e.status(), qc_status::Panic);
    }

    #[test]
    fn success_leaves_err_out_untouched() {
        let mut err: *mut qc_error = std::ptr::NonNull::dangling().as_ptr();
        let before = err;
        assert_eq!(guard(&mut err, || Ok(())), qc_status::Ok);
        assert_eq!(err, before);
    }
}
