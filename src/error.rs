//! The crate's error type.

use std::path::PathBuf;

/// A `Result` with quyche's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in quyche, each variant saying what and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not usable text (not UTF-8, binary, empty, too large).
    #[error("{what}")]
    Input {
        /// What is wrong with the input.
        what: String,
        /// The same, in Vietnamese.
        what_vi: String,
    },
    /// A lookup found nothing.
    #[error("{what} not found: {name}{}", hint(.suggestions))]
    NotFound {
        /// The kind of thing looked up ("instrument", "agency", "province", "provision").
        what: &'static str,
        /// The name or id that was asked for.
        name: String,
        /// Close matches, best first.
        suggestions: Vec<String>,
    },
    /// A lookup matched several things and cannot choose.
    #[error("{what} {name:?} is ambiguous: it matches {}{hint}", .candidates.join(", "))]
    Ambiguous {
        /// The kind of thing looked up.
        what: &'static str,
        /// The name that was asked for.
        name: String,
        /// What it matched (ids).
        candidates: Vec<String>,
        /// Where each match belongs and how to choose (empty, or starting with a separator).
        hint: String,
        /// The same, in Vietnamese.
        hint_vi: String,
    },
    /// A dataset failed to load; every problem found is listed.
    #[error("the dataset is invalid ({} problem{}):\n{}", .problems.len(), if .problems.len() == 1 { "" } else { "s" }, list(.problems))]
    Dataset {
        /// Every problem, each with its file, line and field where known.
        problems: Vec<DataProblem>,
    },
    /// A date or a date computation is invalid or out of the supported range.
    #[error("{what}")]
    Date {
        /// What is wrong.
        what: String,
        /// The same, in Vietnamese.
        what_vi: String,
    },
    /// A request (query, citation, argument) could not be understood.
    #[error("{what}")]
    Request {
        /// What is wrong.
        what: String,
        /// The same, in Vietnamese.
        what_vi: String,
    },
    /// Reading a file failed.
    #[error("cannot read {}: {message}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's message.
        message: String,
    },
}

/// One problem found while loading a dataset.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DataProblem {
    /// The file, relative to the dataset directory.
    pub file: String,
    /// The 1-based line, where known.
    pub line: Option<usize>,
    /// The field or record concerned, where known.
    pub field: Option<String>,
    /// What is wrong, as a sentence.
    pub message: String,
}

impl std::fmt::Display for DataProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

fn list(problems: &[DataProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn hint(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(" (did you mean: {}?)", suggestions.join(", "))
    }
}

/// The kind of an [`Error`], without its details: what the C ABI turns into a status and
/// Python into an exception class (each by an exhaustive `match`, so a new kind cannot be
/// forgotten there). Written as a short snake_case word (`"not_found"`), which compares equal
/// to the kind's [`ErrorKind::as_str`].
///
/// # Example
/// ```
/// use quyche::error::ErrorKind;
/// let e = "sideways".parse::<quyche::deadline::Shift>().unwrap_err();
/// assert_eq!(e.kind(), ErrorKind::Request);
/// assert_eq!(e.kind().to_string(), "request");
/// assert_eq!(e.kind(), "request");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// [`Error::Input`]: the input is not usable text.
    Input,
    /// [`Error::NotFound`]: a lookup found nothing.
    NotFound,
    /// [`Error::Ambiguous`]: a lookup matched several things.
    Ambiguous,
    /// [`Error::Dataset`]: a dataset failed to load.
    Dataset,
    /// [`Error::Date`]: a date is invalid or out of range.
    Date,
    /// [`Error::Request`]: a request could not be understood.
    Request,
    /// [`Error::Io`]: reading a file failed.
    Io,
}

impl ErrorKind {
    /// Every kind, in declaration order.
    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::Input,
        ErrorKind::NotFound,
        ErrorKind::Ambiguous,
        ErrorKind::Dataset,
        ErrorKind::Date,
        ErrorKind::Request,
        ErrorKind::Io,
    ];

    /// The kind's stable word: `input`, `not_found`, `ambiguous`, `dataset`, `date`, `request`,
    /// `io`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Input => "input",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Ambiguous => "ambiguous",
            ErrorKind::Dataset => "dataset",
            ErrorKind::Date => "date",
            ErrorKind::Request => "request",
            ErrorKind::Io => "io",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<str> for ErrorKind {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ErrorKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Error {
    /// The kind of the error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Input { .. } => ErrorKind::Input,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Ambiguous { .. } => ErrorKind::Ambiguous,
            Error::Dataset { .. } => ErrorKind::Dataset,
            Error::Date { .. } => ErrorKind::Date,
            Error::Request { .. } => ErrorKind::Request,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    /// The error as a sentence in Vietnamese (its [`Display`](std::fmt::Display) is English).
    /// Ids, codes, file names and the words a user types stay as they are; the problems of a
    /// [`Error::Dataset`] keep their English sentences (file, line and field need no words).
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let e = ds.province("Ha Noii").unwrap_err();
    /// assert!(e.to_string().starts_with("province not found: Ha Noii"));
    /// assert!(e.message_vi().starts_with("không tìm thấy tỉnh, thành phố: Ha Noii"));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn message_vi(&self) -> String {
        match self {
            Error::Input { what_vi, .. }
            | Error::Date { what_vi, .. }
            | Error::Request { what_vi, .. } => what_vi.clone(),
            Error::NotFound {
                what,
                name,
                suggestions,
            } => {
                // A provision is looked up "in" its instrument (see `find_provision`).
                let name = match (*what, name.rsplit_once(" in ")) {
                    ("provision", Some((cited, instrument))) => {
                        format!("{cited} trong {instrument}")
                    }
                    _ => name.clone(),
                };
                let hint = if suggestions.is_empty() {
                    String::new()
                } else {
                    let list: Vec<String> = suggestions.iter().map(|s| suggestion_vi(s)).collect();
                    format!(" (có phải: {}?)", list.join(", "))
                };
                format!("không tìm thấy {}: {name}{hint}", kind_vi(what))
            }
            Error::Ambiguous {
                what,
                name,
                candidates,
                hint_vi,
                ..
            } => format!(
                "{name:?} ứng với nhiều {}: {}{hint_vi}",
                kind_vi(what),
                candidates.join(", ")
            ),
            Error::Dataset { problems } => format!(
                "dữ liệu không hợp lệ ({} lỗi):\n{}",
                problems.len(),
                list(problems)
            ),
            Error::Io { path, message } => {
                format!("không đọc được {}: {message}", path.display())
            }
        }
    }

    /// A word that is none of those an option accepts: "unknown shift \"sideways\": use
    /// previous, next or none", "cách dời hạn \"sideways\" không hợp lệ: dùng previous, next
    /// hoặc none". `what` is the option's thing in English and in Vietnamese.
    pub(crate) fn unknown_word(what: (&str, &str), word: &str, accepted: &[&str]) -> Self {
        let (en, vi) = what;
        Error::request(
            format!("unknown {en} {word:?}: use {}", one_of(accepted, "or")),
            format!(
                "{vi} {word:?} không hợp lệ: dùng {}",
                one_of(accepted, "hoặc")
            ),
        )
    }

    pub(crate) fn input(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Error::Input {
            what: en.into(),
            what_vi: vi.into(),
        }
    }

    pub(crate) fn date(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Error::Date {
            what: en.into(),
            what_vi: vi.into(),
        }
    }

    pub(crate) fn request(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Error::Request {
            what: en.into(),
            what_vi: vi.into(),
        }
    }
}

/// "a, b or c".
fn one_of(words: &[&str], or: &str) -> String {
    match words.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The kind of thing a lookup looked for, in Vietnamese.
fn kind_vi(what: &str) -> &str {
    match what {
        "instrument" => "văn bản",
        "agency" => "cơ quan",
        "province" => "tỉnh, thành phố",
        "provision" => "quy định",
        "obligation" => "nghĩa vụ báo cáo",
        "duty" => "nhiệm vụ",
        "holiday" => "ngày lễ",
        "calendar" => "lịch",
        other => other,
    }
}

/// How the province lookup ends its list when no name is close: `"{n}` + this (see
/// [`former_units`]).
const FORMER_UNITS: &str = " former units (quyche provinces)";

/// The last suggestion of an unknown province when no name is close: how many former units the
/// dataset also records.
pub(crate) fn former_units(n: usize) -> String {
    format!("{n}{FORMER_UNITS}")
}

/// A suggestion in Vietnamese: names and ids are as they are; the count of former units is
/// worded.
fn suggestion_vi(s: &str) -> String {
    match s.strip_suffix(FORMER_UNITS) {
        Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{n} đơn vị hành chính cũ (quyche provinces)")
        }
        _ => s.to_owned(),
    }
}
