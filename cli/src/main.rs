//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod local;
mod output;
mod render;
mod table;

use std::process::ExitCode;

use clap::Parser;
use quyche::query::{self, Request, RuleSet};

use args::{Cli, Command, Format};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn rules(cli: &Cli) -> quyche::Result<RuleSet> {
    match &cli.data {
        Some(dir) => RuleSet::from_dir(dir),
        None => RuleSet::embedded(),
    }
}

fn stdout_error(e: std::io::Error) -> quyche::Error {
    quyche::Error::Io {
        path: "<stdout>".into(),
        message: e.to_string(),
    }
}

fn run(cli: &Cli) -> quyche::Result<ExitCode> {
    // Commands that need no dataset.
    match &cli.command {
        Command::Import { file } => return local::import(cli.format, file),
        Command::Lunar { command } => return local::lunar(cli.format, command),
        Command::Workdays { command, calendar } => {
            return local::workdays(cli.format, command, calendar.as_deref())
        }
        _ => {}
    }
    let request = args::request(&cli.command)?;
    let rules = rules(cli)?;
    let fmt = cli.format;
    // Due dates are written as they are serialised: for a thousand provinces the answer is
    // hundreds of megabytes, too much to hold as a value and again as text.
    if let Request::Deadlines(q) = &request {
        match fmt {
            Format::Json => {
                return output::stream(|w| {
                    rules.write_answer(&request, &mut *w)?;
                    w.write_all(b"\n").map_err(stdout_error)
                })
                .map(|()| ExitCode::SUCCESS);
            }
            Format::Csv => {
                let rows = rules.deadlines(q)?;
                return output::stream(|w| query::write_csv(&rows, w).map_err(stdout_error))
                    .map(|()| ExitCode::SUCCESS);
            }
            Format::Ics => {
                let stamp = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                let stamp = chrono::DateTime::from_timestamp(i64::try_from(stamp).unwrap_or(0), 0)
                    .unwrap_or_default()
                    .naive_utc();
                let rows = rules.deadlines(q)?;
                return output::stream(|w| query::write_ics(&rows, stamp, w).map_err(stdout_error))
                    .map(|()| ExitCode::SUCCESS);
            }
            _ => {}
        }
    }
    let value =
        serde_json::to_value(rules.dispatch(&request)?).map_err(|e| quyche::Error::Request {
            what: e.to_string(),
        })?;
    match (&request, fmt) {
        (_, Format::Json) => output::emit(&format!("{}\n", query::to_json(&value)?))?,
        (Request::Compare(_), Format::Csv) => output::emit(&render::compare_csv(&value))?,
        (Request::Compare(_), Format::Html) => {
            let cmp = quyche::check::compare(rules.dataset(), args::compare_what(&cli.command))?;
            output::emit(&quyche::check::compare_html(&cmp))?;
        }
        (_, Format::Table) => output::emit(&render::table(&request, &value))?,
        (_, other) => {
            return Err(quyche::Error::Request {
                what: format!(
                    "--format {} is not available for this command (use table or json)",
                    other.name()
                ),
            });
        }
    }
    // `status` lists every unusable CSV row on stderr and exits 2.
    if let Request::Status(_) = request {
        let errors = value
            .get("errors")
            .and_then(serde_json::Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for e in errors {
            let field = e
                .get("field")
                .and_then(serde_json::Value::as_str)
                .map(|f| format!(", {f}"))
                .unwrap_or_default();
            eprintln!(
                "error: line {}{field}: {}",
                e.get("line").cloned().unwrap_or_default(),
                e.get("message")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default()
            );
        }
        if !errors.is_empty() {
            return Ok(ExitCode::from(2));
        }
    }
    // `check` exits 1 when an error-level finding exists, so a province's CI can use it.
    if let Request::Check(_) = request {
        if value
            .get("errors")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0)
            > 0
        {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}
