//! Deadlines as CSV (for spreadsheets) and as iCalendar (RFC 5545, for calendar apps).

use std::fmt::Write as _;

use chrono::{Days, NaiveDateTime};

use super::deadlines::DeadlineView;

/// The CSV columns, in order.
pub const CSV_HEADER: &str = "due,last_day,period_start,period_end,recurrence,in_force,province,instrument,citation,eid,from,to,what,summary,obligation";

/// Deadlines as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends).
pub fn csv(rows: &[DeadlineView]) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for r in rows {
        let names = |v: &[super::Named]| {
            v.iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let fields = [
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
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
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
    let mut out = String::new();
    let mut line = |s: &str| fold_line(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//quyche//quyche deadlines//VI");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:quyche – hạn báo cáo thông tin đối ngoại");
    for r in rows {
        let Some(due) = r.due else { continue };
        let end = due.checked_add_days(Days::new(1)).unwrap_or(due);
        let uid = format!(
            "{}-{}@quyche",
            r.obligation.replace('/', "."),
            due.format("%Y%m%d")
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
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&uid)));
        line(&format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")));
        line(&format!("DTSTART;VALUE=DATE:{}", due.format("%Y%m%d")));
        line(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        line(&format!(
            "SUMMARY:{}",
            escape(&format!(
                "{} → {}: {} ({} {})",
                from,
                to,
                serde_plain(&r.what),
                r.citation,
                r.instrument
            ))
        ));
        let trace: Vec<String> = r.trace.iter().map(|t| t.reason.clone()).collect();
        line(&format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "{}\n\n{}\n\n{}",
                r.summary,
                r.quote,
                trace.join("\n")
            ))
        ));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
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

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }
}
