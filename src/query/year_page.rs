//! A year at a glance: one self-contained, printable HTML page (A4 landscape, no external asset)
//! with the twelve months as calendar grids, the days off shaded (holidays, compensatory days,
//! swaps; the Saturdays worked marked), each due day marked with its count and linked to the
//! list below, which gives every item with its citation and quoted text. Every marked day says
//! in words what it is (`aria-label`, `title`), so the page reads the same without colour.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, Weekday};

use super::days::CalendarYear;
use super::deadlines::DeadlineView;
use crate::calendar::{DayKind, HolidayRecord, Status};
use crate::text::date::{basic, dmy, iso};
use crate::text::html::escape;
use crate::text::Wording;

/// Vietnamese weekday names, Monday first, as the grid's columns and the list say them.
const WEEKDAYS: [(&str, &str); 7] = [
    ("T2", "thứ Hai"),
    ("T3", "thứ Ba"),
    ("T4", "thứ Tư"),
    ("T5", "thứ Năm"),
    ("T6", "thứ Sáu"),
    ("T7", "thứ Bảy"),
    ("CN", "Chủ nhật"),
];

const STYLE: &str = "@page{size:A4 landscape;margin:8mm}\
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\
body{font-family:system-ui,sans-serif;margin:1rem;color:#222;font-size:12px}\
h1{font-size:1.4em;margin:.2em 0}.meta{margin:.2em 0 .6em}\
.legend{display:flex;flex-wrap:wrap;gap:.4em 1.2em;margin:.4em 0 .8em;padding:0;list-style:none}\
.legend span{display:inline-block;width:1.4em;height:1.1em;border:1px solid #999;vertical-align:middle;margin-right:.3em}\
.year{display:grid;grid-template-columns:repeat(4,1fr);gap:.6em 1em}\
.month h2{font-size:1.05em;margin:.2em 0}\
.month table{border-collapse:collapse;width:100%;table-layout:fixed}\
.month th{font-weight:600;color:#555;padding:1px}\
.month td{border:1px solid #ddd;height:2.1em;padding:1px 2px;vertical-align:top;position:relative}\
.month td a{display:block;color:inherit;text-decoration:none;height:100%}\
.rest{background:#ececec}.holiday{background:#f3a6a6}.compensatory{background:#f7c99b}\
.swap_off,.day_off{background:#f5e08a}.swap_work,.work_day{background:#fff;outline:2px dashed #2a7;outline-offset:-3px}\
.due{box-shadow:inset 0 0 0 2px #1746a2;font-weight:700}\
.count{position:absolute;right:2px;bottom:1px;background:#1746a2;color:#fff;border-radius:.7em;padding:0 .35em;font-size:.85em}\
.proj .n::after{content:'*'}\
.list h3{font-size:1em;margin:.8em 0 .2em}.list li{margin:.15em 0}.cite{color:#555}q{quotes:'«' '»'}\
@media print{.list{break-before:page}body{margin:0}}";

// `#probe=YYYY-MM-DD` writes the rendered background colour, box and label of that day's cell
// into `data-probe` on <body>, so a headless browser can check what is painted without a driver.
const SCRIPT: &str = "(function(){var m=/^#probe=([0-9-]+)$/.exec(location.hash);if(!m)return;\
var c=document.querySelector('td[data-date=\"'+m[1]+'\"]');if(!c)return;var r=c.getBoundingClientRect();\
document.body.setAttribute('data-probe',getComputedStyle(c).backgroundColor+'|'+Math.round(r.left)+','\
+Math.round(r.top)+','+Math.round(r.width)+','+Math.round(r.height)+'|'+c.getAttribute('aria-label'))})();";

/// "thứ Hai" .. "Chủ nhật".
fn weekday_name(day: NaiveDate) -> &'static str {
    WEEKDAYS
        .get(day.weekday().num_days_from_monday() as usize)
        .map_or("", |w| w.1)
}

/// The class that shades a kind of day (its words are the kind's own).
fn day_class(kind: DayKind) -> &'static str {
    match kind {
        DayKind::Statutory => "holiday",
        DayKind::Compensatory => "compensatory",
        DayKind::SwapOff => "swap_off",
        DayKind::SwapWork => "swap_work",
        DayKind::DayOff => "day_off",
        DayKind::WorkDay => "work_day",
    }
}

/// The page for `year`'s calendar and the due dates `rows` (those outside the year are left
/// out of the grid; undated ones are listed at the end). `place` names whose deadlines these
/// are ("Quảng Ninh"), `None` for every province.
///
/// # Example
/// ```
/// use quyche::query::{year_html, CalendarQuery, DeadlineQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let year = rules.calendar_year(&CalendarQuery::year(2026))?;
/// let rows = rules.deadlines(&DeadlineQuery::year(2026)?.province("quang ninh"))?;
/// let page = year_html(&year, &rows, Some("Quảng Ninh"));
/// assert!(page.contains(r#"data-date="2026-11-24""#));
/// assert!(!page.contains("src=") && !page.contains("http"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn year_html(year: &CalendarYear, rows: &[DeadlineView], place: Option<&str>) -> String {
    let y = year.summary.year;
    let days: BTreeMap<NaiveDate, &HolidayRecord> = year.days.iter().map(|d| (d.date, d)).collect();
    let mut due: BTreeMap<NaiveDate, Vec<&DeadlineView>> = BTreeMap::new();
    let mut undated = Vec::new();
    for r in rows {
        match r.due {
            Some(d) if d.year() == y => due.entry(d).or_default().push(r),
            Some(_) => {}
            None => undated.push(r),
        }
    }
    let title = format!(
        "Hạn thực hiện nhiệm vụ thông tin đối ngoại năm {y}{}",
        place.map(|p| format!(" — {p}")).unwrap_or_default()
    );
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n",
        t = escape(&title)
    );
    let status = match year.summary.status {
        Status::Official => "lịch chính thức (đã có thông báo nghỉ lễ, tết của năm)",
        Status::Projected => "lịch dự kiến: chưa có thông báo chính thức về nghỉ lễ, tết của năm; ngày đánh dấu * có thể đổi",
    };
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} ngày làm việc của cán bộ, công chức, viên chức; {status}. {} ngày có hạn.</p>",
        year.summary.working_days,
        due.len()
    );
    legend(&mut out);
    out.push_str("<div class=\"year\">\n");
    for month in 1..=12 {
        month_grid(&mut out, y, month, &days, &due);
    }
    out.push_str("</div>\n");
    list(&mut out, &due, &undated);
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn legend(out: &mut String) {
    out.push_str("<ul class=\"legend\" aria-label=\"Chú thích\">");
    for (class, text) in [
        ("rest", "nghỉ hằng tuần"),
        ("holiday", "nghỉ lễ, tết"),
        ("compensatory", "nghỉ bù"),
        ("swap_off", "nghỉ hoán đổi"),
        ("swap_work", "đi làm bù (thứ Bảy làm việc)"),
        ("due", "có hạn (số: số việc)"),
    ] {
        let _ = write!(
            out,
            "<li><span class=\"{class}\" aria-hidden=\"true\"></span>{text}</li>"
        );
    }
    out.push_str("</ul>\n");
}

fn month_grid(
    out: &mut String,
    y: i32,
    month: u32,
    days: &BTreeMap<NaiveDate, &HolidayRecord>,
    due: &BTreeMap<NaiveDate, Vec<&DeadlineView>>,
) {
    let Some(first) = NaiveDate::from_ymd_opt(y, month, 1) else {
        return;
    };
    let _ = write!(
        out,
        "<section class=\"month\" aria-labelledby=\"m{month}\"><h2 id=\"m{month}\">Tháng {month}/{y}</h2>\
         <table><thead><tr>"
    );
    for (short, long) in WEEKDAYS {
        let _ = write!(out, "<th scope=\"col\" abbr=\"{long}\">{short}</th>");
    }
    out.push_str("</tr></thead><tbody><tr>");
    let lead = first.weekday().num_days_from_monday();
    for _ in 0..lead {
        out.push_str("<td aria-hidden=\"true\"></td>");
    }
    let mut col = lead;
    let mut day = first;
    while day.month() == month {
        if col == 7 {
            out.push_str("</tr><tr>");
            col = 0;
        }
        cell(out, day, days.get(&day).copied(), due.get(&day));
        col = col.saturating_add(1);
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    while col < 7 {
        out.push_str("<td aria-hidden=\"true\"></td>");
        col = col.saturating_add(1);
    }
    out.push_str("</tr></tbody></table></section>\n");
}

fn cell(
    out: &mut String,
    day: NaiveDate,
    record: Option<&HolidayRecord>,
    due: Option<&Vec<&DeadlineView>>,
) {
    let weekday = weekday_name(day);
    let mut classes = Vec::new();
    let mut words = vec![format!("{weekday} {}", dmy(day))];
    match record {
        Some(r) => {
            classes.push(day_class(r.kind));
            words.push(format!("{}: {}", r.kind.name_vi(), r.name_vi));
            if !r.verified {
                words.push("chưa xác minh được từ văn bản gốc".into());
            }
            if r.status == Status::Projected {
                classes.push("proj");
                words.push("dự kiến".into());
            }
        }
        None if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) => {
            classes.push("rest");
            words.push("nghỉ hằng tuần".into());
        }
        None => {}
    }
    let n = due.map_or(0, Vec::len);
    if let Some(items) = due {
        classes.push("due");
        words.push(format!("{n} việc có hạn"));
        if items
            .iter()
            .any(|r| r.calendar_status == Some(Status::Projected))
            && !classes.contains(&"proj")
        {
            classes.push("proj");
        }
        for r in items {
            words.push(format!("{} ({})", r.what.name_vi(), r.citation));
        }
    }
    let label = escape(&words.join("; "));
    let _ = write!(
        out,
        "<td data-date=\"{}\" class=\"{}\" aria-label=\"{label}\" title=\"{label}\">",
        iso(day),
        classes.join(" ")
    );
    let number = format!("<span class=\"n\">{}</span>", day.day());
    if n > 0 {
        let _ = write!(
            out,
            "<a href=\"#d{}\">{number}<span class=\"count\" aria-hidden=\"true\">{n}</span></a>",
            basic(day)
        );
    } else {
        out.push_str(&number);
    }
    out.push_str("</td>");
}

/// The list under the grid: each due day with its items (citation, quoted words, who to whom),
/// then the duties with no date.
fn list(
    out: &mut String,
    due: &BTreeMap<NaiveDate, Vec<&DeadlineView>>,
    undated: &[&DeadlineView],
) {
    out.push_str("<section class=\"list\" aria-labelledby=\"list\"><h2 id=\"list\">Danh sách theo ngày</h2>\n");
    for (day, items) in due {
        let weekday = weekday_name(*day);
        let _ = write!(
            out,
            "<h3 id=\"d{}\">{weekday} {}</h3><ul>",
            basic(*day),
            dmy(*day)
        );
        for r in items {
            item(out, r);
        }
        out.push_str("</ul>\n");
    }
    if !undated.is_empty() {
        out.push_str("<h3 id=\"undated\">Không có ngày cố định</h3><ul>");
        for r in undated {
            item(out, r);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn item(out: &mut String, r: &DeadlineView) {
    use super::export::names;
    let star = if r.calendar_status == Some(Status::Projected) {
        " (dự kiến)"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<li><b>{}</b>, {}{star}: <q>{}</q> <span class=\"cite\">— {}; {} → {}</span></li>",
        escape(r.what.name_vi()),
        escape(r.recurrence.name_vi()),
        escape(&r.quote),
        // A citation into an attached regulation already names the act.
        escape(&crate::model::with_act(&r.citation, &r.instrument)),
        escape(&names(&r.from)),
        escape(&names(&r.to)),
    );
}
