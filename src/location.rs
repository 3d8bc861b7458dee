//! Where a problem is in a data file: line numbers from byte offsets, TOML read with the spans
//! the parser gives (`toml::Spanned`), and the [`DataProblem`] that names file, line and field.
//!
//! One helper for every TOML reader of the crate (dataset, succession, corrections, calendar
//! data), so that a line is counted one way and a record's line is the line of its header as
//! the parser saw it, never found again by scanning the text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, Visitor};
use toml::Spanned;

use crate::error::DataProblem;

/// The 1-based line of a byte offset in `text` (an offset past the end counts as the end).
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()
        .get(..end)
        .unwrap_or_default()
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        .saturating_add(1)
}

/// A file's name and text, to turn offsets into problems that name their line.
#[derive(Clone, Copy)]
pub(crate) struct Located<'a> {
    /// The file, as problems name it.
    pub(crate) file: &'a str,
    /// Its text.
    pub(crate) text: &'a str,
}

impl<'a> Located<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Self {
        Located { file, text }
    }

    /// A problem at `line` (when known), about `field` (when known).
    pub(crate) fn at_line(
        &self,
        line: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> DataProblem {
        DataProblem {
            file: self.file.to_owned(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    /// A problem at the line of byte `offset`.
    pub(crate) fn at_offset(
        &self,
        offset: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> DataProblem {
        self.at_line(offset.map(|o| line_of(self.text, o)), field, message)
    }

    /// A TOML syntax or shape error, at the line its span starts on.
    pub(crate) fn toml_error(&self, e: &toml::de::Error) -> DataProblem {
        self.at_offset(
            e.span().map(|s| s.start),
            None,
            format!("invalid TOML: {}", clean(e.message())),
        )
    }
}

/// One table of an array of tables (`[[name]]`), with the line of its header and of each key.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    /// Its keys and values, dates as ISO strings (so that chrono's serde reads them).
    pub(crate) table: toml::Table,
    /// The line of its `[[name]]` header.
    pub(crate) line: usize,
    /// The line of each key.
    fields: BTreeMap<String, usize>,
}

impl Record {
    /// The line of `key`, or of the record's header when the key is absent.
    pub(crate) fn field_line(&self, key: &str) -> usize {
        self.fields.get(key).copied().unwrap_or(self.line)
    }

    /// The record as a `T`, or the deserializer's message and the field it names (where the
    /// message names one of the record's keys, its line is the key's).
    pub(crate) fn read<T: DeserializeOwned>(&self) -> Result<T, (usize, String)> {
        toml::Value::Table(self.table.clone())
            .try_into::<T>()
            .map_err(|e| {
                let message = clean(&e.to_string());
                let line = named_field(&message)
                    .and_then(|f| self.fields.get(f).copied())
                    .unwrap_or(self.line);
                (line, message)
            })
    }
}

/// A TOML file read with spans: its arrays of tables as [`Record`]s, its other top-level keys
/// with their lines.
pub(crate) struct TomlFile<'a> {
    pub(crate) at: Located<'a>,
    arrays: BTreeMap<String, Vec<Record>>,
    top: BTreeMap<String, (toml::Value, usize)>,
}

impl<'a> TomlFile<'a> {
    /// Parses `text`; the keys in `arrays` must hold arrays of tables. A syntax error, or an
    /// array key that holds something else, is a problem with its line.
    pub(crate) fn parse(
        file: &'a str,
        text: &'a str,
        arrays: &[&str],
    ) -> Result<Self, DataProblem> {
        let at = Located::new(file, text);
        let raw = FileSeed { arrays }
            .deserialize(toml::Deserializer::new(text))
            .map_err(|e| at.toml_error(&e))?;
        let arrays = raw
            .arrays
            .into_iter()
            .map(|(key, items)| {
                let records = items.into_iter().map(|item| record(text, item)).collect();
                (key, records)
            })
            .collect();
        let top = raw
            .top
            .into_iter()
            .map(|(key, value)| {
                let line = line_of(text, value.span().start);
                let mut value = value.into_inner();
                dates_to_strings(&mut value);
                (key, (value, line))
            })
            .collect();
        Ok(TomlFile { at, arrays, top })
    }

    /// The records of `[[name]]` (none when the file has no such key).
    pub(crate) fn records(&self, name: &str) -> &[Record] {
        self.arrays.get(name).map_or(&[], Vec::as_slice)
    }

    /// The records of `[[name]]` read as `T`, each with its line; a record that does not read
    /// adds a problem naming `name[n]` and is skipped.
    pub(crate) fn read_records<T: DeserializeOwned>(
        &self,
        name: &str,
        problems: &mut Vec<DataProblem>,
    ) -> Vec<(T, usize)> {
        let mut out = Vec::new();
        for (i, r) in self.records(name).iter().enumerate() {
            match r.read::<T>() {
                Ok(v) => out.push((v, r.line)),
                Err((line, message)) => problems.push(self.at.at_line(
                    Some(line),
                    Some(&format!("{name}[{}]", i.saturating_add(1))),
                    message,
                )),
            }
        }
        out
    }

    /// The whole file as one record (its top-level keys, arrays of tables included).
    pub(crate) fn whole<T: DeserializeOwned>(&self, problems: &mut Vec<DataProblem>) -> Option<T> {
        let mut table: toml::Table = self
            .top
            .iter()
            .map(|(k, (v, _))| (k.clone(), v.clone()))
            .collect();
        for (k, records) in &self.arrays {
            let items = records
                .iter()
                .map(|r| toml::Value::Table(r.table.clone()))
                .collect();
            table.insert(k.clone(), toml::Value::Array(items));
        }
        match toml::Value::Table(table).try_into::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                let message = clean(&e.to_string());
                let line = named_field(&message).and_then(|f| self.key_line(f));
                problems.push(self.at.at_line(line, None, message));
                None
            }
        }
    }

    /// The line of a top-level key, where the file has it.
    pub(crate) fn key_line(&self, key: &str) -> Option<usize> {
        self.top
            .get(key)
            .map(|(_, line)| *line)
            .or_else(|| self.records(key).first().map(|r| r.line))
    }

    /// Top-level keys other than `allowed`, reported as unknown with their lines.
    pub(crate) fn unknown_keys(&self, allowed: &[&str], problems: &mut Vec<DataProblem>) {
        let keys = self.top.keys().chain(self.arrays.keys());
        for key in keys.filter(|k| !allowed.contains(&k.as_str())) {
            problems.push(self.at.at_line(
                self.key_line(key),
                Some(key),
                format!(
                    "unknown key `{key}` (expected one of: {})",
                    allowed.join(", ")
                ),
            ));
        }
    }

    /// A problem in this file.
    pub(crate) fn problem(
        &self,
        line: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> DataProblem {
        self.at.at_line(line, field, message)
    }
}

/// A record with spans, as the parser gives it.
type RawRecord = Spanned<BTreeMap<String, Spanned<toml::Value>>>;

/// What a file parses to before its spans become lines.
#[derive(Default)]
struct RawFile {
    arrays: BTreeMap<String, Vec<RawRecord>>,
    top: BTreeMap<String, Spanned<toml::Value>>,
}

/// Reads the top-level table, each key in `arrays` as records with spans, the others as values.
struct FileSeed<'s> {
    arrays: &'s [&'s str],
}

impl<'de> DeserializeSeed<'de> for FileSeed<'_> {
    type Value = RawFile;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<RawFile, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FileSeed<'_> {
    type Value = RawFile;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a TOML table")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawFile, A::Error> {
        let mut raw = RawFile::default();
        while let Some(key) = map.next_key::<String>()? {
            if self.arrays.contains(&key.as_str()) {
                let items: Vec<RawRecord> = map.next_value()?;
                raw.arrays.insert(key, items);
            } else {
                let value: Spanned<toml::Value> = map.next_value()?;
                raw.top.insert(key, value);
            }
        }
        Ok(raw)
    }
}

fn record(text: &str, raw: RawRecord) -> Record {
    let line = line_of(text, raw.span().start);
    let mut table = toml::Table::new();
    let mut fields = BTreeMap::new();
    for (key, value) in raw.into_inner() {
        fields.insert(key.clone(), line_of(text, value.span().start));
        let mut value = value.into_inner();
        dates_to_strings(&mut value);
        table.insert(key, value);
    }
    Record {
        table,
        line,
        fields,
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

/// The field a serde message names ("... in `kind`", "unknown field `x`"; the first segment of a
/// path such as `source.date`).
fn named_field(message: &str) -> Option<&str> {
    let after = |marker: &str, at: usize| {
        let rest = message.get(at.saturating_add(marker.len())..)?;
        let name = rest.get(..rest.find('`')?)?;
        Some(name.split('.').next().unwrap_or(name))
    };
    message
        .rfind(" in `")
        .and_then(|at| after(" in `", at))
        .or_else(|| message.find("field `").and_then(|at| after("field `", at)))
}

/// A message on one line.
fn clean(m: &str) -> String {
    m.trim().replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
        day: Option<chrono::NaiveDate>,
    }

    #[test]
    fn lines_count_newlines_before_the_offset() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a\nb\nc", 400), 3);
    }

    #[test]
    fn records_carry_the_lines_of_their_headers_and_keys() {
        let text =
            "# c\n\n[[item]] # one\nid = \"a\"\n\n[[item]]\n\nid = \"b\"\nday = 2025-07-01\n";
        let f = TomlFile::parse("f.toml", text, &["item"]).unwrap();
        let r = f.records("item");
        assert_eq!((r[0].line, r[1].line), (3, 6));
        assert_eq!(r[1].field_line("id"), 8);
        assert_eq!(r[1].field_line("day"), 9);
        assert_eq!(r[1].field_line("absent"), 6);
        let mut problems = Vec::new();
        let items = f.read_records::<Item>("item", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(items[1].0.day, chrono::NaiveDate::from_ymd_opt(2025, 7, 1));
        assert_eq!(items[1].0.id, "b");
    }

    #[test]
    fn a_bad_record_names_its_field_and_line() {
        let text = "[[item]]\nid = \"a\"\n\n[[item]]\nid = \"b\"\ncolour = \"red\"\n";
        let f = TomlFile::parse("f.toml", text, &["item"]).unwrap();
        let mut problems = Vec::new();
        let items = f.read_records::<Item>("item", &mut problems);
        assert_eq!(items.len(), 1);
        let p = problems[0].to_string();
        assert!(p.starts_with("f.toml:6: item[2]: "), "{p}");
        assert!(p.contains("colour"), "{p}");
    }

    #[test]
    fn syntax_errors_and_unknown_keys_have_lines() {
        let err = TomlFile::parse("f.toml", "a = 1\nb = [\n", &[])
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("f.toml:"), "{err}");
        assert!(err.contains("invalid TOML"), "{err}");
        let f = TomlFile::parse("f.toml", "x = 1\n\n[[item]]\nid = \"a\"\n", &["item"]).unwrap();
        let mut problems = Vec::new();
        f.unknown_keys(&["item"], &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(1));
        let not_array = TomlFile::parse("f.toml", "\n\nitem = 3\n", &["item"])
            .err()
            .unwrap();
        assert_eq!(not_array.line, Some(3), "{not_array}");
    }
}
