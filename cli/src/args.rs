//! The command line: subcommands and their options, and the query request each one makes.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use quyche::calendar::CalendarKind;
use quyche::deadline::Shift;
use quyche::query::{
    AgencyQuery, CalendarQuery, CheckQuery, CompareQuery, DeadlineQuery, DutyQuery, HistoryQuery,
    InstrumentsQuery, LunarFromSolarQuery, LunarToSolarQuery, ObligationQuery, ProvincesQuery,
    Request, ShowQuery, StatusQuery, WorkdaysAddQuery, WorkdaysBetweenQuery, WorkdaysIsQuery,
};

#[derive(Parser)]
#[command(
    name = "quyche",
    version,
    about = "Vietnamese regulations on foreign-information activities as data: provisions, duties, reporting obligations and deadlines."
)]
pub struct Cli {
    /// Load the dataset from this directory instead of the embedded one.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Output format (csv, ics and html, the year at a glance, for deadlines; csv and html for
    /// compare; akn, Akoma Ntoso 3.0 XML, for show and import).
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The language of tables: vi (default) or en; also QUYCHE_LANG. JSON, CSV and the other
    /// formats keep their codes.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::lang::Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Fitted to the terminal (COLUMNS; 100 when not a terminal).
    Table,
    /// Every column at its full width (deadlines: every date with its reasoning).
    Wide,
    Json,
    Csv,
    Ics,
    Html,
    Akn,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Wide => "wide",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Html => "html",
            Format::Akn => "akn",
        }
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// List the instruments of the dataset.
    Instruments {
        /// The law as it stood on this day (dd/mm/yyyy or yyyy-mm-dd).
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
    },
    /// Show an instrument with its provision tree, or one provision.
    Show {
        /// Id (`quang-ninh/38-2018-qd-ubnd`) or official number (`38/2018/QĐ-UBND`).
        id: String,
        /// A citation (`"Điểm a khoản 2 Điều 20"`) or eId (`att_1__art_20__para_2`).
        citation: Option<String>,
    },
    /// Import a text file (or an Akoma Ntoso XML file) and print the instrument; diagnostics go
    /// to stderr.
    Import {
        /// The text file, or Akoma Ntoso XML (`.xml`, or a file that starts as XML).
        file: PathBuf,
    },
    /// List agencies and groups.
    Agencies {
        /// Only this province (central bodies are always listed).
        #[arg(long)]
        province: Option<String>,
        /// Print this agency's timeline instead: created, renamed, merged, functions moved.
        #[arg(long, value_name = "NAME")]
        history: Option<String>,
    },
    /// List duties: who must do what, in which role, under which provision.
    Duties {
        /// Only duties of this agency (any name form; groups it belongs to count).
        #[arg(long)]
        agency: Option<String>,
        /// Only this province.
        #[arg(long)]
        province: Option<String>,
        /// Only this role (lead, coordinate, advise, guide, supervise, inspect, appraise, approve, reward, report, provide_info, implement).
        #[arg(long)]
        role: Option<String>,
        /// Only duties of instruments in force on this day.
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
        // --current-bearers, --local-only.
        #[command(flatten)]
        bearers: Bearers,
    },
    /// List reporting obligations and their schedules.
    Obligations {
        /// Only this province.
        #[arg(long)]
        province: Option<String>,
        /// Only obligations owed to this agency.
        #[arg(long)]
        to: Option<String>,
        /// Only this frequency (annual, semiannual, quarterly, monthly, weekly, on_request, event).
        #[arg(long)]
        frequency: Option<String>,
        /// Only obligations of instruments in force on this day.
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
        // --current-bearers, --local-only.
        #[command(flatten)]
        bearers: Bearers,
    },
    /// Due dates of the obligations on the Vietnamese working calendar, with the reasoning.
    Deadlines {
        /// The year.
        #[arg(long, required_unless_present_all = ["from", "to"])]
        year: Option<i32>,
        /// First day of a range instead of a year.
        #[arg(value_parser = day, long, requires = "to")]
        from: Option<NaiveDate>,
        /// Last day of the range.
        #[arg(value_parser = day, long, requires = "from")]
        to: Option<NaiveDate>,
        /// Only this province.
        #[arg(long)]
        province: Option<String>,
        /// Only obligations owed by this agency.
        #[arg(long)]
        agency: Option<String>,
        /// When the last day is not a working day: previous (default), next (Civil Code 2015 Art. 148(5)) or none.
        #[arg(long)]
        shift: Option<String>,
        /// civil (Monday–Friday, default) or labour.
        #[arg(long)]
        calendar: Option<String>,
        /// Only obligations of instruments in force on this day.
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
        // --current-bearers, --local-only.
        #[command(flatten)]
        bearers: Bearers,
        /// Due dates without the steps that produced them (compact JSON, faster).
        #[arg(long)]
        no_trace: bool,
        /// Table: every due date of the range (by default those before today are left out when
        /// today lies in the range).
        #[arg(long)]
        all: bool,
        /// Table: the due dates from this day on, instead of from today.
        #[arg(value_parser = day, long, conflicts_with = "all")]
        since: Option<NaiveDate>,
        /// Table: every date of a weekly or monthly duty on its own line.
        #[arg(long)]
        expand: bool,
    },
    /// The provinces and centrally-run cities of a day (34 from 12/06/2025, 63 before), with their
    /// dates, the units they were formed from or became part of, and their local regulations.
    Provinces {
        /// The day (dd/mm/yyyy or yyyy-mm-dd); without it, every unit the dataset records.
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
    },
    /// The working calendar of a year: holidays, swaps, working-day count, official or projected.
    Calendar {
        /// The year.
        year: i32,
        /// civil (default) or labour.
        #[arg(long)]
        calendar: Option<String>,
    },
    /// Convert between solar and Vietnamese lunar dates.
    Lunar {
        #[command(subcommand)]
        command: LunarCommand,
    },
    /// Working-day arithmetic.
    Workdays {
        #[command(subcommand)]
        command: WorkdaysCommand,
        /// civil (default) or labour.
        #[arg(long, global = true)]
        calendar: Option<String>,
    },
    /// Find conflicts and gaps between the regulations and Circular 22; exit status 1 on errors.
    Check {
        /// Only this province.
        #[arg(long)]
        province: Option<String>,
        /// The year whose calendar measures the deadlines (default 2026).
        #[arg(long)]
        year: Option<i32>,
        /// The law as it stood on this day.
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
    },
    /// Provinces side by side: deadlines (default) or duties.
    Compare {
        /// deadlines or duties.
        #[arg(long, default_value = "deadlines")]
        what: String,
    },
    /// Which expected submissions of a year were on time, late, missing, not yet due or not
    /// applicable, from a CSV of submissions (agency,obligation,period,submitted); exit status 2
    /// when a row of the CSV cannot be used (every such row is listed with its line number).
    Status {
        /// The year.
        #[arg(long)]
        year: i32,
        /// The CSV of submissions (header: agency,obligation,period,submitted).
        #[arg(long, value_name = "FILE.csv")]
        submissions: PathBuf,
        /// Measure on this day (default: 31 December of the year, so results do not depend on today).
        #[arg(value_parser = day, long)]
        as_of: Option<NaiveDate>,
        /// Only this province's obligations.
        #[arg(long)]
        province: Option<String>,
    },
    /// Serve the queries over HTTP (JSON, CSV, iCalendar, HTML; OpenAPI at /openapi.json).
    Serve(ServeArgs),
    /// Shell completions, written to stdout
    /// (`quyche completions bash > ~/.local/share/bash-completion/completions/quyche`).
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// The manual page (roff), written to stdout (`quyche man > quyche.1; man ./quyche.1`).
    Man,
}

/// The options of the record listings (duties, obligations, deadlines) on the bodies a record
/// names: who carries them now, and whether a province's answer keeps the national records.
#[derive(clap::Args)]
pub struct Bearers {
    /// Add the bodies that carry each record on the --as-of day after the 2025 reorganisation.
    #[arg(long, requires = "as_of")]
    pub current_bearers: bool,
    /// With --province: only the province's own records, without the national ones that bind it.
    #[arg(long, requires = "province")]
    pub local_only: bool,
}

/// `quyche serve` options (the dataset is the global `--data`, reloaded on SIGHUP).
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: std::net::SocketAddr,
    /// The largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 8 * 1024 * 1024)]
    pub max_body: usize,
    /// How long a request may take, body included, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30.0)]
    pub timeout: f64,
    /// An origin allowed to call from a browser (CORS); repeat for several.
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Vec<String>,
    /// Requests answered at once; more get 503.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub max_concurrency: usize,
    /// Log lines as text or as JSON objects.
    #[arg(long, value_name = "text|json", default_value = "text")]
    pub log_format: String,
}

#[derive(Subcommand)]
pub enum LunarCommand {
    /// A lunar date (YYYY-MM-DD, lunar) to its solar date.
    ToSolar {
        /// The lunar date, e.g. 2026-01-01 for Tết 2026.
        date: String,
        /// The month is the leap month (tháng nhuận).
        #[arg(long)]
        leap: bool,
    },
    /// A solar date (dd/mm/yyyy or yyyy-mm-dd) to its lunar date.
    FromSolar {
        /// The solar date.
        #[arg(value_parser = day)]
        date: NaiveDate,
    },
}

#[derive(Subcommand)]
pub enum WorkdaysCommand {
    /// DATE plus N working days (N may be negative).
    Add {
        /// The date.
        #[arg(value_parser = day)]
        date: NaiveDate,
        /// How many working days.
        #[arg(allow_hyphen_values = true)]
        n: i64,
    },
    /// Working days from D1 (counted) up to D2 (not counted): the half-open range [D1, D2), printed
    /// as "từ D1 đến hết D2 − 1 ngày".
    Between {
        /// The first date.
        #[arg(value_parser = day)]
        d1: NaiveDate,
        /// The second date.
        #[arg(value_parser = day)]
        d2: NaiveDate,
    },
    /// Whether a date is a working day, and why.
    Is {
        /// The date.
        #[arg(value_parser = day)]
        date: NaiveDate,
    },
}

/// A day argument as people write it: dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd; the error says why a
/// day does not exist.
fn day(s: &str) -> Result<NaiveDate, String> {
    quyche::text::parse_day(s).map_err(|e| crate::errors::both_languages(&e))
}

/// An option word (`--shift`, `--role`, ...) read as its typed value.
fn word<T: std::str::FromStr<Err = quyche::Error>>(
    s: &Option<String>,
) -> quyche::Result<Option<T>> {
    s.as_deref().map(str::parse).transpose()
}

/// The query request a command makes.
pub fn request(command: &Command) -> quyche::Result<Request> {
    let c = |s: &Option<String>| s.clone();
    Ok(match command {
        Command::Instruments { as_of } => Request::Instruments(InstrumentsQuery { as_of: *as_of }),
        Command::Show { id, citation } => {
            let q = ShowQuery::instrument(id.clone());
            Request::Show(match citation {
                Some(c) => q.citation(c.clone()),
                None => q,
            })
        }
        Command::Agencies {
            province,
            history: Some(name),
        } => Request::History(HistoryQuery {
            province: c(province),
            ..HistoryQuery::agency(name.clone())
        }),
        Command::Agencies {
            province,
            history: None,
        } => Request::Agencies(AgencyQuery {
            province: c(province),
        }),
        Command::Duties {
            agency,
            province,
            role,
            as_of,
            bearers,
        } => Request::Duties(DutyQuery {
            agency: c(agency),
            province: c(province),
            role: word(role)?,
            as_of: *as_of,
            current_bearers: bearers.current_bearers,
            local_only: bearers.local_only,
        }),
        Command::Obligations {
            province,
            to,
            frequency,
            as_of,
            bearers,
        } => Request::Obligations(ObligationQuery {
            province: c(province),
            to: c(to),
            frequency: word(frequency)?,
            as_of: *as_of,
            current_bearers: bearers.current_bearers,
            local_only: bearers.local_only,
        }),
        Command::Deadlines {
            year,
            from,
            to,
            province,
            agency,
            shift,
            calendar,
            as_of,
            bearers,
            no_trace,
            ..
        } => {
            let shift: Option<Shift> = word(shift)?;
            let calendar: Option<CalendarKind> = word(calendar)?;
            // clap requires a year or both ends; the query says what is wrong with the rest.
            let q = match (year, from, to) {
                (_, Some(f), Some(t)) => DeadlineQuery::range(*f, *t)?,
                (Some(y), _, _) => DeadlineQuery::year(*y)?,
                _ => return Err(crate::errors::deadlines_need_a_range()),
            };
            Request::Deadlines(DeadlineQuery {
                province: c(province),
                agency: c(agency),
                shift,
                calendar,
                as_of: *as_of,
                current_bearers: bearers.current_bearers,
                local_only: bearers.local_only,
                trace: !*no_trace,
                ..q
            })
        }
        Command::Provinces { as_of } => Request::Provinces(ProvincesQuery { as_of: *as_of }),
        Command::Calendar { year, calendar } => Request::Calendar(CalendarQuery {
            calendar: word(calendar)?,
            ..CalendarQuery::year(*year)
        }),
        Command::Check {
            province,
            year,
            as_of,
        } => Request::Check(CheckQuery {
            province: c(province),
            year: *year,
            as_of: *as_of,
        }),
        Command::Compare { what } => Request::Compare(CompareQuery::default().what(what.clone())),
        Command::Status {
            year,
            submissions,
            as_of,
            province,
        } => Request::Status(StatusQuery {
            as_of: *as_of,
            province: c(province),
            ..StatusQuery::new(*year, read_submissions(submissions)?)
        }),
        Command::Lunar {
            command: LunarCommand::FromSolar { date },
        } => Request::LunarFromSolar(LunarFromSolarQuery::new(*date)),
        Command::Lunar {
            command: LunarCommand::ToSolar { date, leap },
        } => Request::LunarToSolar(LunarToSolarQuery::new(date.clone()).leap(*leap)),
        Command::Workdays { command, calendar } => {
            let calendar: Option<CalendarKind> = word(calendar)?;
            match command {
                WorkdaysCommand::Add { date, n } => Request::WorkdaysAdd(WorkdaysAddQuery {
                    calendar,
                    ..WorkdaysAddQuery::new(*date, *n)
                }),
                WorkdaysCommand::Between { d1, d2 } => {
                    Request::WorkdaysBetween(WorkdaysBetweenQuery {
                        calendar,
                        ..WorkdaysBetweenQuery::new(*d1, *d2)
                    })
                }
                WorkdaysCommand::Is { date } => Request::WorkdaysIs(WorkdaysIsQuery {
                    calendar,
                    ..WorkdaysIsQuery::new(*date)
                }),
            }
        }
        Command::Import { .. } | Command::Serve(_) | Command::Completions { .. } | Command::Man => {
            return Err(crate::errors::request(
                "this command is not a query of the dataset",
                "lệnh này không phải là một truy vấn bộ dữ liệu",
            ));
        }
    })
}

/// Reads a submissions CSV, refusing files larger than the library accepts.
fn read_submissions(path: &std::path::Path) -> quyche::Result<String> {
    let io = |e: std::io::Error| quyche::Error::Io {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let max = quyche::status::MAX_CSV_BYTES;
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > u64::try_from(max).unwrap_or(u64::MAX) {
        let path = path.display();
        return Err(crate::errors::input(
            format!("{path}: {len} bytes, more than the {max} accepted"),
            format!("{path}: {len} byte, vượt quá {max} byte được chấp nhận"),
        ));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    String::from_utf8(bytes).map_err(|e| {
        let (path, at) = (path.display(), e.utf8_error().valid_up_to());
        crate::errors::input(
            format!("{path}: not UTF-8 text (byte {at})"),
            format!("{path}: không phải là văn bản UTF-8 (byte {at})"),
        )
    })
}
