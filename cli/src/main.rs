//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod local;
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
    let value = rules.answer_value(&request)?;
    let fmt = cli.format;
    match (&request, fmt) {
        (_, Format::Json) => println!("{}", query::to_json(&value)?),
        (Request::Deadlines { .. }, Format::Csv) => {
            print!("{}", query::csv(&rules.deadlines(&request)?))
        }
        (Request::Deadlines { .. }, Format::Ics) => {
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            let stamp = chrono::DateTime::from_timestamp(i64::try_from(stamp).unwrap_or(0), 0)
                .unwrap_or_default()
                .naive_utc();
            print!("{}", query::ics(&rules.deadlines(&request)?, stamp));
        }
        (Request::Compare { .. }, Format::Csv) => print!("{}", render::compare_csv(&value)),
        (Request::Compare { .. }, Format::Html) => {
            let cmp = quyche::check::compare(rules.dataset(), args::compare_what(&cli.command))?;
            print!("{}", quyche::check::compare_html(&cmp));
        }
        (_, Format::Table) => print!("{}", render::table(&request, &value)),
        (_, other) => {
            return Err(quyche::Error::Request {
                what: format!(
                    "--format {} is not available for this command (use table or json)",
                    other.name()
                ),
            });
        }
    }
    // `check` exits 1 when an error-level finding exists, so a province's CI can use it.
    if let Request::Check { .. } = request {
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
