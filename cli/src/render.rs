//! Tables for people, in Vietnamese, drawn from the typed answers of the query layer (the same
//! values whose JSON the machines get).

use chrono::NaiveDate;
use quyche::agency::Named;
use quyche::check::{Comparison, Report};
use quyche::query::{
    Answer, CurrentBearer, CurrentStatus, DeadlineView, HistoryView, InstrumentSummary, Request,
};
use quyche::schedule::{Frequency, Schedule};
use quyche::status::{State, StatusReport};
use serde::Serialize;

use crate::render_tree;
use crate::table::Table;

/// A missing value, as the tables show it.
const NONE: &str = "—";

/// The word a value has in the JSON answers: an enum's snake_case name, a number's digits, "có"
/// or "không" (yes or no in English) for a boolean, "—" for nothing.
pub fn word<T: Serialize + ?Sized>(x: &T) -> String {
    match serde_json::to_value(x) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => NONE.into(),
        Ok(serde_json::Value::Bool(b)) => {
            crate::lang::tr(if b { ("có", "yes") } else { ("không", "no") }).into()
        }
        Ok(other) => other.to_string(),
    }
}

/// A text that may be missing.
pub fn opt(s: Option<&str>) -> String {
    s.unwrap_or(NONE).to_owned()
}

/// A date as dd/mm/yyyy, or "—".
pub fn vn(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| NONE.into(), |d| quyche::text::date::dmy(d).to_string())
}

pub fn names(v: &[Named]) -> String {
    v.iter()
        .map(|n| n.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Renders the answer to `request` (none for an import) as a table.
pub fn table(request: Option<&Request>, answer: &Answer) -> String {
    match answer {
        Answer::Instruments(items) => instruments(items),
        Answer::Deadlines(items) => deadlines(items, current_bearers(request)),
        Answer::Check(report) => check(report),
        Answer::Compare(cmp) => compare(cmp),
        Answer::Calendar(year) => render_tree::calendar(year),
        Answer::Status(report) => status(report),
        Answer::Instrument(view) => render_tree::instrument(view),
        Answer::Provision(view) => render_tree::provision(view),
        Answer::Import(view) => format!("{}\n", render_tree::instrument(view)),
        Answer::LunarFromSolar(l) => format!("{}\n", render_tree::lunar_from_solar(request, l)),
        Answer::LunarToSolar(s) => format!("{}\n", render_tree::lunar_to_solar(s)),
        Answer::WorkdaysAdd(a) => format!("{}\n", render_tree::workdays_add(a)),
        Answer::WorkdaysBetween(b) => format!("{}\n", render_tree::workdays_between(b)),
        Answer::WorkdaysIs(info) => format!("{}\n", render_tree::workdays_is(info)),
        Answer::Agencies(items) => {
            let mut t = Table::new(&["Mã", "Tên", "Loại", "Cấp", "Tên khác"]);
            for a in items {
                let a = &a.agency;
                t.row(vec![
                    a.id.clone(),
                    a.name.clone(),
                    crate::lang::say(a.kind).to_owned(),
                    crate::lang::say(a.level).to_owned(),
                    a.aliases.join("; "),
                ]);
            }
            t.render()
        }
        Answer::Duties(items) => {
            let with = current_bearers(request);
            let mut t = Table::new(&with_current(
                &[
                    "Căn cứ",
                    "Văn bản",
                    "Chủ thể",
                    "Vai trò",
                    "Nhiệm vụ (trích)",
                ],
                with,
            ));
            for d in items {
                let mut row = vec![
                    d.citation.clone(),
                    d.instrument.clone(),
                    d.bearer.name.clone(),
                    crate::lang::say(d.role).to_owned(),
                    d.quote.clone(),
                ];
                if with {
                    row.push(current(d.current.as_deref()));
                }
                t.row(row);
            }
            format!(
                "{}{} nhiệm vụ\n{}",
                t.render(),
                items.len(),
                crate::provinces::notes(items.iter().map(|d| d.national.as_ref()), [].iter())
            )
        }
        Answer::Obligations(items) => {
            let with = current_bearers(request);
            let mut t = Table::new(&with_current(
                &["Căn cứ", "Văn bản", "Từ", "Gửi đến", "Nội dung", "Thời hạn"],
                with,
            ));
            for o in items {
                let mut row = vec![
                    o.citation.clone(),
                    o.instrument.clone(),
                    names(&o.from),
                    names(&o.to),
                    crate::lang::say(o.what).to_owned(),
                    schedule(&o.schedule),
                ];
                if with {
                    row.push(current(o.current.as_deref()));
                }
                t.row(row);
            }
            format!(
                "{}{} nghĩa vụ báo cáo\n{}",
                t.render(),
                items.len(),
                crate::provinces::notes(items.iter().map(|o| o.national.as_ref()), [].iter())
            )
        }
        Answer::History(h) => history(h),
        Answer::Provinces(p) => crate::provinces::provinces(p),
        // A new kind of answer: its JSON, until it has a table of its own.
        other => match other.to_json() {
            Ok(json) => format!("{json}\n"),
            Err(e) => format!("{e}\n"),
        },
    }
}

/// Whether the request asked for the current bearers (and so for their column).
fn current_bearers(request: Option<&Request>) -> bool {
    match request {
        Some(Request::Duties(q)) => q.current_bearers,
        Some(Request::Obligations(q)) => q.current_bearers,
        Some(Request::Deadlines(q)) => q.current_bearers,
        _ => false,
    }
}

fn instruments(items: &[InstrumentSummary]) -> String {
    // The dataset id is for `--format wide`: the number says which text it is; a draft has
    // none, and its title says which it is.
    let wide = crate::table::is_wide();
    let skip = usize::from(!wide);
    let mut t = Table::new(
        &[
            "Mã",
            "Số hiệu",
            "Loại",
            "Ban hành",
            "Hiệu lực",
            "Tình trạng",
            "Trích yếu",
        ][skip..],
    );
    for i in items {
        let status = match &i.as_of {
            Some(a) => format!(
                "{} (ngày {})",
                crate::lang::say(a.status).to_owned(),
                a.date
            ),
            None => crate::lang::say(i.status).to_owned(),
        };
        let number = match (&i.number, wide) {
            (Some(n), _) => n.clone(),
            (None, true) => opt(None),
            (None, false) => crate::lang::tr(("(dự thảo)", "(draft)")).to_owned(),
        };
        let row = [
            i.id.clone(),
            number,
            crate::lang::say(i.kind).to_owned(),
            vn(i.signed_on),
            vn(i.effective_from),
            status,
            opt(i.title.as_deref()),
        ];
        t.row(row.get(skip..).unwrap_or_default().to_vec());
    }
    t.render()
}

fn deadlines(items: &[DeadlineView], with: bool) -> String {
    let mut t = Table::new(&with_current(
        &[
            "Hạn",
            "Ngày cuối",
            "Kỳ",
            "Văn bản",
            "Căn cứ",
            "Từ",
            "Gửi đến",
            "Nội dung",
            "Lý do",
        ],
        with,
    ));
    let mut any_projected = false;
    for d in items {
        let period = match (d.period_start, d.period_end) {
            (Some(_), Some(_)) => format!("{} – {}", vn(d.period_start), vn(d.period_end)),
            _ => d.recurrence.to_string(),
        };
        let status = if d.in_force {
            ""
        } else {
            " [không có hiệu lực]"
        };
        let why = d
            .trace
            .iter()
            .filter(|x| matches!(x.step.as_str(), "day_off" | "undated" | "no_working_day"))
            .map(|x| crate::lang::tr((&x.reason_vi, &x.reason)))
            .collect::<Vec<_>>()
            .join("; ");
        // A due date on a projected calendar (no official notice for its year yet) is marked.
        let projected = d.calendar_status == Some(quyche::calendar::Status::Projected);
        any_projected |= projected;
        let mut row = vec![
            format!("{}{}", vn(d.due), if projected { "*" } else { "" }),
            vn(d.last_day),
            period,
            format!("{}{status}", d.instrument),
            d.citation.clone(),
            names(&d.from),
            names(&d.to),
            crate::lang::say(d.what).to_owned(),
            why,
        ];
        if with {
            row.push(current(d.current.as_deref()));
        }
        t.row(row);
    }
    let note = if any_projected {
        "* dự kiến (projected): chưa có thông báo chính thức về lịch nghỉ lễ của năm đó; see the trace\n"
    } else {
        ""
    };
    format!(
        "{}{} hạn\n{note}{}",
        t.render(),
        items.len(),
        crate::provinces::notes(
            items.iter().map(|d| d.national.as_ref()),
            items.iter().flat_map(|d| &d.ended)
        )
    )
}

fn check(r: &Report) -> String {
    let mut out = String::new();
    for f in &r.findings {
        out.push_str(&format!(
            "[{}] {} ({})\n  {}\n",
            crate::lang::tr(crate::lang::severity(f.severity)),
            f.rule,
            f.province
                .as_deref()
                .map_or_else(|| NONE.into(), crate::provinces::name),
            crate::lang::tr((&f.message_vi, &f.message))
        ));
        // Evidence is a provision with its words; a finding about a whole text (a header line
        // missing) has none, and its message already names the text and line.
        for p in f.provisions.iter().filter(|p| !p.quote.trim().is_empty()) {
            // A citation into an attached regulation already names the act.
            let cited = quyche::model::with_act(&p.citation, &p.instrument);
            out.push_str(&format!("    - {cited}: «{}»\n", p.quote));
        }
    }
    out.push_str(&format!(
        "{} lỗi, {} cảnh báo, {} thông tin (năm {})\n",
        r.errors, r.warnings, r.infos, r.year
    ));
    out
}

fn cells(row: &quyche::check::Row) -> Vec<String> {
    row.cells
        .iter()
        .map(|rules| {
            rules
                .iter()
                .map(|r| format!("{} ({})", r.rule, r.citation))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect()
}

fn compare(cmp: &Comparison) -> String {
    let mut header = vec!["Tỉnh", "Văn bản"];
    header.extend(cmp.columns.iter().map(|c| c.title));
    let mut t = Table::new(&header);
    for row in &cmp.rows {
        let mut r = vec![row.name.clone(), row.instrument.clone()];
        r.extend(cells(row));
        t.row(r);
    }
    t.render()
}

/// A schedule in Vietnamese words ("hằng năm, trước ngày 10/12").
pub fn schedule(s: &Schedule) -> String {
    let p = match s {
        Schedule::Annual(p)
        | Schedule::Semiannual(p)
        | Schedule::Quarterly(p)
        | Schedule::Monthly(p)
        | Schedule::Weekly(p) => p,
        Schedule::OnRequest { .. } => return "đột xuất theo yêu cầu".into(),
        // The event in the run's language: the text's own words in Vietnamese, where the data
        // gives them.
        Schedule::Event {
            event, event_vi, ..
        } => {
            let event = match (crate::lang::current(), event_vi) {
                (crate::lang::Lang::Vi, Some(vi)) => vi,
                _ => event,
            };
            return format!("theo sự kiện: {event}");
        }
        // Schedules with no date of their own: the core's words say why.
        Schedule::Unfixed { .. } | Schedule::Alternatives { .. } => return s.vietnamese(),
    };
    let kind = s.frequency();
    let every = quyche::text::Wording::name_vi(kind);
    let by = if p.inclusive.unwrap_or(true) {
        "chậm nhất"
    } else {
        "trước"
    };
    match (p.day, p.month) {
        (Some(d), Some(m)) if kind == Frequency::Annual => format!("{every}, {by} ngày {d}/{m}"),
        (Some(d), Some(m)) => format!("{every}, {by} ngày {d} tháng thứ {m} của kỳ"),
        (Some(d), None) => format!("{every}, {by} ngày {d}"),
        _ => format!("{every}, trong kỳ"),
    }
}

/// Column titles, with the current-bearers column when asked for.
fn with_current<'a>(titles: &[&'a str], with: bool) -> Vec<&'a str> {
    let mut v = titles.to_vec();
    if with {
        v.push("Chủ thể hiện nay (sau sắp xếp 2025)");
    }
    v
}

/// The `current` entries of a record: each changed body (or changed member of a group), what
/// carries it now, and the source.
fn current(entries: Option<&[CurrentBearer]>) -> String {
    let mut lines = Vec::new();
    for c in entries.unwrap_or_default() {
        if !matches!(
            c.status,
            CurrentStatus::Unchanged | CurrentStatus::Collective
        ) {
            lines.push(current_line(c));
        }
        for m in &c.members {
            lines.push(format!(
                "{}, {}: {}",
                c.original.name,
                crate::lang::tr(("thành viên", "member")),
                current_line(m)
            ));
        }
    }
    if lines.is_empty() {
        crate::lang::tr(("không đổi", "unchanged")).into()
    } else {
        lines.join("\n")
    }
}

fn current_line(c: &CurrentBearer) -> String {
    let from = &c.original.name;
    let sources: Vec<&str> = c
        .chain
        .iter()
        .map(|step| step.source.instrument.as_str())
        .collect();
    match &c.resolved {
        Some(r) => format!("{from} → {} ({})", r.name, sources.join(", ")),
        None => format!(
            "{from} → {}: {}",
            crate::lang::tr(("không xác định", "unknown")),
            crate::lang::tr((&c.reason_vi, &c.reason))
        ),
    }
}

/// An agency's timeline (`agencies --history NAME`).
fn history(h: &HistoryView) -> String {
    let mut out = format!("{} ({})\n", h.agency.name, h.agency.id);
    let mut t = Table::new(&[
        "Ngày",
        "Sự kiện",
        "Chiều",
        "Từ",
        "Đến",
        "Lĩnh vực",
        "Xác minh",
        "Căn cứ",
    ]);
    for e in &h.events {
        let functions = e
            .functions
            .iter()
            .map(|f| crate::lang::say(*f))
            .collect::<Vec<_>>()
            .join(", ");
        let source = match &e.source {
            Some(src) => {
                let article = match &src.article {
                    Some(a) => format!(", {a}"),
                    None => String::new(),
                };
                format!(
                    "{} ({}, {}{article})",
                    src.instrument,
                    vn(Some(src.date)),
                    src.issuer
                )
            }
            None => NONE.into(),
        };
        t.row(vec![
            vn(Some(e.date)),
            crate::lang::tr(crate::lang::event(&e.event)).to_owned(),
            crate::lang::tr(crate::lang::direction(&e.direction)).to_owned(),
            e.from.name.clone(),
            e.to.as_ref()
                .map_or_else(|| NONE.into(), |x| x.name.clone()),
            functions,
            word(&e.verified),
            source,
        ]);
    }
    out.push_str(&t.render());
    out
}

fn status(r: &StatusReport) -> String {
    let mut t = Table::new(&[
        "Hạn",
        "Kỳ",
        "Cơ quan",
        "Căn cứ",
        "Văn bản",
        "Ngày gửi",
        "Tình trạng",
    ]);
    for e in &r.entries {
        let state = match e.status {
            State::OnTime => crate::lang::tr(("đúng hạn", "on time")).to_owned(),
            State::Late => match crate::lang::current() {
                crate::lang::Lang::Vi => format!(
                    "muộn {} ngày làm việc ({} ngày)",
                    word(&e.late_working_days),
                    word(&e.late_days)
                ),
                crate::lang::Lang::En => format!(
                    "late by {} working days ({} days)",
                    word(&e.late_working_days),
                    word(&e.late_days)
                ),
            },
            State::Missing => {
                crate::lang::tr(("chưa gửi (quá hạn)", "missing (overdue)")).to_owned()
            }
            State::NotYetDue => crate::lang::tr(("chưa đến hạn", "not yet due")).to_owned(),
            _ => format!(
                "{}: {}",
                crate::lang::tr(("không áp dụng", "not applicable")),
                opt(match crate::lang::current() {
                    crate::lang::Lang::Vi => e.note_vi.as_deref(),
                    crate::lang::Lang::En => e.note.as_deref(),
                })
            ),
        };
        t.row(vec![
            vn(e.due),
            opt(e.period.as_deref()),
            match &e.submitted_by {
                Some(by) => format!("{} (gửi: {})", e.agency.name, by.name),
                None => e.agency.name.clone(),
            },
            e.citation.clone(),
            e.instrument.clone(),
            vn(e.submitted),
            state,
        ]);
    }
    let c = &r.counts;
    let counts = match crate::lang::current() {
        crate::lang::Lang::Vi => format!(
            "{} đúng hạn, {} muộn, {} chưa gửi, {} chưa đến hạn, {} không áp dụng (tính đến {}; {} dòng đọc, {} lỗi)",
            c.on_time, c.late, c.missing, c.not_yet_due, c.not_applicable,
            vn(Some(r.as_of)), r.rows, r.errors.len()
        ),
        crate::lang::Lang::En => format!(
            "{} on time, {} late, {} missing, {} not yet due, {} not applicable (as of {}; {} rows read, {} errors)",
            c.on_time, c.late, c.missing, c.not_yet_due, c.not_applicable,
            vn(Some(r.as_of)), r.rows, r.errors.len()
        ),
    };
    format!("{}{counts}\n", t.render())
}
