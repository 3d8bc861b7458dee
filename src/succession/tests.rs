//! Expected values come from the instruments cited in data/succession/ and
//! docs/reorganisation-2025.md (numbers, dates, effective days), not from the code.

use chrono::NaiveDate;

use super::*;
use crate::agency::Agency;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn data() -> Succession {
    Succession::embedded().expect("embedded succession data loads")
}

fn unknown_cause(r: &Resolution) -> Option<UnknownCause> {
    match &r.outcome {
        Outcome::Unknown { cause, .. } => Some(*cause),
        Outcome::Bearer { .. } => None,
    }
}

fn candidate(r: &Resolution) -> Option<&str> {
    match &r.outcome {
        Outcome::Unknown { candidate, .. } => candidate.as_deref(),
        Outcome::Bearer { .. } => None,
    }
}

/// Every agency of data/agencies/ (the files the links and statuses name).
fn agencies() -> Vec<Agency> {
    let mut out = Vec::new();
    for (name, text) in [
        ("vn", include_str!("../../data/agencies/vn.toml")),
        (
            "tra-vinh",
            include_str!("../../data/agencies/tra-vinh.toml"),
        ),
        (
            "soc-trang",
            include_str!("../../data/agencies/soc-trang.toml"),
        ),
        (
            "quang-ninh",
            include_str!("../../data/agencies/quang-ninh.toml"),
        ),
        (
            "dien-bien",
            include_str!("../../data/agencies/dien-bien.toml"),
        ),
        (
            "vinh-long",
            include_str!("../../data/agencies/vinh-long.toml"),
        ),
        ("can-tho", include_str!("../../data/agencies/can-tho.toml")),
    ] {
        let file = crate::location::TomlFile::parse(name, text, &["agency", "in_every_province"])
            .expect("agency file parses");
        let mut problems = Vec::new();
        out.extend(
            file.read_records::<Agency>("agency", &mut problems)
                .into_iter()
                .map(|(a, _)| a),
        );
        assert!(problems.is_empty(), "{problems:?}");
    }
    out
}

fn known_ids() -> Vec<String> {
    agencies().into_iter().map(|a| a.id).collect()
}

#[test]
fn embedded_data_is_valid_against_the_agency_ids() {
    let s = data();
    let ids = known_ids();
    let problems = s.validate(ids.iter().map(String::as_str));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn links_into_the_new_province_bodies_start_when_they_exist() {
    let problems = data().validate_against(&agencies());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_body_has_a_link_or_an_explicit_status() {
    // No silent successors: a body that no link moves carries an explicit 2025 status.
    let s = data();
    let missing: Vec<String> = known_ids()
        .into_iter()
        .filter(|id| !s.links.iter().any(|l| l.from == *id) && s.status(id).is_none())
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
    for st in &s.statuses {
        if st.status == StatusKind::Unchanged {
            assert!(!st.sources.is_empty(), "{}", st.id);
        }
    }
}

#[test]
fn every_embedded_link_cites_an_instrument_number_and_date_of_2025() {
    let s = data();
    assert!(s.links.len() >= 20);
    for link in &s.links {
        assert!(
            !link.source.instrument.trim().is_empty(),
            "{}",
            link.describe()
        );
        // The 2025 reorganisation rests on instruments of 2025; the earlier changes the data
        // records are Huế's (Nghị quyết 175/2024/QH15) and Quảng Ninh's press (Quyết định
        // 1276-QĐ/TU of 2018).
        let year = link.source.date.format("%Y").to_string();
        let earlier = [
            ("thua-thien-hue", "2024"),
            ("quang-ninh/bao-quang-ninh", "2018"),
            ("quang-ninh/dai-ptth", "2018"),
            ("quang-ninh/bao-ha-long", "2018"),
        ];
        let expected = earlier
            .iter()
            .find(|(id, _)| *id == link.from)
            .map_or("2025", |(_, y)| *y);
        assert_eq!(year, expected, "{}", link.describe());
        // The change takes effect no earlier than the earliest instrument it rests on.
        let earliest = link
            .also
            .iter()
            .map(|s| s.date)
            .chain([link.source.date])
            .min();
        assert!(earliest <= Some(link.effective), "{}", link.describe());
        assert!(link.line.is_some(), "{}", link.describe());
    }
}

#[test]
fn agency_files_use_the_briefing_format_and_start_on_1_july_2025() {
    for text in [
        include_str!("../../data/agencies/vinh-long.toml"),
        include_str!("../../data/agencies/can-tho.toml"),
    ] {
        #[derive(serde::Deserialize)]
        struct File {
            agency: Vec<Agency>,
        }
        let file: File = toml::from_str(text).expect("parses");
        assert!(!file.agency.is_empty());
        for a in file.agency {
            // Nghị quyết 202/2025/QH15: the new governments operate from 01/07/2025.
            assert_eq!(a.valid_from, Some(day(2025, 7, 1)), "{}", a.id);
            assert!(
                a.id.starts_with("vinh-long/") || a.id.starts_with("can-tho/"),
                "{}",
                a.id
            );
        }
    }
}

// --- Trà Vinh: the issue's example ---------------------------------------------------------

#[test]
fn tra_vinh_foreign_information_in_2026_is_the_culture_department_of_vinh_long() {
    let r = data().resolve(
        "tra-vinh/so-tttt",
        Function::ForeignInformation,
        day(2026, 11, 23),
    );
    assert_eq!(r.bearer(), Some("vinh-long/so-vhttdl"), "{r:#?}");
    assert_eq!(r.steps.len(), 1);
    let step = &r.steps[0];
    assert_eq!(step.effective, day(2025, 7, 1));
    assert_eq!(step.source.instrument, "10/2025/TT-BVHTTDL");
    assert_eq!(step.source.date, day(2025, 6, 19));
    assert!(step
        .also
        .iter()
        .any(|s| s.instrument == "202/2025/QH15" && s.date == day(2025, 6, 12)));
}

#[test]
fn tra_vinh_foreign_information_in_spring_2025_is_unknown_with_a_candidate() {
    // Between 01/03/2025 and 30/06/2025 no Trà Vinh source says where the function went.
    let r = data().resolve(
        "tra-vinh/so-tttt",
        Function::ForeignInformation,
        day(2025, 4, 15),
    );
    assert_eq!(r.bearer(), None);
    assert_eq!(unknown_cause(&r), Some(UnknownCause::Unverified));
    assert_eq!(candidate(&r), Some("tra-vinh/so-vhttdl"));
    assert_eq!(r.steps.len(), 1);
    assert!(!r.steps[0].verified);
}

#[test]
fn before_2025_the_law_as_written_with_no_successor_noise() {
    let s = data();
    for (id, f) in [
        ("tra-vinh/so-tttt", Function::ForeignInformation),
        ("tra-vinh/ubnd-cap-huyen", Function::All),
        ("soc-trang/so-tttt", Function::Press),
        ("vn/bo-tttt", Function::ForeignInformation),
        ("quang-ninh/so-vhtt", Function::All),
    ] {
        // 28/02/2025 is the last day of Bộ TT&TT (Nghị quyết 176/2025/QH15) and of the Sở TT&TT.
        for date in [day(2018, 1, 1), day(2024, 12, 31), day(2025, 2, 28)] {
            let r = s.resolve(id, f, date);
            assert!(r.is_unchanged(), "{id} on {date}: {r:#?}");
        }
    }
}

#[test]
fn tra_vinh_telecommunications_goes_to_the_science_department_then_to_vinh_long_s() {
    let s = data();
    let spring = s.resolve(
        "tra-vinh/so-tttt",
        Function::Telecommunications,
        day(2025, 5, 1),
    );
    assert_eq!(spring.bearer(), Some("tra-vinh/so-khcn"));
    assert_eq!(spring.steps.len(), 1);
    assert_eq!(spring.steps[0].kind, LinkKind::MergedInto);
    assert_eq!(spring.steps[0].effective, day(2025, 3, 1));
    let now = s.resolve(
        "tra-vinh/so-tttt",
        Function::Telecommunications,
        day(2026, 11, 23),
    );
    assert_eq!(now.bearer(), Some("vinh-long/so-khcn"));
    assert_eq!(now.steps.len(), 2);
    assert_eq!(now.steps[1].effective, day(2025, 7, 1));
    assert!(now.steps[1]
        .also
        .iter()
        .any(|s| s.instrument == "150/2025/NĐ-CP" && s.date == day(2025, 6, 12)));
}

#[test]
fn tra_vinh_people_s_committee_is_vinh_long_s_from_1_july_2025() {
    let s = data();
    let before = s.resolve("tra-vinh/ubnd-tinh", Function::All, day(2025, 6, 30));
    assert!(before.is_unchanged());
    let after = s.resolve("tra-vinh/ubnd-tinh", Function::All, day(2025, 7, 1));
    assert_eq!(after.bearer(), Some("vinh-long/ubnd-tinh"));
    assert_eq!(after.steps[0].source.instrument, "202/2025/QH15");
}

#[test]
fn a_body_of_a_merged_province_without_a_link_is_unknown_after_30_june_2025() {
    let s = data();
    let r = s.resolve("tra-vinh/so-ngoai-vu", Function::All, day(2026, 1, 5));
    assert_eq!(unknown_cause(&r), Some(UnknownCause::JurisdictionEnded));
    let Outcome::Unknown { reason, .. } = &r.outcome else {
        unreachable!()
    };
    assert!(
        reason.contains("2025-06-30") && reason.contains("202/2025/QH15"),
        "{reason}"
    );
    // Before the end, a body with neither a link nor a status is not assumed to continue.
    let r = s.resolve("tra-vinh/so-ngoai-vu", Function::All, day(2025, 6, 30));
    assert_eq!(unknown_cause(&r), Some(UnknownCause::NoStatus));
}

#[test]
fn new_province_bodies_do_not_exist_before_1_july_2025() {
    let s = data();
    let r = s.resolve(
        "vinh-long/so-vhttdl",
        Function::ForeignInformation,
        day(2025, 6, 30),
    );
    assert_eq!(unknown_cause(&r), Some(UnknownCause::NotYetExisting));
    assert!(s
        .resolve(
            "vinh-long/so-vhttdl",
            Function::ForeignInformation,
            day(2025, 7, 1)
        )
        .is_unchanged());
}

#[test]
fn provinces_themselves_follow_the_unit_dates_not_the_government_dates() {
    let s = data();
    // The unit tỉnh Trà Vinh ends when Nghị quyết 202/2025/QH15 takes effect (12/06/2025).
    assert!(s
        .resolve("tra-vinh", Function::All, day(2025, 6, 11))
        .is_unchanged());
    let r = s.resolve("tra-vinh", Function::All, day(2025, 6, 12));
    assert_eq!(r.bearer(), Some("vinh-long"));
    assert_eq!(r.steps[0].source.instrument, "202/2025/QH15");
    assert_eq!(
        s.resolve("soc-trang", Function::All, day(2026, 1, 1))
            .bearer(),
        Some("can-tho")
    );
    let early = s.resolve("vinh-long", Function::All, day(2025, 6, 1));
    assert_eq!(unknown_cause(&early), Some(UnknownCause::NotYetExisting));
    assert!(s
        .resolve("quang-ninh", Function::All, day(2026, 1, 1))
        .is_unchanged());
}

// --- District level ----------------------------------------------------------------------

#[test]
fn district_people_s_committees_have_no_bearer_since_1_july_2025() {
    let s = data();
    for p in ["tra-vinh", "soc-trang", "quang-ninh", "dien-bien", "vn"] {
        let id = format!("{p}/ubnd-cap-huyen");
        let r = s.resolve(&id, Function::ForeignInformation, day(2026, 11, 23));
        assert_eq!(unknown_cause(&r), Some(UnknownCause::Dissolved), "{id}");
        assert_eq!(r.steps.len(), 1);
        assert_eq!(r.steps[0].effective, day(2025, 7, 1));
        assert_eq!(r.steps[0].source.instrument, "203/2025/QH15");
        assert_eq!(r.steps[0].source.date, day(2025, 6, 16));
        let Outcome::Unknown { reason, .. } = &r.outcome else {
            unreachable!()
        };
        assert!(reason.contains("2025-07-01"), "{reason}");
        assert!(
            s.resolve(&id, Function::All, day(2025, 6, 30))
                .is_unchanged(),
            "{id}"
        );
    }
}

// --- Ministries --------------------------------------------------------------------------

#[test]
fn ministry_functions_split_between_culture_and_science_from_1_march_2025() {
    let s = data();
    let d = day(2026, 11, 23);
    let fi = s.resolve("vn/bo-tttt", Function::ForeignInformation, d);
    assert_eq!(fi.bearer(), Some("vn/bo-vhttdl"));
    assert_eq!(fi.steps[0].source.instrument, "43/2025/NĐ-CP");
    assert_eq!(fi.steps[0].source.date, day(2025, 2, 28));
    assert_eq!(fi.steps[0].source.article.as_deref(), Some("Điều 1"));
    for f in [Function::Press, Function::BasicInformation] {
        assert_eq!(s.resolve("vn/bo-tttt", f, d).bearer(), Some("vn/bo-vhttdl"));
    }
    for f in [
        Function::Telecommunications,
        Function::InformationTechnology,
        Function::DigitalTransformation,
    ] {
        let r = s.resolve("vn/bo-tttt", f, d);
        assert_eq!(r.bearer(), Some("vn/bo-khcn"));
        assert_eq!(r.steps[0].source.instrument, "55/2025/NĐ-CP");
        assert_eq!(r.steps[0].source.date, day(2025, 3, 2));
    }
    let whole = s.resolve("vn/bo-tttt", Function::All, d);
    assert_eq!(whole.bearer(), Some("vn/bo-khcn"));
    assert_eq!(whole.steps[0].source.instrument, "176/2025/QH15");
    assert_eq!(whole.steps[0].source.date, day(2025, 2, 18));
    assert!(
        s.resolve("vn/bo-tttt", Function::ForeignInformation, day(2025, 3, 1))
            .bearer()
            == Some("vn/bo-vhttdl")
    );
}

// --- Sóc Trăng, Quảng Ninh, Điện Biên -----------------------------------------------------

#[test]
fn soc_trang_foreign_information_goes_to_can_tho_s_culture_department_from_july_2025() {
    let s = data();
    let now = s.resolve(
        "soc-trang/so-tttt",
        Function::ForeignInformation,
        day(2026, 11, 23),
    );
    assert_eq!(now.bearer(), Some("can-tho/so-vhttdl"));
    assert_eq!(now.steps[0].source.instrument, "10/2025/TT-BVHTTDL");
    let spring = s.resolve(
        "soc-trang/so-tttt",
        Function::ForeignInformation,
        day(2025, 4, 15),
    );
    assert_eq!(unknown_cause(&spring), Some(UnknownCause::Unverified));
    assert_eq!(candidate(&spring), Some("soc-trang/so-vhttdl"));
    let committee = s.resolve("soc-trang/ubnd-tinh", Function::All, day(2026, 11, 23));
    assert_eq!(committee.bearer(), Some("can-tho/ubnd-thanh-pho"));
}

#[test]
fn quang_ninh_press_moved_in_march_and_foreign_information_is_confirmed_from_july() {
    let s = data();
    assert_eq!(
        s.resolve("quang-ninh/so-tttt", Function::Press, day(2025, 4, 1))
            .bearer(),
        Some("quang-ninh/so-vhttdl")
    );
    let fi_spring = s.resolve(
        "quang-ninh/so-tttt",
        Function::ForeignInformation,
        day(2025, 4, 1),
    );
    assert_eq!(unknown_cause(&fi_spring), Some(UnknownCause::Unverified));
    let fi_now = s.resolve(
        "quang-ninh/so-tttt",
        Function::ForeignInformation,
        day(2026, 11, 23),
    );
    assert_eq!(fi_now.bearer(), Some("quang-ninh/so-vhttdl"));
    assert_eq!(fi_now.steps[0].source.instrument, "10/2025/TT-BVHTTDL");
    // The seed's culture department (Sở Văn hóa và Thể thao) is part of the merged Sở VHTTDL.
    assert_eq!(
        s.resolve("quang-ninh/so-vhtt", Function::All, day(2026, 1, 1))
            .bearer(),
        Some("quang-ninh/so-vhttdl")
    );
    // Quảng Ninh was not merged: its other bodies stand.
    assert!(s
        .resolve("quang-ninh/so-ngoai-vu", Function::All, day(2026, 11, 23))
        .is_unchanged());
}

#[test]
fn dien_bien_foreign_information_in_2026_is_its_culture_department() {
    let s = data();
    let r = s.resolve(
        "dien-bien/so-tttt",
        Function::ForeignInformation,
        day(2026, 11, 23),
    );
    assert_eq!(r.bearer(), Some("dien-bien/so-vhttdl"));
    let whole = s.resolve("dien-bien/so-tttt", Function::All, day(2026, 11, 23));
    assert_eq!(unknown_cause(&whole), Some(UnknownCause::Unverified));
}

#[test]
fn history_lists_a_body_s_links_oldest_first() {
    let s = data();
    let h = s.history("tra-vinh/so-tttt");
    assert_eq!(h.len(), 3);
    assert_eq!(h[0].effective, day(2025, 3, 1));
    assert_eq!(h[2].effective, day(2025, 7, 1));
    let into = s.history("vinh-long/so-vhttdl");
    assert!(into.iter().any(|l| l.from == "tra-vinh/so-vhttdl"));
    assert!(s.history("nobody/none").is_empty());
}

#[test]
fn resolution_serialises_with_a_tagged_outcome() {
    let r = data().resolve("tra-vinh/ubnd-cap-huyen", Function::All, day(2026, 11, 23));
    let json = serde_json::to_value(&r).expect("serialises");
    assert_eq!(json["outcome"]["outcome"], "unknown");
    assert_eq!(json["outcome"]["cause"], "dissolved");
    assert_eq!(json["steps"][0]["kind"], "dissolved");
    assert_eq!(json["steps"][0]["source"]["instrument"], "203/2025/QH15");
}

// --- Loader and validation ------------------------------------------------------------------

const GOOD: &str = r#"
[[link]]
from = "a/x"
kind = "merged_into"
to = "a/y"
effective = 2025-03-01
verified = true
source = { instrument = "1/2025/NQ-HĐND", date = 2025-02-17, issuer = "HĐND tỉnh" }
"#;

fn problems(text: &str) -> Vec<crate::error::DataProblem> {
    match Succession::from_toml(text) {
        Err(crate::Error::Dataset { problems }) => problems,
        other => panic!("expected a dataset error, got {other:?}"),
    }
}

#[test]
fn a_link_without_a_source_is_rejected_with_its_line() {
    let text = "\n\n[[link]]\nfrom = \"a/x\"\nkind = \"dissolved\"\neffective = 2025-07-01\nverified = true\n";
    let p = problems(text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].line, Some(3));
    assert!(p[0].message.contains("source"), "{}", p[0].message);
}

#[test]
fn a_link_with_a_blank_instrument_number_is_rejected_with_its_line() {
    let text = GOOD.replace("1/2025/NQ-HĐND", " ");
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].line, Some(2));
    assert_eq!(p[0].field.as_deref(), Some("source.instrument"));
}

#[test]
fn a_link_without_a_source_date_is_rejected() {
    let text = GOOD.replace(", date = 2025-02-17", "");
    let p = problems(&text);
    assert!(p[0].message.contains("date"), "{}", p[0].message);
    assert!(p[0].line.is_some());
}

#[test]
fn unknown_kinds_and_functions_and_fields_are_rejected_with_lines() {
    let p = problems(&GOOD.replace("merged_into", "absorbed_by"));
    assert_eq!(p[0].line, Some(4), "{:?}", p[0]);
    let p = problems(&GOOD.replace("to = \"a/y\"", "to = \"a/y\"\nfunctions = [\"weather\"]"));
    assert_eq!(p[0].line, Some(6), "{:?}", p[0]);
    let p = problems(&GOOD.replace("verified = true", "verified = true\ncolour = \"red\""));
    assert!(p[0].message.contains("colour"), "{}", p[0].message);
}

#[test]
fn shape_rules_of_links() {
    // A merger needs a successor; a dissolution has none; a transfer lists its functions.
    assert!(problems(&GOOD.replace("to = \"a/y\"\n", ""))[0]
        .message
        .contains("no successor"));
    let dissolved = GOOD.replace("merged_into", "dissolved");
    assert_eq!(problems(&dissolved)[0].field.as_deref(), Some("to"));
    let transfer = GOOD.replace("merged_into", "functions_transferred_to");
    assert_eq!(problems(&transfer)[0].field.as_deref(), Some("functions"));
    let selfloop = GOOD.replace("a/y", "a/x");
    assert!(problems(&selfloop)[0].message.contains("itself"));
    assert!(Succession::from_toml(GOOD).is_ok());
}

#[test]
fn validate_reports_unknown_ids_conflicts_and_cycles() {
    let s = Succession::from_toml(GOOD).expect("good");
    assert!(s.validate(["a/x", "a/y"]).is_empty());
    let p = s.validate(["a/y"]);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].contains("unknown id a/x") && p[0].starts_with("line 2:"),
        "{p:?}"
    );

    let cyc = format!(
        "{GOOD}{}",
        GOOD.replace("from = \"a/x\"", "from = \"a/Z\"")
            .replace("to = \"a/y\"", "to = \"a/x\"")
            .replace("a/Z", "a/y")
    );
    let s = Succession::from_toml(&cyc).expect("parses");
    let p = s.validate(["a/x", "a/y"]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("cycle of links"), "{p:?}");
    let r = s.resolve("a/x", Function::All, day(2026, 1, 1));
    assert_eq!(unknown_cause(&r), Some(UnknownCause::Cycle));

    let conflict = format!("{GOOD}{}", GOOD.replace("a/y", "a/w"));
    let s = Succession::from_toml(&conflict).expect("parses");
    let p = s.validate(["a/x", "a/y", "a/w"]);
    assert!(
        p.iter().any(|m| m.contains("different successors")),
        "{p:?}"
    );
}

#[test]
fn a_split_without_the_function_is_ambiguous() {
    let text = GOOD
        .replace("merged_into", "split_into")
        .replace("to = \"a/y\"", "to = \"a/y\"\nfunctions = [\"press\"]");
    let s = Succession::from_toml(&text).expect("parses");
    assert_eq!(
        s.resolve("a/x", Function::Press, day(2026, 1, 1)).bearer(),
        Some("a/y")
    );
    let r = s.resolve("a/x", Function::ForeignInformation, day(2026, 1, 1));
    assert_eq!(unknown_cause(&r), Some(UnknownCause::Ambiguous));
}

#[test]
fn toml_syntax_errors_carry_the_line() {
    let p = problems("[[link]]\nfrom = \"a/x\"\nkind = merged_into\n");
    assert_eq!(p[0].line, Some(3), "{:?}", p[0]);
}
