//! Citations for `Citation::parse`: levels in either order, with odd numbers and words.

use crate::choice::Choices;
use crate::gen::text::number;

const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "IX", "X", "XL", "MMMM", "IIII", "Ⅳ"];
const LETTERS: [&str; 9] = ["a", "b", "c", "d", "đ", "e", "z", "A", "aa"];

/// A citation in either order, with odd numbers and words.
pub fn citation(c: &mut impl Choices) -> Vec<u8> {
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
    for _ in 0..c.below(6) {
        words.push(c.pick(&LEVELS).copied().unwrap_or("Điều").to_owned());
        if !c.one_in(8) {
            let n = match c.below(4) {
                0 => c.pick(&ROMAN).copied().unwrap_or("I").to_owned(),
                1 => c.pick(&LETTERS).copied().unwrap_or("a").to_owned(),
                2 => format!("0{}", c.below(20)),
                _ => number(c),
            };
            words.push(n);
        }
    }
    let sep = c
        .pick(&[" ", ", ", "  ", "\t", " của "])
        .copied()
        .unwrap_or(" ");
    words.join(sep).into_bytes()
}

/// Tokens for the citation mutator.
pub const DICT: [&str; 10] = [
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
