//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod local;
mod output;
mod provinces;
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

/// `quyche serve`: the HTTP server of the `quyche-server` crate.
fn serve(cli: &Cli, args: &args::ServeArgs) -> quyche::Result<ExitCode> {
    let bad = |what: String| quyche::Error::Request { what };
    let log_format = match args.log_format.as_str() {
        "text" => quyche_server::LogFormat::Text,
        "json" => quyche_server::LogFormat::Json,
        other => return Err(bad(format!("--log-format {other:?}: use text or json"))),
    };
    let timeout = std::time::Duration::try_from_secs_f64(args.timeout)
        .ok()
        .filter(|t| !t.is_zero())
        .ok_or_else(|| {
            bad(format!(
                "--timeout {}: give a positive number of seconds",
                args.timeout
            ))
        })?;
    let config = quyche_server::Config {
        bind: args.bind,
        data: cli.data.clone(),
        max_body: args.max_body,
        timeout,
        cors: args.cors.clone(),
        max_concurrency: args.max_concurrency,
        log_format,
        ..quyche_server::Config::default()
    };
    quyche_server::run_blocking(config).map_err(bad)?;
    Ok(ExitCode::SUCCESS)
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
        Command::Serve(args) => return serve(cli, args),
        _ => {}
    }
    let mut request = args::request(&cli.command)?;
    if cli.format == Format::Akn {
        // Akoma Ntoso: the document itself, not the JSON object that holds it.
        let Request::Show { format, .. } = &mut request else {
            return Err(quyche::Error::Request {
                what: "--format akn is available for show and import only".into(),
            });
        };
        *format = Some("akn".into());
        let value = rules(cli)?.answer_value(&request)?;
        let xml = value.get("xml").and_then(serde_json::Value::as_str);
        output::emit(xml.unwrap_or_default())?;
        return Ok(ExitCode::SUCCESS);
    }
    let rules = rules(cli)?;
    let fmt = cli.format;
    // Due dates are written as they are serialised: for a thousand provinces the answer is
    // hundreds of megabytes, too much to hold as a value and again as text.
    if let Request::Deadlines { .. } = request {
        match fmt {
            Format::Json => {
                return output::stream(|w| {
                    rules.write_answer(&request, &mut *w)?;
                    w.write_all(b"\n").map_err(stdout_error)
                })
                .map(|()| ExitCode::SUCCESS);
            }
            Format::Csv => {
                let rows = rules.deadlines(&request)?;
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
                let rows = rules.deadlines(&request)?;
                return output::stream(|w| query::write_ics(&rows, stamp, w).map_err(stdout_error))
                    .map(|()| ExitCode::SUCCESS);
            }
            _ => {}
        }
    }
    let value = rules.answer_value(&request)?;
    match (&request, fmt) {
        (_, Format::Json) => output::emit(&format!("{}\n", query::to_json(&value)?))?,
        (Request::Compare { .. }, Format::Csv) => {
            let cmp = quyche::check::compare(rules.dataset(), args::compare_what(&cli.command))?;
            output::emit(&quyche::check::compare_csv(&cmp))?;
        }
        (Request::Compare { .. }, Format::Html) => {
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
    if let Request::Status { .. } = request {
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
