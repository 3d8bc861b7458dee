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

/// Province ids to names, set by `main` once the dataset is loaded.
static NAMES: std::sync::OnceLock<std::collections::BTreeMap<String, String>> =
    std::sync::OnceLock::new();

/// Records the provinces' names for the tables.
pub fn set_names(names: std::collections::BTreeMap<String, String>) {
    let _ = NAMES.set(names);
}

/// A province's name, or its id when the name is not known.
pub fn name(id: &str) -> String {
    NAMES
        .get()
        .and_then(|n| n.get(id))
        .cloned()
        .unwrap_or_else(|| id.to_owned())
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
        let (n, instrument, province) = (national.len(), &first.instrument, name(&first.province));
        out.push_str(&match crate::lang::current() {
            crate::lang::Lang::Vi => format!(
                "{n} dòng theo văn bản trung ương ({instrument}), áp dụng cho {province} qua các cơ quan của tỉnh (--local-only: chỉ văn bản của tỉnh).\n"
            ),
            crate::lang::Lang::En => format!(
                "{n} rows from a national text ({instrument}), applied to {province} through the province's bodies (--local-only: the province's own texts only).\n"
            ),
        });
        if let Some(note) = &first.note {
            out.push_str(&format!(
                "{}: {note}\n",
                crate::lang::tr(("Ghi chú", "Note"))
            ));
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
        let (body, since, how) = (
            &e.body.name,
            vn(Some(e.since)),
            crate::lang::tr(crate::lang::change(&e.how)),
        );
        out.push_str(&match crate::lang::current() {
            crate::lang::Lang::Vi => format!(
                "Lưu ý: {body} không còn từ {since} ({how}{to}{src}); xem --as-of NGÀY --current-bearers.\n"
            ),
            crate::lang::Lang::En => format!(
                "Note: {body} no longer exists from {since} ({how}{to}{src}); see --as-of DAY --current-bearers.\n"
            ),
        });
    }
    crate::table::paragraphs(&out)
}
