//! Tables and outlines of the answers that are not lists of records: an instrument's tree, one
//! provision, a calendar year, lunar dates and working-day arithmetic.

use quyche::calendar::arrangements::ArrangementKind;
use quyche::calendar::{DayInfo, LunarDate};
use quyche::model::{Provenance, Provision, ProvisionKind};
use quyche::query::{
    CalendarYear, InstrumentView, ProvisionView, Request, SolarDate, WorkdaysCount, WorkdaysSum,
};

use crate::render::{opt, vn};
use crate::table::Table;

/// An instrument: its metadata, then its tree as an outline.
pub fn instrument(v: &InstrumentView) -> String {
    let i = &v.summary;
    let mut out = String::new();
    for (label, value) in [
        ("Mã", i.id.clone()),
        ("Số hiệu", opt(i.number.as_deref())),
        ("Loại", crate::lang::say(i.kind).to_owned()),
        ("Trích yếu", opt(i.title.as_deref())),
        ("Cơ quan ban hành", opt(i.issuer.as_deref())),
        ("Người ký", opt(i.signer.as_deref())),
        ("Ngày ban hành", vn(i.signed_on)),
        ("Ngày hiệu lực", vn(i.effective_from)),
        ("Tình trạng", crate::lang::say(i.status).to_owned()),
    ] {
        out.push_str(&format!("{label}: {value}\n"));
    }
    out.push('\n');
    outline(&v.body, 0, &mut out);
    for att in &v.attachments {
        out.push_str(&format!("\n{} ({}): {}\n", att.kind, att.eid, att.title));
        outline(&att.body, 0, &mut out);
    }
    out
}

fn outline(nodes: &[Provision], depth: usize, out: &mut String) {
    for n in nodes {
        let restored = if n.provenance == Provenance::Restored {
            " [khôi phục]"
        } else {
            ""
        };
        let heading = n
            .heading
            .as_ref()
            .map(|h| format!(". {h}"))
            .unwrap_or_default();
        if matches!(
            n.kind,
            ProvisionKind::Part
                | ProvisionKind::Chapter
                | ProvisionKind::Section
                | ProvisionKind::Article
                | ProvisionKind::Appendix
        ) {
            out.push_str(&format!(
                "{}{}{heading}{restored}\n",
                "  ".repeat(depth),
                n.citation
            ));
        }
        outline(&n.children, depth.saturating_add(1), out);
    }
}

/// One provision with its full text.
pub fn provision(v: &ProvisionView) -> String {
    let p = &v.provision;
    let mut out = format!("{} — {} (eId {})\n", p.citation, v.instrument, p.eid);
    full_text(p, 0, &mut out);
    out
}

fn full_text(n: &Provision, depth: usize, out: &mut String) {
    let prefix = match (n.kind, &n.num) {
        (ProvisionKind::Clause, Some(x)) => format!("{x}. "),
        (ProvisionKind::Point, Some(x)) => format!("{x}) "),
        _ => String::new(),
    };
    if let Some(h) = &n.heading {
        out.push_str(&format!("{}{}. {h}\n", "  ".repeat(depth), n.citation));
    }
    if !n.text.is_empty() {
        out.push_str(&format!("{}{prefix}{}\n", "  ".repeat(depth), n.text));
    }
    for c in &n.children {
        full_text(c, depth.saturating_add(1), out);
    }
}

/// A year of the working calendar.
pub fn calendar(y: &CalendarYear) -> String {
    use crate::lang::tr;
    let mut t = Table::new(&["Ngày", "Loại", "Tên", "Nguồn", "Tình trạng"]);
    for d in &y.days {
        let status = crate::lang::say(d.status);
        t.row(vec![
            vn(Some(d.date)),
            crate::lang::say(d.kind).to_owned(),
            tr((&d.name_vi, &d.name_en)).to_owned(),
            d.source.clone(),
            if d.verified {
                status.to_owned()
            } else {
                format!("{status}, {}", tr(("chưa xác minh", "unverified")))
            },
        ]);
    }
    let mut unconfirmed = String::new();
    for a in &y.unconfirmed {
        let what = match &a.kind {
            ArrangementKind::Swap { off, work } => format!(
                "{} {}, {} {}",
                tr(("nghỉ", "off")),
                vn(Some(*off)),
                tr(("làm bù", "worked")),
                vn(Some(*work))
            ),
            ArrangementKind::HolidayDays { .. } => tr(("ngày nghỉ lễ", "holiday days")).into(),
            ArrangementKind::DayOff { .. } => tr(("ngày nghỉ", "a day off")).into(),
            ArrangementKind::WorkDay { .. } => tr(("ngày làm việc", "a working day")).into(),
        };
        unconfirmed.push_str(&format!(
            "\n{}: {what} — {} ({})\n",
            tr(("Chưa xác nhận, không áp dụng", "Unconfirmed, not applied")),
            a.source,
            opt(a.unverified.as_deref())
        ));
    }
    let s = &y.summary;
    // The year's note is the dataset's (in English); a projected year is explained in words of
    // the run's language, as a due date's trace explains it.
    let note = match (crate::lang::current(), s.status) {
        (crate::lang::Lang::Vi, quyche::calendar::Status::Projected) => {
            Some(quyche::deadline::projection_reason(s.year).vi)
        }
        (crate::lang::Lang::Vi, _) => None,
        (crate::lang::Lang::En, _) => s.note.clone(),
    };
    format!(
        "{} {} — {}: {} {} ({}{})\n\n{}{unconfirmed}",
        tr(("Năm", "Year")),
        s.year,
        match crate::lang::current() {
            crate::lang::Lang::Vi => format!("lịch {}", crate::lang::say(y.calendar)),
            crate::lang::Lang::En => format!("calendar ({})", crate::lang::say(y.calendar)),
        },
        s.working_days,
        tr(("ngày làm việc", "working days")),
        crate::lang::say(s.status),
        note.map(|n| format!("; {n}")).unwrap_or_default(),
        t.render()
    )
}

/// The lunar date of a solar date, in one line.
pub fn lunar_from_solar(request: Option<&Request>, l: &LunarDate) -> String {
    let lunar = format!(
        "ngày {} tháng {}{} năm {} (âm lịch)",
        l.day,
        l.month,
        leap(l.leap),
        l.year
    );
    match request {
        Some(Request::LunarFromSolar(q)) => {
            format!("{} (dương lịch) = {lunar}", dmy(q.date))
        }
        _ => lunar,
    }
}

/// The solar date of a lunar date, in one line.
pub fn lunar_to_solar(s: &SolarDate) -> String {
    format!(
        "ngày {} tháng {}{} năm {} (âm lịch) = {} (dương lịch)",
        s.lunar.day,
        s.lunar.month,
        leap(s.lunar.leap),
        s.lunar.year,
        dmy(s.date)
    )
}

fn leap(l: bool) -> &'static str {
    if l {
        " nhuận"
    } else {
        ""
    }
}

fn dmy(d: chrono::NaiveDate) -> String {
    quyche::text::date::dmy(d).to_string()
}

/// A date plus working days, in words.
pub fn workdays_add(a: &WorkdaysSum) -> String {
    format!(
        "{} + {} ngày làm việc = {}",
        dmy(a.date),
        a.n,
        dmy(a.result)
    )
}

/// Working days between two dates, in words that say which ends count: the first day counts,
/// the second does not ("từ 01/01/2026 đến hết 31/12/2026" for 2026-01-01 .. 2027-01-01).
pub fn workdays_between(b: &WorkdaysCount) -> String {
    match b.to.pred_opt().filter(|_| b.from < b.to) {
        Some(last) => format!(
            "{} ngày làm việc từ {} đến hết {} (không tính {})",
            b.working_days,
            dmy(b.from),
            dmy(last),
            dmy(b.to)
        ),
        None => format!(
            "{} ngày làm việc (tính {}, không tính {})",
            b.working_days,
            dmy(b.from),
            dmy(b.to)
        ),
    }
}

/// Whether a day is a working day, and why.
pub fn workdays_is(info: &DayInfo) -> String {
    let day = if info.working {
        ("ngày làm việc", "a working day")
    } else {
        ("ngày nghỉ", "a day off")
    };
    let mut out = format!("{}: {}", dmy(info.date), crate::lang::tr(day));
    for r in &info.reasons {
        let text = crate::lang::tr((&r.text_vi, &r.text));
        out.push_str(&format!("\n  - {text} [{}]", r.source));
    }
    out
}
