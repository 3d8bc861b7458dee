//! The Vietnamese working calendar and the lunar calendar, with numpy batch forms that release
//! the GIL while they run.

use std::sync::Arc;

use chrono::NaiveDate;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyByteArray, PyBytes, PyTuple};
use quyche::calendar::{CalendarKind, LunarDate, WorkingCalendar};
use quyche::query::{
    LunarFromSolarQuery, SolarDate, WorkdaysAddQuery, WorkdaysBetweenQuery, WorkdaysIsQuery,
};

use crate::convert::{date_from_py, date_to_py};
use crate::errors::{self, IntoPyResult};
use crate::records::{Holiday, LunarDateRecord};

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01 (numpy's day 0), minus one.
const UNIX_EPOCH_CE: i64 = 719_163;
/// numpy's NaT in `datetime64[D]`.
const NAT: i64 = i64::MIN;

fn kind_name(kind: CalendarKind) -> &'static str {
    match kind {
        CalendarKind::Civil => "civil",
        CalendarKind::Labour => "labour",
    }
}

fn day_to_date(days: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(days.checked_add(UNIX_EPOCH_CE)?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce)
}

fn date_to_day(d: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&d)) - UNIX_EPOCH_CE
}

/// What went wrong at one element of a batch.
struct BatchError {
    index: usize,
    message: String,
}

fn element(i: usize, days: i64) -> Result<NaiveDate, BatchError> {
    if days == NAT {
        return Err(BatchError {
            index: i,
            message: "NaT is not a date".into(),
        });
    }
    day_to_date(days).ok_or_else(|| BatchError {
        index: i,
        message: format!("day {days} since 1970-01-01 is out of range"),
    })
}

fn core<T>(i: usize, r: quyche::Result<T>) -> Result<T, BatchError> {
    r.map_err(|e| BatchError {
        index: i,
        message: e.to_string(),
    })
}

static NUMPY: GILOnceCell<Py<PyModule>> = GILOnceCell::new();

fn numpy(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    NUMPY
        .get_or_try_init(py, || py.import("numpy").map(Bound::unbind))
        .map(|m| m.bind(py))
        .map_err(|_| PyTypeError::new_err("array arguments need numpy (pip install numpy)"))
}

/// Whether `obj` should take the batch path: a numpy array or anything with `__array__`
/// (pandas Series and Index), but not a scalar date.
fn is_array(obj: &Bound<'_, PyAny>) -> bool {
    let py = obj.py();
    // Dates and strings first: `hasattr` on them raises and catches an AttributeError, which
    // costs more than the whole scalar call.
    if exact_date_type(obj) || obj.is_instance_of::<pyo3::types::PyString>() || obj.is_none() {
        return false;
    }
    obj.hasattr(pyo3::intern!(py, "__array__")).unwrap_or(false)
        && !obj.hasattr(pyo3::intern!(py, "year")).unwrap_or(false)
}

/// A datetime64[D] array as the native-endian bytes of its day numbers (one copy, into an
/// immutable `bytes`), with its shape.
fn days_of<'py>(
    obj: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<(Bound<'py, PyBytes>, Bound<'py, PyAny>)> {
    let py = obj.py();
    let np = numpy(py)?;
    let arr = np.call_method1("asarray", (obj,))?;
    let dtype_kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
    if dtype_kind != "M" {
        let dtype = arr.getattr("dtype")?.str()?.to_string();
        return Err(PyTypeError::new_err(format!(
            "{what}: expected an array of datetime64 dates, got dtype {dtype}"
        )));
    }
    // No copy when the array already holds days.
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("copy", false)?;
    let arr = arr.call_method("astype", ("datetime64[D]",), Some(&kwargs))?;
    let shape = arr.getattr("shape")?;
    let bytes = arr
        .call_method1("view", ("int64",))?
        .call_method1("tobytes", ("C",))?
        .downcast_into::<PyBytes>()?;
    Ok((bytes, shape))
}

/// An int array (the `n` of `add_working_days`) as the native-endian bytes of its int64 values.
fn ints_of<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
    let np = numpy(obj.py())?;
    let arr = np.call_method1("asarray", (obj,))?;
    let kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
    if kind != "i" && kind != "u" {
        return Err(PyTypeError::new_err(
            "n: expected an int or an array of ints",
        ));
    }
    let kwargs = pyo3::types::PyDict::new(obj.py());
    kwargs.set_item("copy", false)?;
    Ok(arr
        .call_method("astype", ("int64",), Some(&kwargs))?
        .call_method1("tobytes", ("C",))?
        .downcast_into::<PyBytes>()?)
}

/// The int64 values of native-endian bytes, repeated without end (a single value broadcasts;
/// zipped with the output, an array stops at its length).
fn values(bytes: &[u8]) -> impl Iterator<Item = i64> + '_ {
    bytes
        .chunks_exact(8)
        .cycle()
        .map(|c| i64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
}

/// A numpy array of `dtype` and `shape` over a new bytearray of `len` bytes, which `fill` writes
/// with the GIL released. `fill`'s error is returned as is, with no array.
fn array_from<'py, E: Send>(
    py: Python<'py>,
    len: usize,
    dtype: &str,
    shape: &Bound<'py, PyAny>,
    fill: impl FnOnce(&mut [u8]) -> Result<(), E> + Send,
) -> PyResult<Result<Bound<'py, PyAny>, E>> {
    let mut failure = None;
    let buf = PyByteArray::new_with(py, len, |out| {
        failure = py.allow_threads(|| fill(out)).err();
        Ok(())
    })?;
    if let Some(e) = failure {
        return Ok(Err(e));
    }
    let np = numpy(py)?;
    Ok(Ok(np
        .call_method1("frombuffer", (buf, dtype))?
        .call_method1("reshape", (shape,))?))
}

fn batch_err(py: Python<'_>, what: &str, e: BatchError) -> PyErr {
    errors::invalid_date(py, format!("{what}[{}]: {}", e.index, e.message))
}

/// Whether `obj` is exactly a `datetime.date` (a type identity check, no attribute lookups).
fn exact_date_type(obj: &Bound<'_, PyAny>) -> bool {
    crate::convert::date_type(obj.py()).is_ok_and(|t| obj.get_type().is(t))
}

/// A Vietnamese working-day calendar for 2000–2199: holidays of each period of labour law,
/// the official yearly arrangements (swaps, compensatory days), weekly rest days. Immutable,
/// thread-safe, picklable. Scalar methods take `datetime.date`; the same methods take numpy
/// `datetime64` arrays (or pandas Series) and return arrays, releasing the GIL while they run.
#[pyclass(frozen, module = "quyche")]
pub struct Calendar {
    cal: Arc<WorkingCalendar>,
}

impl Calendar {
    /// Wraps a core calendar.
    pub fn new(cal: WorkingCalendar) -> Self {
        Calendar { cal: Arc::new(cal) }
    }

    fn date(&self, obj: &Bound<'_, PyAny>, what: &str) -> PyResult<NaiveDate> {
        date_from_py(obj, what)
    }
}

#[pymethods]
impl Calendar {
    /// The Vietnamese calendar of a kind: `civil` (cán bộ, công chức: Monday to Friday, with the
    /// official swaps; the default) or `labour` (người lao động: Sunday rest, no swaps). Each call
    /// builds the calendar anew (a few milliseconds); keep the object.
    #[staticmethod]
    #[pyo3(signature = (kind="civil"))]
    fn vietnam(py: Python<'_>, kind: &str) -> PyResult<Self> {
        let kind: CalendarKind = kind.parse().py_err(py)?;
        let cal = py
            .allow_threads(move || WorkingCalendar::vietnam(kind))
            .py_err(py)?;
        Ok(Calendar::new(cal))
    }

    /// `civil` or `labour`.
    #[getter]
    fn kind(&self) -> &'static str {
        kind_name(self.cal.kind())
    }

    /// The first and last days the calendar covers.
    #[getter]
    fn range(&self, py: Python<'_>) -> PyResult<(PyObject, PyObject)> {
        let (a, b) = self.cal.range();
        Ok((date_to_py(py, a)?, date_to_py(py, b)?))
    }

    /// Whether `d` is a working day. With a datetime64 array, a bool array of the same shape.
    /// Raises `InvalidDateError` outside the calendar's range, `TypeError` for a non-date.
    fn is_working_day(&self, py: Python<'_>, d: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        if is_array(d) {
            let (days, shape) = days_of(d, "d")?;
            let days = days.as_bytes();
            let cal: &WorkingCalendar = &self.cal;
            let len = days.len() / 8;
            let out = array_from(
                py,
                len,
                "bool",
                &shape,
                |out: &mut [u8]| -> Result<(), BatchError> {
                    for (i, (slot, x)) in out.iter_mut().zip(values(days)).enumerate() {
                        let works = match cal.is_working_day_number(x) {
                            Some(w) => w,
                            // Outside the range or NaT: the date path says why.
                            None => core(i, cal.is_working_day(element(i, x)?))?,
                        };
                        *slot = u8::from(works);
                    }
                    Ok(())
                },
            )?
            .map_err(|e| batch_err(py, "d", e))?;
            return Ok(out.unbind());
        }
        let date = self.date(d, "d")?;
        Ok(self
            .cal
            .is_working_day(date)
            .py_err(py)?
            .into_pyobject(py)?
            .to_owned()
            .into_any()
            .unbind())
    }

    /// The `n`-th working day after `d` (n > 0) or before it (n < 0), not counting `d` itself;
    /// `n = 0` returns `d` unchanged. With a datetime64 array (and `n` an int or an int array of
    /// the same shape), a datetime64[D] array.
    fn add_working_days(
        &self,
        py: Python<'_>,
        d: &Bound<'_, PyAny>,
        n: &Bound<'_, PyAny>,
    ) -> PyResult<PyObject> {
        if is_array(d) {
            let (days, shape) = days_of(d, "d")?;
            let ns = if is_array(n) {
                ints_of(n)?
            } else {
                PyBytes::new(py, &n.extract::<i64>()?.to_ne_bytes())
            };
            let (days, ns) = (days.as_bytes(), ns.as_bytes());
            let len = days.len() / 8;
            if ns.len() != 8 && ns.len() != days.len() {
                return Err(PyValueError::new_err(format!(
                    "n has {} elements but d has {}",
                    ns.len() / 8,
                    len
                )));
            }
            let cal: &WorkingCalendar = &self.cal;
            let out = array_from(
                py,
                days.len(),
                "datetime64[D]",
                &shape,
                |out: &mut [u8]| -> Result<(), BatchError> {
                    let pairs = values(days).zip(values(ns));
                    for (i, (slot, (x, k))) in out.chunks_exact_mut(8).zip(pairs).enumerate() {
                        let day = match cal.add_working_days_number(x, k) {
                            Some(day) => day,
                            // Outside the range or NaT: the date path says why.
                            None => {
                                core(i, cal.add_working_days(element(i, x)?, k)).map(date_to_day)?
                            }
                        };
                        slot.copy_from_slice(&day.to_ne_bytes());
                    }
                    Ok(())
                },
            )?
            .map_err(|e| batch_err(py, "d", e))?;
            return Ok(out.unbind());
        }
        let q = WorkdaysAddQuery::new(self.date(d, "d")?, n.extract()?);
        date_to_py(py, q.on(&self.cal).py_err(py)?.result)
    }

    /// The number of working days in `[a, b)`: `a` counts, `b` does not; negative when `b < a`.
    /// So `working_days_between(a, add_working_days(a, n)) == n` for a working day `a`. With
    /// datetime64 arrays (either may be a scalar date), an int64 array.
    fn working_days_between(
        &self,
        py: Python<'_>,
        a: &Bound<'_, PyAny>,
        b: &Bound<'_, PyAny>,
    ) -> PyResult<PyObject> {
        if is_array(a) || is_array(b) {
            let one = |obj: &Bound<'_, PyAny>, what: &str| -> PyResult<_> {
                let day = date_to_day(self.date(obj, what)?);
                Ok((
                    PyBytes::new(py, &day.to_ne_bytes()),
                    PyTuple::empty(py).into_any(),
                ))
            };
            let (xs, shape_a) = if is_array(a) {
                days_of(a, "a")?
            } else {
                one(a, "a")?
            };
            let (ys, shape_b) = if is_array(b) {
                days_of(b, "b")?
            } else {
                one(b, "b")?
            };
            let (xs, ys) = (xs.as_bytes(), ys.as_bytes());
            let (len, shape) = if xs.len() >= ys.len() {
                (xs.len(), shape_a)
            } else {
                (ys.len(), shape_b)
            };
            if (xs.len() != 8 && xs.len() != len) || (ys.len() != 8 && ys.len() != len) {
                return Err(PyValueError::new_err(format!(
                    "a has {} elements but b has {}",
                    xs.len() / 8,
                    ys.len() / 8
                )));
            }
            let cal: &WorkingCalendar = &self.cal;
            let out = array_from(
                py,
                len,
                "int64",
                &shape,
                |out: &mut [u8]| -> Result<(), BatchError> {
                    let pairs = values(xs).zip(values(ys));
                    for (i, (slot, (x, y))) in out.chunks_exact_mut(8).zip(pairs).enumerate() {
                        let count = match cal.working_days_between_numbers(x, y) {
                            Some(count) => count,
                            // Outside the range or NaT: the date path says why.
                            None => {
                                core(i, cal.working_days_between(element(i, x)?, element(i, y)?))?
                            }
                        };
                        slot.copy_from_slice(&count.to_ne_bytes());
                    }
                    Ok(())
                },
            )?
            .map_err(|e| batch_err(py, "a/b", e))?;
            return Ok(out.unbind());
        }
        let q = WorkdaysBetweenQuery::new(self.date(a, "a")?, self.date(b, "b")?);
        let count = q.on(&self.cal).py_err(py)?;
        Ok(count.working_days.into_pyobject(py)?.into_any().unbind())
    }

    /// The holidays, compensatory days and official swaps of `year`, in date order, each with
    /// its source. Raises `InvalidDateError` for a year outside 2000–2199.
    fn holidays(&self, py: Python<'_>, year: i32) -> PyResult<Vec<Holiday>> {
        let records = self.cal.holidays(year).py_err(py)?;
        records
            .iter()
            .map(|r| crate::convert::to_value(py, r).map(Holiday::from_value))
            .collect()
    }

    /// Whether `d` is a working day and why: a dict with `date`, `weekday` (1 = Monday),
    /// `working` and `reasons` (each with `kind`, `text`, `text_vi` in Vietnamese, `source`).
    fn day_info(&self, py: Python<'_>, d: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let info = WorkdaysIsQuery::new(self.date(d, "d")?)
            .on(&self.cal)
            .py_err(py)?;
        crate::convert::json_to_py(py, &crate::convert::to_value(py, &info)?, None)
    }

    /// The year's summary: a dict with `year`, `status` (`official` or `projected`), `note`,
    /// `working_days`, `calendar`, `days` (its holidays) and `unconfirmed` (arrangements reported
    /// but not confirmed, not applied), as the CLI's `calendar YEAR`.
    fn year(&self, py: Python<'_>, year: i32) -> PyResult<PyObject> {
        let view = quyche::query::CalendarQuery::year(year)
            .on(&self.cal)
            .py_err(py)?;
        crate::convert::json_to_plain(py, &crate::convert::to_value(py, &view)?)
    }

    fn __repr__(&self) -> String {
        let (a, b) = self.cal.range();
        format!(
            "Calendar.vietnam({:?}) covering {a} to {b}",
            kind_name(self.cal.kind())
        )
    }

    fn __richcmp__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        op: pyo3::basic::CompareOp,
    ) -> PyObject {
        use pyo3::IntoPyObjectExt;
        let Ok(other) = other.downcast::<Calendar>() else {
            return py.NotImplemented();
        };
        let same = self.cal.kind() == other.get().cal.kind();
        match op {
            pyo3::basic::CompareOp::Eq => {
                same.into_py_any(py).unwrap_or_else(|_| py.NotImplemented())
            }
            pyo3::basic::CompareOp::Ne => (!same)
                .into_py_any(py)
                .unwrap_or_else(|_| py.NotImplemented()),
            _ => py.NotImplemented(),
        }
    }

    fn __hash__(&self) -> u64 {
        match self.cal.kind() {
            CalendarKind::Civil => 1,
            CalendarKind::Labour => 2,
        }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (&'static str,))> {
        Ok((
            slf.get_type().getattr("vietnam")?,
            (kind_name(slf.get().cal.kind()),),
        ))
    }
}

/// The Vietnamese lunar date of a solar `datetime.date` (1900–2199, computed for UTC+7).
#[pyfunction]
pub fn from_solar(py: Python<'_>, d: &Bound<'_, PyAny>) -> PyResult<LunarDateRecord> {
    let l = LunarFromSolarQuery::new(date_from_py(d, "d")?)
        .answer()
        .py_err(py)?;
    Ok(LunarDateRecord::from_value(crate::convert::to_value(
        py, &l,
    )?))
}

/// The solar `datetime.date` of a Vietnamese lunar date; `leap=True` for the leap month.
/// Raises `InvalidDateError` for a date that does not exist (day 30 of a 29-day month, a leap
/// month the year does not have) or lies outside 1900–2199.
#[pyfunction]
#[pyo3(signature = (year, month, day, leap=false))]
pub fn to_solar(py: Python<'_>, year: i32, month: i64, day: i64, leap: bool) -> PyResult<PyObject> {
    let bad = || {
        errors::invalid_date(
            py,
            format!(
                "lunar date {day}/{month}/{year}{}: no such month or day",
                if leap { " (leap)" } else { "" }
            ),
        )
    };
    let month = u8::try_from(month).map_err(|_| bad())?;
    let day = u8::try_from(day).map_err(|_| bad())?;
    let s = SolarDate::of(LunarDate {
        year,
        month,
        day,
        leap,
    })
    .py_err(py)?;
    date_to_py(py, s.date)
}
