//! `quyche`: Vietnamese foreign-information regulations as data, from the command line.
//!
//! Every subcommand answers through `quyche::query`, so its JSON is the C ABI's and Python's.

mod render;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use quyche::dataset::Dataset;
use quyche::query::{self, Request};

#[derive(Parser)]
#[command(name = "quyche", version, about = "Vietnamese regulations on foreign-information activities as data: provisions, duties, reporting obligations and deadlines.")]
struct Cli {
    /// Load the dataset from this directory instead of the embedded one.
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// List the instruments of the dataset.
    Instruments,
    /// Show an instrument with its provision tree, or one provision.
    Show {
        /// Id (`quang-ninh/38-2018-qd-ubnd`) or official number (`38/2018/QĐ-UBND`).
        id: String,
        /// A citation (`"Điểm a khoản 2 Điều 20"`) or eId (`att_1__art_20__para_2`).
        citation: Option<String>,
    },
    /// Import a text file and print the instrument; diagnostics go to stderr.
    Import {
        /// The text file.
        file: PathBuf,
    },
    /// List agencies and groups.
    Agencies {
        /// Only this province (central bodies are always listed).
        #[arg(long)]
        province: Option<String>,
    },
    /// List duties: who must do what, in which role, under which provision.
    Duties {
        /// Only duties of this agency (any name form; groups it belongs to count).
        #[arg(long)]
        agency: Option<String>,
        /// Only this province.
        #[arg(long)]
        province: Option<String>,
        /// Only this role (lead, coordinate, advise, guide, approve, report, provide_info, implement).
        #[arg(long)]
        role: Option<String>,
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
    },
}

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

fn load(cli: &Cli) -> quyche::Result<Dataset> {
    match &cli.data {
        Some(dir) => Dataset::from_dir(dir),
        None => Dataset::embedded(),
    }
}

fn run(cli: &Cli) -> quyche::Result<ExitCode> {
    if let Command::Import { file } = &cli.command {
        return import(cli, file);
    }
    let ds = load(cli)?;
    let request = match &cli.command {
        Command::Instruments => Request::Instruments {},
        Command::Show { id, citation } => Request::Show { id: id.clone(), citation: citation.clone() },
        Command::Agencies { province } => Request::Agencies { province: province.clone() },
        Command::Duties { agency, province, role } => Request::Duties { agency: agency.clone(), province: province.clone(), role: role.clone() },
        Command::Obligations { province, to, frequency } => Request::Obligations { province: province.clone(), to: to.clone(), frequency: frequency.clone() },
        Command::Import { .. } => return Ok(ExitCode::SUCCESS),
    };
    let value = query::answer_value(&ds, &request)?;
    match cli.format {
        Format::Json => println!("{}", query::to_json(&value)?),
        Format::Table => print!("{}", render::table(&request, &value)),
    }
    Ok(ExitCode::SUCCESS)
}

fn import(cli: &Cli, file: &PathBuf) -> quyche::Result<ExitCode> {
    let bytes = std::fs::read(file).map_err(|e| quyche::Error::Io { path: file.clone(), message: e.to_string() })?;
    let imported = quyche::import::import_bytes(&bytes, &quyche::import::ImportOptions::default())?;
    for d in &imported.diagnostics {
        let at = d.line.map(|l| format!("{}:{l}: ", file.display())).unwrap_or_default();
        let prov = d.provision.as_ref().map(|p| format!(" [{p}]")).unwrap_or_default();
        eprintln!("{at}{:?}: {}: {}{prov}", d.severity, d.code, d.message);
    }
    let view = query::InstrumentView::from_import(&imported);
    match cli.format {
        Format::Json => println!("{}", query::to_json(&view)?),
        Format::Table => {
            let value = serde_json::to_value(&view).map_err(|e| quyche::Error::Request { what: e.to_string() })?;
            print!("{}", render::instrument(&value));
        }
    }
    Ok(ExitCode::SUCCESS)
}
