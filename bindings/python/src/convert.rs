//! Conversions between Python values and the core's: dates and JSON answers.

use chrono::{Datelike, NaiveDate};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyDict, PyList, PyString, PyType};
use serde_json::Value;

use crate::errors;

static DATE: GILOnceCell<Py<PyType>> = GILOnceCell::new();
static DATETIME: GILOnceCell<Py<PyType>> = GILOnceCell::new();

/// JSON keys whose string values are ISO dates and become `datetime.date` in Python.
const DATE_KEYS: [&str; 10] = [
    "signed_on",
    "effective_from",
    "verified_on",
    "valid_from",
    "valid_until",
    "period_start",
    "period_end",
    "last_day",
    "due",
    "date",
];

pub(crate) fn date_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    DATE.import(py, "datetime", "date")
}

/// A `datetime.date`.
pub fn date_to_py(py: Python<'_>, d: NaiveDate) -> PyResult<PyObject> {
    Ok(date_type(py)?
        .call1((d.year(), d.month(), d.day()))?
        .unbind())
}

/// A date from a `datetime.date` or a strict ISO string `YYYY-MM-DD`.
///
/// `datetime.datetime` (and so `pandas.Timestamp`) is refused: silently dropping the time of day
/// would hide a bug in the caller's code.
pub fn date_from_py(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<NaiveDate> {
    let py = obj.py();
    // Fast path: exactly `datetime.date` (a type identity check; three attribute reads with
    // interned names, cheaper than a method call under the stable ABI).
    if obj.get_type().is(date_type(py)?) {
        return ymd(obj, what);
    }
    if obj.is_instance(DATETIME.import(py, "datetime", "datetime")?)? {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected a datetime.date, got a datetime.datetime ({}); pass .date()",
            obj.repr()?
        )));
    }
    if obj.is_instance(date_type(py)?)? {
        return ymd(obj, what);
    }
    if let Ok(s) = obj.downcast::<PyString>() {
        let s = s.to_cow()?;
        return parse_iso(&s).ok_or_else(|| {
            errors::invalid_date(py, format!("{what}: {s:?} is not a valid date; give a datetime.date or an ISO date such as \"2026-12-10\""))
        });
    }
    let ty = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    Err(PyTypeError::new_err(format!(
        "{what}: expected a datetime.date, got {ty}"
    )))
}

/// The date of a `datetime.date` (or subclass) from its proleptic Gregorian ordinal: one
/// method call, measured cheaper than reading year, month and day (each a new int object).
pub(crate) fn ymd(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<NaiveDate> {
    let py = obj.py();
    let ordinal: i64 = obj
        .call_method0(pyo3::intern!(py, "toordinal"))?
        .extract()?;
    // Python's ordinal 1 is 0001-01-01, chrono's day 1 of the common era.
    i32::try_from(ordinal)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .ok_or_else(|| errors::invalid_date(py, format!("{what}: day {ordinal} is out of range")))
}

/// `YYYY-MM-DD` exactly (chrono alone would take `2026-2-3`).
fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A JSON value as Python objects; strings under date keys become `datetime.date`.
pub fn json_to_py(py: Python<'_>, v: &Value, key: Option<&str>) -> PyResult<PyObject> {
    convert(py, v, key, true)
}

/// A JSON value as plain Python data, exactly as `json.loads` would give it (dates stay strings).
pub fn json_to_plain(py: Python<'_>, v: &Value) -> PyResult<PyObject> {
    convert(py, v, None, false)
}

fn convert(py: Python<'_>, v: &Value, key: Option<&str>, dates: bool) -> PyResult<PyObject> {
    Ok(match v {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any().unbind()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any().unbind()
            } else {
                n.as_f64()
                    .unwrap_or(f64::NAN)
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
        }
        Value::String(s) => match key
            .filter(|k| dates && DATE_KEYS.contains(k))
            .and_then(|_| parse_iso(s))
        {
            Some(d) => date_to_py(py, d)?,
            None => s.into_pyobject(py)?.into_any().unbind(),
        },
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(convert(py, item, key, dates)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, convert(py, item, Some(k), dates)?)?;
            }
            dict.into_any().unbind()
        }
    })
}

/// The field `key` of a JSON object as Python (`None` when absent).
pub fn field(py: Python<'_>, v: &Value, key: &str) -> PyResult<PyObject> {
    match v.get(key) {
        Some(x) => json_to_py(py, x, Some(key)),
        None => Ok(py.None()),
    }
}

/// A serialisable value as JSON, with the core's error on failure.
pub fn to_value<T: serde::Serialize>(py: Python<'_>, x: &T) -> PyResult<Value> {
    serde_json::to_value(x)
        .map_err(|e| errors::parse_error(py, format!("cannot convert the answer to JSON: {e}")))
}

/// Pretty JSON exactly as the CLI prints it.
pub fn to_json_text(py: Python<'_>, v: &Value) -> PyResult<String> {
    use crate::errors::IntoPyResult;
    quyche::query::to_json(v).py_err(py)
}

/// A stable hash of a JSON value (its compact text).
pub fn hash_value(v: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    v.to_string().hash(&mut h);
    h.finish()
}
