//! Tables for the jurisdictions of a day, and the notes a province's answer ends with: national
//! records resolved to its bodies, its local regulation when none is recorded, and bodies a dated
//! row names that had ceased by its date.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::table::Table;

fn s(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => "—".into(),
        Some(other) => other.to_string(),
    }
}

fn vn(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or_else(|| "—".into(), |d| d.format("%d/%m/%Y").to_string())
}

/// `quyche provinces`: one row per province or city.
pub fn provinces(v: &Value) -> String {
    let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut t = Table::new(&[
        "Mã",
        "Tên",
        "Từ ngày",
        "Đến ngày",
        "Thành lập từ / sáp nhập vào",
        "Quy chế thông tin đối ngoại",
    ]);
    for p in items {
        let formed: Vec<String> = p
            .get("formed_from")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|n| s(n, "name"))
            .collect();
        let relation = match p.get("part_of") {
            Some(to) if !to.is_null() => format!("→ {}", s(to, "name")),
            _ if !formed.is_empty() => format!("← {}", formed.join(", ")),
            _ => String::new(),
        };
        let regs: Vec<String> = p
            .get("regulations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|r| {
                let mark = match (s(r, "state").as_str(), r.get("verified")) {
                    ("recorded", _) => "",
                    (_, Some(Value::Bool(false))) => " (chưa có văn bản, chưa xác minh)",
                    _ => " (chưa có văn bản)",
                };
                format!("{}{mark}", s(r, "number"))
            })
            .collect();
        t.row(vec![
            s(p, "id"),
            s(p, "full_name"),
            vn(p, "valid_from"),
            vn(p, "valid_until"),
            relation,
            if regs.is_empty() {
                "chưa ghi nhận".into()
            } else {
                regs.join("; ")
            },
        ]);
    }
    format!("{}{} đơn vị hành chính cấp tỉnh\n", t.render(), items.len())
}

/// The notes under a duties, obligations or deadlines table: how many rows come from a national
/// text, what is known of the local regulation, and which named bodies had ceased by a row's date.
pub fn notes(items: &[Value]) -> String {
    let mut out = String::new();
    let national: Vec<&Value> = items.iter().filter_map(|i| i.get("national")).collect();
    if let Some(first) = national.first() {
        out.push_str(&format!(
            "{} dòng theo văn bản trung ương ({}), áp dụng cho {} qua các cơ quan của tỉnh (--local-only: chỉ văn bản của tỉnh).\n",
            national.len(),
            s(first, "instrument"),
            s(first, "province"),
        ));
        if let Some(note) = first.get("note").and_then(Value::as_str) {
            out.push_str(&format!("Ghi chú: {note}\n"));
        }
    }
    let mut seen = BTreeSet::new();
    for e in items
        .iter()
        .filter_map(|i| i.get("ended").and_then(Value::as_array))
        .flatten()
    {
        let body = e.get("body").map(|b| s(b, "name")).unwrap_or_default();
        if !seen.insert(body.clone()) {
            continue;
        }
        let to = e
            .get("successor")
            .filter(|x| !x.is_null())
            .map(|x| format!(" → {}", s(x, "name")))
            .unwrap_or_default();
        let src = e
            .get("source")
            .filter(|x| !x.is_null())
            .map(|x| format!("; {}", s(x, "instrument")))
            .unwrap_or_default();
        out.push_str(&format!(
            "Lưu ý: {body} không còn từ {} ({}{to}{src}); xem --as-of NGÀY --current-bearers.\n",
            vn(e, "since"),
            s(e, "how"),
        ));
    }
    out
}
