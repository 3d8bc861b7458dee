//! Reading succession data from TOML, with the line of every record and field.

use super::{BodyStatus, Jurisdiction, Link, LinkKind, Succession};
use crate::error::{DataProblem, Error, Result};
use crate::location::TomlFile;

/// The embedded files, in load order (file name, text).
const EMBEDDED: &[(&str, &str)] = &[
    (
        "data/jurisdictions.toml",
        include_str!("../../data/jurisdictions.toml"),
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
    (
        "data/succession/new-units.toml",
        include_str!("../../data/succession/new-units.toml"),
    ),
];

/// The tables a succession file may hold.
const TABLES: &[&str] = &["jurisdiction", "link", "status"];

impl Succession {
    /// Reads one TOML text of `[[jurisdiction]]`, `[[link]]` and `[[status]]` tables and checks
    /// each record on its own (a link must cite an instrument number, date and issuer; a
    /// whole-body link names its successor; a partial link lists its functions; an `unchanged`
    /// status cites its sources).
    ///
    /// Ids are not checked against an agency list here; see [`Succession::validate`].
    ///
    /// # Errors
    /// [`Error::Dataset`] listing every problem with its line: TOML syntax, a missing or
    /// unknown field, an unknown kind or function, a link without a source, a status
    /// `unchanged` without sources.
    ///
    /// # Example
    /// ```
    /// use quyche::succession::Succession;
    /// let bad = "[[link]]\nfrom = \"tra-vinh/ubnd-cap-huyen\"\nkind = \"dissolved\"\n\
    ///            effective = 2025-07-01\nverified = true\n";
    /// let err = Succession::from_toml(bad).unwrap_err().to_string();
    /// assert!(err.contains("<input>:1:"), "{err}"); // file:line
    /// assert!(err.contains("source"), "{err}");
    /// let bare = "[[status]]\nid = \"quang-ninh/so-ngoai-vu\"\nstatus = \"unchanged\"\n\
    ///             reason = \"kept in 2025\"\n";
    /// let err = Succession::from_toml(bare).unwrap_err().to_string();
    /// assert!(err.contains("<input>:1: sources:"), "{err}"); // file:line:field
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::from_named_toml("<input>", text)
    }

    /// [`Succession::from_toml`] with a file name for the error messages.
    ///
    /// # Errors
    /// As [`Succession::from_toml`], each problem naming `file`.
    pub fn from_named_toml(file: &str, text: &str) -> Result<Self> {
        let mut problems = Vec::new();
        let s = read_file(file, text, &mut problems);
        if problems.is_empty() {
            Ok(s.with_unit_links())
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
            all.extend(read_file(name, text, &mut problems));
        }
        if problems.is_empty() {
            Ok(all.with_unit_links())
        } else {
            Err(Error::Dataset { problems })
        }
    }

    /// The succession data built into the crate (data/jurisdictions.toml and
    /// data/succession/*.toml).
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

    /// Adds, for each jurisdiction that became part of another, the link that says so (from the
    /// day after it ended, citing its own source), unless the data gives one. A unit that is the
    /// only one to become its successor was renamed (tỉnh Thừa Thiên Huế → thành phố Huế);
    /// otherwise it was merged.
    pub(crate) fn with_unit_links(mut self) -> Self {
        let mut added = Vec::new();
        for j in &self.jurisdictions {
            let (Some(to), Some(until), Some(source)) = (&j.part_of, j.valid_until, &j.source)
            else {
                continue;
            };
            if self.links.iter().any(|l| l.from == j.id) {
                continue;
            }
            let Some(effective) = until.succ_opt() else {
                continue;
            };
            let siblings = self
                .jurisdictions
                .iter()
                .filter(|o| o.part_of.as_deref() == Some(to.as_str()))
                .count();
            added.push(Link {
                from: j.id.clone(),
                kind: if siblings == 1 {
                    LinkKind::Renamed
                } else {
                    LinkKind::MergedInto
                },
                to: Some(to.clone()),
                functions: Vec::new(),
                effective,
                verified: true,
                source: source.clone(),
                also: j.also.clone(),
                evidence: j.evidence.clone(),
                note: j.note.clone(),
                line: j.line,
            });
        }
        self.links.extend(added);
        self
    }
}

/// One file's records; every problem goes to `problems`.
fn read_file(file: &str, text: &str, problems: &mut Vec<DataProblem>) -> Succession {
    read_tables(file, text, TABLES, problems)
}

/// One file's records of the tables in `tables` (any other key is a problem), each checked on
/// its own, without the links implied by jurisdictions; every problem goes to `problems`.
pub(crate) fn read_tables(
    file: &str,
    text: &str,
    tables: &[&str],
    problems: &mut Vec<DataProblem>,
) -> Succession {
    let parsed = match TomlFile::parse(file, text, tables) {
        Ok(f) => f,
        Err(p) => {
            problems.push(p);
            return Succession::default();
        }
    };
    parsed.unknown_keys(tables, problems);
    let with_line = |line: usize| Some(line);
    let jurisdictions = parsed
        .read_records::<Jurisdiction>("jurisdiction", problems)
        .into_iter()
        .map(|(mut j, line)| {
            j.line = with_line(line);
            j
        })
        .collect();
    let links = parsed
        .read_records::<Link>("link", problems)
        .into_iter()
        .map(|(mut l, line)| {
            l.line = with_line(line);
            l
        })
        .collect();
    let statuses = parsed
        .read_records::<BodyStatus>("status", problems)
        .into_iter()
        .map(|(mut s, line)| {
            s.line = with_line(line);
            s
        })
        .collect();
    let s = Succession {
        links,
        jurisdictions,
        statuses,
    };
    problems.extend(
        s.record_problems()
            .into_iter()
            .map(|(line, field, message)| parsed.problem(line, field.as_deref(), message)),
    );
    s
}
