//! Reading TOML dataset files record by record, so that each problem names its file and line.

use serde::de::DeserializeOwned;

use crate::error::DataProblem;

/// A parsed TOML file whose records can be read one by one.
pub(crate) struct TomlFile<'a> {
    pub(crate) path: &'a str,
    text: &'a str,
    table: toml::Table,
}

impl<'a> TomlFile<'a> {
    /// Parses `text`; a syntax error becomes a problem with its line.
    pub(crate) fn parse(path: &'a str, text: &'a str) -> Result<Self, DataProblem> {
        match text.parse::<toml::Table>() {
            Ok(mut table) => {
                for (_, value) in table.iter_mut() {
                    dates_to_strings(value);
                }
                Ok(TomlFile { path, text, table })
            }
            Err(e) => Err(DataProblem {
                file: path.to_owned(),
                line: e.span().map(|s| line_of(text, s.start)),
                field: None,
                message: format!("invalid TOML: {}", e.message()),
            }),
        }
    }

    /// The records of the array of tables `[[name]]`, each with its line; records that do not
    /// read add a problem and are skipped.
    pub(crate) fn records<T: DeserializeOwned>(
        &self,
        name: &str,
        problems: &mut Vec<DataProblem>,
    ) -> Vec<(T, usize)> {
        let Some(value) = self.table.get(name) else {
            return Vec::new();
        };
        let Some(items) = value.as_array() else {
            problems.push(self.problem(
                None,
                Some(name),
                format!("`{name}` must be an array of tables ([[{name}]])"),
            ));
            return Vec::new();
        };
        let lines = header_lines(self.text, name);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let line = lines.get(i).copied();
            match item.clone().try_into::<T>() {
                Ok(record) => out.push((record, line.unwrap_or(0))),
                Err(e) => problems.push(self.problem(
                    line,
                    Some(&format!("{name}[{}]", i.saturating_add(1))),
                    clean_message(&e.to_string()),
                )),
            }
        }
        out
    }

    /// The whole file as one record (top-level keys), with the names of the arrays it may also hold.
    pub(crate) fn whole<T: DeserializeOwned>(&self, problems: &mut Vec<DataProblem>) -> Option<T> {
        match toml::Value::Table(self.table.clone()).try_into::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                problems.push(self.problem(None, None, clean_message(&e.to_string())));
                None
            }
        }
    }

    /// Top-level keys other than `allowed`, reported as unknown.
    pub(crate) fn unknown_keys(&self, allowed: &[&str], problems: &mut Vec<DataProblem>) {
        for key in self.table.keys() {
            if !allowed.contains(&key.as_str()) {
                let line = self.text.lines().position(|l| {
                    let t = l.trim_start();
                    t.starts_with(&format!("[[{key}]]"))
                        || t.starts_with(&format!("[{key}]"))
                        || t.starts_with(&format!("{key} "))
                        || t.starts_with(&format!("{key}="))
                });
                problems.push(self.problem(
                    line.map(|l| l.saturating_add(1)),
                    Some(key),
                    format!(
                        "unknown key `{key}` (expected one of: {})",
                        allowed.join(", ")
                    ),
                ));
            }
        }
    }

    pub(crate) fn problem(
        &self,
        line: Option<usize>,
        field: Option<&str>,
        message: String,
    ) -> DataProblem {
        DataProblem {
            file: self.path.to_owned(),
            line,
            field: field.map(str::to_owned),
            message,
        }
    }
}

/// TOML dates become ISO strings so that chrono's serde reads them.
fn dates_to_strings(value: &mut toml::Value) {
    match value {
        toml::Value::Datetime(d) => *value = toml::Value::String(d.to_string()),
        toml::Value::Array(items) => items.iter_mut().for_each(dates_to_strings),
        toml::Value::Table(t) => t.iter_mut().for_each(|(_, v)| dates_to_strings(v)),
        _ => {}
    }
}

/// The 1-based lines of each `[[name]]` header, in order.
fn header_lines(text: &str, name: &str) -> Vec<usize> {
    let header = format!("[[{name}]]");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .map(|(i, _)| i.saturating_add(1))
        .collect()
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |s| {
        s.bytes().filter(|b| *b == b'\n').count().saturating_add(1)
    })
}

fn clean_message(m: &str) -> String {
    m.trim().replace('\n', " ")
}
