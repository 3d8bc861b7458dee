//! Date commands as the CLI's `lunar` and `workdays` subcommands take them, one a line (see
//! [`crate::targets::dates`]), with impossible dates and dates at the calendars' edges.

use crate::choice::Choices;

fn date_text(c: &mut impl Choices) -> String {
    match c.below(5) {
        0 => c
            .pick(&[
                "2019-02-29",
                "2026-04-31",
                "2020-02-29",
                "1999-12-31",
                "2000-01-01",
                "2199-12-31",
                "2200-01-01",
                "1899-12-31",
                "1900-01-01",
                "+99999-01-01",
                "-0001-01-01",
            ])
            .unwrap_or(&"")
            .to_string(),
        _ => format!(
            "{}-{:02}-{:02}",
            1895 + c.below(310),
            1 + c.below(12),
            1 + c.below(31)
        ),
    }
}

/// Date commands as the CLI's `lunar` and `workdays` subcommands take them (see
/// [`crate::targets::dates`]).
pub fn date_commands(c: &mut impl Choices) -> Vec<u8> {
    let mut out = String::new();
    for _ in 0..1 + c.below(8) {
        let cal = if c.one_in(3) { " labour" } else { "" };
        let line = match c.below(6) {
            0 => format!("add {} {}{cal}", date_text(c), c.int()),
            1 => format!("between {} {}{cal}", date_text(c), date_text(c)),
            2 => format!("is {}{cal}", date_text(c)),
            3 => format!("from-solar {}", date_text(c)),
            4 => format!(
                "to-solar {}-{}-{}{}",
                1895 + c.below(310),
                c.below(15),
                c.below(33),
                if c.one_in(2) { " leap" } else { "" }
            ),
            _ => format!("raw {} {} {} {}", c.int(), c.int(), c.int(), c.below(2)),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.into_bytes()
}

/// Tokens for the dates mutator.
pub const DICT: [&str; 8] = [
    "-02-29", "-04-31", "-13-01", "9999", "-", " ", "\nadd ", " leap",
];
