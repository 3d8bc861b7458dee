//! The rule set: a loaded dataset answering queries, exactly as the CLI does.

use std::path::PathBuf;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use quyche::dataset::Dataset;
use quyche::query::{answer_value, Request};
use serde_json::Value;

use crate::errors::IntoPyResult;
use crate::instrument::Instrument;
use crate::records::{Agency, Duty, InstrumentInfo, Obligation};

#[derive(Clone)]
enum Source {
    Embedded,
    Dir(PathBuf),
}

/// A validated set of rules: instruments with their provision trees, agencies, duties and
/// reporting obligations. Immutable, safe to share between threads, picklable (a pickled rule
/// set reloads from where it came: the embedded data or the same directory).
#[pyclass(frozen, module = "quyche")]
pub struct RuleSet {
    ds: Arc<Dataset>,
    source: Source,
}

impl RuleSet {
    /// Answers a request with the GIL released.
    pub(crate) fn answer(&self, py: Python<'_>, request: &Request) -> PyResult<Value> {
        let ds = Arc::clone(&self.ds);
        py.allow_threads(move || answer_value(&ds, request)).py_err(py)
    }

    fn items<T>(&self, py: Python<'_>, request: &Request, wrap: impl Fn(Value) -> T) -> PyResult<Vec<T>> {
        match self.answer(py, request)? {
            Value::Array(items) => Ok(items.into_iter().map(wrap).collect()),
            other => Ok(vec![wrap(other)]),
        }
    }

    pub(crate) fn dataset(&self) -> &Arc<Dataset> {
        &self.ds
    }
}

#[pymethods]
impl RuleSet {
    /// The default rule set embedded in the library (the seed instruments, their agencies,
    /// duties and obligations). Raises `DatasetError` only if the embedded data is broken.
    #[staticmethod]
    fn default(py: Python<'_>) -> PyResult<Self> {
        let ds = py.allow_threads(Dataset::embedded).py_err(py)?;
        Ok(RuleSet { ds: Arc::new(ds), source: Source::Embedded })
    }

    /// Loads a dataset directory laid out like the project's `data/` (see docs/dataset.md).
    /// Raises `DataReadError` when it cannot be read and `DatasetError` listing every problem
    /// (file, line, field) when it is invalid.
    #[staticmethod]
    fn from_dir(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let dir = path.clone();
        let ds = py.allow_threads(move || Dataset::from_dir(&dir)).py_err(py)?;
        Ok(RuleSet { ds: Arc::new(ds), source: Source::Dir(path) })
    }

    /// Every instrument, without trees, in id order (the CLI's `instruments`).
    fn instruments(&self, py: Python<'_>) -> PyResult<Vec<InstrumentInfo>> {
        self.items(py, &Request::Instruments {}, InstrumentInfo::from_value)
    }

    /// One instrument with its provision trees, by id (`quang-ninh/38-2018-qd-ubnd`) or official
    /// number (`38/2018/QĐ-UBND`, diacritics optional). Raises `NotFoundError` with close matches.
    fn instrument(&self, py: Python<'_>, id_or_number: &str) -> PyResult<Instrument> {
        let core = self.ds.instrument(id_or_number).py_err(py)?.clone();
        let view = self.answer(py, &Request::Show { id: id_or_number.to_owned(), citation: None })?;
        Ok(Instrument::new(core, view))
    }

    /// Agencies and groups; with `province`, only that province's bodies and the central ones.
    /// Raises `NotFoundError` for an unknown province.
    #[pyo3(signature = (province=None))]
    fn agencies(&self, py: Python<'_>, province: Option<String>) -> PyResult<Vec<Agency>> {
        self.items(py, &Request::Agencies { province }, Agency::from_value)
    }

    /// Duties, filtered by bearer (any name form; groups it belongs to count), province and role
    /// (`lead`, `coordinate`, `advise`, `guide`, `approve`, `report`, `provide_info`, `implement`).
    #[pyo3(signature = (agency=None, province=None, role=None))]
    fn duties(&self, py: Python<'_>, agency: Option<String>, province: Option<String>, role: Option<String>) -> PyResult<Vec<Duty>> {
        self.items(py, &Request::Duties { agency, province, role }, Duty::from_value)
    }

    /// Reporting obligations, filtered by province, recipient agency and frequency (`annual`,
    /// `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request`, `event`).
    #[pyo3(signature = (province=None, to=None, frequency=None))]
    fn obligations(&self, py: Python<'_>, province: Option<String>, to: Option<String>, frequency: Option<String>) -> PyResult<Vec<Obligation>> {
        self.items(py, &Request::Obligations { province, to, frequency }, Obligation::from_value)
    }

    /// Answers a JSON request (`{"query": "duties", "province": "Quảng Ninh"}`) with the JSON
    /// text the CLI would print: the entry point shared with the C ABI.
    fn query_json(&self, py: Python<'_>, request: &str) -> PyResult<String> {
        let ds = Arc::clone(&self.ds);
        let request = request.to_owned();
        py.allow_threads(move || quyche::query::answer_json(&ds, &request)).py_err(py)
    }

    fn __repr__(&self) -> String {
        let from = match &self.source {
            Source::Embedded => "default".to_owned(),
            Source::Dir(p) => format!("{:?}", p.display().to_string()),
        };
        format!("RuleSet({from}, {} instruments, {} duties, {} obligations)", self.ds.instruments().len(), self.ds.duties().len(), self.ds.obligations().len())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let cls = slf.get_type();
        match &slf.get().source {
            Source::Embedded => Ok((cls.getattr("default")?, PyTuple::empty(py))),
            Source::Dir(p) => Ok((cls.getattr("from_dir")?, PyTuple::new(py, [p.clone()])?)),
        }
    }
}

/// Imports a Vietnamese legal text: the instrument read from it, with the importer's
/// diagnostics in `.diagnostics`. Raises `ParseError` when nothing usable comes out.
#[pyfunction]
pub fn import_text(py: Python<'_>, text: &str) -> PyResult<Instrument> {
    let text = text.to_owned();
    let imported = py.allow_threads(move || quyche::import::import_text(&text, &quyche::import::ImportOptions::default())).py_err(py)?;
    imported_to_py(py, imported)
}

/// As `import_text`, from raw bytes (which must be UTF-8; anything else raises `ParseError`).
#[pyfunction]
pub fn import_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Instrument> {
    let data = data.to_vec();
    let imported = py.allow_threads(move || quyche::import::import_bytes(&data, &quyche::import::ImportOptions::default())).py_err(py)?;
    imported_to_py(py, imported)
}

fn imported_to_py(py: Python<'_>, imported: quyche::import::Imported) -> PyResult<Instrument> {
    let view = crate::convert::to_value(py, &quyche::query::InstrumentView::from_import(&imported))?;
    Ok(Instrument::new(imported.instrument, view))
}
