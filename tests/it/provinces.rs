//! Jurisdictions and what binds a province, at the library level.
//!
//! Expected values come from the acts and the texts, not from quyche's output:
//! - the 34 units since 12/06/2025 and the 52 units arranged into 23: Nghị quyết 202/2025/QH15
//!   (Quốc hội, 12/06/2025, in force on adoption; new governments from 01/07/2025), as listed with
//!   the official map and in Nghị quyết 85/NQ-HĐBCQG (22/12/2025), which names the 34 units;
//! - thành phố Huế from 01/01/2025 on the whole of tỉnh Thừa Thiên Huế: Nghị quyết 175/2024/QH15;
//! - Khoản 9 Điều 9 of Thông tư 22/2016/TT-BTTTT: every provincial people's committee sends its
//!   annual plan "trước ngày 01 tháng 3" and its annual report "trước ngày 10 tháng 12" to Bộ
//!   Thông tin và Truyền thông;
//! - the local regulations the public legal databases list: Hà Nội 16/2020/QĐ-UBND, Đà Nẵng
//!   49/2023/QĐ-UBND, Bình Định 66/2017/QĐ-UBND, An Giang 59/2017/QĐ-UBND, Hải Phòng
//!   42/2018/QĐ-UBND.

use crate::common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use quyche::dataset::{Dataset, RegulationState};
use quyche::query::{
    resolve_body, BodyRole, CurrentStatus, DeadlineQuery, ProvincesQuery, RuleSet, DUTY_FUNCTION,
};
use serde_json::Value;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn ds() -> Dataset {
    common::dataset()
}

/// The 34 provincial-level units named by Nghị quyết 85/NQ-HĐBCQG (six cities first).
const UNITS_2025: [&str; 34] = [
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "An Giang",
    "Bắc Ninh",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Tĩnh",
    "Hưng Yên",
    "Khánh Hòa",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Ninh Bình",
    "Nghệ An",
    "Phú Thọ",
    "Quảng Ninh",
    "Quảng Ngãi",
    "Quảng Trị",
    "Sơn La",
    "Tây Ninh",
    "Thái Nguyên",
    "Thanh Hóa",
    "Tuyên Quang",
    "Vĩnh Long",
];

/// Each unit formed in 2025 with the units arranged into it (Nghị quyết 202/2025/QH15).
const ARRANGED: [(&str, &[&str]); 23] = [
    ("Tuyên Quang", &["Hà Giang", "Tuyên Quang"]),
    ("Lào Cai", &["Yên Bái", "Lào Cai"]),
    ("Thái Nguyên", &["Bắc Kạn", "Thái Nguyên"]),
    ("Phú Thọ", &["Vĩnh Phúc", "Hòa Bình", "Phú Thọ"]),
    ("Bắc Ninh", &["Bắc Giang", "Bắc Ninh"]),
    ("Hưng Yên", &["Thái Bình", "Hưng Yên"]),
    ("Hải Phòng", &["Hải Dương", "Hải Phòng"]),
    ("Ninh Bình", &["Hà Nam", "Nam Định", "Ninh Bình"]),
    ("Quảng Trị", &["Quảng Bình", "Quảng Trị"]),
    ("Đà Nẵng", &["Quảng Nam", "Đà Nẵng"]),
    ("Quảng Ngãi", &["Kon Tum", "Quảng Ngãi"]),
    ("Gia Lai", &["Bình Định", "Gia Lai"]),
    ("Khánh Hòa", &["Ninh Thuận", "Khánh Hòa"]),
    ("Lâm Đồng", &["Đắk Nông", "Bình Thuận", "Lâm Đồng"]),
    ("Đắk Lắk", &["Phú Yên", "Đắk Lắk"]),
    (
        "Hồ Chí Minh",
        &["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"],
    ),
    ("Đồng Nai", &["Bình Phước", "Đồng Nai"]),
    ("Tây Ninh", &["Long An", "Tây Ninh"]),
    ("Cần Thơ", &["Sóc Trăng", "Hậu Giang", "Cần Thơ"]),
    ("Vĩnh Long", &["Bến Tre", "Trà Vinh", "Vĩnh Long"]),
    ("Đồng Tháp", &["Tiền Giang", "Đồng Tháp"]),
    ("Cà Mau", &["Bạc Liêu", "Cà Mau"]),
    ("An Giang", &["Kiên Giang", "An Giang"]),
];

fn names_on(ds: &Dataset, d: NaiveDate) -> BTreeSet<String> {
    ds.jurisdictions_on(d)
        .iter()
        .map(|j| j.name.clone())
        .collect()
}

#[test]
fn thirty_four_units_since_12_june_2025_and_sixty_three_before() {
    let ds = ds();
    let want: BTreeSet<String> = UNITS_2025.iter().map(|s| s.to_string()).collect();
    for d in [day(2025, 6, 12), day(2025, 7, 1), day(2026, 11, 23)] {
        assert_eq!(names_on(&ds, d), want, "{d}");
    }
    // 28 provinces and 6 centrally-run cities.
    let cities = ds
        .jurisdictions_on(day(2026, 11, 23))
        .iter()
        .filter(|j| j.kind == quyche::succession::JurisdictionKind::City)
        .count();
    assert_eq!(cities, 6);
    // Before: 63, with thành phố Huế from 01/01/2025 in place of tỉnh Thừa Thiên Huế.
    for d in [day(2024, 12, 31), day(2025, 1, 1), day(2025, 6, 11)] {
        assert_eq!(ds.jurisdictions_on(d).len(), 63, "{d}");
    }
    assert!(names_on(&ds, day(2024, 12, 31)).contains("Thừa Thiên Huế"));
    assert!(!names_on(&ds, day(2024, 12, 31)).contains("Huế"));
    assert!(names_on(&ds, day(2025, 1, 1)).contains("Huế"));
    assert!(!names_on(&ds, day(2025, 1, 1)).contains("Thừa Thiên Huế"));
}

#[test]
fn each_former_unit_became_part_of_the_unit_the_resolution_names() {
    let ds = ds();
    let before = ds.jurisdictions_on(day(2025, 6, 11));
    let mut arranged = 0;
    for (new, formers) in ARRANGED {
        let unit = ds.province(new).unwrap();
        assert_eq!(unit.valid_from, Some(day(2025, 6, 12)), "{new}");
        assert_eq!(unit.government_from, Some(day(2025, 7, 1)), "{new}");
        for former in formers {
            // A former unit whose name the new one took is "<Name> (cũ)".
            let j = before
                .iter()
                .find(|j| j.name == *former || j.name == format!("{former} (cũ)"))
                .unwrap_or_else(|| panic!("{former} is not a unit of 11/06/2025"));
            assert_eq!(j.part_of.as_deref(), Some(unit.id.as_str()), "{former}");
            assert_eq!(j.valid_until, Some(day(2025, 6, 11)), "{former}");
            assert_eq!(j.government_until, Some(day(2025, 6, 30)), "{former}");
            assert!(
                j.source
                    .as_ref()
                    .is_some_and(|s| s.instrument == "202/2025/QH15"),
                "{former}"
            );
            arranged += 1;
        }
    }
    assert_eq!(arranged, 52);
    // The other 11 units of 11/06/2025 were not arranged and still exist.
    let kept: Vec<_> = before.iter().filter(|j| j.part_of.is_none()).collect();
    assert_eq!(kept.len(), 11);
    assert!(kept.iter().all(|j| j.exists_on(day(2026, 11, 23))));
}

/// The rows of Khoản 9 Điều 9 of the Circular due in 2026 for `province`.
fn circular_k9_rows(rules: &RuleSet, province: &str, local_only: bool) -> Vec<Value> {
    let req = format!(
        r#"{{"query": "deadlines", "year": 2026, "province": "{province}", "local_only": {local_only}}}"#
    );
    let v: Value = serde_json::from_str(&rules.answer_json(&req).unwrap()).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["instrument_id"] == "vn/22-2016-tt-btttt" && r["eid"] == "art_9__para_9")
        .filter(|r| !r["due"].is_null())
        .cloned()
        .collect()
}

#[test]
fn a_province_query_includes_the_circular_s_plan_and_report_resolved_to_it() {
    let rules = RuleSet::new(ds());
    let rows = circular_k9_rows(&rules, "Quảng Ninh", false);
    let dues: BTreeSet<&str> = rows.iter().map(|r| r["due"].as_str().unwrap()).collect();
    // "trước ngày 01 tháng 3": last day Sat 28/02/2026, shifted back to Fri 27/02;
    // "trước ngày 10 tháng 12": last day Wed 09/12/2026.
    assert_eq!(
        dues,
        ["2026-02-27", "2026-12-09"]
            .into_iter()
            .collect::<BTreeSet<_>>()
    );
    for r in &rows {
        assert_eq!(r["from"][0]["id"], "quang-ninh/ubnd-tinh");
        assert_eq!(r["from"][0]["name"], "Ủy ban nhân dân tỉnh Quảng Ninh");
        assert_eq!(r["province"], "quang-ninh");
        assert_eq!(r["national"]["instrument"], "22/2016/TT-BTTTT");
        assert_eq!(
            r["national"]["resolved"][0]["group"]["id"],
            "vn/ubnd-cap-tinh"
        );
        // Quảng Ninh's own regulation is recorded: no note about it.
        assert!(r["national"].get("note").is_none(), "{r}");
    }
    // --local-only: today's answer, the provincial decision's rows only.
    assert!(circular_k9_rows(&rules, "Quảng Ninh", true).is_empty());
}

#[test]
fn hanoi_is_answerable_with_the_national_duties_and_its_unrecorded_regulation() {
    let ds = ds();
    let duties = ds.province_duties("ha-noi", false).unwrap();
    assert!(!duties.is_empty());
    assert!(duties.iter().all(|d| d.national.is_some()));
    let budget = duties
        .iter()
        .find(|d| d.record.eid == "art_4")
        .expect("Điều 4: every province allocates its budget");
    assert_eq!(budget.record.bearer, "ha-noi/ubnd-thanh-pho");
    assert_eq!(
        ds.body_name(&budget.record.bearer).as_deref(),
        Some("Ủy ban nhân dân thành phố Hà Nội")
    );
    assert!(ds.province_duties("ha-noi", true).unwrap().is_empty());
    let regs = ds.local_regulations("ha-noi");
    assert_eq!(regs.len(), 1);
    assert_eq!(regs[0].number.as_deref(), Some("16/2020/QĐ-UBND"));
    assert_eq!(regs[0].state, RegulationState::NotRecorded);
    assert!(!regs[0].verified);
    // Never an invented text: the instrument has no provisions.
    let inst = ds.instrument("16/2020/QĐ-UBND").unwrap();
    assert!(inst.body.is_empty() && inst.attachments.is_empty());
    assert!(ds.unverified(&inst.id).is_some());
}

#[test]
fn the_five_regulations_public_sources_name_are_recorded_without_text() {
    let ds = ds();
    // (number, the unit that issued it, the 2025 unit whose answer names it)
    for (number, issuer, now) in [
        ("16/2020/QĐ-UBND", "ha-noi", "ha-noi"),
        ("49/2023/QĐ-UBND", "da-nang-cu", "da-nang"),
        ("66/2017/QĐ-UBND", "binh-dinh", "gia-lai"),
        ("59/2017/QĐ-UBND", "an-giang-cu", "an-giang"),
        ("42/2018/QĐ-UBND", "hai-phong-cu", "hai-phong"),
    ] {
        let inst = ds.instrument(number).unwrap();
        assert_eq!(inst.jurisdiction, issuer, "{number}");
        assert!(inst.body.is_empty(), "{number}");
        assert!(ds.unverified(&inst.id).is_some(), "{number}");
        let regs = ds.local_regulations(now);
        assert!(
            regs.iter()
                .any(|r| r.number.as_deref() == Some(number) && !r.verified),
            "{number} in {now}"
        );
        let rules = RuleSet::new(ds.clone());
        let note = rules
            .provinces(&ProvincesQuery::default().as_of(day(2026, 11, 23)))
            .unwrap()
            .into_iter()
            .find(|p| p.id == now)
            .and_then(|p| p.regulation_note)
            .unwrap();
        assert!(note.contains(number), "{note}");
    }
}

#[test]
fn a_province_s_national_bodies_resolve_through_the_group_s_cited_links() {
    let ds = ds();
    let d = day(2026, 11, 23);
    // Hà Nội's Sở TT&TT, as the Circular names it: foreign information with the Sở VHTTDL from
    // 01/07/2025 (Thông tư 10/2025/TT-BVHTTDL).
    let c = resolve_body(&ds, "ha-noi/so-tttt", BodyRole::Bearer, DUTY_FUNCTION, d);
    assert_eq!(c.status, CurrentStatus::Resolved);
    let to = c.resolved.unwrap();
    assert_eq!(to.id, "ha-noi/so-vhttdl");
    assert_eq!(to.name, "Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội");
    assert!(c
        .sources
        .iter()
        .any(|s| s.instrument == "10/2025/TT-BVHTTDL"));
    // Its people's committee continues (Nghị quyết 202/2025/QH15: Hà Nội not arranged).
    let u = resolve_body(
        &ds,
        "ha-noi/ubnd-thanh-pho",
        BodyRole::Bearer,
        DUTY_FUNCTION,
        d,
    );
    assert_eq!(u.status, CurrentStatus::Unchanged);
    assert!(!u.sources.is_empty());
    // A former unit's committee, after its government ended on 30/06/2025: the committee of the
    // province it became part of (Nghị quyết 202/2025/QH15: Bình Định into tỉnh Gia Lai, the new
    // government from 01/07/2025), which the Circular binds as every province's.
    let g = resolve_body(
        &ds,
        "binh-dinh/ubnd-tinh",
        BodyRole::Bearer,
        DUTY_FUNCTION,
        d,
    );
    assert_eq!(g.status, CurrentStatus::Resolved);
    assert_eq!(g.resolved.as_ref().unwrap().id, "gia-lai/ubnd-tinh");
    assert!(g.reason.contains("2025-07-01"), "{}", g.reason);
    assert_eq!(g.sources[0].instrument, "202/2025/QH15");
    // Before that day, still its own.
    let before = resolve_body(
        &ds,
        "binh-dinh/ubnd-tinh",
        BodyRole::Bearer,
        DUTY_FUNCTION,
        NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
    );
    assert_eq!(before.resolved.as_ref().unwrap().id, "binh-dinh/ubnd-tinh");
}

#[test]
fn a_dated_row_names_the_bodies_gone_by_its_date() {
    let rules = RuleSet::new(ds());
    let req = DeadlineQuery::year(2026)
        .unwrap()
        .province("Trà Vinh")
        .local_only(true);
    let rows: Value = serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap();
    let rows = rows.as_array().unwrap();
    // The Sở TT&TT of Trà Vinh merged into its Sở KH&CN on 01/03/2025 (Nghị định 45/2025/NĐ-CP).
    let so = rows
        .iter()
        .filter(|r| !r["due"].is_null())
        .flat_map(|r| r["ended"].as_array().cloned().unwrap_or_default())
        .find(|e| e["body"]["id"] == "tra-vinh/so-tttt")
        .expect("a 2026 row names the Sở TT&TT of Trà Vinh");
    assert_eq!(so["since"], "2025-03-01");
    assert_eq!(so["how"], "merged_into");
    assert_eq!(so["successor"]["id"], "tra-vinh/so-khcn");
    assert_eq!(so["source"]["instrument"], "45/2025/NĐ-CP");
    // In 2024 nothing had ended yet.
    let req = DeadlineQuery::year(2024)
        .unwrap()
        .province("Trà Vinh")
        .local_only(true);
    let rows: Value = serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap();
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r.get("ended").is_none()));
}

#[test]
fn a_dataset_with_an_unchanged_status_without_source_is_refused_with_file_line_field() {
    let dir = common::temp_dir("unchanged-without-source");
    common::copy_tree(&common::data_dir(), &dir);
    let file = dir.join("succession/quang-ninh.toml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n[[status]]\nid = \"quang-ninh/hoi-nha-bao-tinh-2\"\n");
    let header = text.lines().count() - 1; // the [[status]] line
    text.push_str("status = \"unchanged\"\nreason = \"kept\"\n");
    std::fs::write(&file, text).unwrap();
    match Dataset::from_dir(&dir) {
        Err(quyche::Error::Dataset { problems }) => {
            let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
            let want = format!("succession/quang-ninh.toml:{header}: sources:");
            assert!(
                all.iter().any(|p| p.starts_with(&want)),
                "{want} in {all:#?}"
            );
        }
        Err(e) => panic!("expected a dataset error, got {e}"),
        Ok(_) => panic!("an unchanged status without a source was accepted"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}
