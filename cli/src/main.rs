//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod local;
mod output;
mod render;
mod render_tree;
mod table;

use std::process::ExitCode;

use clap::Parser;
use quyche::query::{self, Answer, DeadlineQuery, Request, RuleSet};

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
    let request = args::request(&cli.command)?;
    let fmt = cli.format;
    let answer = match (&cli.command, &request) {
        // The queries that need no dataset are answered without loading one.
        (Command::Import { file }, Request::Import(q)) => local::import(file, q)?,
        (_, Request::Lunar(q)) => Answer::Lunar(query::lunar(q)?),
        (_, Request::Workdays(q)) => local::workdays(q)?,
        _ => {
            let rules = rules(cli)?;
            if let Request::Deadlines(q) = &request {
                if stream_deadlines(&rules, &request, q, fmt)? {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            rules.dispatch(&request)?
        }
    };
    match (&answer, fmt) {
        (_, Format::Json) => output::emit(&format!("{}\n", answer.to_json()?))?,
        (Answer::Compare(cmp), Format::Csv) => output::emit(&render::compare_csv(cmp))?,
        (Answer::Compare(cmp), Format::Html) => output::emit(&quyche::check::compare_html(cmp))?,
        (_, Format::Table) => output::emit(&render::table(&request, &answer))?,
        (_, other) => {
            return Err(quyche::Error::Request {
                what: format!(
                    "--format {} is not available for this command (use table or json)",
                    other.name()
                ),
            });
        }
    }
    Ok(exit_code(&answer))
}

/// Writes due dates as they are serialised, for the formats that allow it: for a thousand
/// provinces the answer is hundreds of megabytes, too much to hold as a value and again as text.
/// Returns whether it wrote them.
fn stream_deadlines(
    rules: &RuleSet,
    request: &Request,
    q: &DeadlineQuery,
    fmt: Format,
) -> quyche::Result<bool> {
    match fmt {
        Format::Json => output::stream(|w| {
            rules.write_answer(request, &mut *w)?;
            w.write_all(b"\n").map_err(stdout_error)
        })?,
        Format::Csv => {
            let rows = rules.deadlines(q)?;
            output::stream(|w| query::write_csv(&rows, w).map_err(stdout_error))?;
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
            output::stream(|w| query::write_ics(&rows, stamp, w).map_err(stdout_error))?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The exit status an answer calls for: `check` exits 1 when an error-level finding exists (so a
/// province's CI can use it); `status` lists every unusable CSV row on stderr and exits 2.
fn exit_code(answer: &Answer) -> ExitCode {
    match answer {
        Answer::Check(report) if report.errors > 0 => ExitCode::from(1),
        Answer::Status(report) if !report.errors.is_empty() => {
            for e in &report.errors {
                let field = e
                    .field
                    .as_ref()
                    .map(|f| format!(", {f}"))
                    .unwrap_or_default();
                eprintln!("error: line {}{field}: {}", e.line, e.message);
            }
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}
