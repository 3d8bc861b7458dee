//! Instruments with their provision trees, walkable from Python.

use std::sync::Arc;

use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::types::PyType;
use pyo3::IntoPyObjectExt;
use serde_json::Value;

use crate::convert::{self, field};
use crate::errors::IntoPyResult;

fn richcmp<T: PartialEq>(py: Python<'_>, a: &T, b: Option<&T>, op: CompareOp) -> PyObject {
    let Some(b) = b else {
        return py.NotImplemented();
    };
    match op {
        CompareOp::Eq => (a == b)
            .into_py_any(py)
            .unwrap_or_else(|_| py.NotImplemented()),
        CompareOp::Ne => (a != b)
            .into_py_any(py)
            .unwrap_or_else(|_| py.NotImplemented()),
        _ => py.NotImplemented(),
    }
}

fn json_of<T: serde::Serialize>(py: Python<'_>, x: &T) -> PyResult<String> {
    serde_json::to_string(x)
        .map_err(|e| crate::errors::parse_error(py, format!("cannot write JSON: {e}")))
}

fn provisions(py: Python<'_>, nodes: &[quyche::model::Provision]) -> PyResult<Vec<Py<Provision>>> {
    nodes
        .iter()
        .map(|p| {
            Py::new(
                py,
                Provision {
                    node: Arc::new(p.clone()),
                },
            )
        })
        .collect()
}

/// A legal instrument with its provision trees: the answer of `RuleSet.instrument()` and of
/// `quyche.import_text()`. Its fields are those of the CLI's `show ID --format json`.
#[pyclass(frozen, module = "quyche")]
pub struct Instrument {
    core: Arc<quyche::model::Instrument>,
    view: Arc<Value>,
    /// The rule set it comes from (`None` for an imported text): `to_akn` answers through it.
    rules: Option<Py<crate::ruleset::RuleSet>>,
}

impl Instrument {
    /// Wraps a core instrument and its query-layer view (as JSON).
    pub fn new(core: quyche::model::Instrument, view: Value) -> Self {
        Instrument {
            core: Arc::new(core),
            view: Arc::new(view),
            rules: None,
        }
    }

    /// The same, for an instrument of a rule set.
    pub fn with_rules(self, rules: Py<crate::ruleset::RuleSet>) -> Self {
        Instrument {
            rules: Some(rules),
            ..self
        }
    }
}

#[pymethods]
impl Instrument {
    /// Dataset id (`vn/22-2016-tt-btttt`).
    #[getter]
    fn id(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "id")
    }

    /// Official number, `None` for a draft.
    #[getter]
    fn number(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "number")
    }

    /// Kind (`quyet_dinh`, `thong_tu`, ...).
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "kind")
    }

    /// Title (trích yếu).
    #[getter]
    fn title(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "title")
    }

    /// Issuing body, as named in the text.
    #[getter]
    fn issuer(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "issuer")
    }

    /// `vn` or a province slug.
    #[getter]
    fn jurisdiction(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "jurisdiction")
    }

    /// Signer.
    #[getter]
    fn signer(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "signer")
    }

    /// Date signed (`datetime.date`).
    #[getter]
    fn signed_on(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "signed_on")
    }

    /// Date effective (`datetime.date`).
    #[getter]
    fn effective_from(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "effective_from")
    }

    /// `draft`, `in_force`, `replaced` or `unknown`.
    #[getter]
    fn status(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "status")
    }

    /// When the status was last verified (`datetime.date`).
    #[getter]
    fn verified_on(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "verified_on")
    }

    /// Instruments it replaces (dicts with `id`, `number`, `quote`).
    #[getter]
    fn replaces(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "replaces")
    }

    /// Id of the instrument that replaces it, where recorded.
    #[getter]
    fn replaced_by(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "replaced_by")
    }

    /// Legal bases (dicts with `id`, `number`, `quote`).
    #[getter]
    fn bases(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "bases")
    }

    /// Whether there is a text.
    #[getter]
    fn has_text(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "has_text")
    }

    /// Place of issue.
    #[getter]
    fn place(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "place")
    }

    /// Cross-references found in its provisions (dicts).
    #[getter]
    fn references(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "references")
    }

    /// Metadata supplied because the text lacks it (dicts with `field` and `reason`).
    #[getter]
    fn restored_fields(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "restored_fields")
    }

    /// What the importer reported (dicts with `code`, `severity`, `message`, `line`, `provision`).
    #[getter]
    fn diagnostics(&self, py: Python<'_>) -> PyResult<PyObject> {
        field(py, &self.view, "diagnostics")
    }

    /// Its own provisions (for a decision: the decision's articles).
    #[getter]
    fn body(&self, py: Python<'_>) -> PyResult<Vec<Py<Provision>>> {
        provisions(py, &self.core.body)
    }

    /// The regulations attached to it, each with its own tree.
    #[getter]
    fn attachments(&self, py: Python<'_>) -> PyResult<Vec<Py<Attachment>>> {
        self.core
            .attachments
            .iter()
            .map(|a| {
                Py::new(
                    py,
                    Attachment {
                        core: Arc::new(a.clone()),
                    },
                )
            })
            .collect()
    }

    /// The provision named by a citation (`"Điểm a khoản 2 Điều 20"`) or an eId
    /// (`"att_1__art_20__para_2__point_a"`). Raises `NotFoundError`, `AmbiguousError` or
    /// `ParseError` (an unreadable citation).
    fn provision(&self, py: Python<'_>, citation: &str) -> PyResult<Provision> {
        let p = quyche::dataset::find_provision(&self.core, citation).py_err(py)?;
        Ok(Provision {
            node: Arc::new(p.clone()),
        })
    }

    /// Every provision, depth first: the body, then each attachment.
    fn walk(&self, py: Python<'_>) -> PyResult<Vec<Py<Provision>>> {
        self.core
            .provisions()
            .map(|p| {
                Py::new(
                    py,
                    Provision {
                        node: Arc::new(p.clone()),
                    },
                )
            })
            .collect()
    }

    /// The instrument as plain data, exactly the CLI's `show ID --format json`.
    fn to_dict(&self, py: Python<'_>) -> PyResult<PyObject> {
        convert::json_to_plain(py, &self.view)
    }

    /// The instrument as JSON text, formatted as the CLI prints it.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        convert::to_json_text(py, &self.view)
    }

    /// The instrument as an Akoma Ntoso 3.0 XML document, exactly the CLI's
    /// `show ID --format akn` (or `import FILE --format akn` for an imported text).
    fn to_akn(&self, py: Python<'_>) -> PyResult<String> {
        match &self.rules {
            Some(rules) => rules.get().akn(py, &self.core.id),
            None => {
                let core = Arc::clone(&self.core);
                py.allow_threads(move || quyche::akn::to_akn(&core, None))
                    .py_err(py)
            }
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Instrument(id={:?}, number={})",
            self.core.id,
            self.core
                .number
                .as_deref()
                .map_or_else(|| "None".to_owned(), |n| format!("{n:?}"))
        )
    }

    fn __richcmp__(&self, py: Python<'_>, other: &Bound<'_, PyAny>, op: CompareOp) -> PyObject {
        let other = other.downcast::<Instrument>().ok();
        richcmp(py, &*self.view, other.map(|o| &*o.get().view), op)
    }

    fn __hash__(&self) -> u64 {
        convert::hash_value(&self.view)
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (String, String, Option<Py<crate::ruleset::RuleSet>>),
    )> {
        let py = slf.py();
        let rebuild = slf.get_type().getattr("_from_json")?;
        let this = slf.get();
        Ok((
            rebuild,
            (
                json_of(py, &*this.core)?,
                this.view.to_string(),
                this.rules.as_ref().map(|r| r.clone_ref(py)),
            ),
        ))
    }

    /// Rebuilds an instrument from its JSON texts and its rule set (used by pickle).
    #[classmethod]
    #[pyo3(signature = (core, view, rules=None))]
    fn _from_json(
        _cls: &Bound<'_, PyType>,
        core: &str,
        view: &str,
        rules: Option<Py<crate::ruleset::RuleSet>>,
    ) -> PyResult<Self> {
        let bad = |e: serde_json::Error| {
            pyo3::exceptions::PyValueError::new_err(format!("invalid Instrument JSON: {e}"))
        };
        Ok(Instrument {
            core: Arc::new(serde_json::from_str(core).map_err(bad)?),
            view: Arc::new(serde_json::from_str(view).map_err(bad)?),
            rules,
        })
    }
}

/// A regulation attached to a decision (Quy chế, Quy định), with its own provision tree.
#[pyclass(frozen, module = "quyche")]
pub struct Attachment {
    core: Arc<quyche::model::Attachment>,
}

#[pymethods]
impl Attachment {
    /// The eId prefix of its nodes (`att_1`).
    #[getter]
    fn eid(&self) -> &str {
        &self.core.eid
    }

    /// Its kind as named in the text (`Quy định`, `Quy chế`).
    #[getter]
    fn kind(&self) -> &str {
        &self.core.kind
    }

    /// Its title, as in the text.
    #[getter]
    fn title(&self) -> &str {
        &self.core.title
    }

    /// Its provisions.
    #[getter]
    fn body(&self, py: Python<'_>) -> PyResult<Vec<Py<Provision>>> {
        provisions(py, &self.core.body)
    }

    fn __repr__(&self) -> String {
        format!(
            "Attachment(eid={:?}, kind={:?})",
            self.core.eid, self.core.kind
        )
    }
}

/// One node of a provision tree (Phần, Chương, Mục, Điều, Khoản, Điểm, paragraph, Phụ lục).
#[pyclass(frozen, module = "quyche")]
pub struct Provision {
    node: Arc<quyche::model::Provision>,
}

#[pymethods]
impl Provision {
    /// Its level: `part`, `chapter`, `section`, `article`, `clause`, `point`, `paragraph` or `appendix`.
    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<PyObject> {
        convert::json_to_py(py, &convert::to_value(py, &self.node.kind)?, None)
    }

    /// Its number as written (`"20"`, `"a"`, `"IV"`), `None` when unnumbered.
    #[getter]
    fn num(&self) -> Option<&str> {
        self.node.num.as_deref()
    }

    /// Akoma Ntoso-style id, unique in the instrument (`att_1__art_20__para_2__point_a`).
    #[getter]
    fn eid(&self) -> &str {
        &self.node.eid
    }

    /// The Vietnamese citation (`Điểm a khoản 2 Điều 20`).
    #[getter]
    fn citation(&self) -> &str {
        &self.node.citation
    }

    /// The heading, where it has one.
    #[getter]
    fn heading(&self) -> Option<&str> {
        self.node.heading.as_deref()
    }

    /// Its own text, without its number and its children's text; lines joined by newlines.
    #[getter]
    fn text(&self) -> &str {
        &self.node.text
    }

    /// `source` or `restored` (reconstructed by the editors; see `note`).
    #[getter]
    fn provenance(&self, py: Python<'_>) -> PyResult<PyObject> {
        convert::json_to_py(py, &convert::to_value(py, &self.node.provenance)?, None)
    }

    /// Why a restored node was restored, or another editorial note.
    #[getter]
    fn note(&self) -> Option<&str> {
        self.node.note.as_deref()
    }

    /// The 1-based line of the source text where it starts, where known.
    #[getter]
    fn line(&self) -> Option<usize> {
        self.node.line
    }

    /// Its children, in order.
    #[getter]
    fn children(&self, py: Python<'_>) -> PyResult<Vec<Py<Provision>>> {
        provisions(py, &self.node.children)
    }

    /// Its heading-free full text: its own text, then its descendants', one per line.
    fn full_text(&self) -> String {
        self.node.full_text()
    }

    /// This node and all its descendants, depth first.
    fn walk(&self, py: Python<'_>) -> PyResult<Vec<Py<Provision>>> {
        self.node
            .walk()
            .map(|p| {
                Py::new(
                    py,
                    Provision {
                        node: Arc::new(p.clone()),
                    },
                )
            })
            .collect()
    }

    /// The node and its subtree as plain data, as in the CLI's JSON.
    fn to_dict(&self, py: Python<'_>) -> PyResult<PyObject> {
        convert::json_to_plain(py, &convert::to_value(py, &*self.node)?)
    }

    fn __repr__(&self) -> String {
        format!(
            "Provision(eid={:?}, citation={:?})",
            self.node.eid, self.node.citation
        )
    }

    fn __richcmp__(&self, py: Python<'_>, other: &Bound<'_, PyAny>, op: CompareOp) -> PyObject {
        let other = other.downcast::<Provision>().ok();
        richcmp(py, &*self.node, other.map(|o| &*o.get().node), op)
    }

    fn __hash__(&self) -> u64 {
        serde_json::to_value(&*self.node).map_or(0, |v| convert::hash_value(&v))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let rebuild = slf.get_type().getattr("_from_json")?;
        Ok((rebuild, (json_of(slf.py(), &*slf.get().node)?,)))
    }

    /// Rebuilds a provision from its JSON text (used by pickle).
    #[classmethod]
    fn _from_json(_cls: &Bound<'_, PyType>, text: &str) -> PyResult<Self> {
        serde_json::from_str(text)
            .map(|p| Provision { node: Arc::new(p) })
            .map_err(|e| {
                pyo3::exceptions::PyValueError::new_err(format!("invalid Provision JSON: {e}"))
            })
    }
}
