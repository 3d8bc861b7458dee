//! The deadlines table an officer reads: from today on (`--all`: the whole range), sorted by due
//! date then province, a weekly or monthly duty as one line (`--expand`: every date), with the
//! province, what is due in words, who owes it, to whom, and the provision. `--format wide` is
//! the full table with every column and the reasoning of each date.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use quyche::query::DeadlineView;
use quyche::schedule::Frequency;

use crate::lang::{self, deadlines as t, Lang};
use crate::render::{names, vn};
use crate::table::Table;

/// How to show the due dates.
pub struct View {
    /// Table language.
    pub lang: Lang,
    /// Dated rows due before this day are left out (`None`: none are).
    pub since: Option<NaiveDate>,
    /// Dated rows due after this day are left out (`None`: none are).
    pub until: Option<NaiveDate>,
    /// Every date of a recurring duty on its own line.
    pub expand: bool,
}

/// Quotes longer than this many words are cut (with "…") in the compact table.
const QUOTE_WORDS: usize = 24;

/// One line of the compact table: a due date, or a recurring duty's dates.
struct Line<'a> {
    first: &'a DeadlineView,
    dates: Vec<NaiveDate>,
}

/// The compact table.
pub fn compact(items: &[DeadlineView], view: &View) -> String {
    let l = view.lang;
    let shown: Vec<&DeadlineView> = items
        .iter()
        .filter(|d| match d.due {
            Some(due) => {
                view.since.map_or(true, |s| due >= s) && view.until.map_or(true, |u| due <= u)
            }
            None => true,
        })
        .collect();
    let mut lines = group(&shown, view.expand);
    // By due date (undated last), then province in Vietnamese alphabetical order (letters
    // without their marks: Điện Biên between Cà Mau and Gia Lai), national rows as "Trung ương".
    lines.sort_by_cached_key(|x| {
        let d = x.first;
        (
            d.due.is_none(),
            d.due,
            quyche::text::fold(&province(d, view)),
        )
    });
    let mut table = Table::new(&[
        l.pick(t::DUE),
        l.pick(t::PROVINCE),
        l.pick(t::WHAT),
        l.pick(t::SOURCE),
    ])
    .cap(0, 12)
    .cap(3, 18);
    let mut projected = false;
    for line in &lines {
        let d = line.first;
        let star = d.calendar_status == Some(quyche::calendar::Status::Projected);
        projected |= star;
        let due = match d.due {
            Some(_) => format!("{}{}", vn(d.due), if star { "*" } else { "" }),
            None => l.pick(lang::words(d.recurrence)).to_owned(),
        };
        table.row(vec![due, province(d, view), what(line, l), source(d, l)]);
    }
    let mut out = table.render();
    let mut notes = String::new();
    let dated = shown.iter().filter(|d| d.due.is_some()).count();
    notes.push_str(&format!("{dated} {}", l.pick(t::COUNT)));
    if let Some(since) = view.since {
        notes.push_str(&format!(" {} {}", l.pick(t::SINCE), vn(Some(since))));
    }
    notes.push_str(&format!(" ({})\n", l.pick(t::ALL)));
    if projected {
        notes.push_str(l.pick(t::PROJECTED));
        notes.push('\n');
    }
    out.push_str(&crate::table::paragraphs(&notes));
    out.push_str(&crate::provinces::notes(
        shown.iter().map(|d| d.national.as_ref()),
        shown.iter().flat_map(|d| &d.ended),
    ));
    out
}

/// The rows in lines: a weekly or monthly duty's dates on one line (unless `expand`).
fn group<'a>(rows: &[&'a DeadlineView], expand: bool) -> Vec<Line<'a>> {
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut at: BTreeMap<(&str, Option<&str>), usize> = BTreeMap::new();
    for d in rows {
        let recurring = matches!(d.recurrence, Frequency::Weekly | Frequency::Monthly);
        if !expand && recurring {
            if let (Some(due), Some(&i)) = (
                d.due,
                at.get(&(d.obligation.as_str(), d.province.as_deref())),
            ) {
                lines[i].dates.push(due);
                continue;
            }
            at.insert((d.obligation.as_str(), d.province.as_deref()), lines.len());
        }
        lines.push(Line {
            first: d,
            dates: d.due.into_iter().collect(),
        });
    }
    lines
}

fn province(d: &DeadlineView, view: &View) -> String {
    let id = d
        .province
        .as_deref()
        .or(d.national.as_ref().map(|n| n.province.as_str()));
    match id {
        Some(id) => crate::provinces::name(id),
        None => view.lang.pick(t::NATIONAL).to_owned(),
    }
}

/// What is due: its kind, the provision's words (Vietnamese) or the summary (English), and for a
/// recurring duty on one line, how often, how many times and on which weekday.
fn what(line: &Line<'_>, l: Lang) -> String {
    let d = line.first;
    let mut out = l.pick(lang::words(d.what)).to_owned();
    match l {
        Lang::Vi => out.push_str(&format!(": «{}»", cut(&d.quote))),
        Lang::En => out.push_str(&format!(": {}", d.summary)),
    }
    if d.due.is_none() {
        // The first column names the kind; the schedule's own words add why there is no date
        // (an event's description is English data: left to --format wide and JSON).
        if l == Lang::Vi && d.recurrence != Frequency::Event {
            out.push_str(&format!("\n{}", crate::render::schedule(&d.schedule)));
        }
    } else if line.dates.len() > 1 {
        out.push_str(&format!(
            "\n{}, {} {}",
            l.pick(lang::words(d.recurrence)),
            line.dates.len(),
            l.pick(t::TIMES)
        ));
        if d.recurrence == Frequency::Weekly {
            if let Some(day) = usual_weekday(&line.dates) {
                let always = line.dates.iter().all(|d| d.weekday() == day);
                let due_on = l.pick(if always { t::DUE_ON } else { t::USUALLY_DUE_ON });
                out.push_str(&format!(", {due_on} {}", l.pick(lang::weekday(day))));
            }
        }
    } else {
        out.push_str(&format!("\n{}", l.pick(lang::words(d.recurrence))));
    }
    if !d.in_force {
        out.push_str(&format!(" [{}]", l.pick(t::NOT_IN_FORCE)));
    }
    out.push_str(&format!("\n{} → {}", names(&d.from), names(&d.to)));
    out
}

/// The weekday most of the dates fall on.
fn usual_weekday(dates: &[NaiveDate]) -> Option<chrono::Weekday> {
    let mut count = [0usize; 7];
    for d in dates {
        count[d.weekday().num_days_from_monday() as usize] += 1;
    }
    let (i, _) = count
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
    chrono::Weekday::try_from(u8::try_from(i).ok()?).ok()
}

/// The provision, without the words that name the instrument, then the instrument's number:
/// "Khoản 3 Điều 32 (38/2018/QĐ-UBND)". The full citation is in `--format wide` and JSON.
fn source(d: &DeadlineView, l: Lang) -> String {
    let provision = ["Quy chế ban hành kèm theo", "Quy định ban hành kèm theo"]
        .iter()
        .find_map(|w| d.citation.split_once(&format!(" {w}")).map(|(p, _)| p))
        .unwrap_or(&d.citation);
    let mut out = if provision == d.instrument {
        provision.to_owned()
    } else {
        format!("{provision} ({})", d.instrument)
    };
    if d.national.is_some() {
        out.push_str(&format!(" [{}]", l.pick(t::NATIONAL).to_lowercase()));
    }
    out
}

/// At most [`QUOTE_WORDS`] words of a quote, "…" marking a cut.
fn cut(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.len() <= QUOTE_WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..QUOTE_WORDS].join(" "))
    }
}
