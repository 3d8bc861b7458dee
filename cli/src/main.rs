//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod local;
mod output;
mod provinces;
mod render;
mod render_tree;
mod table;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use quyche::query::{self, Answer, DeadlineQuery, DocumentFormat, Request, RuleSet};

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
    let fmt = cli.format;
    let (request, answer) = match &cli.command {
        Command::Serve(args) => return serve(cli, args),
        // Generated from the same definitions as the parser, so they cannot drift from it.
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "quyche",
                &mut std::io::stdout(),
            );
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command())
                .render(&mut std::io::stdout())
                .map_err(stdout_error)?;
            return Ok(ExitCode::SUCCESS);
        }
        // The queries that need no dataset are answered without loading one.
        Command::Import { file } => {
            let format = (fmt == Format::Akn).then_some(DocumentFormat::Akn);
            (None, local::import(file, format)?)
        }
        command @ (Command::Lunar { .. } | Command::Workdays { .. }) => {
            let request = args::request(command)?;
            let answer = local::calendar_only(&request)?;
            (Some(request), answer)
        }
        command => {
            let mut request = args::request(command)?;
            if fmt == Format::Akn {
                // Akoma Ntoso: the document itself, not the JSON object that holds it.
                let Request::Show(q) = &mut request else {
                    return Err(quyche::Error::Request {
                        what: "--format akn is available for show and import only".into(),
                    });
                };
                q.format = Some(DocumentFormat::Akn);
            }
            let rules = rules(cli)?;
            if let Request::Deadlines(q) = &request {
                if stream_deadlines(&rules, &request, q, fmt)? {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let answer = rules.dispatch(&request)?;
            (Some(request), answer)
        }
    };
    match (&answer, fmt) {
        (_, Format::Json) => output::emit(&format!("{}\n", answer.to_json()?))?,
        (Answer::Akn(doc), Format::Akn) => output::emit(&doc.xml)?,
        (Answer::Compare(cmp), Format::Csv) => output::emit(&quyche::check::compare_csv(cmp))?,
        (Answer::Compare(cmp), Format::Html) => output::emit(&quyche::check::compare_html(cmp))?,
        (_, Format::Table) => output::emit(&render::table(request.as_ref(), &answer))?,
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
