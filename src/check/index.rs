//! The dataset's duties and obligations grouped by instrument, built once per analysis: the
//! rules ask "what does this instrument say" for every instrument, and a scan of every record
//! per instrument is quadratic over a thousand provinces.

use std::collections::HashMap;

use crate::dataset::Dataset;
use crate::obligation::{Duty, Obligation};

/// Records by instrument id, each list in dataset order.
pub(super) struct ByInstrument<'a> {
    duties: HashMap<&'a str, Vec<&'a Duty>>,
    obligations: HashMap<&'a str, Vec<&'a Obligation>>,
}

impl<'a> ByInstrument<'a> {
    pub(super) fn new(ds: &'a Dataset) -> Self {
        let mut duties: HashMap<&str, Vec<&Duty>> = HashMap::new();
        for d in ds.duties() {
            duties.entry(d.instrument_id.as_str()).or_default().push(d);
        }
        let mut obligations: HashMap<&str, Vec<&Obligation>> = HashMap::new();
        for o in ds.obligations() {
            obligations
                .entry(o.instrument_id.as_str())
                .or_default()
                .push(o);
        }
        ByInstrument {
            duties,
            obligations,
        }
    }

    /// The duties of an instrument, in dataset order.
    pub(super) fn duties(&self, instrument_id: &str) -> &[&'a Duty] {
        self.duties.get(instrument_id).map_or(&[], Vec::as_slice)
    }

    /// The obligations of an instrument, in dataset order.
    pub(super) fn obligations(&self, instrument_id: &str) -> &[&'a Obligation] {
        self.obligations
            .get(instrument_id)
            .map_or(&[], Vec::as_slice)
    }
}
