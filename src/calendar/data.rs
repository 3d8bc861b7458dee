//! Helpers shared by the TOML readers of this module: line numbers and typed errors.

use crate::error::DataProblem;
use crate::Error;

/// The 1-based line of a byte offset in `text` (the crate's one count of lines).
pub(crate) use crate::location::line_of;

/// A one-problem [`Error::Dataset`] for `file`, at the line of `offset` when known.
pub(crate) fn problem(
    file: &str,
    text: &str,
    offset: Option<usize>,
    field: Option<&str>,
    message: impl Into<String>,
) -> Error {
    Error::Dataset {
        problems: vec![DataProblem {
            file: file.to_string(),
            line: offset.map(|o| line_of(text, o)),
            field: field.map(str::to_string),
            message: message.into(),
        }],
    }
}

/// One problem of `file` at the line of `offset`, for loaders that report every problem.
pub(crate) fn entry(
    file: &str,
    text: &str,
    offset: Option<usize>,
    field: &str,
    message: impl Into<String>,
) -> DataProblem {
    DataProblem {
        file: file.to_string(),
        line: offset.map(|o| line_of(text, o)),
        field: Some(field.to_string()),
        message: message.into(),
    }
}

/// A TOML syntax or shape error as an [`Error::Dataset`] with its line.
pub(crate) fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> Error {
    problem(
        file,
        text,
        e.span().map(|s| s.start),
        None,
        e.message().trim().to_string(),
    )
}

/// Parse an ISO date held in a spanned TOML string.
pub(crate) fn date(
    file: &str,
    text: &str,
    field: &str,
    value: &toml::Spanned<String>,
) -> Result<chrono::NaiveDate, Error> {
    value.get_ref().parse().map_err(|_| {
        problem(
            file,
            text,
            Some(value.span().start),
            Some(field),
            format!("{:?} is not a date (YYYY-MM-DD)", value.get_ref()),
        )
    })
}
