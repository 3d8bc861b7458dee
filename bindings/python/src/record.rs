//! Read-only records backed by the query layer's JSON answer for one item, so that a Python
//! object's `to_dict()` is exactly the CLI's JSON for the same item.

/// Declares a frozen Python class holding one JSON answer item, with a getter per field
/// (ISO dates become `datetime.date`), `to_dict`, `to_json`, equality, hashing and pickling.
macro_rules! json_record {
    (
        $(#[doc = $doc:tt])*
        $name:ident as $pyname:tt, repr [$($repr:tt),*],
        { $( $(#[doc = $fdoc:tt])* $field:ident $(= $key:tt)? ),* $(,)? }
    ) => {
        crate::record::json_record! {
            $(#[doc = $doc])*
            $name as $pyname in "quyche", repr [$($repr),*],
            { $( $(#[doc = $fdoc])* $field $(= $key)? ),* }
        }
    };
    (
        $(#[doc = $doc:tt])*
        $name:ident as $pyname:tt in $module:tt, repr [$($repr:tt),*],
        { $( $(#[doc = $fdoc:tt])* $field:ident $(= $key:tt)? ),* $(,)? }
    ) => {
        $(#[doc = $doc])*
        #[pyo3::pyclass(frozen, module = $module, name = $pyname)]
        pub struct $name {
            value: std::sync::Arc<serde_json::Value>,
        }

        impl $name {
            /// Wraps one JSON answer item.
            pub fn from_value(value: serde_json::Value) -> Self {
                Self { value: std::sync::Arc::new(value) }
            }
        }

        #[pyo3::pymethods]
        impl $name {
            $(
                $(#[doc = $fdoc])*
                #[getter]
                fn $field(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::PyObject> {
                    crate::convert::field(py, &self.value, crate::record::json_key!($field $(, $key)?))
                }
            )*

            /// The record as plain data, exactly the CLI's JSON (`--format json`) for this item.
            fn to_dict(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::PyObject> {
                crate::convert::json_to_plain(py, &self.value)
            }

            /// The record as JSON text, formatted as the CLI prints it.
            fn to_json(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<String> {
                crate::convert::to_json_text(py, &self.value)
            }

            fn __repr__(&self) -> String {
                let parts: Vec<String> = [$($repr),*]
                    .iter()
                    .map(|k: &&str| format!("{k}={}", crate::record::repr_value(self.value.get(*k))))
                    .collect();
                format!("{}({})", $pyname, parts.join(", "))
            }

            fn __richcmp__(&self, other: &pyo3::Bound<'_, pyo3::PyAny>, op: pyo3::basic::CompareOp) -> pyo3::PyObject {
                let py = other.py();
                let Ok(other) = other.downcast::<$name>() else { return py.NotImplemented() };
                let same = self.value == other.get().value;
                match op {
                    pyo3::basic::CompareOp::Eq => pyo3::IntoPyObjectExt::into_py_any(same, py).unwrap_or_else(|_| py.NotImplemented()),
                    pyo3::basic::CompareOp::Ne => pyo3::IntoPyObjectExt::into_py_any(!same, py).unwrap_or_else(|_| py.NotImplemented()),
                    _ => py.NotImplemented(),
                }
            }

            fn __hash__(&self) -> u64 {
                crate::convert::hash_value(&self.value)
            }

            fn __reduce__<'py>(slf: &pyo3::Bound<'py, Self>) -> pyo3::PyResult<(pyo3::Bound<'py, pyo3::PyAny>, (String,))> {
                let rebuild = slf.get_type().getattr("_from_json")?;
                Ok((rebuild, (slf.get().value.to_string(),)))
            }

            /// Rebuilds a record from its JSON text (used by pickle).
            #[classmethod]
            fn _from_json(_cls: &pyo3::Bound<'_, pyo3::types::PyType>, text: &str) -> pyo3::PyResult<Self> {
                serde_json::from_str(text)
                    .map(Self::from_value)
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("invalid {} JSON: {e}", $pyname)))
            }
        }
    };
}

pub(crate) use json_record;

/// The JSON key of a field: its name, or the key given where the name is a Python keyword.
macro_rules! json_key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident, $key:tt) => {
        $key
    };
}

pub(crate) use json_key;

/// A JSON value in a repr: strings quoted, others as JSON.
pub fn repr_value(v: Option<&serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => "None".into(),
        Some(serde_json::Value::Bool(true)) => "True".into(),
        Some(serde_json::Value::Bool(false)) => "False".into(),
        Some(serde_json::Value::String(s)) => format!("{s:?}"),
        Some(serde_json::Value::Object(m)) if m.contains_key("id") => repr_value(m.get("id")),
        Some(other) => other.to_string(),
    }
}
