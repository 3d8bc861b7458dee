//! Dataset edits for `Dataset::from_files`: one TOML file of `data/` with a value replaced,
//! a line dropped or a record duplicated, given as `path\ncontent`.

use crate::choice::Choices;

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
pub fn toml_edit(c: &mut impl Choices, files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let tomls: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(p, _)| p.ends_with(".toml")).collect();
    let Some((path, content)) = c.pick(&tomls).copied() else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(content);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for _ in 0..1 + c.below(3) {
        if lines.is_empty() {
            break;
        }
        let i = c.below(lines.len());
        match c.below(5) {
            0 | 1 => {
                if let Some(line) = lines.get_mut(i) {
                    if let Some(eq) = line.find(" = ") {
                        let key = line.get(..eq).unwrap_or("").to_owned();
                        let v = c.pick(&TOML_VALUES).copied().unwrap_or("0");
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
                let other = c.pick(&lines).cloned().unwrap_or_default();
                lines.insert(i, other);
            }
        }
    }
    format!("{path}\n{}", lines.join("\n")).into_bytes()
}

/// Tokens for the dataset mutator.
pub const DICT: [&str; 10] = [
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
