//! `agencies --history NAME` (`{"query": "history", ...}`): an agency's timeline. Expected events
//! from the instruments: 43/2025/NĐ-CP (28/02/2025) and 55/2025/NĐ-CP (02/03/2025) split Bộ TT&TT's
//! functions from 01/03/2025; 176/2025/QH15 (18/02/2025) ends it as a ministry; 202/2025/QH15
//! (12/06/2025) ends Trà Vinh's government on 30/06/2025; 10/2025/TT-BVHTTDL (19/06/2025) gives
//! foreign information to the provincial culture department from 01/07/2025.

use crate::common;

use quyche::query::{history, RuleSet};
use serde_json::Value;

fn events(v: &Value) -> Vec<(String, String, String, String, String)> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_owned(),
                e["event"].as_str().unwrap().to_owned(),
                e["direction"].as_str().unwrap().to_owned(),
                e["to"]["id"].as_str().unwrap_or("").to_owned(),
                e["source"]["instrument"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn ask(json: &str) -> Value {
    let rules = RuleSet::new(common::dataset());
    serde_json::from_str(&rules.answer_json(json).unwrap()).unwrap()
}

#[test]
fn the_ministry_s_functions_split_on_1_march_2025_with_their_decrees() {
    let v = ask(r#"{"query": "history", "name": "Bộ Thông tin và Truyền thông"}"#);
    assert_eq!(v["agency"]["id"], "vn/bo-tttt");
    let got = events(&v);
    let e = |event: &str, to: &str, src: &str| {
        (
            "2025-03-01".to_owned(),
            event.to_owned(),
            "out".to_owned(),
            to.to_owned(),
            src.to_owned(),
        )
    };
    for want in [
        e("functions_transferred_to", "vn/bo-vhttdl", "43/2025/NĐ-CP"),
        e("functions_transferred_to", "vn/bo-khcn", "55/2025/NĐ-CP"),
        e("merged_into", "vn/bo-khcn", "176/2025/QH15"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    let to_culture = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["to"]["id"] == "vn/bo-vhttdl")
        .unwrap();
    assert!(to_culture["functions"]
        .as_array()
        .unwrap()
        .contains(&Value::from("foreign_information")));
    assert_eq!(to_culture["source"]["date"], "2025-02-28");
    assert_eq!(to_culture["verified"], true);
}

#[test]
fn tra_vinh_s_department_timeline_is_dated_in_order_and_marks_the_unconfirmed_step() {
    let v = ask(r#"{"query": "history", "name": "Sở TT&TT", "province": "Trà Vinh"}"#);
    assert_eq!(v["agency"]["id"], "tra-vinh/so-tttt");
    assert_eq!(v["jurisdiction"]["id"], "tra-vinh");
    assert_eq!(v["jurisdiction"]["government_until"], "2025-06-30");
    let got = events(&v);
    let dates: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);
    assert!(got.contains(&(
        "2025-06-30".into(),
        "government_ended".into(),
        "self".into(),
        String::new(),
        "202/2025/QH15".into()
    )));
    assert!(got.contains(&(
        "2025-07-01".into(),
        "functions_transferred_to".into(),
        "out".into(),
        "vinh-long/so-vhttdl".into(),
        "10/2025/TT-BVHTTDL".into()
    )));
    // The 01/03/2025 transfer of foreign information inside Trà Vinh is not confirmed by a source.
    let spring = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "2025-03-01" && e["event"] == "functions_transferred_to")
        .unwrap();
    assert_eq!(spring["verified"], false);
}

#[test]
fn the_successor_s_timeline_shows_what_it_received() {
    let ds = common::dataset();
    let h = history(&ds, "vinh-long/so-vhttdl", None).unwrap();
    assert!(h.events.iter().any(|e| e.direction == "in"
        && e.from.id == "tra-vinh/so-tttt"
        && e.date == chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()));
    // The 2025 province has no end date: no government_ended event.
    assert!(h.events.iter().all(|e| e.event != "government_ended"));
}

#[test]
fn a_district_committee_is_dissolved_on_1_july_2025_with_no_successor() {
    let ds = common::dataset();
    let h = history(&ds, "dien-bien/ubnd-cap-huyen", None).unwrap();
    let d = h.events.iter().find(|e| e.event == "dissolved").unwrap();
    assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    assert!(d.to.is_none());
    assert_eq!(d.source.as_ref().unwrap().instrument, "203/2025/QH15");
}

#[test]
fn unknown_and_ambiguous_names_are_errors() {
    let ds = common::dataset();
    assert!(matches!(
        history(&ds, "Bộ Không Tồn Tại", None),
        Err(quyche::Error::NotFound { .. })
    ));
    assert!(matches!(
        history(&ds, "Sở Thông tin và Truyền thông", None),
        Err(quyche::Error::Ambiguous { .. })
    ));
    let rules = RuleSet::new(ds);
    assert!(rules
        .answer_json(r#"{"query": "history"}"#)
        .unwrap_err()
        .to_string()
        .contains("name"));
}

#[test]
fn a_province_s_timeline_ends_in_june_2025_inside_vinh_long() {
    // 202/2025/QH15 (12/06/2025): in force on adoption; the former governments until 30/06/2025.
    let v = ask(r#"{"query": "history", "name": "Trà Vinh"}"#);
    assert_eq!(v["agency"]["id"], "tra-vinh");
    assert_eq!(v["agency"]["name"], "tỉnh Trà Vinh");
    let got = events(&v);
    for want in [
        ("2025-06-12", "merged_into", "out", "vinh-long"),
        ("2025-06-30", "government_ended", "self", ""),
    ] {
        let want = (
            want.0.to_owned(),
            want.1.to_owned(),
            want.2.to_owned(),
            want.3.to_owned(),
            "202/2025/QH15".to_owned(),
        );
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
}
