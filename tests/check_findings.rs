//! `check` on the embedded dataset: the full list of error and warning findings, written by hand
//! from the texts (see the comment on each), and the properties every finding must have.

mod common;

use std::collections::BTreeSet;

use quyche::check::{report, CheckOptions, Level};
use quyche::query::RuleSet;

fn findings() -> quyche::check::Report {
    let rules = RuleSet::new(common::dataset());
    let cal = rules
        .calendar(quyche::calendar::CalendarKind::Civil)
        .unwrap();
    report(rules.dataset(), cal, &CheckOptions::year(2026)).unwrap()
}

#[test]
fn errors_and_warnings_are_exactly_those_the_texts_support() {
    let r = findings();
    let got: BTreeSet<(String, String, String, Vec<String>)> = r
        .findings
        .iter()
        .filter(|f| f.severity >= Level::Warning)
        .map(|f| {
            let level = format!("{:?}", f.severity).to_lowercase();
            (
                level,
                f.rule.clone(),
                f.province.clone().unwrap_or_default(),
                f.provisions
                    .iter()
                    .map(|p| format!("{} {}", p.instrument_id, p.citation))
                    .collect(),
            )
        })
        .collect();
    let e = |level: &str, rule: &str, prov: &str, cites: &[&str]| {
        (
            level.to_owned(),
            rule.to_owned(),
            prov.to_owned(),
            cites.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>(),
        )
    };
    let tt22_report = "vn/22-2016-tt-btttt Khoản 9 Điều 9"; // "gửi Báo cáo tổng kết ... trước ngày 10 tháng 12"
    let tt22_abroad = "vn/22-2016-tt-btttt Khoản 7 Điều 9"; // "báo cáo Bộ Ngoại giao trước khi tổ chức hoạt động"
    let want: BTreeSet<_> = [
        // QN Khoản 2 Điều 32: the Sở reports to the Ministry "trước ngày 15/12", after the Circular's 10/12.
        e(
            "error",
            "chain_ministry_deadline",
            "quang-ninh",
            &["quang-ninh/38-2018-qd-ubnd Khoản 2 Điều 32", tt22_report],
        ),
        // TV Khoản 2 Điều 20: agencies report to the Sở "trước ngày 20/12"; the province has no date of its own
        // and must report to the Ministry before 10/12.
        e(
            "error",
            "rollup_inputs_late",
            "tra-vinh",
            &["tra-vinh/21-2017-qd-ubnd Khoản 2 Điều 20", tt22_report],
        ),
        // Sóc Trăng's text is "Dự thảo (lần II)".
        e(
            "warning",
            "draft",
            "soc-trang",
            &["soc-trang/du-thao-2019 "],
        ),
        // No regulation assigns the report to Bộ Ngoại giao before activities abroad (Circular Khoản 7 Điều 9).
        e("warning", "gap", "dien-bien", &[tt22_abroad]),
        e("warning", "gap", "quang-ninh", &[tt22_abroad]),
        e("warning", "gap", "soc-trang", &[tt22_abroad]),
        e("warning", "gap", "tra-vinh", &[tt22_abroad]),
        // The Sóc Trăng draft sends reports to the Sở and UBND tỉnh only: no report to the Ministry, no ad hoc report.
        e("warning", "gap", "soc-trang", &[tt22_report]),
        e(
            "warning",
            "gap",
            "soc-trang",
            &["vn/22-2016-tt-btttt Khoản 9 Điều 9"],
        ),
        // Plans without a date where the Circular says "trước ngày 01 tháng 3".
        e(
            "warning",
            "gap_no_deadline",
            "dien-bien",
            &["dien-bien/18-2018-qd-ubnd Khoản 4 Điều 17", tt22_report],
        ),
        e(
            "warning",
            "gap_no_deadline",
            "quang-ninh",
            &[
                "quang-ninh/38-2018-qd-ubnd Điều 7",
                "quang-ninh/38-2018-qd-ubnd Điểm a khoản 3 Điều 16",
                "quang-ninh/38-2018-qd-ubnd Khoản 5 Điều 31",
                tt22_report,
            ],
        ),
        e(
            "warning",
            "gap_no_deadline",
            "tra-vinh",
            &["tra-vinh/21-2017-qd-ubnd Khoản 3 Điều 19", tt22_report],
        ),
        // TV Khoản 2 Điều 20: "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông" has no date.
        e(
            "warning",
            "gap_no_deadline",
            "tra-vinh",
            &["tra-vinh/21-2017-qd-ubnd Khoản 2 Điều 20", tt22_report],
        ),
    ]
    .into_iter()
    .collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}"
    );
    assert_eq!(r.errors, 2);
}

#[test]
fn dien_bien_chain_is_not_a_conflict() {
    // Khoản 1 Điều 18: agencies report "trước ngày 30/11"; Khoản 2: the Sở reports "trước ngày 10/12" — in order.
    let r = findings();
    assert!(!r
        .findings
        .iter()
        .any(|f| f.province.as_deref() == Some("dien-bien")
            && (f.rule.starts_with("chain") || f.rule.starts_with("rollup"))));
}

#[test]
fn every_quote_of_every_finding_is_verbatim() {
    let rules = RuleSet::new(common::dataset());
    let ds = rules.dataset();
    for f in findings().findings {
        for p in f
            .provisions
            .iter()
            .filter(|p| !p.eid.is_empty() && !p.quote.is_empty())
        {
            let inst = ds.instrument(&p.instrument_id).unwrap();
            let node = inst.find_eid(&p.eid).unwrap();
            assert!(
                node.text.contains(&p.quote),
                "{} {}: {:?}",
                f.rule,
                p.citation,
                p.quote
            );
        }
    }
}

#[test]
fn text_defects_and_unverified_bases_are_informational() {
    let r = findings();
    let rules: BTreeSet<&str> = r
        .findings
        .iter()
        .filter(|f| f.severity == Level::Info)
        .map(|f| f.rule.as_str())
        .collect();
    // Điện Biên Điều 3 jumps from khoản 3 to khoản 5 (seeds README).
    assert!(r.findings.iter().any(
        |f| f.rule == "text_defect:numbering_gap" && f.province.as_deref() == Some("dien-bien")
    ));
    // Sóc Trăng's bookmarks do not match the article numbers.
    assert!(rules.contains("text_defect:bookmark_mismatch"));
    // Nghị định 72/2015/NĐ-CP's status is not verified in the dataset.
    assert!(r
        .findings
        .iter()
        .any(|f| f.rule == "basis_status" && f.message.contains("72/2015/NĐ-CP")));
}
