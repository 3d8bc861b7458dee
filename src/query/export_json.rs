//! Answers written to a writer as they are serialised, for answers too large to hold twice in
//! memory (the due dates of a thousand provinces). The bytes are those of [`super::Answer::to_json`]:
//! JSON objects come out with their keys sorted, as a `serde_json::Value` writes them, because
//! each row goes through a `Value` of its own, one row at a time.

use std::io::Write;

use serde::ser::{Error as _, Serialize, SerializeSeq, Serializer};

use super::{Request, RuleSet};
use crate::{Error, Result};

struct AsValue<'a, T>(&'a T);

impl<T: Serialize> Serialize for AsValue<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        serde_json::to_value(self.0)
            .map_err(S::Error::custom)?
            .serialize(s)
    }
}

fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::Io {
            path: "<output>".into(),
            message: std::io::Error::from(kind).to_string(),
        },
        None => super::not_json(e),
    }
}

fn write_pretty<W: Write, T: Serialize + ?Sized>(w: W, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(w, value).map_err(json_error)
}

impl RuleSet {
    /// Writes the JSON answer of a request to `w`: the same bytes as [`RuleSet::answer`], without
    /// holding the whole answer in memory. Due dates are serialised one row at a time; other
    /// answers are built as a value first, as [`RuleSet::answer`] does.
    ///
    /// # Errors
    /// Any error of the query; [`Error::Io`] when the writer fails (nothing is retried, and
    /// what was written stays written).
    ///
    /// # Example
    /// ```
    /// let rules = quyche::query::RuleSet::embedded()?;
    /// let req = quyche::query::Request::from_json(r#"{"query": "deadlines", "year": 2026}"#)?;
    /// let mut out = Vec::new();
    /// rules.write_answer(&req, &mut out)?;
    /// assert_eq!(String::from_utf8(out).unwrap(), rules.answer(&req)?);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn write_answer<W: Write>(&self, request: &Request, w: W) -> Result<()> {
        match request {
            Request::Deadlines(q) => {
                let cal = self.calendar(q.calendar.unwrap_or_default())?;
                let rows = super::deadlines::pending_rows(self.dataset(), cal, q)?;
                let mut ser = serde_json::Serializer::with_formatter(
                    w,
                    serde_json::ser::PrettyFormatter::new(),
                );
                let mut seq = ser.serialize_seq(Some(rows.len())).map_err(json_error)?;
                rows.for_each(|row| seq.serialize_element(&AsValue(&row)).map_err(json_error))?;
                seq.end().map_err(json_error)
            }
            _ => write_pretty(w, &super::answer::sorted(&self.dispatch(request)?)?),
        }
    }
}
