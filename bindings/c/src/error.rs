//! Error handles: the status and English message of one failed call.

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
