//! JSON requests for `RuleSet::answer_json`: mostly well-formed, every query name (and an
//! unknown one), random fields with edge values (impossible dates, names in every spelling,
//! a whole legal text).

use crate::choice::Choices;
use crate::gen::text::legal_text;

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

fn json_value(c: &mut impl Choices) -> String {
    let s = |x: &str| serde_json::Value::String(x.to_owned()).to_string();
    match c.below(14) {
        0 => "null".to_owned(),
        1 => c.int().to_string(),
        2 => s(&format!(
            "{}-{:02}-{:02}",
            1890 + c.below(330),
            c.below(14),
            c.below(33)
        )),
        3 => s(c
            .pick(&[
                "2019-02-29",
                "2026-04-31",
                "2026-11-23",
                "0000-01-01",
                "+262143-12-31",
            ])
            .unwrap_or(&"")),
        4 => s(c
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
        5 => s(c
            .pick(&[
                "22/2016/TT-BTTTT",
                "vn/22-2016-tt-btttt",
                "tra-vinh/21-2017-qd-ubnd",
                "soc-trang/du-thao-2019",
            ])
            .unwrap_or(&"")),
        6 => s(c
            .pick(&[
                "Điểm a khoản 2 Điều 20",
                "Điều 20",
                "Chương IV",
                "Phụ lục 02",
                "att_1__art_20__para_2",
                "Khoản 99 Điều 0",
            ])
            .unwrap_or(&"")),
        7 => s(c
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
        8 => s(c
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
        9 => s(c
            .pick(&[
                "Sở Thông tin và Truyền thông",
                "Sở TT&TT",
                "Ủy ban nhân dân tỉnh",
                "vn/bo-tttt",
            ])
            .unwrap_or(&"")),
        10 => "[]".to_owned(),
        11 => "{}".to_owned(),
        12 => s(&String::from_utf8_lossy(&legal_text(c))),
        _ => "true".to_owned(),
    }
}

/// A JSON request, mostly well-formed, with random fields and values.
pub fn request_json(c: &mut impl Choices) -> Vec<u8> {
    let q = c.pick(&QUERIES).copied().unwrap_or("instruments");
    let mut parts = vec![format!("\"query\":\"{q}\"")];
    for _ in 0..c.below(4) {
        let f = c.pick(&FIELDS).copied().unwrap_or("id");
        parts.push(format!("\"{f}\":{}", json_value(c)));
    }
    format!("{{{}}}", parts.join(",")).into_bytes()
}

/// Tokens for the query mutator.
pub const DICT: [&str; 12] = [
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
