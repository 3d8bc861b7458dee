//! Writing to standard output without panicking when the reader goes away (`quyche ... | head`).

use std::io::{BufWriter, Write};

/// Writes `text` to stdout. A closed pipe ends the program quietly with status 0, as the reader
/// asked for no more; other write errors are returned.
pub fn emit(text: &str) -> quyche::Result<()> {
    stream(|w| w.write_all(text.as_bytes()).map_err(|e| io_error(&e)))
}

/// Lets `write` write to a buffered stdout, then flushes it. A closed pipe ends the program
/// quietly with status 0, as in [`emit`].
pub fn stream(write: impl FnOnce(&mut dyn Write) -> quyche::Result<()>) -> quyche::Result<()> {
    let mut out = Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()));
    write(&mut out)?;
    out.flush().map_err(|e| io_error(&e))
}

fn io_error(e: &std::io::Error) -> quyche::Error {
    quyche::Error::Io {
        path: "<stdout>".into(),
        message: e.to_string(),
    }
}

/// Stdout that exits quietly on a closed pipe, wherever in a stream it happens.
struct Stdout<W: Write>(W);

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        quiet_on_broken_pipe(self.0.write(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        quiet_on_broken_pipe(self.0.flush())
    }
}

fn quiet_on_broken_pipe<T>(r: std::io::Result<T>) -> std::io::Result<T> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        r => r,
    }
}
