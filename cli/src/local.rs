//! The queries that need no dataset, answered without loading one: importing a file, lunar
//! dates, working-day arithmetic. They go through the same query layer as the rest.

use std::path::Path;

use quyche::query::{self, Answer, Calendars, DocumentFormat, ImportQuery, Request};

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
        let file = file.display();
        return Err(crate::errors::input(
            format!("{file} is over the limit of {limit} bytes; it was not read past the limit"),
            format!("{file} vượt giới hạn {limit} byte; tệp không được đọc quá giới hạn đó"),
        ));
    }
    Ok(bytes)
}

/// An input error of `file`, with the file's name in front.
fn in_file(file: &Path) -> impl Fn(quyche::Error) -> quyche::Error + '_ {
    move |e| match e {
        quyche::Error::Input { what, what_vi } => crate::errors::input(
            format!("{}: {what}", file.display()),
            format!("{}: {what_vi}", file.display()),
        ),
        other => other,
    }
}

/// `quyche import FILE`: the instrument (or, with `format`, its Akoma Ntoso document), with the
/// importer's diagnostics on stderr. A file that starts as XML is read as Akoma Ntoso, as the
/// query layer reads such a text; so is a `.xml` file that does not (a comment first, say).
pub fn import(file: &Path, format: Option<DocumentFormat>) -> quyche::Result<Answer> {
    let len = std::fs::metadata(file)
        .map_err(|e| quyche::Error::Io {
            path: file.to_path_buf(),
            message: e.to_string(),
        })?
        .len();
    if len > quyche::import::MAX_INPUT_BYTES as u64 {
        let (file, max) = (file.display(), quyche::import::MAX_INPUT_BYTES);
        return Err(crate::errors::input(
            format!("{file} is {len} bytes, over the limit of {max} bytes; it was not read"),
            format!("{file} có {len} byte, vượt giới hạn {max} byte; tệp không được đọc"),
        ));
    }
    let bytes = read_at_most(file, quyche::import::MAX_INPUT_BYTES)?;
    let xml_name = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    let imported = if xml_name && !ImportQuery::starts_as_akn(&bytes) {
        quyche::akn::import_akn_bytes(&bytes)
    } else {
        ImportQuery::bytes(&bytes).and_then(|q| query::import(&q))
    }
    .map_err(in_file(file))?;
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
        let message = crate::lang::tr((&d.message_vi, &d.message));
        let severity = crate::lang::say(d.severity);
        eprintln!("{at}{severity}: {}: {message}{prov}", d.code);
    }
    Answer::imported(&imported, format)
}

/// `quyche workdays` and `quyche lunar`: answered on calendars built for the call, without a
/// dataset.
pub fn calendar_only(request: &Request) -> quyche::Result<Answer> {
    Calendars::default().answer(request).unwrap_or_else(|| {
        Err(crate::errors::request(
            "this command needs the dataset",
            "lệnh này cần bộ dữ liệu",
        ))
    })
}
