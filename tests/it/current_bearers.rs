//! `duties|obligations|deadlines --as-of DATE --current-bearers`: the bodies that carry a record on
//! a day after the 2025 reorganisation. Expected bodies, instruments and dates come from the
//! instruments themselves (see docs/reorganisation-2025.md): Nghị định 43/2025/NĐ-CP of 28/02/2025
//! (foreign information to Bộ VHTTDL from 01/03/2025), Nghị quyết 202/2025/QH15 of 12/06/2025 (Trà
//! Vinh into tỉnh Vĩnh Long, new governments from 01/07/2025), Thông tư 10/2025/TT-BVHTTDL of
//! 19/06/2025 (the provincial Sở VHTTDL carries foreign information from 01/07/2025), Nghị quyết
//! 203/2025/QH15 of 16/06/2025 (no district level from 01/07/2025).

use crate::common;

use chrono::NaiveDate;
use quyche::dataset::Dataset;
use quyche::query::{DeadlineQuery, DutyQuery, RuleSet};
use serde_json::Value;

const TV: &str = "tra-vinh/21-2017-qd-ubnd";
/// Khoản 2 Điều 20 of the Quy định attached to 21/2017/QĐ-UBND, as the seed text reads.
const TV_ROLLUP_QUOTE: &str =
    "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn rules() -> RuleSet {
    RuleSet::new(common::dataset())
}

fn duties(rules: &RuleSet, as_of: NaiveDate, current: bool) -> Vec<Value> {
    let req = DutyQuery::default()
        .province("Trà Vinh")
        .as_of(as_of)
        .current_bearers(current);
    match serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap() {
        Value::Array(a) => a,
        other => panic!("not a list: {other}"),
    }
}

fn find<'a>(items: &'a [Value], id: &str) -> &'a Value {
    items
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no record {id}"))
}

fn entry<'a>(record: &'a Value, role: &str, original: &str) -> &'a Value {
    record["current"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["role"] == role && c["original"]["id"] == original)
        .unwrap_or_else(|| panic!("no {role} entry for {original} in {record}"))
}

/// The last step of an entry's chain: (to, instrument, instrument date, effective).
fn last_step(e: &Value) -> (String, String, String, String) {
    let s = e["chain"].as_array().unwrap().last().unwrap();
    (
        s["to"]["id"].as_str().unwrap_or("").to_owned(),
        s["source"]["instrument"].as_str().unwrap().to_owned(),
        s["source"]["date"].as_str().unwrap().to_owned(),
        s["effective"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn tra_vinh_annual_report_in_2026_keeps_its_text_and_resolves_through_the_cited_chain() {
    let rules = rules();
    let with = duties(&rules, day(2026, 11, 23), true);
    let without = duties(&rules, day(2026, 11, 23), false);
    let id = format!("{TV}/so-tttt-art-20-para-2-report");
    let d = find(&with, &id);

    // The text is unchanged: the quote is the seed's words, in the provision, and the record's
    // own fields are exactly those of the plain answer.
    assert_eq!(d["quote"], TV_ROLLUP_QUOTE);
    assert_eq!(d["eid"], "att_1__art_20__para_2");
    assert_eq!(
        d["citation"],
        "Khoản 2 Điều 20 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    );
    assert_eq!(d["bearer"]["id"], "tra-vinh/so-tttt");
    let ds = rules.dataset();
    let inst = ds.instrument(TV).unwrap();
    assert!(inst
        .find_eid("att_1__art_20__para_2")
        .unwrap()
        .text
        .contains(TV_ROLLUP_QUOTE));
    let mut stripped = d.clone();
    stripped.as_object_mut().unwrap().remove("current");
    assert_eq!(&stripped, find(&without, &id));

    // Bearer: Sở TT&TT's foreign-information function → Sở VHTTDL of the new tỉnh Vĩnh Long.
    let bearer = entry(d, "bearer", "tra-vinh/so-tttt");
    assert_eq!(bearer["status"], "resolved");
    assert_eq!(bearer["resolved"]["id"], "vinh-long/so-vhttdl");
    assert_eq!(
        bearer["resolved"]["name"],
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long"
    );
    assert_eq!(
        last_step(bearer),
        (
            "vinh-long/so-vhttdl".into(),
            "10/2025/TT-BVHTTDL".into(),
            "2025-06-19".into(),
            "2025-07-01".into()
        )
    );
    let step = &bearer["chain"][0];
    assert_eq!(step["verified"], true);
    assert!(step["functions"]
        .as_array()
        .unwrap()
        .contains(&Value::from("foreign_information")));
    // The link rests on the province merger too, and says so.
    assert!(step["also"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["instrument"] == "202/2025/QH15" && s["date"] == "2025-06-12"));

    // Counterparts: UBND tỉnh Trà Vinh → UBND tỉnh Vĩnh Long; Bộ TT&TT → Bộ VHTTDL.
    let ubnd = entry(d, "counterpart", "tra-vinh/ubnd-tinh");
    assert_eq!(ubnd["status"], "resolved");
    assert_eq!(
        last_step(ubnd),
        (
            "vinh-long/ubnd-tinh".into(),
            "202/2025/QH15".into(),
            "2025-06-12".into(),
            "2025-07-01".into()
        )
    );
    let ministry = entry(d, "counterpart", "vn/bo-tttt");
    assert_eq!(ministry["resolved"]["id"], "vn/bo-vhttdl");
    assert_eq!(
        last_step(ministry),
        (
            "vn/bo-vhttdl".into(),
            "43/2025/NĐ-CP".into(),
            "2025-02-28".into(),
            "2025-03-01".into()
        )
    );
}

#[test]
fn dissolved_and_unlinked_bodies_are_unknown_never_invented() {
    let rules = rules();
    let with = duties(&rules, day(2026, 11, 23), true);
    // "Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ ...": no district level since 01/07/2025.
    let district = find(&with, &format!("{TV}/ubnd-cap-huyen-art-20-para-2-report"));
    let e = entry(district, "bearer", "tra-vinh/ubnd-cap-huyen");
    assert_eq!(e["status"], "unknown");
    assert_eq!(e["cause"], "dissolved");
    assert!(e["resolved"].is_null());
    assert_eq!(e["chain"][0]["kind"], "dissolved");
    assert_eq!(e["chain"][0]["source"]["instrument"], "203/2025/QH15");
    assert_eq!(e["chain"][0]["effective"], "2025-07-01");
    // The same in Vietnamese, with the date as the texts write it.
    let vi = e["reason_vi"].as_str().unwrap();
    assert!(
        vi.starts_with(
            "tra-vinh/ubnd-cap-huyen chấm dứt hoạt động từ 01/07/2025 (203/2025/QH15 (16/06/2025, Quốc hội)"
        ),
        "{vi}"
    );
    assert!(vi.contains("kế thừa chức năng thông tin đối ngoại"), "{vi}");
    // "Các sở, ban, ngành tỉnh" of Trà Vinh: its government ended on 30/06/2025 and no link names
    // a successor for the group.
    let depts = find(
        &with,
        &format!("{TV}/cac-so-ban-nganh-art-20-para-2-report"),
    );
    let e = entry(depts, "bearer", "tra-vinh/cac-so-ban-nganh");
    assert_eq!(e["status"], "unknown");
    assert_eq!(e["cause"], "jurisdiction_ended");
    assert!(e["resolved"].is_null());
    assert!(e["reason"].as_str().unwrap().contains("2025-06-30"));
    let vi = e["reason_vi"].as_str().unwrap();
    assert!(
        vi.contains("thuộc tỉnh Trà Vinh, chính quyền địa phương hoạt động đến hết ngày 30/06/2025 (202/2025/QH15"),
        "{vi}"
    );
    // Every answer says why in both languages; the Vietnamese one is not the English one.
    for r in &with {
        for c in r["current"].as_array().unwrap() {
            let (en, vi) = (
                c["reason"].as_str().unwrap(),
                c["reason_vi"].as_str().unwrap(),
            );
            assert!(!vi.is_empty() && vi != en, "{c}");
            for english in [
                " carries ",
                " belongs to ",
                " ceased on ",
                " is not known",
                " no successor ",
            ] {
                assert!(!vi.contains(english), "{english:?} in {vi}");
            }
        }
    }
    // Whatever is resolved is a body the links name, never the original of a former province.
    for r in &with {
        for c in r["current"].as_array().unwrap() {
            if c["status"] == "resolved" {
                let to = c["resolved"]["id"].as_str().unwrap();
                assert_eq!(
                    c["chain"].as_array().unwrap().last().unwrap()["to"]["id"],
                    to
                );
                assert!(!to.starts_with("tra-vinh/"), "{c}");
            }
        }
    }
}

#[test]
fn in_spring_2025_the_unconfirmed_transfer_is_unknown_with_its_candidate() {
    // Between 01/03 and 30/06/2025 no Trà Vinh source says which body took foreign information.
    let rules = rules();
    let with = duties(&rules, day(2025, 4, 15), true);
    let d = find(&with, &format!("{TV}/so-tttt-art-20-para-2-report"));
    let e = entry(d, "bearer", "tra-vinh/so-tttt");
    assert_eq!(e["status"], "unknown");
    assert_eq!(e["cause"], "unverified");
    assert!(e["resolved"].is_null());
    assert_eq!(e["candidate"]["id"], "tra-vinh/so-vhttdl");
    assert_eq!(e["chain"][0]["verified"], false);
    // The ministry changed on 01/03/2025, confirmed.
    assert_eq!(
        entry(d, "counterpart", "vn/bo-tttt")["resolved"]["id"],
        "vn/bo-vhttdl"
    );
}

#[test]
fn before_2025_the_law_as_written_with_no_successor_noise() {
    let rules = rules();
    for req in [
        r#"{"query": "duties", "as_of": "2024-06-01", "current_bearers": true}"#,
        r#"{"query": "obligations", "as_of": "2024-06-01", "current_bearers": true}"#,
        r#"{"query": "deadlines", "year": 2024, "as_of": "2024-06-01", "current_bearers": true}"#,
    ] {
        let v: Value = serde_json::from_str(&rules.answer_json(req).unwrap()).unwrap();
        let items = v.as_array().unwrap();
        assert!(!items.is_empty(), "{req}");
        for r in items {
            for c in r["current"].as_array().unwrap() {
                // The body as the text names it; a group named by kind is whoever belongs to it.
                assert!(
                    c["status"] == "unchanged" || c["status"] == "collective",
                    "{req}: {c}"
                );
                assert_eq!(c["resolved"], c["original"], "{req}: {c}");
                assert!(c["chain"].as_array().unwrap().is_empty(), "{req}: {c}");
            }
        }
    }
}

#[test]
fn obligations_and_deadlines_resolve_from_and_to_with_their_quotes_unchanged() {
    let rules = rules();
    let req = r#"{"query": "obligations", "province": "Trà Vinh", "as_of": "2026-11-23", "current_bearers": true}"#;
    let v: Value = serde_json::from_str(&rules.answer_json(req).unwrap()).unwrap();
    let o = find(
        v.as_array().unwrap(),
        &format!("{TV}/annual-report-to-so-tttt"),
    );
    assert_eq!(
        o["quote"],
        "báo cáo năm gửi trước ngày 20/12 theo mẫu báo cáo phụ lục 02 của Thông tư số 22/2016/TT-BTTTT"
    );
    assert_eq!(
        entry(o, "to", "tra-vinh/so-tttt")["resolved"]["id"],
        "vinh-long/so-vhttdl"
    );
    assert_eq!(
        entry(o, "from", "tra-vinh/ubnd-cap-huyen")["cause"],
        "dissolved"
    );

    let req = DeadlineQuery::year(2026)
        .unwrap()
        .province("Trà Vinh")
        .as_of(day(2026, 11, 23))
        .current_bearers(true);
    let rows: Value = serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["obligation"] == format!("{TV}/annual-report-to-so-tttt"))
        .unwrap();
    assert_eq!(row["due"], "2026-12-18"); // before 20/12: last day Sat 19/12, shifted to Fri 18/12
    assert_eq!(row["quote"], o["quote"]);
    assert_eq!(
        entry(row, "to", "tra-vinh/so-tttt")["resolved"]["id"],
        "vinh-long/so-vhttdl"
    );
}

#[test]
fn without_the_flag_there_is_no_current_field_and_the_flag_needs_a_day() {
    let rules = rules();
    for r in duties(&rules, day(2026, 11, 23), false) {
        assert!(r.get("current").is_none());
    }
    let err = rules
        .answer_json(r#"{"query": "duties", "current_bearers": true}"#)
        .unwrap_err();
    assert!(matches!(err, quyche::Error::Request { .. }), "{err}");
    assert!(err.to_string().contains("as_of"), "{err}");
}

#[test]
fn every_succession_link_cites_an_instrument_with_number_and_date() {
    let ds = common::dataset();
    let links = &ds.succession().links;
    assert!(links.len() >= 20, "{}", links.len());
    for l in links {
        for s in std::iter::once(&l.source).chain(&l.also) {
            let parts: Vec<&str> = s.instrument.split('/').collect();
            if let [number, issuer] = parts.as_slice() {
                // A Party instrument: "121-KL/TW", "1276-QĐ/TU" (number-kind / issuer), dated by
                // its `date`, which the number does not repeat.
                let (n, kind) = number.split_once('-').expect("number-kind");
                assert!(n.chars().all(|c| c.is_ascii_digit()), "{}", s.instrument);
                assert!(!kind.is_empty() && !issuer.is_empty(), "{}", s.instrument);
                continue;
            }
            // "43/2025/NĐ-CP", "202/2025/QH15": number / year / kind, the year that of the date.
            assert!(parts.len() >= 3, "{}: {}", l.describe(), s.instrument);
            assert!(
                parts[0].chars().all(|c| c.is_ascii_digit()),
                "{}",
                s.instrument
            );
            assert_eq!(
                parts[1],
                chrono::Datelike::year(&s.date).to_string(),
                "{}",
                s.instrument
            );
            assert!(!s.issuer.trim().is_empty(), "{}", l.describe());
        }
    }
}

#[test]
fn a_dataset_with_a_link_without_a_source_is_refused() {
    let dir = common::temp_dir("link-without-source");
    common::copy_tree(&common::data_dir(), &dir);
    let file = dir.join("succession/tra-vinh.toml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str(
        "\n[[link]]\nfrom = \"tra-vinh/so-noi-vu\"\nkind = \"merged_into\"\nto = \"vinh-long/so-noi-vu\"\neffective = 2025-07-01\nverified = true\n",
    );
    std::fs::write(&file, text).unwrap();
    match Dataset::from_dir(&dir) {
        Err(quyche::Error::Dataset { problems }) => {
            let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
            assert!(
                all.iter()
                    .any(|p| p.contains("succession") && p.contains("source")),
                "{all:?}"
            );
        }
        Err(e) => panic!("expected a dataset error, got {e}"),
        Ok(_) => panic!("a link without a source was accepted"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_group_stands_but_shows_its_dissolved_member() {
    // Quảng Ninh was not merged (202/2025/QH15), so "các cơ quan, đơn vị cấp tỉnh" stands; the group
    // includes the district committees (Điều 1 of its Quy chế), which ended on 01/07/2025.
    let rules = rules();
    let req = r#"{"query": "duties", "province": "Quảng Ninh", "as_of": "2026-11-23", "current_bearers": true}"#;
    let v: Value = serde_json::from_str(&rules.answer_json(req).unwrap()).unwrap();
    let d = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["bearer"]["id"] == "quang-ninh/cac-co-quan-don-vi-cap-tinh")
        .unwrap();
    let e = entry(d, "bearer", "quang-ninh/cac-co-quan-don-vi-cap-tinh");
    assert_eq!(e["status"], "collective");
    let members = e["members"].as_array().unwrap();
    assert_eq!(members.len(), 1, "{members:?}");
    assert_eq!(members[0]["original"]["id"], "quang-ninh/ubnd-cap-huyen");
    assert_eq!(members[0]["status"], "unknown");
    assert_eq!(members[0]["cause"], "dissolved");
}

/// A former province whose own regulation is not recorded (Bình Định, arranged into tỉnh Gia Lai by
/// Nghị quyết 202/2025/QH15, its government ending 30/06/2025): the Circular's 2026 dates are not
/// silently owed by "Ủy ban nhân dân tỉnh Bình Định"; the row says it had ended and who took over,
/// and `current_bearers` resolves it to the Ủy ban nhân dân tỉnh Gia Lai, citing the resolution.
#[test]
fn a_former_province_without_its_regulation_points_to_the_province_it_joined() {
    let rules = rules();
    let req = DeadlineQuery::year(2026)
        .unwrap()
        .province("Bình Định")
        .as_of(day(2026, 11, 23))
        .current_bearers(true);
    let rows: Vec<Value> = serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap();
    let dated: Vec<&Value> = rows.iter().filter(|r| !r["due"].is_null()).collect();
    assert!(!dated.is_empty());
    for r in dated {
        let owed_by_ubnd = r["from"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "binh-dinh/ubnd-tinh");
        if !owed_by_ubnd {
            continue;
        }
        let ended = r["ended"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["body"]["id"] == "binh-dinh/ubnd-tinh")
            .unwrap_or_else(|| panic!("{} does not say the committee had ended", r["obligation"]));
        assert_eq!(ended["since"], "2025-07-01");
        assert_eq!(ended["successor"]["id"], "gia-lai/ubnd-tinh");
        assert_eq!(ended["source"]["instrument"], "202/2025/QH15");
        let c = entry(r, "from", "binh-dinh/ubnd-tinh");
        assert_eq!(c["status"], "resolved");
        assert_eq!(c["resolved"]["id"], "gia-lai/ubnd-tinh");
        assert_eq!(c["chain"][0]["to"]["id"], "gia-lai/ubnd-tinh");
        assert!(c["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["instrument"] == "202/2025/QH15"));
    }
}

/// A body unknown because its province's government ended cites the instrument that ended it.
#[test]
fn an_ended_jurisdiction_is_cited_as_the_source_of_an_unknown() {
    let rules = rules();
    for p in [
        "Trà Vinh",
        "Sóc Trăng",
        "Bình Định",
        "Điện Biên",
        "Quảng Ninh",
    ] {
        let req = DutyQuery::default()
            .province(p)
            .as_of(day(2026, 11, 23))
            .current_bearers(true);
        let rows: Vec<Value> = serde_json::from_str(&rules.answer(&req.into()).unwrap()).unwrap();
        for r in &rows {
            for c in r["current"].as_array().unwrap() {
                if c["cause"] == "jurisdiction_ended" {
                    assert!(
                        !c["sources"].as_array().unwrap().is_empty(),
                        "{p}: {} has no source",
                        c["original"]["id"]
                    );
                }
            }
        }
    }
}
