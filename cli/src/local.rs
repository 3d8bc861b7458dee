//! The queries that need no dataset, answered without loading one: importing a file, lunar
//! dates, working-day arithmetic. They go through the same query layer as the rest.

use std::path::Path;

use quyche::calendar::WorkingCalendar;
use quyche::query::{self, Answer, ImportQuery, InstrumentView, WorkdaysQuery};

/// The bytes of `file`, refused as soon as there are more than `limit` of them: a file whose
/// metadata shows no length (a pipe, a device) is not read into memory past the limit either.
fn read_at_most(file: &Path, limit: usize) -> quyche::Result<Vec<u8>> {
    use std::io::Read;
    let io = |e: std::io::Error| quyche::Error::Io {
        path: file.to_path_buf(),
        message: e.to_string(),
    };
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .map_err(io)?
        .take(cap)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > limit {
        return Err(quyche::Error::Input {
            what: format!(
                "{} is over the limit of {limit} bytes; it was not read past the limit",
                file.display()
            ),
        });
    }
    Ok(bytes)
}

/// An input error of `file`, with the file's name in front.
fn in_file(file: &Path) -> impl Fn(quyche::Error) -> quyche::Error + '_ {
    move |e| match e {
        quyche::Error::Input { what } => quyche::Error::Input {
            what: format!("{}: {what}", file.display()),
        },
        other => other,
    }
}

/// The import query of `file`: its bytes checked (size first, before reading) and decoded.
pub fn import_query(file: &Path) -> quyche::Result<ImportQuery> {
    let len = std::fs::metadata(file)
        .map_err(|e| quyche::Error::Io {
            path: file.to_path_buf(),
            message: e.to_string(),
        })?
        .len();
    if len > quyche::import::MAX_INPUT_BYTES as u64 {
        return Err(quyche::Error::Input {
            what: format!(
                "{} is {len} bytes, over the limit of {} bytes; it was not read",
                file.display(),
                quyche::import::MAX_INPUT_BYTES
            ),
        });
    }
    let bytes = read_at_most(file, quyche::import::MAX_INPUT_BYTES)?;
    ImportQuery::bytes(&bytes).map_err(in_file(file))
}

/// `quyche import FILE`: the instrument, with the importer's diagnostics on stderr.
pub fn import(file: &Path, q: &ImportQuery) -> quyche::Result<Answer> {
    let imported = query::import(q).map_err(in_file(file))?;
    for d in &imported.diagnostics {
        let at = d
            .line
            .map(|l| format!("{}:{l}: ", file.display()))
            .unwrap_or_default();
        let prov = d
            .provision
            .as_ref()
            .map(|p| format!(" [{p}]"))
            .unwrap_or_default();
        eprintln!("{at}{:?}: {}: {}{prov}", d.severity, d.code, d.message);
    }
    Ok(Answer::Import(InstrumentView::from_import(&imported)))
}

/// `quyche workdays add|between|is`, on a calendar built for the call.
pub fn workdays(q: &WorkdaysQuery) -> quyche::Result<Answer> {
    let cal = WorkingCalendar::vietnam(q.calendar.unwrap_or_default())?;
    query::workdays_on(&cal, &q.op).map(Answer::Workdays)
}
