//! A small RFC 4180 reader: comma-separated fields, `"`-quoted fields that may hold commas,
//! line breaks and doubled quotes (`""`), records ended by CRLF or LF. Each record keeps the
//! line it starts on, so errors can name it.
//!
//! Why not the `csv` crate's reader (quyche writes its CSV with that crate, `crate::table`): it is
//! lenient by design and reads an unclosed quote, a stray quote inside a field or text after a
//! closing quote without an error. The submissions file is typed by hand by an officer; those
//! three mistakes must be refused with their line (tests/it/status_errors.rs), not silently
//! merged into a neighbouring field.

use super::wording;
use crate::text::Bilingual;

/// One record of a CSV text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: usize,
    /// Its fields, unquoted.
    pub fields: Vec<String>,
}

/// A CSV text that cannot be read: its line and what is wrong, in English (`message`) and in
/// Vietnamese ([`CsvError::message_vi`]).
///
/// # Example
/// ```
/// let e = quyche::status::read_csv("a,b\n\"x,1\n").unwrap_err();
/// assert_eq!((e.line, e.message.as_str()), (2, "a quoted field is never closed"));
/// assert!(e.message_vi().starts_with("một trường mở dấu ngoặc kép"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// The 1-based line of the problem.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    message_vi: String,
}

impl CsvError {
    fn new(line: usize, message: Bilingual) -> Self {
        CsvError {
            line,
            message: message.en,
            message_vi: message.vi,
        }
    }

    /// What is wrong, in Vietnamese.
    pub fn message_vi(&self) -> &str {
        &self.message_vi
    }
}

/// Splits `text` into records. A byte-order mark is skipped; blank lines are skipped (they hold no
/// record). Reading stops at the first malformed quote, reported with its line.
///
/// # Errors
/// A quote that is never closed, or a closing quote followed by something other than a comma or
/// the end of the record.
///
/// # Example
/// ```
/// use quyche::status::read_csv;
/// let recs = read_csv("a,b\n\"x, \"\"y\"\"\",2\n")?;
/// assert_eq!(recs[1].fields, vec!["x, \"y\"".to_string(), "2".to_string()]);
/// assert_eq!(recs[1].line, 2);
/// # Ok::<(), quyche::status::CsvError>(())
/// ```
pub fn read_csv(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1usize;
    loop {
        // Skip blank lines between records.
        while let Some(&c) = chars.peek() {
            match c {
                '\n' => line = line.saturating_add(1),
                '\r' => {}
                _ => break,
            }
            chars.next();
        }
        if chars.peek().is_none() {
            return Ok(out);
        }
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut in_quotes = false;
        let mut after_quote = false;
        loop {
            let Some(c) = chars.next() else {
                if in_quotes {
                    return Err(CsvError::new(start, wording::unclosed_quote()));
                }
                break;
            };
            if in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => {
                        in_quotes = false;
                        after_quote = true;
                    }
                    '\n' => {
                        line = line.saturating_add(1);
                        field.push('\n');
                    }
                    c => field.push(c),
                }
                continue;
            }
            match c {
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    quoted = false;
                    after_quote = false;
                }
                '\n' => {
                    line = line.saturating_add(1);
                    break;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '"' if !quoted && field.is_empty() => {
                    quoted = true;
                    in_quotes = true;
                }
                c if after_quote => {
                    return Err(CsvError::new(line, wording::after_closing_quote(c)));
                }
                '"' => {
                    return Err(CsvError::new(line, wording::quote_in_unquoted_field()));
                }
                c => field.push(c),
            }
        }
        fields.push(field);
        out.push(Record {
            line: start,
            fields,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records of `text` as (line, fields), compared with `want` (the same with `&str`s).
    fn f(text: &str, want: Vec<(usize, Vec<&str>)>) {
        let got: Vec<(usize, Vec<String>)> = read_csv(text)
            .unwrap()
            .into_iter()
            .map(|r| (r.line, r.fields))
            .collect();
        let want: Vec<(usize, Vec<String>)> = want
            .into_iter()
            .map(|(l, fs)| (l, fs.into_iter().map(String::from).collect()))
            .collect();
        assert_eq!(got, want, "{text:?}");
    }

    #[test]
    fn plain_and_crlf() {
        f(
            "a,b,c\r\n1,2,3\r\n",
            vec![(1, vec!["a", "b", "c"]), (2, vec!["1", "2", "3"])],
        );
        f("a,,\n", vec![(1, vec!["a", "", ""])]);
        f("x", vec![(1, vec!["x"])]);
    }

    #[test]
    fn quoted_fields_hold_commas_quotes_and_newlines() {
        f(
            "\"Sở Nội vụ, tỉnh\",\"a \"\"b\"\"\"\n\"two\nlines\",z\nlast,1\n",
            vec![
                (1, vec!["Sở Nội vụ, tỉnh", "a \"b\""]),
                (2, vec!["two\nlines", "z"]),
                (4, vec!["last", "1"]),
            ],
        );
        f("\"\",\"\"\n", vec![(1, vec!["", ""])]);
    }

    #[test]
    fn blank_lines_and_bom_are_skipped_but_counted() {
        f("\u{feff}h\n\n\nr\n", vec![(1, vec!["h"]), (4, vec!["r"])]);
    }

    #[test]
    fn malformed_quotes_name_their_line() {
        let e = read_csv("h\n\"open\nstill\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = read_csv("h\n\"a\"b,c\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = read_csv("h\nab\"c\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.starts_with("a quote inside an unquoted field"));
        assert!(e.message_vi().starts_with("dấu ngoặc kép nằm giữa"));
    }
}
