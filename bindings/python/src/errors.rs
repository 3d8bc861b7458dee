//! quyche's errors as Python exceptions. The classes live in `quyche/_errors.py` (so that they
//! can subclass both `QuycheError` and a built-in); the binding raises them by name.

use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::PyType;
use quyche::ErrorKind;

static ERRORS: GILOnceCell<Py<PyModule>> = GILOnceCell::new();

fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    let module = ERRORS.get_or_try_init(py, || py.import("quyche._errors").map(Bound::unbind))?;
    Ok(module.bind(py).getattr(name)?.downcast_into::<PyType>()?)
}

/// The Python exception class for a core error kind: exhaustive, so a new kind in the core does
/// not compile here until it has a class (the table `bindings/error-kinds.txt`, which the C
/// tests check too, says which; tests/python/test_errors.py raises every kind).
fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Input => "InvalidInputError",
        ErrorKind::Request => "ParseError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::Ambiguous => "AmbiguousError",
        ErrorKind::Dataset => "DatasetError",
        ErrorKind::Date => "InvalidDateError",
        ErrorKind::Io => "DataReadError",
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
    raise(py, class_name(e.kind()), e.kind().as_str(), e.to_string())
}

/// `InvalidDateError` with a message.
pub fn invalid_date(py: Python<'_>, message: String) -> PyErr {
    raise(
        py,
        class_name(ErrorKind::Date),
        ErrorKind::Date.as_str(),
        message,
    )
}

/// `ParseError` with a message.
pub fn parse_error(py: Python<'_>, message: String) -> PyErr {
    raise(
        py,
        class_name(ErrorKind::Request),
        ErrorKind::Request.as_str(),
        message,
    )
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
