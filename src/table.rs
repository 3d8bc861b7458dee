//! The one CSV writer: every CSV quyche writes (deadlines, the comparison of provinces) goes
//! through [`CsvTable`], so all quote alike (RFC 4180: a field is quoted only when it holds a
//! comma, a quote or a line break; quotes are doubled; records end with CRLF). The writing is
//! the `csv` crate's.

use std::io::{self, Write};

/// A CSV table written record by record to `W`.
pub(crate) struct CsvTable<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> CsvTable<W> {
    /// A table whose first record is `header`.
    pub(crate) fn new<I, F>(w: W, header: I) -> io::Result<Self>
    where
        I: IntoIterator<Item = F>,
        F: AsRef<[u8]>,
    {
        let out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(w);
        let mut table = CsvTable { out };
        table.row(header)?;
        Ok(table)
    }

    /// Writes one record.
    pub(crate) fn row<I, F>(&mut self, fields: I) -> io::Result<()>
    where
        I: IntoIterator<Item = F>,
        F: AsRef<[u8]>,
    {
        self.out.write_record(fields).map_err(io::Error::from)
    }

    /// Flushes what is buffered and gives back the writer.
    pub(crate) fn finish(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// A whole table as text.
pub(crate) fn to_string<R, F>(header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = Vec<F>>,
    F: AsRef<[u8]>,
{
    let written = CsvTable::new(Vec::new(), header).and_then(|mut t| {
        for r in rows {
            t.row(r)?;
        }
        t.finish()
    });
    // Writing to memory cannot fail, and every field is UTF-8.
    written
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed_and_ends_records_with_crlf() {
        let text = to_string(
            &["a", "b"],
            vec![
                vec!["plain", "x, y"],
                vec!["say \"hi\"", "two\nlines"],
                vec!["", "Sở Nội vụ"],
            ],
        );
        assert_eq!(
            text,
            "a,b\r\nplain,\"x, y\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n,Sở Nội vụ\r\n"
        );
    }
}
