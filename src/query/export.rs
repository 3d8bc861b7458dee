//! Deadlines as CSV (for spreadsheets) and as iCalendar (RFC 5545, for calendar apps).

use std::fmt::Write as _;
use std::io::Write;

use chrono::{Days, NaiveDateTime};

use super::deadlines::DeadlineView;

/// The CSV columns, in order.
pub const CSV_HEADER: &str = "due,last_day,period_start,period_end,recurrence,in_force,province,instrument,citation,eid,from,to,what,summary,obligation";

/// Deadlines as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends).
pub fn csv(rows: &[DeadlineView]) -> String {
    crate::table::to_string(
        &CSV_HEADER.split(',').collect::<Vec<_>>(),
        rows.iter().map(fields),
    )
}

/// [`csv()`] written row by row to `w` (the same bytes).
///
/// # Errors
/// The writer's error.
pub fn write_csv<W: Write>(rows: &[DeadlineView], w: W) -> std::io::Result<()> {
    let mut table = crate::table::CsvTable::new(w, CSV_HEADER.split(','))?;
    for r in rows {
        table.row(fields(r))?;
    }
    table.finish()?.flush()
}

/// A row's fields, in the order of [`CSV_HEADER`].
fn fields(r: &DeadlineView) -> Vec<String> {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    vec![
        date(r.due),
        date(r.last_day),
        date(r.period_start),
        date(r.period_end),
        serde_plain(&r.recurrence),
        r.in_force.to_string(),
        r.province.clone().unwrap_or_default(),
        r.instrument.clone(),
        r.citation.clone(),
        r.eid.clone(),
        names(&r.from),
        names(&r.to),
        serde_plain(&r.what),
        r.summary.clone(),
        r.obligation.clone(),
    ]
}

/// Names joined with "; ", as the CSV and the year page list several bodies.
pub(super) fn names(v: &[super::Named]) -> String {
    v.iter()
        .map(|n| n.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The snake_case name serde gives a unit enum value.
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Deadlines as an iCalendar object (RFC 5545): one all-day VEVENT per dated due date; undated
/// duties are left out (they have no day). `stamp` is the DTSTAMP (creation time, UTC).
pub fn ics(rows: &[DeadlineView], stamp: NaiveDateTime) -> String {
    let mut out = Vec::new();
    // Writing to a Vec<u8> cannot fail.
    let _ = write_ics(rows, stamp, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`ics`] written event by event to `w` (the same bytes).
///
/// # Errors
/// The writer's error.
pub fn write_ics<W: Write>(
    rows: &[DeadlineView],
    stamp: NaiveDateTime,
    mut w: W,
) -> std::io::Result<()> {
    let mut out = String::new();
    fold_line(&mut out, "BEGIN:VCALENDAR");
    fold_line(&mut out, "VERSION:2.0");
    fold_line(&mut out, "PRODID:-//quyche//quyche deadlines//VI");
    fold_line(&mut out, "CALSCALE:GREGORIAN");
    fold_line(
        &mut out,
        "X-WR-CALNAME:quyche – hạn báo cáo thông tin đối ngoại",
    );
    for r in rows {
        let Some(due) = r.due else { continue };
        let end = due.checked_add_days(Days::new(1)).unwrap_or(due);
        // One event per obligation and period, stable from run to run: the period's label
        // (2026-W08), not the due date, which two periods may share (the week of Tết is due on the
        // Monday after it, like the next week's Friday in another row). A row resolved to a
        // province other than its obligation's carries that province too.
        let period = r.period_start.map_or_else(
            || crate::text::date::basic(due).to_string(),
            |s| crate::deadline::periods::label(r.recurrence, s),
        );
        let province = r
            .province
            .as_deref()
            .filter(|p| !r.obligation.starts_with(p))
            .map(|p| format!("-{p}"))
            .unwrap_or_default();
        let uid = format!(
            "{}-{period}{province}@quyche",
            r.obligation.replace('/', ".")
        );
        let to =
            r.to.iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join("; ");
        let from = r
            .from
            .iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        fold_line(&mut out, "BEGIN:VEVENT");
        fold_line(&mut out, &format!("UID:{}", escape(&uid)));
        fold_line(
            &mut out,
            &format!("DTSTAMP:{}", crate::text::date::basic_utc(stamp)),
        );
        fold_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", crate::text::date::basic(due)),
        );
        fold_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", crate::text::date::basic(end)),
        );
        fold_line(
            &mut out,
            &format!(
                "SUMMARY:{}",
                escape(&format!(
                    "{} → {}: {} ({} {})",
                    from,
                    to,
                    serde_plain(&r.what),
                    r.citation,
                    r.instrument
                ))
            ),
        );
        let trace: Vec<String> = r.trace.iter().map(|t| t.reason.clone()).collect();
        fold_line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                escape(&format!(
                    "{}\n\n{}\n\n{}",
                    r.summary,
                    r.quote,
                    trace.join("\n")
                ))
            ),
        );
        fold_line(&mut out, "TRANSP:TRANSPARENT");
        fold_line(&mut out, "END:VEVENT");
        w.write_all(out.as_bytes())?;
        out.clear();
    }
    fold_line(&mut out, "END:VCALENDAR");
    w.write_all(out.as_bytes())?;
    w.flush()
}

/// RFC 5545 §3.3.11 text escaping.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: lines end in CRLF and are folded so that no line exceeds 75 octets,
/// never splitting a UTF-8 character.
fn fold_line(out: &mut String, s: &str) {
    let mut used = 0usize;
    for c in s.chars() {
        let len = c.len_utf8();
        if used.saturating_add(len) > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used = used.saturating_add(len);
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let mut out = String::new();
        fold_line(
            &mut out,
            &format!("SUMMARY:{}", "Sở Thông tin và Truyền thông ".repeat(8)),
        );
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("SUMMARY:{}", "Sở Thông tin và Truyền thông ".repeat(8)).trim_end()
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
