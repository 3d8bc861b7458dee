//! Every diagnostic of the text importer and of the Akoma Ntoso reader says what it says in
//! Vietnamese as well as in English: over the importer's fixtures, the five seeds (plain and
//! with their corrections), the malformed corpus's inputs that import, synthetic broken texts
//! that raise every code of [`DIAGNOSTIC_CODES`], and a document from another Akoma Ntoso tool.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use quyche::import::{
    corrections_from_toml, import_bytes, import_text, Correction, Diagnostic, ImportOptions,
    DIAGNOSTIC_CODES,
};

use crate::common::data_dir;

const SEEDS: [&str; 5] = [
    "vn/22-2016-tt-btttt",
    "tra-vinh/21-2017-qd-ubnd",
    "quang-ninh/38-2018-qd-ubnd",
    "dien-bien/18-2018-qd-ubnd",
    "soc-trang/du-thao-2019",
];

/// Whether a word holds a letter outside ASCII (a Vietnamese letter with its marks).
fn vietnamese_word(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// Checks one diagnostic's Vietnamese message. `supplied` is text the diagnostic quotes from
/// its input as given (a correction's reason, written in English; a note of the document): it
/// is left out when counting Vietnamese words.
fn check(source: &str, d: &Diagnostic, supplied: &[&str]) {
    let vi = d.message_vi.as_str();
    let at = format!("{source}: {} {:?} / {:?}", d.code, d.message, vi);
    assert!(!vi.trim().is_empty(), "no Vietnamese message: {at}");
    assert_eq!(quyche::text::nfc(vi), vi, "not NFC: {at}");
    assert_ne!(
        vi, d.message,
        "the Vietnamese message is the English one: {at}"
    );
    let mut own = vi.to_owned();
    for s in supplied.iter().filter(|s| !s.is_empty()) {
        own = own.replace(s, " ");
    }
    let words: Vec<&str> = own.split_whitespace().collect();
    let vietnamese = words.iter().filter(|w| vietnamese_word(w)).count();
    assert!(
        !words.is_empty() && vietnamese.saturating_mul(3) >= words.len(),
        "{vietnamese} of {} words are Vietnamese: {at}",
        words.len()
    );
}

fn check_all(source: &str, diags: &[Diagnostic], supplied: &[&str], seen: &mut BTreeSet<String>) {
    assert!(!diags.is_empty(), "{source}: no diagnostic");
    for d in diags {
        check(source, d, supplied);
        seen.insert(d.code.clone());
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

fn import(text: &str, corrections: Vec<Correction>) -> Vec<Diagnostic> {
    let options = ImportOptions {
        corrections,
        ..ImportOptions::default()
    };
    import_text(text, &options)
        .unwrap_or_else(|e| panic!("does not import: {e}"))
        .diagnostics
}

/// Broken texts, each raising several codes.
const BROKEN: [&str; 6] = [
    // Clean-up residue of every kind, headings run together, a renumbered draft's bookmarks,
    // a blank to fill, a known typo, an overlong article number and clause number.
    "ỦY BAN NHÂN DÂN TỈNH THỬ\nSố: …../2019/QĐ-UBND\nThử, ngày 30 tháng 02 năm 2019\n\n# QUYẾT ĐỊNH\nVe\u{323}\u{302} việc thử\u{a0}nghiệm\n\nQUYẾT ĐỊNH:\n**Chương I****QUY ĐỊNH CHUNG****Điều 1. Phạm vi**\n| Quy định này đăng trên Công/Trang thông tin điện tử. |\n\t*Nội dung* thử\u{200b}nghiệm \u{1b}[0m.\n[bookmark: dieu_5]Điều 2. Đối tượng\nĐiều 123456. Không phải điều\n12345. Không phải khoản.\nĐiều 3. Hiệu lực\nQuyết định này có hiệu lực kể từ ngày 31 tháng 4 năm 2019.\n",
    // A draft with no number, no date and no kind line; a title standing without its
    // "Chương"; clause numbering that restarts without a new "Điều"; gaps, repeats, numbers
    // going backwards; points out of order; text outside articles; a heading on the next
    // line; a signature block; the web site's own text after the law.
    "DỰ THẢO\nVề việc thử nghiệm\n\nb) Điểm không có khoản.\nVăn bản không thuộc điều nào.\n1. Khoản trước mọi điều.\nChương II\nNội dung chương không thuộc điều nào.\nĐiều 2.\nPhạm vi\nĐiều 4. Điều nhảy số\n1. Khoản một.\n1. Khoản một lặp lại.\n3. Khoản ba.\n2. Khoản hai.\nb) Điểm b.\nb) Điểm b lặp lại.\na) Điểm a.\nd) Điểm d.\nKhoản không đánh số đứng sau.\n2. Khoản hai.\n3. Khoản ba.\n1. Khoản một không có điều.\nĐiều 3. Điều lùi số\nĐiều 3. Điều lặp số\nQUY ĐỊNH VỀ TỔ CHỨC THỰC HIỆN\nĐiều 5. Tổ chức thực hiện\nChương V\nChương III\nChương III\nĐiều 6. Thi hành\nNơi nhận:\n- Như Điều 6;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nÝ kiến bạn đọc\nGửi ý kiến\n",
    // A decision whose attached regulation lost its kind line, then an attachment with no
    // article.
    "ỦY BAN NHÂN DÂN TỈNH THỬ\nSố: 12/2019/QĐ-UBND\nThử, ngày 01 tháng 3 năm 2019\n\nQUYẾT ĐỊNH\nBan hành Quy chế thử nghiệm\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 29 tháng 02 năm 2019.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\nTHỬ NGHIỆM CÁC QUY ĐỊNH\n(Ban hành kèm theo Quyết định số 12/2019/QĐ-UBND\nngày 01 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh)\nNội dung không có điều nào.\n",
    // Provisions after the signature block with no attachment title.
    "QUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\nĐiều 1. Hiệu lực\nQuyết định này có hiệu lực kể từ ngày 01/12/2018.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nĐiều 1. Phạm vi\nNội dung.\n",
    // No article at all; the kind read from the number.
    "Số: 7/2020/NĐ-CP\nVăn bản chỉ có một đoạn.\n",
    // A law with parts, sections and a missing point "a".
    "QUỐC HỘI\nLuật số: 99/2024/QH15\nHà Nội, ngày 20 tháng 6 năm 2024\n\nLUẬT\nTHỬ NGHIỆM\n\nPhần thứ hai\nQUY ĐỊNH CHUNG\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nMục 2. Phạm vi\nĐiều 1. Phạm vi\n1. Khoản một:\nc) Điểm c.\n",
];

/// Corrections of the first broken text: one restored line, one cut, two that find no line.
const BROKEN_CORRECTIONS: &str = r#"
[[correction]]
action = "restore"
before = "Điều 3. Hiệu lực"
insert = "Chương II"
reason = "chapter heading lost in scraping"

[[correction]]
action = "restore"
before = "no such line"
insert = "Điều 9. Không có"
reason = "a line that is not there"

[[correction]]
action = "cut_from"
from = "Quyết định này có hiệu lực"
reason = "site text after the law"

[[correction]]
action = "cut_from"
from = "no such line"
reason = "nothing to cut"
"#;

fn reasons(corrections: &[Correction]) -> Vec<&str> {
    corrections
        .iter()
        .map(|c| match c {
            Correction::Restore { reason, .. } | Correction::CutFrom { reason, .. } => {
                reason.as_str()
            }
        })
        .collect()
}

#[test]
fn every_import_diagnostic_is_in_vietnamese() {
    let mut seen = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The importer's fixtures, and the malformed corpus's inputs that import.
    for f in files_in(&root.join("tests/fixtures/import")) {
        let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let imported = import_bytes(&bytes, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        check_all(
            &f.display().to_string(),
            &imported.diagnostics,
            &[],
            &mut seen,
        );
    }
    for f in files_in(&root.join("tests/malformed/inputs")) {
        let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        if let Ok(imported) = import_bytes(&bytes, &ImportOptions::default()) {
            for d in &imported.diagnostics {
                check(&f.display().to_string(), d, &[]);
                seen.insert(d.code.clone());
            }
        }
    }
    // The seeds, plain and with their corrections (whose reasons are written in English).
    for id in SEEDS {
        let dir = data_dir().join("instruments").join(id);
        let text =
            std::fs::read_to_string(dir.join("text.txt")).unwrap_or_else(|e| panic!("{id}: {e}"));
        check_all(id, &import(&text, Vec::new()), &[], &mut seen);
        let toml = std::fs::read_to_string(dir.join("corrections.toml")).unwrap_or_default();
        let corrections =
            corrections_from_toml(&toml).unwrap_or_else(|e| panic!("{id} corrections: {e}"));
        let supplied = reasons(&corrections);
        check_all(
            id,
            &import(&text, corrections.clone()),
            &supplied,
            &mut seen,
        );
    }
    // Broken texts.
    for (n, text) in BROKEN.iter().enumerate() {
        check_all(
            &format!("broken text {n}"),
            &import(text, Vec::new()),
            &[],
            &mut seen,
        );
    }
    let corrections = corrections_from_toml(BROKEN_CORRECTIONS).expect("corrections parse");
    let supplied = reasons(&corrections);
    let first = BROKEN.first().copied().unwrap_or_default();
    check_all(
        "broken text 0, corrected",
        &import(first, corrections.clone()),
        &supplied,
        &mut seen,
    );
    // Every code the importer has was met, so every message was checked.
    let missing: Vec<&str> = DIAGNOSTIC_CODES
        .iter()
        .copied()
        .filter(|c| !seen.contains(*c))
        .collect();
    assert!(missing.is_empty(), "codes never raised: {missing:?}");
}

#[test]
fn an_old_diagnostic_without_vietnamese_still_reads() {
    let json = r#"{"code":"draft","severity":"info","message":"the text is a draft","line":1,"provision":null}"#;
    let d: Diagnostic = serde_json::from_str(json).expect("reads");
    assert_eq!(d.message_vi, "");
}

#[test]
fn vietnamese_names_provisions_as_legal_texts_cite_them() {
    let diags = import(
        "QUYẾT ĐỊNH:\nĐiều 1. Phạm vi\n1. Khoản một.\n3. Khoản ba.\nĐiều 3. Hiệu lực\n",
        Vec::new(),
    );
    let vi: Vec<&str> = diags.iter().map(|d| d.message_vi.as_str()).collect();
    assert!(
        vi.contains(
            &"Khoản 3 Điều 1 đứng ngay sau khoản 1 Điều 1: đánh số bị ngắt quãng, thiếu số ở giữa"
        ),
        "{vi:#?}"
    );
    assert!(
        vi.contains(&"Điều 3 đứng ngay sau Điều 1: đánh số bị ngắt quãng, thiếu số ở giữa"),
        "{vi:#?}"
    );
}

/// A document from another tool, with what quyche's reader reports: a country other than
/// Viet Nam, elements without eIds or with one eId twice, a table, a footnote, a subheading, an
/// element quyche has no level for, a note on a preface field, decomposed Unicode, no quyche
/// record.
#[cfg(feature = "akn")]
const FOREIGN: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta>
      <identification source="#x">
        <FRBRWork>
          <FRBRthis value="/akn/za/act/2009/1/!main"/>
          <FRBRuri value="/akn/za/act/2009/1"/>
          <FRBRdate date="2009-03-02" name="Generation"/>
          <FRBRauthor href="#council"/>
          <FRBRcountry value="za"/>
          <FRBRnumber value="1"/>
        </FRBRWork>
      </identification>
      <notes source="#x">
        <note eId="n1" placementBase="docTitle"><p>Title supplied by the editor.</p></note>
        <note eId="n2"><p>A note placed nowhere.</p></note>
      </notes>
    </meta>
    <preface><longTitle><p><docTitle>Test Act</docTitle></p></longTitle></preface>
    <preamble><citations><citation><p>Having regard to the Constitution;</p></citation></citations></preamble>
    <body>
      <chapter eId="chp_1">
        <num>1</num>
        <heading>General</heading>
        <subheading>Sub</subheading>
        <section eId="chp_1__sec_1">
          <num>1.</num>
          <heading>Definitions</heading>
          <subsection eId="chp_1__sec_1__subsec_1">
            <num>(1)</num>
            <content><p>In this Act “Vie&#x323;&#x302;t” means<authorialNote marker="1"><p>a footnote</p></authorialNote> this.</p></content>
          </subsection>
          <subsection>
            <num>(2)</num>
            <content><table><tr><td><p>cell one</p></td><td><p>cell two</p></td></tr></table></content>
          </subsection>
        </section>
        <article>
          <num>Article 2</num>
          <paragraph eId="art_2__para_1"><num>1.</num><content><p>Ngày nay.</p></content></paragraph>
        </article>
        <article eId="art_3"><num>3</num><content><p>Ba.</p></content></article>
        <article eId="art_3"><num>4</num><content><p>Bốn.</p></content></article>
      </chapter>
    </body>
  </act>
</akomaNtoso>"##;

#[cfg(feature = "akn")]
#[test]
fn every_akn_reader_diagnostic_is_in_vietnamese() {
    let imported = quyche::akn::import_akn(FOREIGN).expect("the foreign document reads");
    let mut seen = BTreeSet::new();
    check_all(
        "foreign AKN",
        &imported.diagnostics,
        &["Title supplied by the editor.", "A note placed nowhere."],
        &mut seen,
    );
    for code in [
        "akn_not_vietnamese",
        "akn_unmapped_element",
        "akn_flattened_block",
        "akn_missing_eid",
        "akn_duplicate_eid",
        "akn_computed_references",
        "unicode_nfd",
        "restored",
    ] {
        assert!(seen.contains(code), "{code} missing from {seen:?}");
    }
    // A document quyche wrote reads back with Vietnamese messages too.
    let text =
        std::fs::read_to_string(data_dir().join("instruments/soc-trang/du-thao-2019/text.txt"))
            .expect("the seed reads");
    let instrument = quyche::import::import_text(&text, &ImportOptions::default())
        .expect("the seed imports")
        .instrument;
    let xml = quyche::akn::to_akn(&instrument, None).expect("exports");
    let back = quyche::akn::import_akn(&xml).expect("reads back");
    for d in &back.diagnostics {
        check("soc-trang AKN", d, &[]);
    }
}
