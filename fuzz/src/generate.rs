//! Structure-aware generators: inputs shaped like what each entry point expects, with the
//! edge values (numbers, dates, letters) that break parsers.

use crate::rng::Rng;

const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "IX", "X", "XL", "MMMM", "IIII", "Ⅳ"];
const LETTERS: [&str; 9] = ["a", "b", "c", "d", "đ", "e", "z", "A", "aa"];
const WORDS: [&str; 19] = [
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

fn number(rng: &mut Rng) -> String {
    match rng.below(8) {
        0 => rng.int().to_string(),
        1 => "0".to_owned(),
        2 => format!(
            "{}{}",
            rng.below(30),
            rng.pick(&["a", "b", "đ", ".1", "/2"]).unwrap_or(&"")
        ),
        _ => (1 + rng.below(40)).to_string(),
    }
}

/// A Vietnamese legal text: header, divisions, articles, clauses, points, residue.
pub fn legal_text(rng: &mut Rng) -> Vec<u8> {
    let mut out = String::new();
    let lines = rng.below(120);
    for _ in 0..lines {
        let w = rng.pick(&WORDS).copied().unwrap_or("");
        let line = match rng.below(26) {
            0 => String::new(),
            1 => format!("Điều {}. {w}", number(rng)),
            2 => format!("Điều {}.", number(rng)),
            3 => format!("ĐIỀU {} {w}", number(rng)),
            4 => format!("Chương {}", rng.pick(&ROMAN).unwrap_or(&"I")),
            5 => format!("CHƯƠNG {} {w}", rng.pick(&ROMAN).unwrap_or(&"I")),
            6 => format!("Mục {}. {w}", number(rng)),
            7 => format!(
                "Phần thứ {}",
                rng.pick(&["nhất", "hai", "mười"]).unwrap_or(&"")
            ),
            8 | 9 => format!("{}. {w};", number(rng)),
            10 | 11 => format!("{}) {w}.", rng.pick(&LETTERS).unwrap_or(&"a")),
            12 => format!("- {w};"),
            13 => format!("+ {w}"),
            14 => format!("**{w}**"),
            15 => format!("{} {w}", "#".repeat(1 + rng.below(7))),
            16 => format!("| {w} | {w} |"),
            17 => "QUYẾT ĐỊNH:".to_owned(),
            18 => rng
                .pick(&[
                    "Nơi nhận:",
                    "CHỦ TỊCH",
                    "TM. ỦY BAN NHÂN DÂN",
                    "KT. CHỦ TỊCH",
                    "./.",
                ])
                .unwrap_or(&"")
                .to_string(),
            19 => rng
                .pick(&["QUY ĐỊNH", "QUY CHẾ", "HƯỚNG DẪN"])
                .unwrap_or(&"")
                .to_string(),
            20 => format!(
                "(Ban hành kèm theo Quyết định số {}/2017/QĐ-UBND)",
                number(rng)
            ),
            21 => format!("Phụ lục {}", number(rng)),
            22 => format!(
                "{}, ngày {} tháng {} năm {}",
                rng.pick(&["Trà Vinh", "Hà Nội", ""]).unwrap_or(&""),
                number(rng),
                number(rng),
                number(rng)
            ),
            23 => format!("Số: {}/{}/QĐ-UBND", number(rng), number(rng)),
            24 => rng
                .pick(&[
                    "Ý kiến bạn đọc",
                    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
                    "DỰ THẢO",
                    "Căn cứ Luật Tổ chức chính quyền địa phương;",
                ])
                .unwrap_or(&"")
                .to_string(),
            _ => w.to_owned(),
        };
        out.push_str(&line);
        out.push_str(
            rng.pick(&["\n", "\n", "\n", "\r\n", "\n\n", " \u{a0}\n"])
                .unwrap_or(&"\n"),
        );
    }
    out.into_bytes()
}

/// Tokens for the importer's mutator.
pub const TEXT_DICT: [&str; 16] = [
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

const QUERIES: [&str; 11] = [
    "instruments",
    "show",
    "import",
    "agencies",
    "duties",
    "obligations",
    "deadlines",
    "check",
    "compare",
    "calendar",
    "nonsense",
];
const FIELDS: [&str; 17] = [
    "id",
    "citation",
    "text",
    "province",
    "agency",
    "role",
    "as_of",
    "to",
    "frequency",
    "year",
    "from",
    "shift",
    "calendar",
    "what",
    "query",
    "unknown",
    "",
];

fn json_value(rng: &mut Rng) -> String {
    let s = |x: &str| serde_json::Value::String(x.to_owned()).to_string();
    match rng.below(14) {
        0 => "null".to_owned(),
        1 => rng.int().to_string(),
        2 => s(&format!(
            "{}-{:02}-{:02}",
            1890 + rng.below(330),
            rng.below(14),
            rng.below(33)
        )),
        3 => s(rng
            .pick(&[
                "2019-02-29",
                "2026-04-31",
                "2026-11-23",
                "0000-01-01",
                "+262143-12-31",
            ])
            .unwrap_or(&"")),
        4 => s(rng
            .pick(&[
                "Trà Vinh",
                "tra-vinh",
                "Điện Biên",
                "Sóc Trăng",
                "Quảng Ninh",
                "vn",
                "Cần Thơ",
                "xyz",
            ])
            .unwrap_or(&"")),
        5 => s(rng
            .pick(&[
                "22/2016/TT-BTTTT",
                "vn/22-2016-tt-btttt",
                "tra-vinh/21-2017-qd-ubnd",
                "soc-trang/du-thao-2019",
            ])
            .unwrap_or(&"")),
        6 => s(rng
            .pick(&[
                "Điểm a khoản 2 Điều 20",
                "Điều 20",
                "Chương IV",
                "Phụ lục 02",
                "att_1__art_20__para_2",
                "Khoản 99 Điều 0",
            ])
            .unwrap_or(&"")),
        7 => s(rng
            .pick(&[
                "annual",
                "quarterly",
                "monthly",
                "weekly",
                "on_request",
                "report",
                "lead",
            ])
            .unwrap_or(&"")),
        8 => s(rng
            .pick(&[
                "previous",
                "next",
                "none",
                "civil",
                "labour",
                "deadlines",
                "duties",
            ])
            .unwrap_or(&"")),
        9 => s(rng
            .pick(&[
                "Sở Thông tin và Truyền thông",
                "Sở TT&TT",
                "Ủy ban nhân dân tỉnh",
                "vn/bo-tttt",
            ])
            .unwrap_or(&"")),
        10 => "[]".to_owned(),
        11 => "{}".to_owned(),
        12 => s(&String::from_utf8_lossy(&legal_text(rng))),
        _ => "true".to_owned(),
    }
}

/// A JSON request, mostly well-formed, with random fields and values.
pub fn request_json(rng: &mut Rng) -> Vec<u8> {
    let q = rng.pick(&QUERIES).copied().unwrap_or("instruments");
    let mut parts = vec![format!("\"query\":\"{q}\"")];
    for _ in 0..rng.below(4) {
        let f = rng.pick(&FIELDS).copied().unwrap_or("id");
        parts.push(format!("\"{f}\":{}", json_value(rng)));
    }
    format!("{{{}}}", parts.join(",")).into_bytes()
}

/// Tokens for the query mutator.
pub const JSON_DICT: [&str; 12] = [
    "\"query\":",
    ",",
    "{",
    "}",
    "[",
    "]",
    "null",
    "\"",
    "\\u0000",
    "1e999",
    "-0",
    "\"2019-02-29\"",
];

/// A citation in either order, with odd numbers and words.
pub fn citation(rng: &mut Rng) -> Vec<u8> {
    const LEVELS: [&str; 14] = [
        "Điểm",
        "điểm",
        "Khoản",
        "khoản",
        "Điều",
        "ĐIỀU",
        "Chương",
        "Mục",
        "Phần",
        "Phụ lục",
        "Đoạn",
        "Dieu",
        "phu luc",
        "Tiết",
    ];
    let mut words = Vec::new();
    for _ in 0..rng.below(6) {
        words.push(rng.pick(&LEVELS).copied().unwrap_or("Điều").to_owned());
        if !rng.one_in(8) {
            let n = match rng.below(4) {
                0 => rng.pick(&ROMAN).copied().unwrap_or("I").to_owned(),
                1 => rng.pick(&LETTERS).copied().unwrap_or("a").to_owned(),
                2 => format!("0{}", rng.below(20)),
                _ => number(rng),
            };
            words.push(n);
        }
    }
    let sep = rng
        .pick(&[" ", ", ", "  ", "\t", " của "])
        .copied()
        .unwrap_or(" ");
    words.join(sep).into_bytes()
}

/// Tokens for the citation mutator.
pub const CITATION_DICT: [&str; 10] = [
    "Điều ",
    "khoản ",
    "điểm ",
    "Chương ",
    "Phụ lục ",
    " ",
    ",",
    ".",
    ")",
    "\u{0301}",
];

fn date_text(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => rng
            .pick(&[
                "2019-02-29",
                "2026-04-31",
                "2020-02-29",
                "1999-12-31",
                "2000-01-01",
                "2199-12-31",
                "2200-01-01",
                "1899-12-31",
                "1900-01-01",
                "+99999-01-01",
                "-0001-01-01",
            ])
            .unwrap_or(&"")
            .to_string(),
        _ => format!(
            "{}-{:02}-{:02}",
            1895 + rng.below(310),
            1 + rng.below(12),
            1 + rng.below(31)
        ),
    }
}

/// Date commands as the CLI's `lunar` and `workdays` subcommands take them (see
/// [`crate::targets::dates`]).
pub fn date_commands(rng: &mut Rng) -> Vec<u8> {
    let mut out = String::new();
    for _ in 0..1 + rng.below(8) {
        let cal = if rng.one_in(3) { " labour" } else { "" };
        let line = match rng.below(6) {
            0 => format!("add {} {}{cal}", date_text(rng), rng.int()),
            1 => format!("between {} {}{cal}", date_text(rng), date_text(rng)),
            2 => format!("is {}{cal}", date_text(rng)),
            3 => format!("from-solar {}", date_text(rng)),
            4 => format!(
                "to-solar {}-{}-{}{}",
                1895 + rng.below(310),
                rng.below(15),
                rng.below(33),
                if rng.one_in(2) { " leap" } else { "" }
            ),
            _ => format!(
                "raw {} {} {} {}",
                rng.int(),
                rng.int(),
                rng.int(),
                rng.below(2)
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.into_bytes()
}

/// Tokens for the dates mutator.
pub const DATE_DICT: [&str; 8] = [
    "-02-29", "-04-31", "-13-01", "9999", "-", " ", "\nadd ", " leap",
];

const TOML_VALUES: [&str; 18] = [
    "\"\"",
    "-1",
    "0",
    "99999999999999999999",
    "\"x\"",
    "[]",
    "{}",
    "2019-02-29",
    "\"2019-02-29\"",
    "\"2026-04-31\"",
    "true",
    "\"vn/22-2016-tt-btttt\"",
    "\"tra-vinh/so-tttt\"",
    "\"att_1__art_20__para_2\"",
    "\"annual\"",
    "{ kind = \"annual\", month = 2, day = 30, inclusive = true }",
    "{ kind = \"weekly\", weekday = 9 }",
    "\"Điều 99\"",
];

/// One dataset file edited: `path\ncontent`, with a value replaced, a line dropped or a
/// record duplicated.
pub fn toml_edit(rng: &mut Rng, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let tomls: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(p, _)| p.ends_with(".toml")).collect();
    let Some((path, content)) = rng.pick(&tomls).copied() else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(content);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for _ in 0..1 + rng.below(3) {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        match rng.below(5) {
            0 | 1 => {
                if let Some(line) = lines.get_mut(i) {
                    if let Some(eq) = line.find(" = ") {
                        let key = line.get(..eq).unwrap_or("").to_owned();
                        let v = rng.pick(&TOML_VALUES).copied().unwrap_or("0");
                        *line = format!("{key} = {v}");
                    }
                }
            }
            2 => {
                lines.remove(i);
            }
            3 => {
                // Duplicate a record (duplicate ids) from its [[table]] line.
                if let Some(start) = lines.iter().take(i + 1).rposition(|l| l.starts_with("[[")) {
                    let end = lines
                        .iter()
                        .skip(start + 1)
                        .position(|l| l.starts_with('['))
                        .map_or(lines.len(), |p| p + start + 1);
                    let block: Vec<String> = lines
                        .get(start..end)
                        .map(<[String]>::to_vec)
                        .unwrap_or_default();
                    lines.extend(block);
                }
            }
            _ => {
                let other = rng.pick(&lines).cloned().unwrap_or_default();
                lines.insert(i, other);
            }
        }
    }
    format!("{path}\n{}", lines.join("\n")).into_bytes()
}

/// Tokens for the dataset mutator.
pub const TOML_DICT: [&str; 10] = [
    "\n[[duty]]\n",
    "\n[[obligation]]\n",
    " = ",
    "\"",
    "[",
    "]",
    "{",
    "#",
    "\nid = \"x\"\n",
    "'''",
];
