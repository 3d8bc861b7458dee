//! The five seed texts: structure, metadata, defects reported, text kept exactly.
//! Expected values are read from the texts themselves (see /data/instruments/*/text.txt).

use chrono::NaiveDate;
use quyche::import::{
    corrections_from_toml, import_text, Diagnostic, ImportOptions, Imported, DIAGNOSTIC_CODES,
};
use quyche::model::{Instrument, Provenance, Provision, ProvisionKind, RelationKind, Status};

const TRA_VINH: &str = include_str!("../../data/instruments/tra-vinh/21-2017-qd-ubnd/text.txt");
const QUANG_NINH: &str = include_str!("../../data/instruments/quang-ninh/38-2018-qd-ubnd/text.txt");
const QUANG_NINH_CORRECTIONS: &str =
    include_str!("../../data/instruments/quang-ninh/38-2018-qd-ubnd/corrections.toml");
const DIEN_BIEN: &str = include_str!("../../data/instruments/dien-bien/18-2018-qd-ubnd/text.txt");
const SOC_TRANG: &str = include_str!("../../data/instruments/soc-trang/du-thao-2019/text.txt");
const CIRCULAR: &str = include_str!("../../data/instruments/vn/22-2016-tt-btttt/text.txt");

fn import(text: &str) -> Imported {
    import_text(text, &ImportOptions::default()).expect("the seed imports")
}

fn import_corrected(text: &str, corrections: &str) -> Imported {
    let options = ImportOptions {
        corrections: corrections_from_toml(corrections).expect("corrections parse"),
        ..Default::default()
    };
    import_text(text, &options).expect("the seed imports")
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn count(body: &[Provision], kind: ProvisionKind) -> usize {
    body.iter()
        .flat_map(Provision::walk)
        .filter(|p| p.kind == kind)
        .count()
}

fn top_kinds(body: &[Provision]) -> Vec<ProvisionKind> {
    body.iter().map(|p| p.kind).collect()
}

fn node<'a>(i: &'a Instrument, eid: &str) -> &'a Provision {
    i.find_eid(eid).unwrap_or_else(|| panic!("no node {eid}"))
}

fn has(diags: &[Diagnostic], code: &str, line: Option<usize>) -> bool {
    diags
        .iter()
        .any(|d| d.code == code && (line.is_none() || d.line == line))
}

fn diag_at<'a>(diags: &'a [Diagnostic], code: &str, line: usize) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| d.code == code && d.line == Some(line))
        .unwrap_or_else(|| panic!("no {code} at line {line}: {diags:#?}"))
}

/// Every line of every node's text is a line (or a run of words) of the source, after the
/// documented clean-up (spaces squeezed, residue removed): nothing is made up.
fn assert_text_from_source(i: &Instrument, source: &str) {
    let squeezed: String = source
        .replace("[bookmark:", "\n")
        .replace("**", "\n")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    for p in i.provisions() {
        if p.provenance == Provenance::Restored && p.text.is_empty() {
            continue;
        }
        for line in p.text.split('\n').filter(|l| !l.is_empty()) {
            assert!(
                squeezed.contains(line),
                "{}: {line:?} is not in the source",
                p.eid
            );
        }
    }
}

fn assert_no_closing_text(i: &Instrument, words: &[&str]) {
    for p in i.provisions().filter(|p| p.kind != ProvisionKind::Appendix) {
        for w in words {
            assert!(!p.text.contains(w), "{} holds {w:?}", p.eid);
        }
    }
}

#[test]
fn tra_vinh_structure_and_metadata() {
    let im = import(TRA_VINH);
    let i = &im.instrument;
    assert_eq!(i.id, "tra-vinh/21-2017-qd-ubnd");
    assert_eq!(i.number.as_deref(), Some("21/2017/QĐ-UBND"));
    assert_eq!(i.kind.vietnamese(), "Quyết định");
    assert_eq!(i.place.as_deref(), Some("Trà Vinh"));
    assert_eq!(i.signed_on, date(2017, 10, 24));
    assert_eq!(i.effective_from, date(2017, 11, 6));
    assert_eq!(i.jurisdiction, "tra-vinh");
    assert_eq!(
        i.title.as_deref(),
        Some(
            "Ban hành Quy định về quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Trà Vinh"
        )
    );
    assert_eq!(i.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"));
    assert_eq!(i.signer.as_deref(), Some("Đông Văn Lâm"));
    let bases: Vec<Option<&str>> = i.bases.iter().map(|b| b.number.as_deref()).collect();
    assert_eq!(
        bases,
        vec![
            None,
            None,
            Some("72/2015/NĐ-CP"),
            Some("09/2017/NĐ-CP"),
            Some("22/2016/TT-BTTTT")
        ]
    );
    assert!(i.bases.iter().all(|b| b.quote.starts_with("Căn cứ")));
    assert_eq!(i.replaces.len(), 1);
    assert_eq!(
        i.replaces.first().and_then(|r| r.number.as_deref()),
        Some("639/QĐ-UBND")
    );
    assert_eq!(
        i.replaces.first().and_then(|r| r.id.as_deref()),
        Some("tra-vinh/639-qd-ubnd")
    );

    // The decision's own three articles are text, not headings.
    assert_eq!(i.body.len(), 3);
    assert!(i
        .body
        .iter()
        .all(|a| a.kind == ProvisionKind::Article && a.heading.is_none()));
    assert!(node(i, "art_2")
        .text
        .starts_with("Quyết định này có hiệu lực kể từ ngày 06 tháng 11 năm 2017"));

    let att = i.attachments.first().expect("the attached Quy định");
    assert_eq!(att.eid, "att_1");
    assert_eq!(att.kind, "Quy định");
    assert_eq!(
        att.title,
        "Về quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Trà Vinh"
    );
    assert_eq!(top_kinds(&att.body), vec![ProvisionKind::Chapter; 4]);
    assert_eq!(count(&att.body, ProvisionKind::Article), 21);
    // The run-together line gives Chương III, its title and Điều 8.
    let chp3 = node(i, "att_1__chp_3");
    assert_eq!(
        chp3.heading.as_deref(),
        Some("TRÁCH NHIỆM QUẢN LÝ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI")
    );
    assert_eq!(
        chp3.children.first().map(|a| a.eid.as_str()),
        Some("att_1__art_8")
    );
    assert_eq!(
        node(i, "att_1__art_8").heading.as_deref(),
        Some("Văn phòng Ủy ban nhân dân tỉnh")
    );
    // Chương II has its title on the next line.
    assert_eq!(
        node(i, "att_1__chp_2").heading.as_deref(),
        Some("HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI")
    );
    // The reporting provisions.
    let p2 = node(i, "att_1__art_20__para_2");
    assert_eq!(
        p2.citation,
        "Khoản 2 Điều 20 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    );
    assert!(p2
        .text
        .starts_with("Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ"));
    assert!(p2
        .text
        .contains("phụ lục 02 của Thông tư số 22/2016/TT-BTTTT"));
    assert_eq!(
        node(i, "att_1__art_2__para_2__point_dd").citation,
        "Điểm đ khoản 2 Điều 2 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    );
    // The typo stays as written.
    assert!(node(i, "att_1__art_4__para_2")
        .text
        .starts_with("Công/Trang thông tin điện tử"));

    let r = i
        .references
        .iter()
        .find(|r| r.from == "att_1__art_20__para_2" && r.citation.as_deref() == Some("Phụ lục 02"))
        .expect("the reference to Phụ lục 02");
    assert_eq!(r.kind, RelationKind::Implements);
    assert_eq!(r.instrument.as_deref(), Some("vn/22-2016-tt-btttt"));
    assert_eq!(r.instrument_number.as_deref(), Some("22/2016/TT-BTTTT"));

    assert_text_from_source(i, TRA_VINH);
    assert_no_closing_text(i, &["Đông Văn Lâm", "TM. ỦY BAN", "Độc lập - Tự do"]);
}

#[test]
fn tra_vinh_defects_are_reported() {
    let d = import(TRA_VINH).diagnostics;
    assert!(has(&d, "run_together_headings", Some(136)));
    assert!(diag_at(&d, "suspected_typo", 101)
        .message
        .contains("Cổng/Trang"));
    assert!(has(&d, "markdown_residue", None));
    assert!(!has(&d, "numbering_gap", None), "{d:#?}");
}

#[test]
fn dien_bien_structure_gap_and_paragraph() {
    let im = import(DIEN_BIEN);
    let i = &im.instrument;
    assert_eq!(i.number.as_deref(), Some("18/2018/QĐ-UBND"));
    assert_eq!(i.signed_on, date(2018, 4, 12));
    assert_eq!(i.effective_from, date(2018, 4, 22));
    assert_eq!(
        i.replaces.first().and_then(|r| r.number.as_deref()),
        Some("14/2014/QĐ-UBND")
    );
    assert_eq!(i.signer.as_deref(), Some("Mùa A Sơn"));
    assert_eq!(i.jurisdiction, "dien-bien");
    assert_eq!(i.body.len(), 3);
    let att = i.attachments.first().expect("attachment");
    assert_eq!(att.kind, "Quy định");
    assert_eq!(top_kinds(&att.body), vec![ProvisionKind::Chapter; 4]);
    assert_eq!(count(&att.body, ProvisionKind::Article), 20);
    // Điều 3 jumps from khoản 3 to khoản 5: kept and reported.
    let art3: Vec<Option<&str>> = node(i, "att_1__art_3")
        .children
        .iter()
        .map(|c| c.num.as_deref())
        .collect();
    assert_eq!(
        art3,
        vec![
            Some("1"),
            Some("2"),
            Some("3"),
            Some("5"),
            Some("6"),
            Some("7"),
            Some("8"),
            Some("9")
        ]
    );
    let gap = diag_at(&im.diagnostics, "numbering_gap", 82);
    assert_eq!(gap.provision.as_deref(), Some("att_1__art_3__para_5"));
    // Điều 10: an unnumbered paragraph between khoản 5 and khoản 6.
    let art10: Vec<&str> = node(i, "att_1__art_10")
        .children
        .iter()
        .map(|c| c.eid.as_str())
        .collect();
    let p = art10
        .iter()
        .position(|e| *e == "att_1__art_10__p_1")
        .expect("p_1");
    assert_eq!(art10.get(p.wrapping_sub(1)), Some(&"att_1__art_10__para_5"));
    assert_eq!(art10.get(p + 1), Some(&"att_1__art_10__para_6"));
    let para = node(i, "att_1__art_10__p_1");
    assert_eq!(para.kind, ProvisionKind::Paragraph);
    // Everything between "5." and "6." belongs to khoản 5: the paragraph is its second, cited as a
    // lawyer would, not as "Đoạn 1 Điều 10" (the article's first paragraph); the eId stays.
    assert_eq!(
        para.citation,
        "Đoạn 2 khoản 5 Điều 10 Quy định ban hành kèm theo Quyết định số 18/2018/QĐ-UBND"
    );
    assert_eq!(para.text, "Phối hợp với các cơ quan có liên quan trong việc quản lý các đoàn báo chí và phóng viên nước ngoài đến tác nghiệp tại Điện Biên.");
    assert_eq!(
        diag_at(&im.diagnostics, "unnumbered_paragraph", 162)
            .provision
            .as_deref(),
        Some("att_1__art_10__p_1")
    );
    // Markdown headings are read; the broken line of Điều 14 stays in the article's text.
    assert_eq!(
        node(i, "att_1__art_4").heading.as_deref(),
        Some("Kinh phí cho hoạt động Thông tin đối ngoại")
    );
    assert_eq!(node(i, "att_1__art_14").text.split('\n').count(), 2);
    assert_eq!(
        node(i, "att_1__art_18").heading.as_deref(),
        Some("Chế độ báo cáo")
    );
    assert!(has(&im.diagnostics, "markdown_residue", None));
    assert_text_from_source(i, DIEN_BIEN);
    assert_no_closing_text(i, &["Mùa A Sơn", "Nơi nhận", "Lưu: VT"]);
}

#[test]
fn soc_trang_draft() {
    let im = import(SOC_TRANG);
    let i = &im.instrument;
    assert_eq!(i.id, "soc-trang/du-thao-2019");
    assert_eq!(i.status, Status::Draft);
    assert_eq!(i.number, None);
    assert_eq!(i.signed_on, None);
    assert_eq!(i.effective_from, None);
    assert_eq!(i.place.as_deref(), Some("Sóc Trăng"));
    assert_eq!(
        i.title.as_deref(),
        Some("Ban hành quy chế quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Sóc Trăng")
    );
    assert_eq!(i.body.len(), 3);
    let att = i.attachments.first().expect("attachment");
    assert_eq!(att.kind, "Quy chế");
    assert_eq!(
        att.title,
        "Quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Sóc Trăng"
    );
    assert_eq!(top_kinds(&att.body), vec![ProvisionKind::Chapter; 4]);
    assert_eq!(count(&att.body, ProvisionKind::Article), 22);
    assert_eq!(
        node(i, "att_1__art_15").heading.as_deref(),
        Some("Trách nhiệm của Công an tỉnh")
    );
    // The bookmark residue is gone from the text.
    assert!(i.provisions().all(|p| !p.text.contains("bookmark")
        && !p.heading.as_deref().unwrap_or("").contains("bookmark")));
    let d = &im.diagnostics;
    assert!(diag_at(d, "bookmark_mismatch", 147)
        .message
        .contains("dieu_16"));
    assert!(
        has(d, "bookmark_mismatch", Some(166)),
        "dieu_21 sits on a clause"
    );
    for line in [4, 8, 30, 46] {
        assert!(
            has(d, "placeholder", Some(line)),
            "placeholder at line {line}"
        );
    }
    assert!(has(d, "draft", Some(11)));
    assert!(has(d, "bookmark_residue", None));
    assert!(
        has(d, "table_residue", None),
        "tab-separated header columns"
    );
    assert!(
        !has(d, "bookmark_mismatch", Some(51)),
        "dieu_1_1 is the attachment's Điều 1"
    );
    assert_text_from_source(i, SOC_TRANG);
}

#[test]
fn circular_structure_appendices_and_missing_header() {
    let im = import(CIRCULAR);
    let i = &im.instrument;
    assert_eq!(i.kind.vietnamese(), "Thông tư");
    assert_eq!(i.number, None);
    assert_eq!(i.signed_on, None);
    assert_eq!(i.jurisdiction, "vn");
    assert_eq!(i.effective_from, date(2016, 12, 2));
    assert_eq!(
        i.issuer.as_deref(),
        Some("Bộ trưởng Bộ Thông tin và Truyền thông")
    );
    assert_eq!(i.signer.as_deref(), Some("Trương Minh Tuấn"));
    assert_eq!(i.title.as_deref(), Some("HƯỚNG DẪN QUẢN LÝ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"));
    let bases: Vec<Option<&str>> = i.bases.iter().map(|b| b.number.as_deref()).collect();
    assert_eq!(
        bases,
        vec![
            Some("132/2013/NĐ-CP"),
            Some("72/2015/NĐ-CP"),
            Some("25/2013/QĐ-TTg")
        ]
    );
    assert!(i.attachments.is_empty());
    let kinds = top_kinds(&i.body);
    assert_eq!(
        kinds,
        vec![
            ProvisionKind::Chapter,
            ProvisionKind::Chapter,
            ProvisionKind::Chapter,
            ProvisionKind::Chapter,
            ProvisionKind::Appendix,
            ProvisionKind::Appendix
        ]
    );
    assert_eq!(count(&i.body, ProvisionKind::Article), 12);
    // "Điều 9.Trách nhiệm" without a space.
    assert_eq!(
        node(i, "art_9").heading.as_deref(),
        Some("Trách nhiệm của Ủy ban nhân dân cấp tỉnh")
    );
    assert_eq!(node(i, "art_7__para_2").text, "Hệ thống dữ liệu quảng bá hình ảnh của tỉnh, thành phố là nguồn cung cấp thông tin chính thức về tỉnh, thành phố.");
    let app1 = node(i, "app_1");
    let app2 = node(i, "app_2");
    assert_eq!(app1.citation, "Phụ lục 01");
    assert_eq!(app2.citation, "Phụ lục 02");
    assert!(app1
        .text
        .contains("KẾ HOẠCH\nHoạt động thông tin đối ngoại năm…"));
    assert!(app2.text.contains("BÁO CÁO TỔNG KẾT"));
    // Every non-blank line of the appendix templates is kept.
    let tail: Vec<&str> = CIRCULAR
        .lines()
        .skip_while(|l| !l.starts_with("PHỤ LỤC 02"))
        .skip(1)
        .collect();
    let kept = tail
        .iter()
        .filter(|l| !l.split_whitespace().collect::<Vec<_>>().is_empty())
        .count();
    assert_eq!(app2.text.split('\n').count(), kept);
    // The appendices do not swallow the articles' text, and the closing block is not a provision.
    let art12 = node(i, "art_12");
    assert_eq!(art12.text.split('\n').count(), 2);
    assert!(art12
        .text
        .split('\n')
        .nth(1)
        .is_some_and(|l| l.starts_with("Trong quá trình thực hiện")));
    for p in i.body.iter().take(4).flat_map(Provision::walk) {
        assert!(
            !p.text.contains("Lưu: VT, TTĐN") && !p.text.contains("Trương Minh Tuấn"),
            "{}",
            p.eid
        );
    }
    let d = &im.diagnostics;
    assert!(has(d, "missing_number", None));
    assert!(has(d, "missing_date", None));
    assert!(
        has(d, "placeholder", Some(220)),
        "blank in the title of Phụ lục 01"
    );
    assert!(
        has(d, "placeholder", Some(315)),
        "blank in the title of Phụ lục 02"
    );
    assert_text_from_source(i, CIRCULAR);
}

#[test]
fn quang_ninh_raw_defects_are_reported() {
    let im = import(QUANG_NINH);
    let d = &im.diagnostics;
    // The clause numbering restarts where an article heading was lost.
    for line in [169, 185, 194, 196, 199, 218, 224, 237] {
        assert!(
            has(d, "missing_heading", Some(line)),
            "missing heading at line {line}: {d:#?}"
        );
    }
    // The chapter title without its "Chương" line.
    assert!(has(d, "missing_heading", Some(148)));
    // Điều 1–3 lost: the Quy chế's first article is Điều 4.
    assert_eq!(
        diag_at(d, "numbering_gap", 29).provision.as_deref(),
        Some("att_1__art_4")
    );
    assert!(has(d, "text_outside_article", Some(26)));
    assert!(has(d, "missing_attachment_kind", Some(25)));
    assert!(has(d, "site_text", Some(241)));
    assert!(has(d, "table_residue", None));
    // Nothing is dropped: the lines before Điều 4 are kept as paragraphs.
    let i = &im.instrument;
    assert!(node(i, "att_1__p_1")
        .text
        .starts_with("Quy chế này quy định về quản lý"));
    assert!(i.provisions().all(|p| !p.text.contains("Ý kiến bạn đọc")));
    assert_text_from_source(i, QUANG_NINH);
}

#[test]
fn quang_ninh_corrected() {
    let im = import_corrected(QUANG_NINH, QUANG_NINH_CORRECTIONS);
    let i = &im.instrument;
    assert_eq!(i.number.as_deref(), Some("38/2018/QĐ-UBND"));
    assert_eq!(i.signed_on, date(2018, 11, 22));
    assert_eq!(i.effective_from, date(2018, 12, 1));
    assert_eq!(
        i.replaces.first().and_then(|r| r.number.as_deref()),
        Some("1323/2013/QĐ-UBND")
    );
    assert_eq!(i.body.len(), 3);
    let att = i.attachments.first().expect("the Quy chế");
    assert_eq!(att.kind, "Quy chế");
    assert_eq!(
        att.title,
        "QUẢN LÝ NHÀ NƯỚC VỀ THÔNG TIN ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH QUẢNG NINH"
    );
    assert_eq!(top_kinds(&att.body), vec![ProvisionKind::Chapter; 4]);
    let articles: Vec<&Provision> = att
        .body
        .iter()
        .flat_map(Provision::walk)
        .filter(|p| p.kind == ProvisionKind::Article)
        .collect();
    let nums: Vec<String> = articles.iter().filter_map(|a| a.num.clone()).collect();
    let expected: Vec<String> = (1..=35).map(|n| n.to_string()).collect();
    assert_eq!(nums, expected);
    let restored = [1, 2, 3, 17, 20, 22, 23, 24, 29, 31, 33, 34, 35];
    for a in &articles {
        let n: u32 = a.num.as_deref().and_then(|n| n.parse().ok()).unwrap_or(0);
        if restored.contains(&n) {
            assert_eq!(a.provenance, Provenance::Restored, "Điều {n}");
            assert!(
                a.note.as_deref().is_some_and(|r| r.contains("lost")),
                "Điều {n} has a reason"
            );
        } else {
            assert_eq!(a.provenance, Provenance::Source, "Điều {n}");
        }
    }
    assert_eq!(
        node(i, "att_1__art_17").heading.as_deref(),
        Some("Sở Ngoại vụ")
    );
    assert!(node(i, "att_1__art_17__para_1")
        .text
        .contains("phóng viên nước ngoài"));
    assert_eq!(
        node(i, "att_1__art_17__para_1").provenance,
        Provenance::Source
    );
    assert_eq!(
        node(i, "att_1__chp_3").heading.as_deref(),
        Some("TRÁCH NHIỆM QUẢN LÝ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI")
    );
    assert!(node(i, "att_1__art_32__para_1")
        .text
        .contains("trước ngày 10/12"));
    assert!(node(i, "att_1__art_32__para_2")
        .text
        .contains("trước ngày 15/12"));
    let d = &im.diagnostics;
    assert!(!has(d, "missing_heading", None), "{d:#?}");
    assert!(!has(d, "correction_not_applied", None));
    assert_eq!(d.iter().filter(|x| x.code == "restored").count(), 17);
    assert!(has(d, "cut", Some(241)));
    assert!(i
        .provisions()
        .all(|p| !p.text.contains("Ý kiến bạn đọc") && !p.text.contains("micro")));
    // "Nghị định 72" is the short name the Quy chế gives to 72/2015/NĐ-CP.
    let r = i
        .references
        .iter()
        .find(|r| r.from == "att_1__art_5__para_2")
        .expect("the reference in khoản 2 Điều 5");
    assert_eq!(r.citation.as_deref(), Some("Khoản 2 Điều 4"));
    assert_eq!(r.instrument_number.as_deref(), Some("72/2015/NĐ-CP"));
    assert_eq!(r.kind, RelationKind::Implements);
    assert_text_from_source(i, QUANG_NINH);
}

#[test]
fn seed_texts_are_byte_copies() {
    // The seeds folder is outside the project; when present, the copies must match it.
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.exists() {
        return;
    }
    for (file, copy) in [
        ("000_ae859b9f854c4087.txt", TRA_VINH),
        ("001_7715b0fbb01d14b1.txt", QUANG_NINH),
        ("002_da238f6ae6864629.txt", DIEN_BIEN),
        ("003_bcf76e93fca876d2.txt", SOC_TRANG),
        ("004_e64740b98a060515.txt", CIRCULAR),
    ] {
        let original = std::fs::read(seeds.join(file)).expect("seed readable");
        assert_eq!(original, copy.as_bytes(), "{file}");
    }
}

#[test]
fn diagnostics_use_known_codes_and_real_provisions() {
    let all = [
        import(TRA_VINH),
        import(QUANG_NINH),
        import_corrected(QUANG_NINH, QUANG_NINH_CORRECTIONS),
        import(DIEN_BIEN),
        import(SOC_TRANG),
        import(CIRCULAR),
    ];
    for im in &all {
        for d in &im.diagnostics {
            assert!(
                DIAGNOSTIC_CODES.contains(&d.code.as_str()),
                "unknown code {}",
                d.code
            );
            assert!(!d.message.is_empty());
            if let Some(eid) = &d.provision {
                assert!(
                    im.instrument.find_eid(eid).is_some(),
                    "{} points at a missing {eid}",
                    d.code
                );
            }
        }
        // eIds are unique in each instrument.
        let mut eids: Vec<&str> = im.instrument.provisions().map(|p| p.eid.as_str()).collect();
        let n = eids.len();
        eids.sort_unstable();
        eids.dedup();
        assert_eq!(eids.len(), n, "{}", im.instrument.id);
    }
}
