//! Vietnamese legal texts for the importer: the line shapes such texts have (headings, clauses,
//! points, bullets, markdown and bookmark residue, signature blocks, attachment titles), each
//! able to carry a unique marker word so that a test can find "this very line" again
//! (tests/it/prop_import.rs), and edge lines with odd numbers and references for the fuzzers.

use crate::choice::Choices;

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

/// One line's shape; [`render`] gives its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// An empty line.
    Blank,
    /// Spaces and tabs only.
    Spaces,
    /// `Điều n. …` (upper case when true).
    Article(u32, bool),
    /// `Điều n.` alone.
    ArticleAlone(u32),
    /// `Chương <roman>` (upper case when true).
    Chapter(usize, bool),
    /// `Mục n. …`.
    Section(u32),
    /// `n. …`.
    Clause(u32),
    /// `a) …`.
    Point(usize),
    /// `- …` or `+ …` (plus when true).
    Bullet(bool),
    /// `**…**`.
    Bold,
    /// `## …`.
    Hashes(usize),
    /// A markdown table row.
    Pipes,
    /// `[bookmark: _TocN]…`.
    Bookmark(u32),
    /// `QUYẾT ĐỊNH:`.
    Formula,
    /// `Nơi nhận: …`.
    Recipients,
    /// `CHỦ TỊCH`.
    Chairman,
    /// `QUY ĐỊNH`.
    RegulationTitle,
    /// `(Ban hành kèm theo …)`.
    IssuedWith,
    /// `Phụ lục 0n`.
    Appendix(u32),
    /// A news site's footer.
    SiteFooter,
    /// `Căn cứ …`.
    Basis,
    /// `… có hiệu lực kể từ ngày dd/mm/2019`.
    Effect(u32, u32),
    /// The issuing body.
    Issuer,
    /// `Số: n/2017/QĐ-UBND`.
    Number(u32),
    /// Words of the domain (indices into a word list).
    Words(Vec<usize>),
    /// Any characters of the Latin and Vietnamese ranges, markdown and spacing marks.
    Junk(String),
}

/// Each shape's weight, in the order of [`shape`]'s alternatives.
const WEIGHTS: [usize; 26] = [
    2, 1, 6, 1, 2, 1, 6, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 2,
];

fn range(c: &mut impl Choices, lo: u32, hi: u32) -> u32 {
    lo + c.below((hi - lo) as usize) as u32
}

fn junk(c: &mut impl Choices) -> String {
    const MARKS: [char; 11] = [
        '\t', '*', '#', '|', '.', ':', ';', '(', ')', '\u{a0}', '\u{200b}',
    ];
    (0..c.below(31))
        .map(|_| match c.below(3) {
            0 => char::from(b' ' + c.below(95) as u8),
            1 => char::from_u32(0xC0 + c.below(0x1EF9 - 0xC0 + 1) as u32).unwrap_or('À'),
            _ => *c.pick(&MARKS).unwrap_or(&' '),
        })
        .collect()
}

/// One line shape, drawn with the weights legal texts suggest (articles, clauses and points
/// most often).
pub fn shape(c: &mut impl Choices) -> Shape {
    match c.weighted(&WEIGHTS) {
        0 => Shape::Blank,
        1 => Shape::Spaces,
        2 => Shape::Article(c.below(40) as u32, c.one_in(2)),
        3 => Shape::ArticleAlone(c.below(40) as u32),
        4 => Shape::Chapter(c.below(ROMAN.len()), c.one_in(2)),
        5 => Shape::Section(range(c, 1, 5)),
        6 => Shape::Clause(c.below(12) as u32),
        7 => Shape::Point(c.below(LETTERS.len())),
        8 => Shape::Bullet(c.one_in(2)),
        9 => Shape::Bold,
        10 => Shape::Hashes(1 + c.below(3)),
        11 => Shape::Pipes,
        12 => Shape::Bookmark(c.below(100) as u32),
        13 => Shape::Formula,
        14 => Shape::Recipients,
        15 => Shape::Chairman,
        16 => Shape::RegulationTitle,
        17 => Shape::IssuedWith,
        18 => Shape::Appendix(range(c, 1, 4)),
        19 => Shape::SiteFooter,
        20 => Shape::Basis,
        21 => Shape::Effect(range(c, 25, 33), range(c, 1, 13)),
        22 => Shape::Issuer,
        23 => Shape::Number(range(c, 1, 60)),
        24 => Shape::Words((0..1 + c.below(4)).map(|_| c.below(WORDS.len())).collect()),
        _ => Shape::Junk(junk(c)),
    }
}

/// Up to `max` line shapes.
pub fn shapes(c: &mut impl Choices, max: usize) -> Vec<Shape> {
    (0..c.below(max + 1)).map(|_| shape(c)).collect()
}

/// The text of a line with marker `m`, and whether the line carries the marker.
pub fn render(s: &Shape, m: &str) -> (String, bool) {
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

/// The marker of line `i` (0-based): a word no shape or edge line contains otherwise.
pub fn marker(i: usize) -> String {
    format!("qz{i}x")
}

const EDGE_ROMAN: [&str; 10] = ["I", "II", "III", "IV", "IX", "X", "XL", "MMMM", "IIII", "Ⅳ"];
const EDGE_LETTERS: [&str; 9] = ["a", "b", "c", "d", "đ", "e", "z", "A", "aa"];
const EDGE_WORDS: [&str; 19] = [
    "Sở Thông tin và Truyền thông",
    "chủ trì, phối hợp",
    "báo cáo định kỳ hằng năm",
    "trước ngày 15/12",
    "chậm nhất ngày 31/04",
    "theo mẫu tại Phụ lục 02",
    "quy định tại khoản 2 Điều 20",
    "thực hiện theo các khoản 1, 2 và 3 Điều 5",
    "điểm a, b, khoản 2, khoản 3 Điều 99999 Nghị định 72",
    "Điều 3, Điều 4 và 5 Luật này",
    "Điều 3 khoản 1, 2 hoặc",
    "khoản 1, 2 Điều 3, 4",
    "Quyết định số 21/2017/QĐ-UBND",
    "Thông tư số 22/2016/TT-BTTTT",
    "thay thế Quyết định số 1323/2013/QĐ-UBND",
    "có hiệu lực kể từ ngày 29/02/2019",
    "ngày 00 tháng 13 năm 99999",
    "**",
    "[bookmark: _Toc1]",
];

/// A number as texts write them, or an edge one: huge, zero, with a letter or a suffix.
pub fn number(c: &mut impl Choices) -> String {
    match c.below(8) {
        0 => c.int().to_string(),
        1 => "0".to_owned(),
        2 => format!(
            "{}{}",
            c.below(30),
            c.pick(&["a", "b", "đ", ".1", "/2"]).unwrap_or(&"")
        ),
        _ => (1 + c.below(40)).to_string(),
    }
}

/// A line the shapes do not cover: odd numbers, reference lists, header and closing lines.
fn edge_line(c: &mut impl Choices) -> String {
    let w = c.pick(&EDGE_WORDS).copied().unwrap_or("");
    match c.below(20) {
        0 => format!("Điều {}. {w}", number(c)),
        1 => format!("Điều {}.", number(c)),
        2 => format!("ĐIỀU {} {w}", number(c)),
        3 => format!("Chương {}", c.pick(&EDGE_ROMAN).unwrap_or(&"I")),
        4 => format!("CHƯƠNG {} {w}", c.pick(&EDGE_ROMAN).unwrap_or(&"I")),
        5 => format!("Mục {}. {w}", number(c)),
        6 => format!(
            "Phần thứ {}",
            c.pick(&["nhất", "hai", "mười"]).unwrap_or(&"")
        ),
        7 | 8 => format!("{}. {w};", number(c)),
        9 | 10 => format!("{}) {w}.", c.pick(&EDGE_LETTERS).unwrap_or(&"a")),
        11 => format!("+ {w}"),
        12 => format!("| {w} | {w} |"),
        13 => c
            .pick(&["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "./."])
            .unwrap_or(&"")
            .to_string(),
        14 => c
            .pick(&["QUY ĐỊNH", "QUY CHẾ", "HƯỚNG DẪN"])
            .unwrap_or(&"")
            .to_string(),
        15 => format!(
            "(Ban hành kèm theo Quyết định số {}/2017/QĐ-UBND)",
            number(c)
        ),
        16 => format!("Phụ lục {}", number(c)),
        17 => format!(
            "{}, ngày {} tháng {} năm {}",
            c.pick(&["Trà Vinh", "Hà Nội", ""]).unwrap_or(&""),
            number(c),
            number(c),
            number(c)
        ),
        18 => format!("Số: {}/{}/QĐ-UBND", number(c), number(c)),
        _ => c
            .pick(&[
                "Ý kiến bạn đọc",
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
                "DỰ THẢO",
                "Căn cứ Luật Tổ chức chính quyền địa phương;",
                w,
            ])
            .unwrap_or(&"")
            .to_string(),
    }
}

/// A legal text for the fuzzers: up to 120 lines, each a marked [`Shape`] or an edge line,
/// ended by `\n`, `\r\n`, a blank line or trailing no-break spaces.
pub fn legal_text(c: &mut impl Choices) -> Vec<u8> {
    let mut out = String::new();
    for i in 0..c.below(120) {
        let line = if c.one_in(2) {
            render(&shape(c), &marker(i)).0
        } else {
            edge_line(c)
        };
        out.push_str(&line);
        out.push_str(
            c.pick(&["\n", "\n", "\n", "\r\n", "\n\n", " \u{a0}\n"])
                .unwrap_or(&"\n"),
        );
    }
    out.into_bytes()
}

/// Tokens for the importer's mutators.
pub const DICT: [&str; 16] = [
    "Điều 1. ",
    "\nĐiều 2.\n",
    "\nChương II\n",
    "\n1. ",
    "\na) ",
    "\n- ",
    "**",
    "# ",
    "[bookmark: x]",
    "|",
    "\nQUY ĐỊNH\n",
    "\nNơi nhận:\n",
    "\u{200b}",
    "\u{feff}",
    "e\u{301}",
    "\nPhụ lục 01\n",
];
