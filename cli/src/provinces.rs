//! Tables for the jurisdictions of a day, and the notes a province's answer ends with: national
//! records resolved to its bodies, its local regulation when none is recorded, and bodies a dated
//! row names that had ceased by its date.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use quyche::dataset::RegulationState;
use quyche::query::{EndedView, NationalView, ProvinceView};

use crate::table::Table;

fn vn(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".into(), |d| quyche::text::date::dmy(d).to_string())
}

/// `quyche provinces`: one row per province or city.
pub fn provinces(items: &[ProvinceView]) -> String {
    let mut t = Table::new(&[
        "Mã",
        "Tên",
        "Từ ngày",
        "Đến ngày",
        "Thành lập từ / sáp nhập vào",
        "Quy chế thông tin đối ngoại",
    ]);
    for p in items {
        let formed: Vec<&str> = p.formed_from.iter().map(|n| n.name.as_str()).collect();
        let relation = match &p.part_of {
            Some(to) => format!("→ {}", to.name),
            None if !formed.is_empty() => format!("← {}", formed.join(", ")),
            None => String::new(),
        };
        let regs: Vec<String> = p
            .regulations
            .iter()
            .map(|r| {
                let mark = match (r.state, r.verified) {
                    (RegulationState::Recorded, _) => "",
                    (_, false) => " (chưa có văn bản, chưa xác minh)",
                    _ => " (chưa có văn bản)",
                };
                let number = r.number.as_deref().unwrap_or(&r.instrument_id);
                format!("{number}{mark}")
            })
            .collect();
        t.row(vec![
            p.id.clone(),
            p.full_name.clone(),
            vn(p.valid_from),
            vn(p.valid_until),
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
pub fn notes<'a>(
    national: impl Iterator<Item = Option<&'a NationalView>>,
    ended: impl Iterator<Item = &'a EndedView>,
) -> String {
    let mut out = String::new();
    let national: Vec<&NationalView> = national.flatten().collect();
    if let Some(first) = national.first() {
        out.push_str(&format!(
            "{} dòng theo văn bản trung ương ({}), áp dụng cho {} qua các cơ quan của tỉnh (--local-only: chỉ văn bản của tỉnh).\n",
            national.len(),
            first.instrument,
            first.province,
        ));
        if let Some(note) = &first.note {
            out.push_str(&format!("Ghi chú: {note}\n"));
        }
    }
    let mut seen = BTreeSet::new();
    for e in ended {
        if !seen.insert(e.body.name.clone()) {
            continue;
        }
        let to = e
            .successor
            .as_ref()
            .map(|x| format!(" → {}", x.name))
            .unwrap_or_default();
        let src = e
            .source
            .as_ref()
            .map(|x| format!("; {}", x.instrument))
            .unwrap_or_default();
        out.push_str(&format!(
            "Lưu ý: {} không còn từ {} ({}{to}{src}); xem --as-of NGÀY --current-bearers.\n",
            e.body.name,
            vn(Some(e.since)),
            e.how,
        ));
    }
    out
}
