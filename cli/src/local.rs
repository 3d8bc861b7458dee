//! Commands that need no dataset: importing a file, lunar dates, working-day arithmetic.

use std::path::Path;
use std::process::ExitCode;

use quyche::calendar::{lunar, LunarDate, WorkingCalendar};
use quyche::query;
use serde_json::json;

use crate::args::{Format, LunarCommand, WorkdaysCommand};
use crate::output;

fn print(
    format: Format,
    value: &serde_json::Value,
    table: impl FnOnce() -> String,
) -> quyche::Result<ExitCode> {
    match format {
        Format::Json => output::emit(&format!("{}\n", query::to_json(value)?))?,
        Format::Table => output::emit(&format!("{}\n", table()))?,
        other => {
            return Err(quyche::Error::Request {
                what: format!(
                    "--format {} is not available for this command (use table or json)",
                    other.name()
                ),
            })
        }
    }
    Ok(ExitCode::SUCCESS)
}

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

/// `quyche import FILE`: the instrument on stdout, the diagnostics on stderr.
pub fn import(format: Format, file: &Path) -> quyche::Result<ExitCode> {
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
    let imported = import_any(file, &bytes).map_err(|e| match e {
        quyche::Error::Input { what } => quyche::Error::Input {
            what: format!("{}: {what}", file.display()),
        },
        other => other,
    })?;
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
    if format == Format::Akn {
        output::emit(&quyche::akn::to_akn(&imported.instrument, None)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let view = query::InstrumentView::from_import(&imported);
    let value = serde_json::to_value(&view).map_err(|e| quyche::Error::Request {
        what: e.to_string(),
    })?;
    print(format, &value, || crate::render::instrument(&value))
}

/// Reads Akoma Ntoso XML (a `.xml` file, or one that starts as XML) or a plain legal text.
fn import_any(file: &Path, bytes: &[u8]) -> quyche::Result<quyche::import::Imported> {
    let xml_name = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let looks_xml = quyche::akn::looks_like_akn(&String::from_utf8_lossy(head));
    if xml_name || looks_xml {
        quyche::akn::import_akn_bytes(bytes)
    } else {
        quyche::import::import_bytes(bytes, &quyche::import::ImportOptions::default())
    }
}

/// `quyche lunar to-solar|from-solar`.
pub fn lunar(format: Format, command: &LunarCommand) -> quyche::Result<ExitCode> {
    match command {
        LunarCommand::FromSolar { date } => {
            let l = lunar::from_solar(*date)?;
            let value = serde_json::to_value(l).map_err(|e| quyche::Error::Request {
                what: e.to_string(),
            })?;
            print(format, &value, || {
                format!(
                    "{} (dương lịch) = ngày {} tháng {}{} năm {} (âm lịch)",
                    quyche::text::date::dmy(*date),
                    l.day,
                    l.month,
                    if l.leap { " nhuận" } else { "" },
                    l.year
                )
            })
        }
        LunarCommand::ToSolar { date, leap } => {
            let parts: Vec<&str> = date.split('-').collect();
            let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i64>().ok());
            let (Some(y), Some(m), Some(d), 3) = (num(0), num(1), num(2), parts.len()) else {
                return Err(quyche::Error::Request {
                    what: format!("cannot read the lunar date {date:?}: write YYYY-MM-DD"),
                });
            };
            let bad = || quyche::Error::Date {
                what: format!("lunar date {date} is out of range"),
            };
            let l = LunarDate {
                year: i32::try_from(y).map_err(|_| bad())?,
                month: u8::try_from(m).map_err(|_| bad())?,
                day: u8::try_from(d).map_err(|_| bad())?,
                leap: *leap,
            };
            let solar = lunar::to_solar(l)?;
            let value = json!({ "date": solar, "lunar": l });
            print(format, &value, || {
                format!(
                    "ngày {} tháng {}{} năm {} (âm lịch) = {} (dương lịch)",
                    l.day,
                    l.month,
                    if l.leap { " nhuận" } else { "" },
                    l.year,
                    quyche::text::date::dmy(solar)
                )
            })
        }
    }
}

/// `quyche workdays add|between|is`.
pub fn workdays(
    format: Format,
    command: &WorkdaysCommand,
    calendar: Option<&str>,
) -> quyche::Result<ExitCode> {
    let cal = WorkingCalendar::vietnam(quyche::deadline::calendar_kind(calendar)?)?;
    match command {
        WorkdaysCommand::Add { date, n } => {
            let result = cal.add_working_days(*date, *n)?;
            let value = json!({ "date": date, "n": n, "result": result });
            print(format, &value, || {
                format!(
                    "{} + {n} ngày làm việc = {}",
                    quyche::text::date::dmy(*date),
                    quyche::text::date::dmy(result)
                )
            })
        }
        WorkdaysCommand::Between { d1, d2 } => {
            let n = cal.working_days_between(*d1, *d2)?;
            let value = json!({ "from": d1, "to": d2, "working_days": n });
            print(format, &value, || {
                format!(
                    "{n} ngày làm việc từ {} đến {}",
                    quyche::text::date::dmy(*d1),
                    quyche::text::date::dmy(*d2)
                )
            })
        }
        WorkdaysCommand::Is { date } => {
            let info = cal.day_info(*date)?;
            let value = serde_json::to_value(&info).map_err(|e| quyche::Error::Request {
                what: e.to_string(),
            })?;
            print(format, &value, || {
                let mut out = format!(
                    "{}: {}",
                    quyche::text::date::dmy(*date),
                    if info.working {
                        "ngày làm việc"
                    } else {
                        "ngày nghỉ"
                    }
                );
                for r in &info.reasons {
                    out.push_str(&format!("\n  - {} [{}]", r.text, r.source));
                }
                out
            })
        }
    }
}
