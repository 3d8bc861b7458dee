//! Tables for people, in Vietnamese, drawn from the same JSON answers the machines get.

#[allow(unused_imports)]
use chrono as _;
use quyche::query::Request;
use serde_json::Value;

use crate::table::Table;

fn s(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => "—".into(),
        Some(Value::Bool(b)) => if *b { "có" } else { "không" }.into(),
        Some(other) => other.to_string(),
    }
}

fn names(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|n| s(n, "name"))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}

/// Renders the answer to `request` as a table.
pub fn table(request: &Request, value: &Value) -> String {
    let empty = Vec::new();
    let items = value.as_array().unwrap_or(&empty);
    match request {
        Request::Instruments(_) => {
            let mut t = Table::new(&[
                "Mã",
                "Số hiệu",
                "Loại",
                "Ban hành",
                "Hiệu lực",
                "Tình trạng",
                "Trích yếu",
            ]);
            for i in items {
                let status = match i.get("as_of") {
                    Some(a) if !a.is_null() => {
                        format!("{} (ngày {})", s(a, "status"), s(a, "date"))
                    }
                    _ => s(i, "status"),
                };
                t.row(vec![
                    s(i, "id"),
                    s(i, "number"),
                    s(i, "kind"),
                    s(i, "signed_on"),
                    s(i, "effective_from"),
                    status,
                    s(i, "title"),
                ]);
            }
            t.render()
        }
        Request::Deadlines(q) => deadlines(items, q.current_bearers),
        Request::Check(_) => check(value),
        Request::Compare(_) => compare(value),
        Request::Calendar(_) => calendar(value),
        Request::Status(_) => status(value),
        Request::Show(q) if q.citation.is_none() => instrument(value),
        Request::Show(_) => provision(value),
        Request::Agencies(_) => {
            let mut t = Table::new(&["Mã", "Tên", "Loại", "Cấp", "Tên khác"]);
            for a in items {
                let aliases = a
                    .get("aliases")
                    .and_then(Value::as_array)
                    .map(|x| {
                        x.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default();
                t.row(vec![
                    s(a, "id"),
                    s(a, "name"),
                    s(a, "kind"),
                    s(a, "level"),
                    aliases,
                ]);
            }
            t.render()
        }
        Request::Duties(q) => {
            let current_bearers = &q.current_bearers;
            let mut t = Table::new(&with_current(
                &[
                    "Căn cứ",
                    "Văn bản",
                    "Chủ thể",
                    "Vai trò",
                    "Nhiệm vụ (trích)",
                ],
                *current_bearers,
            ));
            for d in items {
                let bearer = d.get("bearer").map(|b| s(b, "name")).unwrap_or_default();
                let mut row = vec![
                    s(d, "citation"),
                    s(d, "instrument"),
                    bearer,
                    s(d, "role"),
                    s(d, "quote"),
                ];
                if *current_bearers {
                    row.push(current(d));
                }
                t.row(row);
            }
            format!("{}{} nhiệm vụ\n", t.render(), items.len())
        }
        Request::Obligations(q) => {
            let current_bearers = &q.current_bearers;
            let mut t = Table::new(&with_current(
                &["Căn cứ", "Văn bản", "Từ", "Gửi đến", "Nội dung", "Thời hạn"],
                *current_bearers,
            ));
            for o in items {
                let mut row = vec![
                    s(o, "citation"),
                    s(o, "instrument"),
                    names(o, "from"),
                    names(o, "to"),
                    s(o, "what"),
                    schedule(o.get("schedule")),
                ];
                if *current_bearers {
                    row.push(current(o));
                }
                t.row(row);
            }
            format!("{}{} nghĩa vụ báo cáo\n", t.render(), items.len())
        }
        Request::History(_) => history(value),
        _ => format!("{value:#}\n"),
    }
}

fn vn_date(v: &Value, key: &str) -> String {
    match v
        .get(key)
        .and_then(Value::as_str)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        Some(d) => d.format("%d/%m/%Y").to_string(),
        None => "—".into(),
    }
}

fn deadlines(items: &[Value], with: bool) -> String {
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
    for d in items {
        let period = match (
            d.get("period_start").and_then(Value::as_str),
            d.get("period_end").and_then(Value::as_str),
        ) {
            (Some(_), Some(_)) => format!(
                "{} – {}",
                vn_date(d, "period_start"),
                vn_date(d, "period_end")
            ),
            _ => s(d, "recurrence"),
        };
        let status = if d.get("in_force").and_then(Value::as_bool) == Some(false) {
            " [không có hiệu lực]"
        } else {
            ""
        };
        let why = d
            .get("trace")
            .and_then(Value::as_array)
            .map(|t| {
                t.iter()
                    .filter(|x| {
                        matches!(
                            x.get("step").and_then(Value::as_str),
                            Some("day_off" | "undated")
                        )
                    })
                    .map(|x| s(x, "reason"))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default();
        let mut row = vec![
            vn_date(d, "due"),
            vn_date(d, "last_day"),
            period,
            format!("{}{status}", s(d, "instrument")),
            s(d, "citation"),
            names(d, "from"),
            names(d, "to"),
            s(d, "what"),
            why,
        ];
        if with {
            row.push(current(d));
        }
        t.row(row);
    }
    format!("{}{} hạn\n", t.render(), items.len())
}

fn check(v: &Value) -> String {
    let mut out = String::new();
    for f in v
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push_str(&format!(
            "[{}] {} ({})\n  {}\n",
            s(f, "severity"),
            s(f, "rule"),
            s(f, "province"),
            s(f, "message")
        ));
        for p in f
            .get("provisions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let quote = s(p, "quote");
            out.push_str(&format!(
                "    - {} {}: «{}»\n",
                s(p, "citation"),
                s(p, "instrument"),
                quote
            ));
        }
    }
    out.push_str(&format!(
        "{} lỗi, {} cảnh báo, {} thông tin (năm {})\n",
        s(v, "errors"),
        s(v, "warnings"),
        s(v, "infos"),
        s(v, "year")
    ));
    out
}

fn cells(row: &Value) -> Vec<String> {
    row.get("cells")
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    c.as_array()
                        .map(|rules| {
                            rules
                                .iter()
                                .map(|r| format!("{} ({})", s(r, "rule"), s(r, "citation")))
                                .collect::<Vec<_>>()
                                .join("; ")
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default()
}

fn compare(v: &Value) -> String {
    let titles: Vec<String> = v
        .get("columns")
        .and_then(Value::as_array)
        .map(|c| c.iter().map(|c| s(c, "title")).collect())
        .unwrap_or_default();
    let mut header = vec!["Tỉnh", "Văn bản"];
    header.extend(titles.iter().map(String::as_str));
    let mut t = Table::new(&header);
    for row in v
        .get("rows")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let mut r = vec![s(row, "name"), s(row, "instrument")];
        r.extend(cells(row));
        t.row(r);
    }
    t.render()
}

/// The comparison as CSV: one row per province, one column per kind.
pub fn compare_csv(v: &Value) -> String {
    let field = |f: &str| {
        if f.contains([',', '"', '\n']) {
            format!("\"{}\"", f.replace('"', "\"\""))
        } else {
            f.to_owned()
        }
    };
    let mut header = vec!["province".to_owned(), "instrument".to_owned()];
    header.extend(
        v.get("columns")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|c| s(c, "key")),
    );
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in v
        .get("rows")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let mut r = vec![field(&s(row, "name")), field(&s(row, "instrument"))];
        r.extend(cells(row).iter().map(|c| field(c)));
        out.push_str(&r.join(","));
        out.push_str("\r\n");
    }
    out
}

fn calendar(v: &Value) -> String {
    let mut t = Table::new(&["Ngày", "Loại", "Tên", "Nguồn", "Tình trạng"]);
    for d in v
        .get("days")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        t.row(vec![
            vn_date(d, "date"),
            s(d, "kind"),
            format!("{} ({})", s(d, "name_vi"), s(d, "name_en")),
            s(d, "source"),
            s(d, "status"),
        ]);
    }
    format!(
        "Năm {} — lịch {}: {} ngày làm việc ({}{})\n\n{}",
        s(v, "year"),
        s(v, "calendar"),
        s(v, "working_days"),
        s(v, "status"),
        v.get("note")
            .and_then(Value::as_str)
            .map(|n| format!("; {n}"))
            .unwrap_or_default(),
        t.render()
    )
}

/// A schedule in Vietnamese words ("hằng năm, trước ngày 10/12").
pub fn schedule(v: Option<&Value>) -> String {
    let Some(v) = v else { return String::new() };
    let kind = v.get("kind").and_then(Value::as_str).unwrap_or("");
    let day = v.get("day").and_then(Value::as_u64);
    let month = v.get("month").and_then(Value::as_u64);
    let inclusive = v.get("inclusive").and_then(Value::as_bool).unwrap_or(true);
    let every = match kind {
        "annual" => "hằng năm",
        "semiannual" => "6 tháng",
        "quarterly" => "hằng quý",
        "monthly" => "hằng tháng",
        "weekly" => "hằng tuần",
        "on_request" => return "đột xuất theo yêu cầu".into(),
        "event" => {
            return format!(
                "theo sự kiện: {}",
                v.get("event").and_then(Value::as_str).unwrap_or("")
            )
        }
        other => other,
    };
    match (day, month) {
        (Some(d), Some(m)) if kind == "annual" => format!(
            "{every}, {} ngày {d}/{m}",
            if inclusive {
                "chậm nhất"
            } else {
                "trước"
            }
        ),
        (Some(d), Some(m)) => format!(
            "{every}, {} ngày {d} tháng thứ {m} của kỳ",
            if inclusive {
                "chậm nhất"
            } else {
                "trước"
            }
        ),
        (Some(d), None) => format!(
            "{every}, {} ngày {d}",
            if inclusive {
                "chậm nhất"
            } else {
                "trước"
            }
        ),
        _ => format!("{every}, trong kỳ"),
    }
}

/// An instrument: its metadata, then its tree as an outline.
pub fn instrument(v: &Value) -> String {
    let mut out = String::new();
    for (label, key) in [
        ("Mã", "id"),
        ("Số hiệu", "number"),
        ("Loại", "kind"),
        ("Trích yếu", "title"),
        ("Cơ quan ban hành", "issuer"),
        ("Người ký", "signer"),
        ("Ngày ban hành", "signed_on"),
        ("Ngày hiệu lực", "effective_from"),
        ("Tình trạng", "status"),
    ] {
        out.push_str(&format!("{label}: {}\n", s(v, key)));
    }
    if let Some(body) = v.get("body").and_then(Value::as_array) {
        out.push('\n');
        outline(body, 0, &mut out);
    }
    for att in v
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push_str(&format!(
            "\n{} ({}): {}\n",
            s(att, "kind"),
            s(att, "eid"),
            s(att, "title")
        ));
        if let Some(body) = att.get("body").and_then(Value::as_array) {
            outline(body, 0, &mut out);
        }
    }
    out
}

fn outline(nodes: &[Value], depth: usize, out: &mut String) {
    for n in nodes {
        let restored = if n.get("provenance").and_then(Value::as_str) == Some("restored") {
            " [khôi phục]"
        } else {
            ""
        };
        let heading = n
            .get("heading")
            .and_then(Value::as_str)
            .map(|h| format!(". {h}"))
            .unwrap_or_default();
        let kind = n.get("kind").and_then(Value::as_str).unwrap_or("");
        if matches!(
            kind,
            "part" | "chapter" | "section" | "article" | "appendix"
        ) {
            out.push_str(&format!(
                "{}{}{heading}{restored}\n",
                "  ".repeat(depth),
                s(n, "citation")
            ));
        }
        if let Some(children) = n.get("children").and_then(Value::as_array) {
            outline(children, depth.saturating_add(1), out);
        }
    }
}

/// One provision with its full text.
pub fn provision(v: &Value) -> String {
    let mut out = format!(
        "{} — {} (eId {})\n",
        s(v, "citation"),
        s(v, "instrument"),
        s(v, "eid")
    );
    full_text(v, 0, &mut out);
    out
}

fn full_text(n: &Value, depth: usize, out: &mut String) {
    let num = n.get("num").and_then(Value::as_str);
    let kind = n.get("kind").and_then(Value::as_str).unwrap_or("");
    let prefix = match (kind, num) {
        ("clause", Some(x)) => format!("{x}. "),
        ("point", Some(x)) => format!("{x}) "),
        _ => String::new(),
    };
    if let Some(h) = n.get("heading").and_then(Value::as_str) {
        out.push_str(&format!(
            "{}{}. {h}\n",
            "  ".repeat(depth),
            s(n, "citation")
        ));
    }
    let text = n.get("text").and_then(Value::as_str).unwrap_or("");
    if !text.is_empty() {
        out.push_str(&format!("{}{prefix}{text}\n", "  ".repeat(depth)));
    }
    for c in n
        .get("children")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        full_text(c, depth.saturating_add(1), out);
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
fn current(v: &Value) -> String {
    let mut lines = Vec::new();
    for c in v
        .get("current")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if c.get("status").and_then(Value::as_str) != Some("unchanged") {
            lines.push(current_line(c));
        }
        for m in c
            .get("members")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let group = c.get("original").map(|o| s(o, "name")).unwrap_or_default();
            lines.push(format!("{group}, thành viên: {}", current_line(m)));
        }
    }
    if lines.is_empty() {
        "không đổi".into()
    } else {
        lines.join("\n")
    }
}

fn current_line(c: &Value) -> String {
    let from = c.get("original").map(|o| s(o, "name")).unwrap_or_default();
    let sources: Vec<String> = c
        .get("chain")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|step| step.get("source").map(|src| s(src, "instrument")))
        .collect();
    match c.get("resolved") {
        Some(r) if !r.is_null() => format!("{from} → {} ({})", s(r, "name"), sources.join(", ")),
        _ => format!("{from} → không xác định: {}", s(c, "reason")),
    }
}

/// An agency's timeline (`agencies --history NAME`).
fn history(v: &Value) -> String {
    let agency = v.get("agency").cloned().unwrap_or_default();
    let mut out = format!("{} ({})\n", s(&agency, "name"), s(&agency, "id"));
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
    for e in v
        .get("events")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let functions = e
            .get("functions")
            .and_then(Value::as_array)
            .map(|f| {
                f.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let source = match e.get("source") {
            Some(src) if !src.is_null() => {
                let article = match src.get("article").and_then(Value::as_str) {
                    Some(a) => format!(", {a}"),
                    None => String::new(),
                };
                format!(
                    "{} ({}, {}{article})",
                    s(src, "instrument"),
                    vn_date(src, "date"),
                    s(src, "issuer")
                )
            }
            _ => "—".into(),
        };
        let to = match e.get("to") {
            Some(x) if !x.is_null() => s(x, "name"),
            _ => "—".into(),
        };
        t.row(vec![
            vn_date(e, "date"),
            s(e, "event"),
            s(e, "direction"),
            e.get("from").map(|f| s(f, "name")).unwrap_or_default(),
            to,
            functions,
            s(e, "verified"),
            source,
        ]);
    }
    out.push_str(&t.render());
    out
}

fn status(v: &Value) -> String {
    let mut t = Table::new(&[
        "Hạn",
        "Kỳ",
        "Cơ quan",
        "Căn cứ",
        "Văn bản",
        "Ngày gửi",
        "Tình trạng",
    ]);
    for e in v
        .get("entries")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let state = match e.get("status").and_then(Value::as_str) {
            Some("on_time") => "đúng hạn".to_owned(),
            Some("late") => format!(
                "muộn {} ngày làm việc ({} ngày)",
                s(e, "late_working_days"),
                s(e, "late_days")
            ),
            Some("missing") => "chưa gửi (quá hạn)".to_owned(),
            Some("not_yet_due") => "chưa đến hạn".to_owned(),
            _ => format!("không áp dụng: {}", s(e, "note")),
        };
        t.row(vec![
            vn_date(e, "due"),
            s(e, "period"),
            match e.get("submitted_by").filter(|b| !b.is_null()) {
                Some(by) => format!(
                    "{} (gửi: {})",
                    e.get("agency").map(|a| s(a, "name")).unwrap_or_default(),
                    s(by, "name")
                ),
                None => e.get("agency").map(|a| s(a, "name")).unwrap_or_default(),
            },
            s(e, "citation"),
            s(e, "instrument"),
            vn_date(e, "submitted"),
            state,
        ]);
    }
    let c = v.get("counts").cloned().unwrap_or_default();
    format!(
        "{}{} đúng hạn, {} muộn, {} chưa gửi, {} chưa đến hạn, {} không áp dụng (tính đến {}; {} dòng đọc, {} lỗi)\n",
        t.render(),
        s(&c, "on_time"),
        s(&c, "late"),
        s(&c, "missing"),
        s(&c, "not_yet_due"),
        s(&c, "not_applicable"),
        vn_date(v, "as_of"),
        s(v, "rows"),
        v.get("errors").and_then(Value::as_array).map_or(0, Vec::len)
    )
}
