//! The typed Rust API (issue 16): this program is the issue's, unchanged; `tests/it/typed_api.rs`
//! runs it and checks the counts it prints.

use chrono::NaiveDate;
use quyche::deadline::Shift;
use quyche::query::{DeadlineQuery, DutyQuery, ObligationQuery, RuleSet};

fn main() -> Result<(), quyche::Error> {
    let rules = RuleSet::embedded()?;
    let q = DeadlineQuery::year(2026)?
        .province("quang ninh")
        .shift(Shift::Next);
    let rows = rules.deadlines(&q)?;
    let first: Option<NaiveDate> = rows.iter().filter_map(|d| d.due).min();
    let duties = rules.duties(
        &DutyQuery::default()
            .province("Quảng Ninh")
            .agency("Sở TT&TT"),
    )?;
    let obligations = rules.obligations(&ObligationQuery::default().province("Điện Biên"))?;
    let shift: Shift = "previous".parse()?;
    println!(
        "{} {:?} {} {} {:?}",
        rows.len(),
        first,
        duties.len(),
        obligations.len(),
        shift
    );
    Ok(())
}
