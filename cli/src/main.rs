//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod args;
mod deadlines;
mod errors;
mod lang;
mod local;
mod output;
mod provinces;
mod render;
mod render_tree;
mod table;
mod usage;

use std::process::ExitCode;

use clap::CommandFactory;
use quyche::query::{self, Answer, DeadlineQuery, DocumentFormat, Request, RuleSet};

use args::{Cli, Command, Format};

fn main() -> ExitCode {
    let cli = usage::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", errors::line(&e));
            ExitCode::from(2)
        }
    }
}

/// `quyche serve`: the HTTP server of the `quyche-server` crate.
fn serve(cli: &Cli, args: &args::ServeArgs) -> quyche::Result<ExitCode> {
    let log_format = match args.log_format.as_str() {
        "text" => quyche_server::LogFormat::Text,
        "json" => quyche_server::LogFormat::Json,
        other => {
            return Err(errors::request(
                format!("--log-format {other:?}: use text or json"),
                format!("--log-format {other:?}: dùng text hoặc json"),
            ))
        }
    };
    let timeout = std::time::Duration::try_from_secs_f64(args.timeout)
        .ok()
        .filter(|t| !t.is_zero())
        .ok_or_else(|| {
            errors::request(
                format!(
                    "--timeout {}: give a positive number of seconds",
                    args.timeout
                ),
                format!("--timeout {}: hãy cho một số giây lớn hơn 0", args.timeout),
            )
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
    // The server's errors are sentences in English (its API); the Vietnamese says what failed.
    quyche_server::run_blocking(config)
        .map_err(|e| errors::request(e.clone(), format!("máy chủ HTTP không chạy được: {e}")))?;
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
    table::set_width((fmt != Format::Wide).then(table::width));
    lang::set(lang::Lang::choose(cli.lang));
    let mut deadline_view = None;
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
            if let (Request::Deadlines(q), Format::Table) = (&mut request, fmt) {
                let v = view(cli, q)?;
                widen(q, v.until);
                deadline_view = Some(v);
            }
            if fmt == Format::Akn {
                // Akoma Ntoso: the document itself, not the JSON object that holds it.
                let Request::Show(q) = &mut request else {
                    return Err(errors::request(
                        "--format akn is available for show and import only",
                        "--format akn chỉ dùng được với show và import",
                    ));
                };
                q.format = Some(DocumentFormat::Akn);
            }
            let rules = rules(cli)?;
            if matches!(fmt, Format::Table | Format::Wide) {
                provinces::set_names(
                    rules
                        .provinces(&quyche::query::ProvincesQuery::default())?
                        .into_iter()
                        .map(|p| (p.id, p.name))
                        .collect(),
                );
            }
            if let Request::Deadlines(q) = &request {
                if stream_deadlines(&rules, &request, q, fmt)? {
                    return Ok(ExitCode::SUCCESS);
                }
                if fmt == Format::Html {
                    output::emit(&year_page(&rules, q)?)?;
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let answer = rules.dispatch(&request)?;
            (Some(request), answer)
        }
    };
    if let (Answer::Deadlines(items), Format::Table, Some(view)) = (&answer, fmt, &deadline_view) {
        output::emit(&deadlines::compact(items, view))?;
        return Ok(exit_code(&answer));
    }
    match (&answer, fmt) {
        (_, Format::Json) => output::emit(&format!("{}\n", answer.to_json()?))?,
        (Answer::Akn(doc), Format::Akn) => output::emit(&doc.xml)?,
        (Answer::Compare(cmp), Format::Csv) => output::emit(&quyche::check::compare_csv(cmp))?,
        (Answer::Compare(cmp), Format::Html) => output::emit(&quyche::check::compare_html(cmp))?,
        (_, Format::Table | Format::Wide) => {
            output::emit(&table::paragraphs(&render::table(
                request.as_ref(),
                &answer,
            )))?;
        }
        (_, other) => {
            let name = other.name();
            return Err(errors::request(
                format!("--format {name} is not available for this command (use table or json)"),
                format!("--format {name} không dùng được với lệnh này (dùng table hoặc json)"),
            ));
        }
    }
    Ok(exit_code(&answer))
}

/// How the deadlines table shows its rows: from today when today lies in the range (`--since`,
/// `--all`), grouped unless `--expand`, with the provinces' names.
fn view(cli: &Cli, q: &DeadlineQuery) -> quyche::Result<deadlines::View> {
    let Command::Deadlines {
        all, since, expand, ..
    } = &cli.command
    else {
        return Err(errors::request(
            "not a deadlines command",
            "không phải là lệnh deadlines",
        ));
    };
    let (start, end) = range(q);
    let today = today_in_vietnam();
    let since = if *all {
        start
    } else {
        since.or_else(|| {
            let inside = start.is_some_and(|s| s <= today) && end.is_some_and(|e| today <= e);
            if inside {
                Some(today)
            } else {
                start
            }
        })
    };
    Ok(deadlines::View {
        lang: lang::current(),
        since,
        until: end,
        expand: *expand,
    })
}

/// The table lists what is due inside the range. The query selects periods by the last day
/// their wording allows, and a period whose last day falls just after the range (the week of
/// 28/12/2026–03/01/2027, last day Sunday 03/01) can be due inside it (Thursday 31/12/2026,
/// New Year's Day being off): ask a month more, and let the view keep the due dates in range.
fn widen(q: &mut DeadlineQuery, until: Option<chrono::NaiveDate>) {
    let later = until.and_then(|e| e.checked_add_days(chrono::Days::new(31)));
    if let ((Some(start), _), Some(later)) = (range(q), later) {
        q.year = None;
        q.from = Some(start);
        q.to = Some(later);
    }
}

/// The first and last day a deadlines query asks for: its range, or its year.
fn range(q: &DeadlineQuery) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    match (q.year, q.from, q.to) {
        (_, Some(f), Some(t)) => (Some(f), Some(t)),
        (Some(y), _, _) => (
            chrono::NaiveDate::from_ymd_opt(y, 1, 1),
            chrono::NaiveDate::from_ymd_opt(y, 12, 31),
        ),
        _ => (None, None),
    }
}

/// `deadlines --year Y --format html`: the year at a glance, with every due date inside the
/// year (the query widened as for the table).
fn year_page(rules: &RuleSet, q: &DeadlineQuery) -> quyche::Result<String> {
    let Some(year) = q.year else {
        return Err(errors::request(
            "--format html shows a whole year: give --year, not --from/--to",
            "--format html hiển thị trọn một năm: hãy cho --year, không cho --from/--to",
        ));
    };
    let calendar = rules.calendar_year(&quyche::query::CalendarQuery {
        calendar: q.calendar,
        ..quyche::query::CalendarQuery::year(year)
    })?;
    let mut wide = q.clone();
    widen(&mut wide, range(q).1);
    let rows = rules.deadlines(&wide)?;
    let place = match &q.province {
        Some(p) => Some(rules.dataset().province(p)?.name.clone()),
        None => None,
    };
    Ok(query::year_html(&calendar, &rows, place.as_deref()))
}

/// Today's date in Vietnam (UTC+7, no daylight saving).
fn today_in_vietnam() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let secs = i64::try_from(secs).unwrap_or(0).saturating_add(7 * 3600);
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .date_naive()
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
                eprintln!("{}", errors::row_line(e));
            }
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}
