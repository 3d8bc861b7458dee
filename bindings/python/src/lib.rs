//! Python bindings of quyche: the native module `quyche._quyche`, re-exported by the `quyche`
//! package. The binding is thin: every answer comes from the core's query layer, so that Python
//! and the CLI agree.
#![forbid(unsafe_code)]

mod calendar;
mod convert;
mod errors;
mod instrument;
mod record;
mod records;
mod ruleset;

use pyo3::prelude::*;

/// The native part of the `quyche` package; import `quyche` instead.
#[pymodule]
fn _quyche(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ruleset::RuleSet>()?;
    m.add_class::<instrument::Instrument>()?;
    m.add_class::<instrument::Attachment>()?;
    m.add_class::<instrument::Provision>()?;
    m.add_class::<records::InstrumentInfo>()?;
    m.add_class::<records::Agency>()?;
    m.add_class::<records::Duty>()?;
    m.add_class::<records::Obligation>()?;
    m.add_class::<records::Deadline>()?;
    m.add_class::<records::Holiday>()?;
    m.add_class::<calendar::Calendar>()?;
    m.add_function(wrap_pyfunction!(ruleset::import_text, m)?)?;
    m.add_function(wrap_pyfunction!(ruleset::import_bytes, m)?)?;
    let lunar = PyModule::new(m.py(), "quyche.lunar")?;
    lunar.setattr(
        "__doc__",
        "The Vietnamese lunisolar calendar (âm lịch), 1900–2199, computed for UTC+7.",
    )?;
    lunar.add_class::<records::LunarDateRecord>()?;
    lunar.add_function(wrap_pyfunction!(calendar::from_solar, &lunar)?)?;
    lunar.add_function(wrap_pyfunction!(calendar::to_solar, &lunar)?)?;
    m.add("lunar", &lunar)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
