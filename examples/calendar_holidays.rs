//! Print a year's holidays and arrangements, or write them as CSV for the benchmark peers:
//! `cargo run -p quyche --example calendar_holidays -- 2026` or `-- --csv FIRST LAST`.
fn main() -> Result<(), quyche::Error> {
    use quyche::calendar::{CalendarKind, DayKind, WorkingCalendar};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cal = WorkingCalendar::vietnam(CalendarKind::Civil)?;
    if args.first().map(String::as_str) == Some("--csv") {
        let first: i32 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
        let last: i32 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2199);
        // Off-days on weekdays and worked weekend days, as numpy's busdaycalendar needs them.
        println!("date,kind");
        for y in first..=last {
            for r in cal.holidays(y)? {
                let kind = match r.kind {
                    DayKind::SwapWork | DayKind::WorkDay => "work",
                    _ => "off",
                };
                println!("{},{kind}", r.date);
            }
        }
        return Ok(());
    }
    let year: i32 = args.first().and_then(|s| s.parse().ok()).unwrap_or(2026);
    let summary = cal.year(year)?;
    println!(
        "{year}: {:?}, {} working days",
        summary.status, summary.working_days
    );
    for r in cal.holidays(year)? {
        println!(
            "{} {:?} {:?} {} | {} | {}",
            r.date, r.kind, r.status, r.name_vi, r.name_en, r.source
        );
    }
    Ok(())
}
