//! Property tests of the importer: on any text it does not panic, and no non-blank line is
//! lost: each is found in the instrument (a node's heading, text or number, the header
//! metadata, an attachment's title) or is reported by a diagnostic, or starts a node.
//!
//! Lines are drawn from the shapes Vietnamese legal texts have (headings, clauses, points,
//! bullets, markdown and bookmark residue, signature blocks, attachment titles), each
//! carrying a unique marker word (`qz17`) so that "found" means this very line, not another.
//! `PROPTEST_CASES=N` overrides the case counts.

use proptest::prelude::*;
use quyche::import::{import_bytes, import_text, ImportOptions, Imported};

fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const ROMAN: [&str; 8] = ["I", "II", "III", "IV", "V", "IX", "X", "XIV"];
const LETTERS: [&str; 6] = ["a", "b", "c", "d", "đ", "e"];
const WORDS: [&str; 12] = [
    "Sở",
    "Thông tin",
    "và Truyền thông",
    "chủ trì",
    "phối hợp",
    "báo cáo",
    "hằng năm",
    "trước ngày 15/12",
    "Ủy ban nhân dân tỉnh",
    "thông tin đối ngoại",
    "khoản 2 Điều 20",
    "theo mẫu tại Phụ lục 02",
];

/// One line of a generated text; `{m}` is replaced by the line's marker.
#[derive(Debug, Clone)]
enum Shape {
    Blank,
    Spaces,
    Article(u32, bool),
    ArticleAlone(u32),
    Chapter(usize, bool),
    Section(u32),
    Clause(u32),
    Point(usize),
    Bullet(bool),
    Bold,
    Hashes(usize),
    Pipes,
    Bookmark(u32),
    Formula,
    Recipients,
    Chairman,
    RegulationTitle,
    IssuedWith,
    Appendix(u32),
    SiteFooter,
    Basis,
    Effect(u32, u32),
    Issuer,
    Number(u32),
    Words(Vec<usize>),
    Junk(String),
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        2 => Just(Shape::Blank),
        1 => Just(Shape::Spaces),
        6 => (0u32..40, any::<bool>()).prop_map(|(n, up)| Shape::Article(n, up)),
        1 => (0u32..40).prop_map(Shape::ArticleAlone),
        2 => (0..ROMAN.len(), any::<bool>()).prop_map(|(i, up)| Shape::Chapter(i, up)),
        1 => (1u32..5).prop_map(Shape::Section),
        6 => (0u32..12).prop_map(Shape::Clause),
        4 => (0..LETTERS.len()).prop_map(Shape::Point),
        2 => any::<bool>().prop_map(Shape::Bullet),
        1 => Just(Shape::Bold),
        1 => (1usize..4).prop_map(Shape::Hashes),
        1 => Just(Shape::Pipes),
        1 => (0u32..100).prop_map(Shape::Bookmark),
        1 => Just(Shape::Formula),
        1 => Just(Shape::Recipients),
        1 => Just(Shape::Chairman),
        1 => Just(Shape::RegulationTitle),
        1 => Just(Shape::IssuedWith),
        1 => (1u32..4).prop_map(Shape::Appendix),
        1 => Just(Shape::SiteFooter),
        1 => Just(Shape::Basis),
        1 => (25u32..33, 1u32..13).prop_map(|(d, m)| Shape::Effect(d, m)),
        1 => Just(Shape::Issuer),
        1 => (1u32..60).prop_map(Shape::Number),
        6 => prop::collection::vec(0..WORDS.len(), 1..5).prop_map(Shape::Words),
        2 => "[ -~À-ỹ\\t*#|.:;()\u{a0}\u{200b}]{0,30}".prop_map(Shape::Junk),
    ]
}

/// The text of a line with marker `m`, and whether the line carries the marker.
fn render(s: &Shape, m: &str) -> (String, bool) {
    let words = |ix: &[usize]| {
        ix.iter()
            .filter_map(|i| WORDS.get(*i).copied())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match s {
        Shape::Blank => (String::new(), false),
        Shape::Spaces => ("   \t ".to_owned(), false),
        Shape::Article(n, false) => (format!("Điều {n}. Trách nhiệm {m}"), true),
        Shape::Article(n, true) => (format!("ĐIỀU {n}. TRÁCH NHIỆM {m}"), true),
        Shape::ArticleAlone(n) => (format!("Điều {n}."), false),
        Shape::Chapter(i, up) => {
            let word = if *up { "CHƯƠNG" } else { "Chương" };
            (format!("{word} {}", ROMAN.get(*i).unwrap_or(&"I")), false)
        }
        Shape::Section(n) => (format!("Mục {n}. QUY ĐỊNH CHUNG {m}"), true),
        Shape::Clause(n) => (format!("{n}. Sở chủ trì {m};"), true),
        Shape::Point(i) => (
            format!("{}) phối hợp {m}.", LETTERS.get(*i).unwrap_or(&"a")),
            true,
        ),
        Shape::Bullet(plus) => (
            format!("{} lập kế hoạch {m};", if *plus { "+" } else { "-" }),
            true,
        ),
        Shape::Bold => (format!("**Báo cáo {m}**"), true),
        Shape::Hashes(n) => (format!("{} Tiêu đề {m}", "#".repeat(*n)), true),
        Shape::Pipes => (format!("| ô {m} | ô khác |"), true),
        Shape::Bookmark(n) => (format!("[bookmark: _Toc{n}]Nội dung {m}"), true),
        Shape::Formula => ("QUYẾT ĐỊNH:".to_owned(), false),
        Shape::Recipients => (format!("Nơi nhận: {m}"), true),
        Shape::Chairman => ("CHỦ TỊCH".to_owned(), false),
        Shape::RegulationTitle => ("QUY ĐỊNH".to_owned(), false),
        Shape::IssuedWith => (
            format!("(Ban hành kèm theo Quyết định số 12/2020/QĐ-UBND {m})"),
            true,
        ),
        Shape::Appendix(n) => (format!("Phụ lục 0{n}"), false),
        Shape::SiteFooter => ("Ý kiến bạn đọc".to_owned(), false),
        Shape::Basis => (
            format!("Căn cứ Luật Tổ chức chính quyền địa phương {m};"),
            true,
        ),
        Shape::Effect(d, mo) => (
            format!("Quyết định này có hiệu lực kể từ ngày {d:02}/{mo:02}/2019 {m}."),
            true,
        ),
        Shape::Issuer => ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH".to_owned(), false),
        Shape::Number(n) => (format!("Số: {n}/2017/QĐ-UBND"), false),
        Shape::Words(ix) => (format!("{} {m}", words(ix)), true),
        Shape::Junk(j) => (j.clone(), false),
    }
}

/// Everything an import keeps as text: a line is "found" when its marker is in here.
fn haystack(im: &Imported) -> String {
    let i = &im.instrument;
    let mut out = String::new();
    let mut add = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    for s in [&i.number, &i.title, &i.issuer, &i.signer, &i.place]
        .into_iter()
        .flatten()
    {
        add(s);
    }
    for r in i.bases.iter().chain(&i.replaces) {
        add(&r.quote);
    }
    for a in &i.attachments {
        add(&a.kind);
        add(&a.title);
    }
    for p in i.provisions() {
        add(p.heading.as_deref().unwrap_or(""));
        add(&p.text);
        add(p.num.as_deref().unwrap_or(""));
    }
    for d in &im.diagnostics {
        add(&d.message);
    }
    out
}

/// Lines a diagnostic reports as a block rather than one by one: the preamble and the
/// signature block from their first line to the next node, a site's own text from its first
/// line to the end.
fn in_reported_block(im: &Imported, line: usize, node_lines: &[usize]) -> bool {
    im.diagnostics
        .iter()
        .any(|d| match (d.code.as_str(), d.line) {
            ("site_text", Some(first)) => line >= first,
            ("closing_block" | "preamble", Some(first)) => {
                let next_node = node_lines
                    .iter()
                    .copied()
                    .filter(|n| *n > first)
                    .min()
                    .unwrap_or(usize::MAX);
                line >= first && line < next_node
            }
            _ => false,
        })
}

fn check_nothing_lost(lines: &[(String, bool)], m: &[String]) -> Result<(), TestCaseError> {
    let text = lines
        .iter()
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let im = match import_text(&text, &ImportOptions::default()) {
        Ok(im) => im,
        Err(e) => {
            // Only a text with nothing to read is refused.
            prop_assert_eq!(e.kind(), "input");
            prop_assert!(
                text.trim().is_empty()
                    || text.chars().all(|c| c.is_whitespace() || c == '\u{200b}'),
                "{e}"
            );
            return Ok(());
        }
    };
    let hay = haystack(&im);
    let hay_lower = hay.to_lowercase();
    let node_lines: Vec<usize> = im.instrument.provisions().filter_map(|p| p.line).collect();
    let diag_lines: Vec<usize> = im.diagnostics.iter().filter_map(|d| d.line).collect();
    for (ix, ((line, marked), marker)) in lines.iter().zip(m).enumerate() {
        let n = ix + 1;
        if line.trim().is_empty() {
            continue;
        }
        let found = (*marked && hay.contains(marker.as_str()))
            || node_lines.contains(&n)
            || diag_lines.contains(&n)
            || in_reported_block(&im, n, &node_lines);
        // Unmarked lines (structure words, junk) must at least leave their words somewhere.
        let found = found
            || (!*marked && {
                let words: Vec<&str> = line
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() > 1)
                    .collect();
                words.is_empty() || words.iter().all(|w| hay_lower.contains(&w.to_lowercase()))
            });
        prop_assert!(
            found,
            "line {} {:?} is lost\n--- text ---\n{}\n--- diagnostics ---\n{:#?}",
            n,
            line,
            text,
            im.diagnostics
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(128))]

    /// Structured random texts: no panic, and every non-blank line is kept or reported.
    #[test]
    fn no_line_is_lost(shapes in prop::collection::vec(shape(), 0..40)) {
        let markers: Vec<String> = (0..shapes.len()).map(|i| format!("qz{i}x")).collect();
        let lines: Vec<(String, bool)> = shapes.iter().zip(&markers).map(|(s, m)| render(s, m)).collect();
        check_nothing_lost(&lines, &markers)?;
    }

    /// Arbitrary bytes: an `Ok` or an `input` error, never a panic.
    #[test]
    fn any_bytes_no_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = import_bytes(&bytes, &ImportOptions::default()) {
            prop_assert_eq!(e.kind(), "input");
        }
    }

    /// Arbitrary Unicode text: no panic, and the only refusal is an empty text.
    #[test]
    fn any_text_no_panic(text in "\\PC{0,300}") {
        if let Err(e) = import_text(&text, &ImportOptions::default()) {
            prop_assert_eq!(e.kind(), "input");
        }
    }
}
