//! Writing to standard output without panicking when the reader goes away (`quyche ... | head`).

use std::io::Write as _;

/// Writes `text` to stdout. A closed pipe ends the program quietly with status 0, as the reader
/// asked for no more; other write errors are returned.
pub fn emit(text: &str) -> quyche::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(quyche::Error::Io {
            path: "<stdout>".into(),
            message: e.to_string(),
        }),
    }
}
