//! Rule sets (a loaded, validated dataset) and the JSON query entry point.

use quyche_core::query::RuleSet;

use crate::boundary::{guard_value, handle_in, require_out, str_in, write_out, Failure};
use crate::error::{guard, qc_error};
use crate::status::qc_status;
use crate::string::qc_string;

/// A loaded and validated rule set: instruments, agencies, duties and obligations, with the working
/// calendars its deadline queries need (built once, on first use, thread-safely). Immutable to its
/// users: may be shared read-only across threads and queried by several threads at once.
pub struct qc_ruleset {
    rules: RuleSet,
}

// The thread-safety promise above rests on this: fails to compile if the core loses Send + Sync.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<qc_ruleset>();
};

fn boxed(rules: RuleSet) -> *mut qc_ruleset {
    Box::into_raw(Box::new(qc_ruleset { rules }))
}

/// Loads the default rule set embedded in the library and stores a new handle in `*out`.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` when `out` is NULL; `QC_STATUS_DATA_ERROR` if the embedded data is
/// broken.
///
/// # Safety
/// `out` is NULL or writable; `err_out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_ruleset_new_default(
    out: *mut *mut qc_ruleset,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_ruleset_new_default";
    guard(err_out, || {
        require_out(F, "out", out)?;
        let rules = RuleSet::embedded().map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, boxed(rules)) };
        Ok(())
    })
}

/// Loads a rule set from a dataset directory laid out like the project's `data/` (path as UTF-8,
/// `path_len` bytes) and stores a new handle in `*out`. Loading is all-or-nothing.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT`, `QC_STATUS_INVALID_UTF8` for bad arguments; `QC_STATUS_IO_ERROR` when
/// the directory cannot be read; `QC_STATUS_DATA_ERROR` with every problem (file:line) in the message.
///
/// # Safety
/// `path` is NULL (with `path_len` 0) or points to `path_len` readable bytes; `out` and `err_out` are
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_ruleset_from_dir(
    path: *const u8,
    path_len: usize,
    out: *mut *mut qc_ruleset,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_ruleset_from_dir";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller's contract on (path, path_len).
        let path = unsafe { str_in(F, "path", path, path_len) }?;
        if path.is_empty() {
            return Err(Failure::new(
                qc_status::InvalidArgument,
                format!("{F}: the argument `path` is empty"),
            ));
        }
        let rules = RuleSet::from_dir(path).map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, boxed(rules)) };
        Ok(())
    })
}

/// Frees a rule set. `NULL` is a no-op.
///
/// # Safety
/// `ruleset` is NULL or a live handle, no longer used by any thread.
#[no_mangle]
pub unsafe extern "C" fn qc_ruleset_free(ruleset: *mut qc_ruleset) {
    guard_value((), || {
        if !ruleset.is_null() {
            // SAFETY: non-NULL handles come from Box::into_raw in `boxed`; the caller gives up ownership.
            drop(unsafe { Box::from_raw(ruleset) });
        }
    })
}

/// Answers one request given as JSON text (`request_len` bytes of UTF-8), exactly as the CLI does:
/// `*out` receives the JSON the CLI prints with `--format json`, byte for byte, without the final
/// newline. Requests mirror the CLI's subcommands: `{"query": "instruments"}`,
/// `{"query": "show", "id": "38/2018/QĐ-UBND", "citation": "Điều 20"}`,
/// `{"query": "agencies", "province": "Quảng Ninh"}`,
/// `{"query": "duties", "agency": "...", "province": "...", "role": "report"}`,
/// `{"query": "obligations", "province": "...", "to": "...", "frequency": "annual"}`,
/// `{"query": "deadlines", "year": 2026, "shift": "next"}`, `{"query": "lunar_from_solar",
/// "date": "2026-02-17"}`, `{"query": "workdays_add", "date": "2026-08-28", "n": 1}`,
/// `{"query": "show", "id": "22/2016/TT-BTTTT", "format": "akn"}`, and the other queries of the
/// core: each is the JSON of one of `quyche::query::Request`'s typed queries, with the same
/// field names as the CLI's options.
///
/// The wire format is documented as JSON Schema (draft 2020-12) in the repository's `schema/`:
/// `schema/request.json` for every request (fields, types, defaults, the words each option
/// accepts) and `schema/answers/<query>.json` for the answer of each query
/// (`schema/answers/deadlines.json`, ...).
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT`, `QC_STATUS_INVALID_UTF8` for bad arguments; `QC_STATUS_PARSE_ERROR`
/// for malformed JSON or an unknown query or option (the message gives line and column);
/// `QC_STATUS_NOT_FOUND` / `QC_STATUS_AMBIGUOUS` for unknown or ambiguous names;
/// `QC_STATUS_OUT_OF_RANGE` for invalid dates.
///
/// # Safety
/// `ruleset` is NULL or a live handle; `request` is NULL (with `request_len` 0) or points to
/// `request_len` readable bytes; `out` and `err_out` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_query_json(
    ruleset: *const qc_ruleset,
    request: *const u8,
    request_len: usize,
    out: *mut *mut qc_string,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_query_json";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller passes NULL or a live handle.
        let rs = unsafe { handle_in(F, "ruleset", ruleset) }?;
        // SAFETY: the caller's contract on (request, request_len).
        let request = unsafe { str_in(F, "request", request, request_len) }?;
        let json = rs
            .rules
            .answer_json(request)
            .map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, qc_string::boxed(json)) };
        Ok(())
    })
}
