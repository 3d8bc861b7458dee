//! Mistakes in the command line itself (an unknown option, a missing argument, a value clap
//! refuses), said in the run's language. clap writes them in English; a Vietnamese run gets the
//! same facts (what was typed, the close match, the accepted values, the usage line) in
//! Vietnamese. Help and version pass through as clap prints them.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Parser;

use crate::args::Cli;
use crate::lang::{self, Lang};

/// The arguments, or the process ends with clap's exit status and the mistake said in words.
pub fn parse() -> Cli {
    match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let passes_through = matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if passes_through || lang::early() == Lang::En {
                e.exit()
            }
            eprint!("{}", vietnamese(&e));
            std::process::exit(e.exit_code())
        }
    }
}

/// One value of the error's context as text ("" when clap did not give it).
fn context(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The mistake in Vietnamese, ending with clap's usage line and where to read more.
pub fn vietnamese(e: &clap::Error) -> String {
    let arg = context(e, ContextKind::InvalidArg);
    let value = context(e, ContextKind::InvalidValue);
    let mut out = match e.kind() {
        ErrorKind::UnknownArgument => format!("lỗi: không có tùy chọn “{arg}”\n"),
        ErrorKind::InvalidSubcommand => format!(
            "lỗi: không có lệnh “{}”\n",
            context(e, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue => format!("lỗi: giá trị “{value}” không hợp lệ cho {arg}\n"),
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(s) if s.is::<std::num::ParseIntError>() => {
                format!("lỗi: {arg}: “{value}” không phải là một số nguyên\n")
            }
            Some(s) if s.is::<std::num::ParseFloatError>() => {
                format!("lỗi: {arg}: “{value}” không phải là một số\n")
            }
            // The value parsers of this CLI already say why, in both languages.
            Some(s) => format!("lỗi: {arg}: {s}\n"),
            None => format!("lỗi: giá trị “{value}” không dùng được cho {arg}\n"),
        },
        ErrorKind::MissingRequiredArgument => {
            format!(
                "lỗi: còn thiếu đối số bắt buộc: {}\n",
                arg.replace(", ", " ")
            )
        }
        ErrorKind::MissingSubcommand => "lỗi: hãy cho một lệnh\n".to_owned(),
        ErrorKind::ArgumentConflict => match context(e, ContextKind::PriorArg) {
            prior if prior == arg || prior.is_empty() => {
                format!("lỗi: {arg} chỉ được cho một lần\n")
            }
            prior => format!("lỗi: {arg} không dùng cùng với {prior}\n"),
        },
        ErrorKind::NoEquals => format!("lỗi: {arg} cần giá trị sau dấu “=”\n"),
        ErrorKind::TooManyValues => {
            format!("lỗi: {arg} có quá nhiều giá trị (“{value}”)\n")
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("lỗi: {arg} không đủ giá trị\n")
        }
        // Anything else: clap's own sentence, under a Vietnamese head.
        _ => format!(
            "lỗi: dòng lệnh không hợp lệ ({})\n",
            english_message(e).trim()
        ),
    };
    let valid = context(e, ContextKind::ValidValue);
    if !valid.is_empty() {
        out.push_str(&format!("  các giá trị dùng được: {valid}\n"));
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        let close = context(e, kind);
        if !close.is_empty() {
            out.push_str(&format!("  có phải: “{close}”?\n"));
        }
    }
    if let Some(usage) = usage_line(e) {
        out.push_str(&format!("\nCách dùng: {usage}\n"));
    }
    out.push_str("\nXem thêm: thêm --help vào lệnh.\n");
    out
}

/// clap's first line without its `error: ` head.
fn english_message(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_owned()
}

/// The command's usage, as clap renders it after `Usage: `.
fn usage_line(e: &clap::Error) -> Option<String> {
    let text = e.render().to_string();
    let start = text.find("Usage: ")?;
    let rest = text.get(start.checked_add("Usage: ".len())?..)?;
    let mut lines = vec![rest.lines().next()?.trim_end().to_owned()];
    // A usage that lists several forms continues on indented lines.
    lines.extend(
        rest.lines()
            .skip(1)
            .take_while(|l| l.starts_with("       "))
            .map(|l| l.trim().to_owned()),
    );
    Some(lines.join("\n           "))
}
