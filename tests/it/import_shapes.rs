//! Text shapes beyond the seeds, from small fixtures written for these tests: a law with
//! Phần/Chương/Mục, points, an appendix, headings split across lines, references inside
//! sentences, NFD text and odd spaces; and a text with broken numbering.

use quyche::import::{import_text, ImportOptions, Imported};
use quyche::model::{Instrument, Provision, ProvisionKind, RelationKind};
use unicode_normalization::UnicodeNormalization;

const LAW: &str = include_str!("../fixtures/import/law.txt");
const MESSY: &str = include_str!("../fixtures/import/messy.txt");

fn import(text: &str) -> Imported {
    import_text(text, &ImportOptions::default()).expect("imports")
}

fn node<'a>(i: &'a Instrument, eid: &str) -> &'a Provision {
    i.find_eid(eid)
        .unwrap_or_else(|| panic!("no node {eid}: {:#?}", i.body))
}

fn eids(i: &Instrument) -> Vec<String> {
    i.provisions().map(|p| p.eid.clone()).collect()
}

fn law_checks(im: &Imported) {
    let i = &im.instrument;
    assert_eq!(i.kind.vietnamese(), "Luật");
    assert_eq!(i.number.as_deref(), Some("99/2024/QH15"));
    assert_eq!(i.id, "vn/99-2024-qh15");
    assert_eq!(i.title.as_deref(), Some("THỬ NGHIỆM VĂN BẢN MẪU"));
    assert_eq!(i.issuer.as_deref(), Some("Quốc hội"));
    assert_eq!(i.jurisdiction, "vn");
    assert_eq!(i.signed_on, chrono::NaiveDate::from_ymd_opt(2024, 6, 20));
    assert_eq!(
        i.effective_from,
        chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
    );
    let top: Vec<ProvisionKind> = i.body.iter().map(|p| p.kind).collect();
    assert_eq!(
        top,
        vec![
            ProvisionKind::Part,
            ProvisionKind::Part,
            ProvisionKind::Appendix
        ]
    );
    let all = eids(i);
    for e in [
        "part_1",
        "chp_1",
        "art_1",
        "art_2",
        "art_2__para_2__point_b",
        "part_2",
        "chp_2",
        "chp_2__sec_1",
        "art_3",
        "chp_2__sec_2",
        "art_4",
        "art_5",
        "app_1",
    ] {
        assert!(all.iter().any(|x| x == e), "{e} in {all:?}");
    }
    assert_eq!(
        node(i, "part_1").heading.as_deref(),
        Some("NHỮNG QUY ĐỊNH CHUNG")
    );
    assert_eq!(node(i, "part_2").citation, "Phần thứ hai");
    assert_eq!(node(i, "chp_2").heading.as_deref(), Some("HOẠT ĐỘNG"));
    assert_eq!(
        node(i, "chp_2__sec_1").heading.as_deref(),
        Some("LẬP KẾ HOẠCH")
    );
    assert_eq!(node(i, "chp_2__sec_1").citation, "Mục 1 Chương II");
    // "Điều 2." alone, its heading on the next line.
    assert_eq!(
        node(i, "art_2").heading.as_deref(),
        Some("Đối tượng áp dụng")
    );
    assert!(im
        .diagnostics
        .iter()
        .any(|d| d.code == "heading_on_next_line" && d.provision.as_deref() == Some("art_2")));
    assert_eq!(
        node(i, "art_2__para_2__point_b").citation,
        "Điểm b khoản 2 Điều 2"
    );
    // NBSP and zero-width spaces are gone, words kept; "Uỷ" kept as written.
    assert_eq!(
        node(i, "art_2__para_2__point_b").text,
        "Tổ chức nước ngoài."
    );
    assert_eq!(node(i, "art_4").heading.as_deref(), Some("Báo cáo"));
    assert!(node(i, "art_3__para_1").text.starts_with("Uỷ ban nhân dân"));
    // "Điều 5 Luật này ..." at the start of a line is a mention, not a heading.
    let articles: Vec<&str> = i
        .provisions()
        .filter(|p| p.kind == ProvisionKind::Article)
        .filter_map(|p| p.num.as_deref())
        .collect();
    assert_eq!(articles, vec!["1", "2", "3", "4", "5"]);
    assert!(i
        .provisions()
        .any(|p| p.text == "Điều 5 Luật này không áp dụng cho kế hoạch đột xuất."));
    // The appendix keeps its lines, its own numbering as text.
    let app = node(i, "app_1");
    assert_eq!(app.citation, "Phụ lục I");
    assert_eq!(app.text, "MẪU KẾ HOẠCH\n1. Mục tiêu\n2. Nội dung");
    assert!(app.children.is_empty());
    // References inside sentences.
    let refs: Vec<(&str, Option<&str>, RelationKind)> = i
        .references
        .iter()
        .map(|r| (r.from.as_str(), r.citation.as_deref(), r.kind))
        .collect();
    assert!(
        refs.contains(&("art_3__para_2", Some("Phụ lục I"), RelationKind::Implements)),
        "{refs:?}"
    );
    assert!(
        refs.contains(&("art_4", Some("Khoản 2 Điều 3"), RelationKind::Implements)),
        "{refs:?}"
    );
    assert!(
        refs.contains(&("art_4", Some("Mục 1 Chương II"), RelationKind::Implements)),
        "{refs:?}"
    );
    assert!(
        i.references
            .iter()
            .filter(|r| r.from == "art_4")
            .all(|r| r.instrument.is_none()),
        "same instrument"
    );
}

#[test]
fn law_with_parts_chapters_sections_points_and_appendix() {
    law_checks(&import(LAW));
}

#[test]
fn decomposed_unicode_reads_the_same() {
    let nfd: String = LAW.nfd().collect();
    assert_ne!(nfd, LAW);
    let im = import(&nfd);
    law_checks(&im);
    assert!(im.diagnostics.iter().any(|d| d.code == "unicode_nfd"));
}

#[test]
fn crlf_and_markdown_read_the_same() {
    let md = LAW
        .replace(
            "Điều 1. Phạm vi điều chỉnh",
            "#### **Điều 1. Phạm vi điều chỉnh**",
        )
        .replace('\n', "\r\n");
    let im = import(&md);
    law_checks(&im);
    assert_eq!(
        node(&im.instrument, "art_1").heading.as_deref(),
        Some("Phạm vi điều chỉnh")
    );
}

#[test]
fn uy_spellings_meet() {
    let text = "UỶ BAN NHÂN DÂN\nTỈNH HOÀ BÌNH\n\nSố: 5/2020/QĐ-UBND\nHoà Bình, ngày 3 tháng 2 năm 2020\n\nQUYẾT ĐỊNH\nVề việc thử\n\nUỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Quyết định này có hiệu lực kể từ ngày 01/12/2020 và thay thế Quyết định số 7/2015/QĐ-UBND ngày 01/01/2015.\n";
    let i = import(text).instrument;
    assert_eq!(i.issuer.as_deref(), Some("UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH"));
    assert_eq!(i.jurisdiction, "hoa-binh");
    assert_eq!(i.id, "hoa-binh/5-2020-qd-ubnd");
    assert_eq!(
        i.effective_from,
        chrono::NaiveDate::from_ymd_opt(2020, 12, 1)
    );
    assert_eq!(
        i.replaces.first().and_then(|r| r.id.as_deref()),
        Some("hoa-binh/7-2015-qd-ubnd")
    );
    assert_eq!(i.title.as_deref(), Some("Về việc thử"));
}

#[test]
fn broken_numbering_is_kept_and_reported() {
    let im = import(MESSY);
    let i = &im.instrument;
    let d = &im.diagnostics;
    let at = |code: &str, line: usize| d.iter().any(|x| x.code == code && x.line == Some(line));
    assert!(at("clause_outside_article", 1), "{d:#?}");
    assert!(
        d.iter().any(|x| x.line == Some(2)),
        "the unplaced line 2 is reported"
    );
    assert!(at("numbering_repeat", 5));
    assert!(at("numbering_gap", 6));
    assert!(at("numbering_backwards", 7));
    assert!(at("numbering_gap", 8), "the first point is b)");
    assert!(at("numbering_backwards", 9));
    assert!(at("numbering_gap", 10), "Điều 3 follows Điều 1");
    assert!(at("numbering_backwards", 11));
    assert!(at("numbering_repeat", 12));
    // Duplicates keep distinct eIds.
    let all = eids(i);
    assert!(
        all.contains(&"art_2".to_owned()) && all.contains(&"art_2_2".to_owned()),
        "{all:?}"
    );
    assert!(
        all.contains(&"art_1__para_1".to_owned()) && all.contains(&"art_1__para_1_2".to_owned()),
        "{all:?}"
    );
    // Nothing is dropped: every line's words are in the tree.
    let texts: Vec<String> = i
        .provisions()
        .flat_map(|p| [p.heading.clone().unwrap_or_default(), p.text.clone()])
        .collect();
    for line in MESSY.lines() {
        let words = line
            .split_once(['.', ')'])
            .map_or(line, |(_, rest)| rest)
            .trim();
        assert!(
            texts.iter().any(|t| t.contains(words)),
            "{line:?} was dropped"
        );
    }
}

#[test]
fn text_without_structure_is_kept() {
    let im = import("Một đoạn văn bản không có điều khoản nào.\nDòng thứ hai.");
    assert!(im.diagnostics.iter().any(|d| d.code == "no_articles"));
    let all: Vec<&str> = im
        .instrument
        .provisions()
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        all.iter().any(|t| t.contains("Một đoạn văn bản")),
        "{all:?}"
    );
    assert!(all.iter().any(|t| t.contains("Dòng thứ hai.")), "{all:?}");
}

#[test]
fn clause_text_joins_continuation_lines() {
    let text =
        "Điều 1. Trách nhiệm\n1. Sở chủ trì:\n- lập kế hoạch;\n+ gửi báo cáo.\n2. Sở phối hợp.\n";
    let i = import(text).instrument;
    assert_eq!(
        node(&i, "art_1__para_1").text,
        "Sở chủ trì:\n- lập kế hoạch;\n+ gửi báo cáo."
    );
    assert_eq!(node(&i, "art_1__para_2").text, "Sở phối hợp.");
}

#[test]
fn a_lone_kind_word_in_the_body_is_not_an_attachment() {
    let text = "Chương I\nQUY ĐỊNH\nĐiều 1. Phạm vi\nNội dung.\n";
    let i = import(text).instrument;
    assert!(i.attachments.is_empty());
    assert_eq!(node(&i, "chp_1").heading.as_deref(), Some("QUY ĐỊNH"));
    assert!(i.find_eid("art_1").is_some());
}

#[test]
fn decision_with_attachment_after_signature() {
    let text = "QUYẾT ĐỊNH\nBan hành Quy chế thử\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thử.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 06 tháng 11 năm 2017.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n\nQUY CHẾ\nThử nghiệm\n(Ban hành kèm theo Quyết định số 1/2017/QĐ-UBND\nngày 01/11/2017)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n1. Khoản một.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n";
    let i = import(text).instrument;
    assert_eq!(i.signer.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(i.body.len(), 2);
    let att = i.attachments.first().expect("attachment");
    assert_eq!(
        (att.kind.as_str(), att.title.as_str()),
        ("Quy chế", "Thử nghiệm")
    );
    assert_eq!(node(&i, "att_1__art_1__para_1").text, "Khoản một.");
    assert_eq!(node(&i, "art_1").citation, "Điều 1");
    // The decision has no "Số:" line: the attachment's citation names the act without a number.
    assert_eq!(
        node(&i, "att_1__art_1").citation,
        "Điều 1 Quy chế ban hành kèm theo Quyết định"
    );
    assert!(i.provisions().all(|p| !p.text.contains("Nguyễn Văn An")));
}
