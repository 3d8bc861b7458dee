//! Importing a raw legal text into a provision tree.

use quyche_core::import::{import_text, ImportOptions};
use quyche_core::query::{to_json, InstrumentView};

use crate::boundary::{guard, require_out, str_in, write_out, Failure};
use crate::error::qc_error;
use crate::status::qc_status;
use crate::string::qc_string;

/// Imports a raw Vietnamese legal text (`text_len` bytes of UTF-8) and stores in `*out` the JSON of
/// the instrument read from it, with its provision tree and the importer's diagnostics: the same
/// JSON that `quyche import FILE --format json` prints (keys sorted), without the final newline.
///
/// # Errors
/// `QC_STATUS_INVALID_ARGUMENT`, `QC_STATUS_INVALID_UTF8` for bad arguments; `QC_STATUS_INVALID_INPUT`
/// when nothing usable comes out of the text (empty, binary).
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
        let text = unsafe { str_in(F, "text", text, text_len) }?;
        let imported =
            import_text(text, &ImportOptions::default()).map_err(|e| Failure::core(F, &e))?;
        // As the CLI does: through a JSON value, so that keys come out in the same (sorted) order.
        let value = serde_json::to_value(InstrumentView::from_import(&imported)).map_err(|e| {
            Failure::new(
                qc_status::OtherError,
                format!("{F}: cannot write the answer as JSON: {e}"),
            )
        })?;
        let json = to_json(&value).map_err(|e| Failure::core(F, &e))?;
        // SAFETY: `out` is non-NULL (checked) and writable (the caller's contract).
        unsafe { write_out(out, qc_string::boxed(json)) };
        Ok(())
    })
}
