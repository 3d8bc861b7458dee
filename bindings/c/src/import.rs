//! Importing a raw legal text into a provision tree.

use quyche_core::import::MAX_INPUT_BYTES;
use quyche_core::query::{self, Answer, ImportQuery, InstrumentView};

use crate::boundary::{bytes_in, require_out, str_in, write_out, Failure};
use crate::error::{guard, qc_error};
use crate::status::qc_status;
use crate::string::qc_string;

/// Imports a raw Vietnamese legal text (`text_len` bytes of UTF-8) and stores in `*out` the JSON of
/// the instrument read from it, with its provision tree and the importer's diagnostics: the same
/// JSON that `quyche import FILE --format json` prints (keys sorted), without the final newline.
/// A UTF-8 byte order mark is skipped; a text that starts as XML is read as Akoma Ntoso, as the
/// CLI and the `import` query read it. For bytes of unknown encoding use [`qc_import_bytes`],
/// which says what the encoding seems to be.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT`, `QC_STATUS_INVALID_UTF8` for bad arguments; `QC_STATUS_INVALID_INPUT`
/// when nothing usable comes out of the text (empty, binary) or when it is larger than the
/// importer's limit of 64 MiB (checked before anything else is done with it).
///
/// # Safety
/// `text` is NULL (with `text_len` 0) or points to `text_len` readable bytes; `out` and `err_out` are
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_import_text(
    text: *const u8,
    text_len: usize,
    out: *mut *mut qc_string,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_import_text";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller's contract on (text, text_len).
        let bytes = unsafe { bytes_in(F, "text", text, text_len) }?;
        // Oversize input is refused by the core's size check in `import`, whatever its encoding.
        if bytes.len() <= MAX_INPUT_BYTES {
            // SAFETY: as above.
            unsafe { str_in(F, "text", text, text_len) }?;
        }
        import(F, bytes, out)
    })
}

/// Imports a raw legal text of unknown encoding (`len` bytes) and stores in `*out` the same JSON as
/// [`qc_import_text`]. The bytes are checked as the CLI checks a file: size (at most 64 MiB),
/// UTF-16, binary data, and text that is not UTF-8 (perhaps Latin-1, TCVN3 or VNI) are refused
/// with a message that says which, and where.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT` for bad arguments; `QC_STATUS_INVALID_INPUT` when the bytes are
/// too large, not UTF-8 text, or nothing usable comes out of them.
///
/// # Safety
/// `bytes` is NULL (with `len` 0) or points to `len` readable bytes; `out` and `err_out` are NULL
/// or writable.
#[no_mangle]
pub unsafe extern "C" fn qc_import_bytes(
    bytes: *const u8,
    len: usize,
    out: *mut *mut qc_string,
    err_out: *mut *mut qc_error,
) -> qc_status {
    const F: &str = "qc_import_bytes";
    guard(err_out, || {
        require_out(F, "out", out)?;
        // SAFETY: the caller's contract on (bytes, len).
        let bytes = unsafe { bytes_in(F, "bytes", bytes, len) }?;
        import(F, bytes, out)
    })
}

/// Imports checked bytes through the query layer and writes the instrument's JSON to `out`.
fn import(func: &str, bytes: &[u8], out: *mut *mut qc_string) -> Result<(), Failure> {
    let core = |e: quyche_core::Error| Failure::core(func, &e);
    let imported = query::import(&ImportQuery::bytes(bytes).map_err(core)?).map_err(core)?;
    let json = Answer::Import(InstrumentView::from_import(&imported))
        .to_json()
        .map_err(core)?;
    // SAFETY: `out` is non-NULL (checked by the callers) and writable (the caller's contract).
    unsafe { write_out(out, qc_string::boxed(json)) };
    Ok(())
}
