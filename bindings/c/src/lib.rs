//! # libquyche: the C ABI of quyche
//!
//! A small, stable C interface to the quyche rules library, so that portals written in any language
//! that can call C (PHP, Go, Node, Java, .NET) can embed the rules. The header is
//! `include/quyche.h`, generated from this crate by cbindgen and committed.
//!
//! ## Conventions (every function follows them)
//! - Every fallible function returns a [`qc_status`]; `QC_STATUS_OK` is 0. Results are written through
//!   out-parameters **only on success**; on failure they are left untouched.
//! - Every fallible function takes a last parameter `qc_error **err_out`. It may be `NULL`. On failure,
//!   when it is not `NULL`, a new [`qc_error`] handle describing the failure (what and where, in
//!   English) is stored in `*err_out`; the caller frees it with `qc_error_free`. On success
//!   `*err_out` is not written. There is no global "last error".
//! - Strings in are `(const uint8_t *ptr, size_t len)` pairs of UTF-8 (no terminating NUL needed;
//!   `(NULL, 0)` is the empty string). Strings out are owned [`qc_string`] handles.
//! - Handles are created by `*_new*` functions and released by the matching `*_free`; every `*_free`
//!   accepts `NULL` and does nothing. Freeing a handle twice, or using it after freeing, is undefined.
//! - Every function body runs inside a panic boundary: a Rust panic becomes `QC_STATUS_PANIC`, never an
//!   abort or an unwind into C.
//!
//! ## Thread safety
//! [`qc_ruleset`] and [`qc_calendar`] are immutable after creation and may be shared read-only across
//! threads and used by several threads at once. [`qc_string`] and [`qc_error`] are immutable too; each
//! must be freed exactly once, by one thread, after every other use. No function keeps global state.
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]
#![allow(non_camel_case_types)]

mod boundary;
pub mod calendar;

pub mod error;
pub mod import;
pub mod ruleset;
pub mod status;
pub mod string;
pub mod version;

pub use calendar::{qc_calendar, qc_calendar_kind, qc_date, qc_lunar_date};
pub use error::qc_error;
pub use ruleset::qc_ruleset;
pub use status::qc_status;
pub use string::qc_string;
