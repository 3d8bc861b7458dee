//! `check` on the embedded dataset: the full list of error and warning findings, written by hand
//! from the texts (see the comment on each), and the properties every finding must have.

use crate::common;

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
    // Provisions of an attached regulation are cited with it ("... Quy chế ban hành kèm theo Quyết định số ...").
    let st = |c: &str| {
        format!("soc-trang/du-thao-2019 {c} Quy chế ban hành kèm theo dự thảo Quyết định")
    };
    let qn = |c: &str| {
        format!("quang-ninh/38-2018-qd-ubnd {c} Quy chế ban hành kèm theo Quyết định số 38/2018/QĐ-UBND")
    };
    let tv = |c: &str| {
        format!(
            "tra-vinh/21-2017-qd-ubnd {c} Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
        )
    };
    let db = |c: &str| {
        format!("dien-bien/18-2018-qd-ubnd {c} Quy định ban hành kèm theo Quyết định số 18/2018/QĐ-UBND")
    };
    let tt22_report = "vn/22-2016-tt-btttt Khoản 9 Điều 9"; // "gửi Báo cáo tổng kết ... trước ngày 10 tháng 12"
    let want: BTreeSet<_> = [
        // QN Khoản 2 Điều 32: the Sở reports to the Ministry "trước ngày 15/12", after the Circular's 10/12.
        e(
            "error",
            "chain_ministry_deadline",
            "quang-ninh",
            &[qn("Khoản 2 Điều 32").as_str(), tt22_report],
        ),
        // QN Khoản 1 Điều 32: agencies report to the Sở "trước ngày 10/12" (last day 09/12), the same last day on
        // which the Circular wants the province's report: nothing is left to compile them.
        e(
            "error",
            "rollup_inputs_late",
            "quang-ninh",
            &[qn("Khoản 1 Điều 32").as_str(), tt22_report],
        ),
        // TV Khoản 2 Điều 20: agencies report to the Sở "trước ngày 20/12"; the province has no date of its own
        // and must report to the Ministry before 10/12.
        e(
            "error",
            "rollup_inputs_late",
            "tra-vinh",
            &[tv("Khoản 2 Điều 20").as_str(), tt22_report],
        ),
        // Sóc Trăng's text is "Dự thảo (lần II)".
        e(
            "warning",
            "draft",
            "soc-trang",
            &["soc-trang/du-thao-2019 "],
        ),
        // The Sóc Trăng draft sends reports to the Sở and UBND tỉnh only: no report to the Ministry. (The report to
        // Bộ Ngoại giao before activities abroad and ad hoc reports bind the committee directly: informational.)
        e("warning", "gap", "soc-trang", &[tt22_report]),
        // Plans without a date where the Circular says "trước ngày 01 tháng 3".
        e(
            "warning",
            "gap_no_deadline",
            "dien-bien",
            &[db("Khoản 4 Điều 17").as_str(), tt22_report],
        ),
        e(
            "warning",
            "gap_no_deadline",
            "quang-ninh",
            &[
                qn("Điều 7").as_str(),
                qn("Điểm a khoản 3 Điều 16").as_str(),
                qn("Khoản 5 Điều 31").as_str(),
                tt22_report,
            ],
        ),
        e(
            "warning",
            "gap_no_deadline",
            "tra-vinh",
            &[tv("Khoản 3 Điều 19").as_str(), tt22_report],
        ),
        // TV Khoản 2 Điều 20: "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông" has no date.
        e(
            "warning",
            "gap_no_deadline",
            "tra-vinh",
            &[tv("Khoản 2 Điều 20").as_str(), tt22_report],
        ),
        // Duties whose text sets no date (reading rules R4–R6 of docs/dataset.md).
        // The Circular: "họp báo định kỳ" (K6 Đ10), "kế hoạch và kinh phí hằng năm" (K10 Đ10), "định kỳ báo cáo" (K2 Đ11).
        e(
            "warning",
            "gap_no_date",
            "",
            &["vn/22-2016-tt-btttt Khoản 6 Điều 10"],
        ),
        e(
            "warning",
            "gap_no_date",
            "",
            &["vn/22-2016-tt-btttt Khoản 10 Điều 10"],
        ),
        e(
            "warning",
            "gap_no_date",
            "",
            &["vn/22-2016-tt-btttt Khoản 2 Điều 11"],
        ),
        // Điện Biên: the yearly cost estimate (K2 Đ4) and the Sở Tài chính's yearly advice (Điều 14).
        e(
            "warning",
            "gap_no_date",
            "dien-bien",
            &[db("Khoản 2 Điều 4").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "dien-bien",
            &[db("Điều 14").as_str()],
        ),
        // Quảng Ninh: yearly award proposals (K3 Đ23), yearly estimates appraised (K1 Đ29), the periodic report on
        // implementing the Quy chế (K1 Đ35), whose period no provision fixes.
        e(
            "warning",
            "gap_no_date",
            "quang-ninh",
            &[qn("Khoản 3 Điều 23").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "quang-ninh",
            &[qn("Khoản 1 Điều 29").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "quang-ninh",
            &[qn("Khoản 1 Điều 35").as_str()],
        ),
        // Sóc Trăng: the Sở's compiled report and plans (K1, K2 Đ19) and its regular report (Điều 21).
        e(
            "warning",
            "gap_no_date",
            "soc-trang",
            &[st("Khoản 1 Điều 19").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "soc-trang",
            &[st("Khoản 2 Điều 19").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "soc-trang",
            &[st("Điều 21").as_str()],
        ),
        // Trà Vinh: the yearly cost estimate (Điều 3), the periodic reports on foreign reporters (K5 Đ8), the
        // Sở's half-year roll-up (K2 Đ20; its annual roll-up is the gap_no_deadline above).
        e(
            "warning",
            "gap_no_date",
            "tra-vinh",
            &[tv("Điều 3").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "tra-vinh",
            &[tv("Khoản 5 Điều 8").as_str()],
        ),
        e(
            "warning",
            "gap_no_date",
            "tra-vinh",
            &[tv("Khoản 2 Điều 20").as_str()],
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
    assert_eq!(r.errors, 3);
}

#[test]
fn inputs_due_the_same_day_as_the_report_they_feed_are_late() {
    // Quảng Ninh khoản 1 Điều 32: "trước ngày 10/12" to the Sở; the Circular: "trước ngày 10 tháng 12" to the
    // Ministry. Both last days are 09/12/2026.
    let r = findings();
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "rollup_inputs_late" && f.province.as_deref() == Some("quang-ninh"))
        .expect("the same-day inputs of Quảng Ninh");
    assert!(f.message.contains("09/12/2026"), "{}", f.message);
    assert!(f.message.contains("the same day as"), "{}", f.message);
    assert_eq!(f.provisions[0].eid, "att_1__art_32__para_1");
    assert_eq!(f.provisions[1].instrument_id, "vn/22-2016-tt-btttt");
    assert_eq!(f.provisions[1].eid, "art_9__para_9");
}

#[test]
fn a_national_duty_that_binds_the_province_directly_is_not_a_gap() {
    // Circular khoản 7 Điều 9: "Ủy ban nhân dân cấp tỉnh ... báo cáo Bộ Ngoại giao trước khi tổ chức hoạt động":
    // a duty of the committee itself; no regulation repeats it, and none needs to.
    let r = findings();
    let direct: BTreeSet<&str> = r
        .findings
        .iter()
        .filter(|f| {
            f.rule == "national_duty_binds_directly"
                && f.provisions.iter().any(|p| p.eid == "art_9__para_7")
        })
        .inspect(|f| assert_eq!(f.severity, Level::Info))
        .filter_map(|f| f.province.as_deref())
        .collect();
    assert_eq!(
        direct,
        ["dien-bien", "quang-ninh", "soc-trang", "tra-vinh"]
            .into_iter()
            .collect()
    );
    assert!(!r
        .findings
        .iter()
        .any(|f| f.rule == "gap" && f.provisions.iter().any(|p| p.eid == "art_9__para_7")));
}

#[test]
fn alternatives_are_reported_once_as_information() {
    // Quảng Ninh điểm b khoản 3 Điều 11: the weekly conference "hoặc" the monthly briefing.
    let r = findings();
    let alt: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "alternatives")
        .collect();
    assert_eq!(alt.len(), 1);
    assert_eq!(alt[0].severity, Level::Info);
    assert_eq!(alt[0].provisions[0].eid, "att_1__art_11__para_3__point_b");
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

/// `check --as-of 2026-11-23`: the 2025 reorganisation. Expected from the instruments: the district
/// level ends on 01/07/2025 (Nghị quyết 203/2025/QH15); Trà Vinh and Sóc Trăng no longer exist
/// as provinces (Nghị quyết 202/2025/QH15, governments until 30/06/2025), Quảng Ninh and Điện Biên
/// do; foreign information moves from Bộ TT&TT to Bộ VHTTDL on 01/03/2025 (Nghị định 43/2025/NĐ-CP).
fn findings_as_of(y: i32, m: u32, d: u32) -> quyche::check::Report {
    let rules = RuleSet::new(common::dataset());
    let cal = rules
        .calendar(quyche::calendar::CalendarKind::Civil)
        .unwrap();
    let opts = CheckOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(y, m, d),
        ..CheckOptions::year(y)
    };
    report(rules.dataset(), cal, &opts).unwrap()
}

#[test]
fn as_of_2026_11_23_reports_the_reorganisation_once_per_body_and_instrument() {
    let r = findings_as_of(2026, 11, 23);
    let succ: Vec<&quyche::check::Finding> = r
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("succession_"))
        .collect();
    assert!(succ.iter().all(|f| f.severity == Level::Warning));

    // The district committees of every seed text: no bearer since 01/07/2025, one finding each.
    for (province, body, instrument) in [
        (
            Some("tra-vinh"),
            "tra-vinh/ubnd-cap-huyen",
            "tra-vinh/21-2017-qd-ubnd",
        ),
        (
            Some("dien-bien"),
            "dien-bien/ubnd-cap-huyen",
            "dien-bien/18-2018-qd-ubnd",
        ),
        (
            Some("quang-ninh"),
            "quang-ninh/ubnd-cap-huyen",
            "quang-ninh/38-2018-qd-ubnd",
        ),
        (
            Some("soc-trang"),
            "soc-trang/ubnd-cap-huyen",
            "soc-trang/du-thao-2019",
        ),
        (None, "vn/ubnd-cap-huyen", "vn/22-2016-tt-btttt"),
    ] {
        let mine: Vec<_> = succ
            .iter()
            .filter(|f| f.message.contains(&format!("({body})")))
            .collect();
        assert_eq!(mine.len(), 1, "{body}: {mine:#?}");
        let f = mine[0];
        assert_eq!(f.rule, "succession_no_bearer");
        assert_eq!(f.province.as_deref(), province);
        assert!(f.message.contains("since 01/07/2025"), "{}", f.message);
        assert!(f.message.contains("203/2025/QH15"), "{}", f.message);
        assert!(f.provisions.iter().all(|p| p.instrument_id == instrument));
    }
    // Trà Vinh's Khoản 2 Điều 20: "Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ".
    let tv = succ
        .iter()
        .find(|f| f.message.contains("(tra-vinh/ubnd-cap-huyen)"))
        .unwrap();
    assert!(tv.provisions.iter().any(|p| p.citation
        == "Khoản 2 Điều 20 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"));
    assert!(tv.provisions.len() > 1);

    // Regulations of former provinces: status needs verification; not for Quảng Ninh or Điện Biên.
    let gone: BTreeSet<(Option<&str>, &str)> = succ
        .iter()
        .filter(|f| f.rule == "succession_province_gone")
        .map(|f| {
            (
                f.province.as_deref(),
                f.provisions[0].instrument_id.as_str(),
            )
        })
        .collect();
    // The seeds of Sóc Trăng and Trà Vinh, and the regulations known without text of units
    // arranged by Nghị quyết 202/2025/QH15 (An Giang, Bình Định, Đà Nẵng and Hải Phòng before 2025).
    let want: BTreeSet<(Option<&str>, &str)> = [
        (Some("an-giang-cu"), "an-giang-cu/59-2017-qd-ubnd"),
        (Some("binh-dinh"), "binh-dinh/66-2017-qd-ubnd"),
        (Some("da-nang-cu"), "da-nang-cu/49-2023-qd-ubnd"),
        (Some("hai-phong-cu"), "hai-phong-cu/42-2018-qd-ubnd"),
        (Some("soc-trang"), "soc-trang/du-thao-2019"),
        (Some("tra-vinh"), "tra-vinh/21-2017-qd-ubnd"),
    ]
    .into_iter()
    .collect();
    assert_eq!(gone, want);
    for f in succ.iter().filter(|f| f.rule == "succession_province_gone") {
        assert!(f.message.contains("202/2025/QH15"), "{}", f.message);
        assert!(f.message.contains("needs verification"), "{}", f.message);
    }

    // The Circular's duties towards Bộ TT&TT now belong to Bộ VHTTDL (foreign information).
    let ministry = succ
        .iter()
        .find(|f| f.rule == "succession_ministry" && f.province.is_none())
        .unwrap();
    assert!(ministry.message.contains("(vn/bo-tttt)"));
    assert!(ministry
        .message
        .contains("Bộ Văn hóa, Thể thao và Du lịch (vn/bo-vhttdl) since 01/03/2025"));
    assert!(ministry.message.contains("43/2025/NĐ-CP"));

    // Grouped: at most one finding per body per instrument.
    let mut seen = BTreeSet::new();
    for f in &succ {
        let body = f.message.split(", named in").next().unwrap_or_default();
        let inst = f.provisions.first().map(|p| p.instrument_id.as_str());
        assert!(seen.insert((f.rule.as_str(), body, inst)), "{}", f.message);
    }
    // Quotes stay verbatim.
    let ds = common::dataset();
    for p in succ
        .iter()
        .flat_map(|f| &f.provisions)
        .filter(|p| !p.eid.is_empty())
    {
        let node = ds
            .instrument(&p.instrument_id)
            .unwrap()
            .find_eid(&p.eid)
            .unwrap();
        assert!(
            node.text.contains(&p.quote),
            "{}: {:?}",
            p.citation,
            p.quote
        );
    }
}

#[test]
fn before_2025_and_without_a_day_there_is_no_successor_noise() {
    for r in [findings_as_of(2024, 6, 1), findings()] {
        assert!(
            !r.findings.iter().any(|f| f.rule.starts_with("succession_")),
            "{:?}",
            r.as_of
        );
    }
}

#[test]
fn the_law_not_yet_in_force_is_not_judged() {
    // On 01/01/2017 none of the three provincial decisions was in force (effective 06/11/2017,
    // 22/04/2018 and 01/12/2018): no conflicts, no gaps for them.
    let rules = RuleSet::new(common::dataset());
    let cal = rules
        .calendar(quyche::calendar::CalendarKind::Civil)
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
    let opts = CheckOptions {
        as_of: Some(day),
        ..CheckOptions::year(2017)
    };
    let r = report(rules.dataset(), cal, &opts).unwrap();
    assert_eq!(r.errors, 0);
    for p in ["tra-vinh", "quang-ninh", "dien-bien"] {
        assert!(
            !r.findings.iter().any(|f| f.province.as_deref() == Some(p)
                && (f.rule.starts_with("gap")
                    || f.rule.starts_with("chain")
                    || f.rule.starts_with("rollup"))),
            "{p}"
        );
    }
}

/// Every finding reads in Vietnamese as well as English, on the law as written and after the
/// 2025 reorganisation: a sentence of its own (not the English copied), in NFC, starting with a
/// capital, and Vietnamese (every finding's rule has its Vietnamese words).
#[test]
fn every_finding_says_it_in_vietnamese_too() {
    let mut rules = BTreeSet::new();
    for report in [
        findings(),
        findings_as_of(2026, 11, 23),
        findings_as_of(2025, 4, 1),
    ] {
        for f in &report.findings {
            let (en, vi) = (&f.message, &f.message_vi);
            assert!(!vi.trim().is_empty() && vi != en, "{}: {vi:?}", f.rule);
            assert_eq!(&quyche::text::nfc(vi), vi, "{}", f.rule);
            assert!(
                vi.chars().next().is_some_and(|c| !c.is_lowercase()),
                "{}: {vi}",
                f.rule
            );
            // The rule's own words, without the names, numbers and quotes both languages share.
            let own: Vec<&str> = vi
                .split_whitespace()
                .filter(|w| !en.split_whitespace().any(|e| e == *w))
                .collect();
            let marked = own.iter().filter(|w| !w.is_ascii()).count();
            assert!(marked * 2 >= own.len(), "{}: {vi}", f.rule);
            rules.insert(f.rule.split(':').next().unwrap_or_default().to_owned());
        }
    }
    // The rules these three days exercise, each in both languages.
    for r in [
        "chain_ministry_deadline",
        "rollup_inputs_late",
        "gap_no_date",
        "alternatives",
        "national_duty_binds_directly",
        "draft",
        "succession_ministry",
        "succession_successor",
        "succession_no_bearer",
        "succession_province_gone",
    ] {
        assert!(rules.contains(r), "no {r} finding among {rules:?}");
    }
}
