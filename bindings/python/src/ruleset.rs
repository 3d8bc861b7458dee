//! The rule set: a loaded dataset answering queries, exactly as the CLI does.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use quyche::calendar::CalendarKind;
use quyche::query::{
    AgencyQuery, CheckQuery, CompareQuery, DeadlineQuery, DocumentFormat, DutyQuery, HistoryQuery,
    ImportQuery, InstrumentView, InstrumentsQuery, ObligationQuery, ProvincesQuery, Request,
    ShowQuery, Shown, StatusQuery,
};
use serde_json::Value;

use crate::calendar::Calendar;
use crate::convert::{date_from_py, json_to_plain};
use crate::errors::IntoPyResult;
use crate::instrument::Instrument;
use crate::records::{Agency, Deadline, Duty, InstrumentInfo, Obligation};

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
    rules: Arc<quyche::query::RuleSet>,
    source: Source,
}

fn opt_date(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<NaiveDate>> {
    obj.filter(|o| !o.is_none())
        .map(|o| date_from_py(o, what))
        .transpose()
}

impl RuleSet {
    /// The Akoma Ntoso document of an instrument, through the query layer as the CLI's
    /// `show ID --format akn`.
    pub(crate) fn akn(&self, py: Python<'_>, id: &str) -> PyResult<String> {
        let q = ShowQuery::instrument(id).format(DocumentFormat::Akn);
        let rules = Arc::clone(&self.rules);
        match py.allow_threads(move || rules.show(&q)).py_err(py)? {
            Shown::Akn(doc) => Ok(doc.xml),
            _ => Err(pyo3::exceptions::PyRuntimeError::new_err(
                "internal error (a bug in quyche, please report it): show in format akn answered no document",
            )),
        }
    }

    /// Answers a request with the GIL released, as the JSON tree the other interfaces print.
    pub(crate) fn answer(&self, py: Python<'_>, request: &Request) -> PyResult<Value> {
        let rules = Arc::clone(&self.rules);
        let answer = py
            .allow_threads(move || rules.dispatch(request))
            .py_err(py)?;
        crate::convert::to_value(py, &answer)
    }

    fn items<T>(
        &self,
        py: Python<'_>,
        request: &Request,
        wrap: impl Fn(Value) -> T,
    ) -> PyResult<Vec<T>> {
        match self.answer(py, request)? {
            Value::Array(items) => Ok(items.into_iter().map(wrap).collect()),
            other => Ok(vec![wrap(other)]),
        }
    }
}

#[pymethods]
impl RuleSet {
    /// The default rule set embedded in the library (the seed instruments, their agencies,
    /// duties and obligations). Raises `DatasetError` only if the embedded data is broken.
    #[staticmethod]
    fn default(py: Python<'_>) -> PyResult<Self> {
        let rules = py
            .allow_threads(quyche::query::RuleSet::embedded)
            .py_err(py)?;
        Ok(RuleSet {
            rules: Arc::new(rules),
            source: Source::Embedded,
        })
    }

    /// Loads a dataset directory laid out like the project's `data/` (see docs/dataset.md).
    /// Raises `DataReadError` when it cannot be read and `DatasetError` listing every problem
    /// (file, line, field) when it is invalid.
    #[staticmethod]
    fn from_dir(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let dir = path.clone();
        let rules = py
            .allow_threads(move || quyche::query::RuleSet::from_dir(&dir))
            .py_err(py)?;
        Ok(RuleSet {
            rules: Arc::new(rules),
            source: Source::Dir(path),
        })
    }

    /// Every instrument, without trees, in id order (the CLI's `instruments`). With `as_of`
    /// (a `datetime.date`), the law as it stood that day: later instruments left out, each
    /// status as it was then.
    #[pyo3(signature = (*, as_of=None))]
    fn instruments(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<InstrumentInfo>> {
        let as_of = opt_date(as_of, "as_of")?;
        self.items(
            py,
            &Request::Instruments(InstrumentsQuery { as_of }),
            InstrumentInfo::from_value,
        )
    }

    /// One instrument with its provision trees, by id (`quang-ninh/38-2018-qd-ubnd`) or official
    /// number (`38/2018/QĐ-UBND`, diacritics optional). Raises `NotFoundError` with close matches.
    fn instrument(slf: &Bound<'_, Self>, id_or_number: &str) -> PyResult<Instrument> {
        let py = slf.py();
        let this = slf.get();
        let core = this
            .rules
            .dataset()
            .instrument(id_or_number)
            .py_err(py)?
            .clone();
        let view = this.answer(py, &Request::Show(ShowQuery::instrument(id_or_number)))?;
        Ok(Instrument::new(core, view).with_rules(slf.clone().unbind()))
    }

    /// Agencies and groups; with `province`, only that province's bodies and the central ones.
    /// Raises `NotFoundError` for an unknown province.
    #[pyo3(signature = (province=None))]
    fn agencies(&self, py: Python<'_>, province: Option<String>) -> PyResult<Vec<Agency>> {
        self.items(
            py,
            &Request::Agencies(AgencyQuery { province }),
            Agency::from_value,
        )
    }

    /// Duties, filtered by bearer (any name form; groups it belongs to count), province and role
    /// (`lead`, `coordinate`, `advise`, `guide`, `supervise`, `inspect`, `appraise`, `approve`, `reward`, `report`, `provide_info`, `implement`).
    /// With `as_of`, only duties of instruments in force that day. With `province`, the national
    /// duties that bind it are included, resolved to its bodies (`local_only=True`: only its own).
    /// `current_bearers=True` (needs `as_of`) adds to each duty the bodies that carry it on that
    /// day after the 2025 reorganisation (`Duty.current`), as `--current-bearers` does.
    #[pyo3(signature = (agency=None, province=None, role=None, *, as_of=None, local_only=false, current_bearers=false))]
    #[allow(clippy::too_many_arguments)] // Python keyword arguments, one per option of the CLI.
    fn duties(
        &self,
        py: Python<'_>,
        agency: Option<String>,
        province: Option<String>,
        role: Option<String>,
        as_of: Option<&Bound<'_, PyAny>>,
        local_only: bool,
        current_bearers: bool,
    ) -> PyResult<Vec<Duty>> {
        let as_of = opt_date(as_of, "as_of")?;
        self.items(
            py,
            &Request::Duties(DutyQuery {
                agency,
                province,
                role: role.as_deref().map(str::parse).transpose().py_err(py)?,
                as_of,
                current_bearers,
                local_only,
            }),
            Duty::from_value,
        )
    }

    /// Reporting obligations, filtered by province, recipient agency and frequency (`annual`,
    /// `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request`, `event`).
    /// With `as_of`, only obligations of instruments in force that day. With `province`, the
    /// national obligations that bind it are included, resolved to its bodies (`local_only=True`:
    /// only its own). `current_bearers=True` (needs `as_of`): `Obligation.current`.
    #[pyo3(signature = (province=None, to=None, frequency=None, *, as_of=None, local_only=false, current_bearers=false))]
    #[allow(clippy::too_many_arguments)] // Python keyword arguments, one per option of the CLI.
    fn obligations(
        &self,
        py: Python<'_>,
        province: Option<String>,
        to: Option<String>,
        frequency: Option<String>,
        as_of: Option<&Bound<'_, PyAny>>,
        local_only: bool,
        current_bearers: bool,
    ) -> PyResult<Vec<Obligation>> {
        let as_of = opt_date(as_of, "as_of")?;
        self.items(
            py,
            &Request::Obligations(ObligationQuery {
                province,
                to,
                frequency: frequency
                    .as_deref()
                    .map(str::parse)
                    .transpose()
                    .py_err(py)?,
                as_of,
                current_bearers,
                local_only,
            }),
            Obligation::from_value,
        )
    }

    /// Due dates of the reporting obligations in calendar year `year` (or from `start` to `end`,
    /// both `datetime.date`, inclusive), on the Vietnamese working calendar (`calendar`: `civil`
    /// or `labour`). `shift` says what happens to a last day that is not a working day:
    /// `previous` (the default), `next` (Civil Code 2015 Art. 148(5)) or `none`. Each due date
    /// carries its trace (`trace=False`: none, for compact and faster answers). Filters:
    /// `province` (with the national obligations that bind it unless `local_only=True`), `agency`
    /// (who owes it), `as_of`.
    #[pyo3(signature = (year=None, province=None, agency=None, shift="previous", *, start=None, end=None, calendar="civil", as_of=None, local_only=false, trace=true, current_bearers=false))]
    #[allow(clippy::too_many_arguments)]
    fn deadlines(
        &self,
        py: Python<'_>,
        year: Option<i32>,
        province: Option<String>,
        agency: Option<String>,
        shift: &str,
        start: Option<&Bound<'_, PyAny>>,
        end: Option<&Bound<'_, PyAny>>,
        calendar: &str,
        as_of: Option<&Bound<'_, PyAny>>,
        local_only: bool,
        trace: bool,
        current_bearers: bool,
    ) -> PyResult<Vec<Deadline>> {
        let request = Request::Deadlines(DeadlineQuery {
            year,
            from: opt_date(start, "start")?,
            to: opt_date(end, "end")?,
            province,
            agency,
            shift: Some(shift.parse().py_err(py)?),
            calendar: Some(calendar.parse().py_err(py)?),
            as_of: opt_date(as_of, "as_of")?,
            current_bearers,
            local_only,
            trace,
        });
        self.items(py, &request, Deadline::from_value)
    }

    /// The provinces and centrally-run cities of `as_of` (34 from 12/06/2025, 63 before), or
    /// every one the dataset records: `quyche provinces --format json` as a list of dicts.
    #[pyo3(signature = (*, as_of=None))]
    fn provinces(&self, py: Python<'_>, as_of: Option<&Bound<'_, PyAny>>) -> PyResult<PyObject> {
        let as_of = opt_date(as_of, "as_of")?;
        let v = self.answer(py, &Request::Provinces(ProvincesQuery { as_of }))?;
        json_to_plain(py, &v)
    }

    /// The working calendar the rule set computes deadlines on (`civil` or `labour`), built on
    /// first use and kept.
    #[pyo3(signature = (kind="civil"))]
    fn calendar(&self, py: Python<'_>, kind: &str) -> PyResult<Calendar> {
        let kind: CalendarKind = kind.parse().py_err(py)?;
        let cal = self.rules.calendar(kind).py_err(py)?.clone();
        Ok(Calendar::new(cal))
    }

    /// Compliance analysis against Circular 22/2016/TT-BTTTT: a dict `{year, as_of, province,
    /// errors, warnings, infos, findings}` exactly as `quyche check --format json` prints it, each
    /// finding quoting every provision it involves.
    #[pyo3(signature = (province=None, year=None, *, as_of=None))]
    fn check(
        &self,
        py: Python<'_>,
        province: Option<String>,
        year: Option<i32>,
        as_of: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyObject> {
        let as_of = opt_date(as_of, "as_of")?;
        let v = self.answer(
            py,
            &Request::Check(CheckQuery {
                province,
                year,
                as_of,
            }),
        )?;
        json_to_plain(py, &v)
    }

    /// Provinces side by side (`what` = `"deadlines"` or `"duties"`): a dict `{what, columns,
    /// rows}` as `quyche compare --format json` prints it.
    #[pyo3(signature = (what="deadlines"))]
    fn compare(&self, py: Python<'_>, what: &str) -> PyResult<PyObject> {
        let v = self.answer(py, &Request::Compare(CompareQuery::default().what(what)))?;
        json_to_plain(py, &v)
    }

    /// A body's timeline through the 2025 reorganisation (created, merged, functions moved,
    /// dissolved), each step with its source: `quyche agencies --history NAME` as a dict.
    #[pyo3(signature = (name, province=None))]
    fn successors(
        &self,
        py: Python<'_>,
        name: String,
        province: Option<String>,
    ) -> PyResult<PyObject> {
        let v = self.answer(py, &Request::History(HistoryQuery { name, province }))?;
        json_to_plain(py, &v)
    }

    /// Tracks submissions (`submissions_csv` is the CSV text: agency, obligation, period,
    /// submitted) against the year's due dates: `quyche status` as a dict.
    #[pyo3(signature = (year, submissions_csv, *, as_of=None, province=None))]
    fn status(
        &self,
        py: Python<'_>,
        year: i32,
        submissions_csv: String,
        as_of: Option<&Bound<'_, PyAny>>,
        province: Option<String>,
    ) -> PyResult<PyObject> {
        let as_of = opt_date(as_of, "as_of")?;
        let v = self.answer(
            py,
            &Request::Status(StatusQuery {
                year,
                submissions_csv,
                as_of,
                province,
            }),
        )?;
        json_to_plain(py, &v)
    }

    /// Answers a JSON request (`{"query": "duties", "province": "Quảng Ninh"}`) with the JSON
    /// text the CLI would print: the entry point shared with the C ABI.
    fn query_json(&self, py: Python<'_>, request: &str) -> PyResult<String> {
        let rules = Arc::clone(&self.rules);
        let request = request.to_owned();
        py.allow_threads(move || rules.answer_json(&request))
            .py_err(py)
    }

    fn __repr__(&self) -> String {
        let ds = self.rules.dataset();
        let from = match &self.source {
            Source::Embedded => "default".to_owned(),
            Source::Dir(p) => format!("{:?}", p.display().to_string()),
        };
        format!(
            "RuleSet({from}, {} instruments, {} duties, {} obligations)",
            ds.instruments().len(),
            ds.duties().len(),
            ds.obligations().len()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
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
    refuse_oversize(py, text.as_bytes())?;
    import(py, ImportQuery::text(text))
}

/// As `import_text`, from raw bytes (which must be UTF-8; anything else raises `ParseError`).
#[pyfunction]
pub fn import_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Instrument> {
    let q = ImportQuery::bytes(data).py_err(py)?;
    import(py, q)
}

/// Refuses a text over the importer's size limit before it is copied, with the core's error.
fn refuse_oversize(py: Python<'_>, data: &[u8]) -> PyResult<()> {
    if data.len() > quyche::import::MAX_INPUT_BYTES {
        ImportQuery::bytes(data).map(|_| ()).py_err(py)?;
    }
    Ok(())
}

/// Answers an import query with the GIL released.
fn import(py: Python<'_>, q: ImportQuery) -> PyResult<Instrument> {
    let imported = py
        .allow_threads(move || quyche::query::import(&q))
        .py_err(py)?;
    let view = crate::convert::to_value(py, &InstrumentView::from_import(&imported))?;
    Ok(Instrument::new(imported.instrument, view))
}
