//! Reading succession data from TOML, with line-numbered errors.

use serde::Deserialize;

use super::{Jurisdiction, Link, Succession};
use crate::error::{DataProblem, Error, Result};

/// The embedded files, in load order (file name, text).
const EMBEDDED: &[(&str, &str)] = &[
    (
        "data/succession/jurisdictions.toml",
        include_str!("../../data/succession/jurisdictions.toml"),
    ),
    (
        "data/succession/national.toml",
        include_str!("../../data/succession/national.toml"),
    ),
    (
        "data/succession/tra-vinh.toml",
        include_str!("../../data/succession/tra-vinh.toml"),
    ),
    (
        "data/succession/soc-trang.toml",
        include_str!("../../data/succession/soc-trang.toml"),
    ),
    (
        "data/succession/quang-ninh.toml",
        include_str!("../../data/succession/quang-ninh.toml"),
    ),
    (
        "data/succession/dien-bien.toml",
        include_str!("../../data/succession/dien-bien.toml"),
    ),
];

/// One file's shape: `[[jurisdiction]]` and `[[link]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    jurisdiction: Vec<Jurisdiction>,
    #[serde(default)]
    link: Vec<Link>,
}

impl Succession {
    /// Reads one TOML text of `[[jurisdiction]]` and `[[link]]` tables and checks each
    /// record on its own (a link must cite an instrument number, date and issuer; a
    /// whole-body link names its successor; a partial link lists its functions).
    ///
    /// Ids are not checked against an agency list here; see [`Succession::validate`].
    ///
    /// # Errors
    /// [`Error::Dataset`] listing every problem with its line: TOML syntax, a missing or
    /// unknown field, an unknown kind or function, a link without a source.
    ///
    /// # Example
    /// ```
    /// use quyche::succession::Succession;
    /// let bad = "[[link]]\nfrom = \"tra-vinh/ubnd-cap-huyen\"\nkind = \"dissolved\"\n\
    ///            effective = 2025-07-01\nverified = true\n";
    /// let err = Succession::from_toml(bad).unwrap_err().to_string();
    /// assert!(err.contains("<input>:1:"), "{err}"); // file:line
    /// assert!(err.contains("source"), "{err}");
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::from_named_toml("<input>", text)
    }

    /// [`Succession::from_toml`] with a file name for the error messages.
    ///
    /// # Errors
    /// As [`Succession::from_toml`], each problem naming `file`.
    pub fn from_named_toml(file: &str, text: &str) -> Result<Self> {
        let parsed: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| line_of(text, span.start));
            Error::Dataset {
                problems: vec![DataProblem {
                    file: file.to_string(),
                    line,
                    field: None,
                    message: e.message().trim().to_string(),
                }],
            }
        })?;
        let link_lines = header_lines(text, "[[link]]");
        let jurisdiction_lines = header_lines(text, "[[jurisdiction]]");
        let mut links = parsed.link;
        for (i, link) in links.iter_mut().enumerate() {
            link.line = link_lines.get(i).copied();
        }
        let mut jurisdictions = parsed.jurisdiction;
        for (i, j) in jurisdictions.iter_mut().enumerate() {
            j.line = jurisdiction_lines.get(i).copied();
        }
        let s = Succession {
            links,
            jurisdictions,
        };
        let problems: Vec<DataProblem> = s
            .record_problems()
            .into_iter()
            .map(|(line, field, message)| DataProblem {
                file: file.to_string(),
                line,
                field,
                message,
            })
            .collect();
        if problems.is_empty() {
            Ok(s)
        } else {
            Err(Error::Dataset { problems })
        }
    }

    /// Reads several files into one succession.
    ///
    /// # Errors
    /// [`Error::Dataset`] with every problem of every file.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self> {
        let mut all = Succession::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            match Self::from_named_toml(name, text) {
                Ok(s) => all.extend(s),
                Err(Error::Dataset { problems: p }) => problems.extend(p),
                Err(other) => return Err(other),
            }
        }
        if problems.is_empty() {
            Ok(all)
        } else {
            Err(Error::Dataset { problems })
        }
    }

    /// The succession data built into the crate (data/succession/*.toml).
    ///
    /// # Errors
    /// [`Error::Dataset`] if the embedded files do not load (a test guards this).
    ///
    /// # Example
    /// ```
    /// let s = quyche::succession::Succession::embedded()?;
    /// assert!(s.jurisdiction("vinh-long").is_some());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn embedded() -> Result<Self> {
        Self::from_files(EMBEDDED.iter().copied())
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let prefix = text.get(..end).unwrap_or(text);
    prefix
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        .saturating_add(1)
}

/// The 1-based lines of each table-array header, in order.
fn header_lines(text: &str, header: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start();
            t.strip_prefix(header).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.is_empty() || rest.starts_with('#')
            })
        })
        .map(|(i, _)| i.saturating_add(1))
        .collect()
}
