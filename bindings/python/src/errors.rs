//! quyche's errors as Python exceptions. The classes live in `quyche/_errors.py` (so that they
//! can subclass both `QuycheError` and a built-in); the binding raises them by name.

use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::PyType;

static ERRORS: GILOnceCell<Py<PyModule>> = GILOnceCell::new();

fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    let module = ERRORS.get_or_try_init(py, || py.import("quyche._errors").map(Bound::unbind))?;
    Ok(module.bind(py).getattr(name)?.downcast_into::<PyType>()?)
}

/// The Python exception class for a core error kind.
fn class_name(kind: &str) -> &'static str {
    match kind {
        "input" | "request" => "ParseError",
        "not_found" => "NotFoundError",
        "ambiguous" => "AmbiguousError",
        "dataset" => "DatasetError",
        "date" => "InvalidDateError",
        "io" => "DataReadError",
        _ => "QuycheError",
    }
}

/// Builds a Python exception of `class` with `message`, carrying `kind` as `.kind`.
pub fn raise(py: Python<'_>, name: &str, kind: &str, message: String) -> PyErr {
    match class(py, name) {
        Ok(cls) => match cls.call1((message.clone(),)) {
            Ok(exc) => {
                // `kind` is informative; a failure to set it must not hide the error itself.
                let _ = exc.setattr("kind", kind);
                PyErr::from_value(exc)
            }
            Err(e) => e,
        },
        Err(_) => pyo3::exceptions::PyRuntimeError::new_err(message),
    }
}

/// Converts a core error.
pub fn to_py(py: Python<'_>, e: quyche::Error) -> PyErr {
    raise(py, class_name(e.kind()), e.kind(), e.to_string())
}

/// `InvalidDateError` with a message.
pub fn invalid_date(py: Python<'_>, message: String) -> PyErr {
    raise(py, "InvalidDateError", "date", message)
}

/// `ParseError` with a message.
pub fn parse_error(py: Python<'_>, message: String) -> PyErr {
    raise(py, "ParseError", "request", message)
}

/// Extension trait: `result.py_err(py)?`.
pub trait IntoPyResult<T> {
    /// The core error as a Python exception.
    fn py_err(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for quyche::Result<T> {
    fn py_err(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_py(py, e))
    }
}
