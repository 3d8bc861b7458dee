//! Cross-references inside provisions: "Điều 5", "khoản 2 Điều 3 Thông tư 22",
//! "Mục 1 Chương XI", "phụ lục 02 của Thông tư số 22/2016/TT-BTTTT". A reference is
//! `implements` when its sentence says "thực hiện theo" or "theo mẫu", otherwise `cites`.
//! A list ("khoản 1, 2 Điều 3", "các khoản 1, 2 và 3 Điều 5", "Điều 3, Điều 4") gives one
//! reference per item, each with the whole phrase as its quote.

use std::collections::HashMap;

use super::header::find_number;
use crate::model::{Provision, Reference, RelationKind};
use crate::text::slug;

/// A word of a line with its byte span.
#[derive(Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// Whether a comma followed the word ("1," in "khoản 1, 2"): a list goes on.
    comma: bool,
}

fn words(line: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(line.len() / 5);
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push_word(line, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push_word(line, s, line.len(), &mut out);
    }
    out
}

fn push_word<'a>(line: &'a str, s: usize, e: usize, out: &mut Vec<Word<'a>>) {
    let raw = line.get(s..e).unwrap_or("");
    let lead = raw
        .len()
        .saturating_sub(raw.trim_start_matches(['(', '“', '"']).len());
    let core = raw
        .trim_start_matches(['(', '“', '"'])
        .trim_end_matches([',', ';', '.', ':', ')', '”', '"']);
    let start = s.saturating_add(lead);
    let comma = raw
        .trim_end_matches(['.', ':', ')', '”', '"'])
        .ends_with(',');
    out.push(Word {
        text: core,
        start,
        end: start.saturating_add(core.len()),
        comma,
    });
}

/// The provision level a word names ("khoản" → Khoản), with how many words it takes.
fn level<'a>(ws: &[Word<'a>], i: usize) -> Option<(&'static str, usize)> {
    let w = ws.get(i)?.text;
    let lvl = match w {
        "Điều" | "điều" => "Điều",
        "Khoản" | "khoản" => "khoản",
        "Điểm" | "điểm" => "điểm",
        "Mục" | "mục" => "Mục",
        "Chương" | "chương" => "Chương",
        "Phụ" | "phụ" | "PHỤ" => {
            let next = ws.get(i.saturating_add(1))?.text;
            return matches!(next, "lục" | "LỤC").then_some(("Phụ lục", 2));
        }
        _ => return None,
    };
    Some((lvl, 1))
}

fn is_num_for(lvl: &str, w: &str) -> bool {
    let digits = !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    let roman = !w.is_empty() && w.chars().all(|c| "IVXLCDM".contains(c));
    match lvl {
        "điểm" => {
            w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_lowercase() || c == 'đ')
        }
        "Điều" => digits || w == "này",
        "Chương" | "Mục" | "Phụ lục" => digits || roman,
        _ => digits,
    }
}

/// Words that name another instrument ("Nghị định 72", "Thông tư số 22/2016/TT-BTTTT"):
/// the name, its first word capitalised and in lower case, and its second word.
const KINDS: [(&str, &str, &str, Option<&str>); 8] = [
    ("Nghị định", "Nghị", "nghị", Some("định")),
    ("Thông tư", "Thông", "thông", Some("tư")),
    ("Luật", "Luật", "luật", None),
    ("Quyết định", "Quyết", "quyết", Some("định")),
    ("Nghị quyết", "Nghị", "nghị", Some("quyết")),
    ("Chỉ thị", "Chỉ", "chỉ", Some("thị")),
    ("Quy chế", "Quy", "quy", Some("chế")),
    ("Quy định", "Quy", "quy", Some("định")),
];

fn kind_at(ws: &[Word<'_>], i: usize) -> Option<(&'static str, usize)> {
    let a = ws.get(i)?.text;
    let b = ws.get(i.saturating_add(1)).map_or("", |w| w.text);
    KINDS.iter().find_map(|(name, upper, lower, second)| {
        if a != *upper && a != *lower {
            return None;
        }
        match second {
            Some(k2) => (b == *k2).then_some((*name, 2)),
            None => Some((*name, 1)),
        }
    })
}

/// The dataset id an instrument with this number gets under the project's convention
/// (`<jurisdiction>/<number-slug>`): national numbers under `vn`, provincial ones
/// ("…/QĐ-UBND") under the citing instrument's province.
pub(crate) fn id_for_number(number: &str, own_jurisdiction: &str) -> String {
    let local = number.contains("UBND") || number.contains("HĐND");
    let j = if local {
        own_jurisdiction
    } else {
        crate::model::NATIONAL
    };
    format!("{j}/{}", slug(number))
}

/// The numbers one level word lists, from word `at` (its first number) on: "1, 2 và 3",
/// "1 hoặc 2", "1, khoản 2". Returns them with the index of the word after the last one.
fn numbers_at<'a>(ws: &[Word<'a>], lvl: &str, at: usize) -> (Vec<&'a str>, usize) {
    let mut nums = Vec::new();
    let mut k = at;
    while let Some(w) = ws.get(k).filter(|w| is_num_for(lvl, w.text)) {
        nums.push(w.text);
        let after = k.saturating_add(1);
        let mut m = after;
        let and = |m: usize| matches!(ws.get(m).map(|x| x.text), Some("và" | "hoặc"));
        if and(m) {
            m = m.saturating_add(1);
        } else if !w.comma {
            return (nums, after);
        }
        // The level word may be repeated: "khoản 1, khoản 2", "Điều 3 và Điều 4".
        if let Some((_, w2)) = level(ws, m).filter(|(l2, _)| *l2 == lvl) {
            m = m.saturating_add(w2);
        }
        if !ws.get(m).is_some_and(|x| is_num_for(lvl, x.text)) {
            return (nums, after);
        }
        k = m;
    }
    (nums, k)
}

/// How deep a level sits: a point inside a clause inside an article, and so on.
fn depth(l: &str) -> u8 {
    match l {
        "điểm" => 0,
        "khoản" => 1,
        "Điều" => 2,
        "Mục" => 3,
        "Chương" => 4,
        _ => 5,
    }
}

struct Mention {
    number: Option<String>,
    same: bool,
    end_word: usize,
}

/// An instrument named right after a provision chain (within a few words).
fn instrument_after(
    ws: &[Word<'_>],
    from: usize,
    aliases: &HashMap<String, String>,
) -> Option<Mention> {
    let mut i = from;
    // Skip linking words: "của", "tại", "theo".
    for _ in 0..2 {
        match ws.get(i).map(|w| w.text) {
            Some("của" | "tại" | "theo" | "thuộc") => i = i.saturating_add(1),
            _ => break,
        }
    }
    if ws.get(i).is_some_and(|w| w.text == "này") {
        return Some(Mention {
            number: None,
            same: true,
            end_word: i,
        });
    }
    let (kind, width) = kind_at(ws, i)?;
    let mut j = i.saturating_add(width);
    if ws.get(j).is_some_and(|w| w.text == "này") {
        return Some(Mention {
            number: None,
            same: true,
            end_word: j,
        });
    }
    if ws.get(j).is_some_and(|w| w.text == "số") {
        j = j.saturating_add(1);
    }
    let w = ws.get(j)?;
    if let Some(n) = find_number(w.text) {
        return Some(Mention {
            number: Some(n.to_owned()),
            same: false,
            end_word: j,
        });
    }
    if w.text.chars().all(|c| c.is_ascii_digit()) && !w.text.is_empty() {
        let short = format!("{kind} {}", w.text);
        let number = aliases.get(&short).cloned().unwrap_or(short);
        return Some(Mention {
            number: Some(number),
            same: false,
            end_word: j,
        });
    }
    None
}

/// Finds the references in every provision of one tree.
pub(crate) fn find_references(
    tree: &[Provision],
    own_jurisdiction: &str,
    aliases: &mut HashMap<String, String>,
    out: &mut Vec<Reference>,
) {
    for p in Provision::preorder(tree) {
        let article = p
            .citation
            .rfind("Điều ")
            .and_then(|i| p.citation.get(i.saturating_add("Điều ".len())..));
        for line in p.text.split('\n') {
            scan_line(p, line, article, own_jurisdiction, aliases, out);
        }
    }
}

fn scan_line(
    p: &Provision,
    line: &str,
    article: Option<&str>,
    own: &str,
    aliases: &mut HashMap<String, String>,
    out: &mut Vec<Reference>,
) {
    if line.is_empty() {
        return;
    }
    // Found out once, and only when the line has a reference (most have none).
    let kind_of_line = std::cell::OnceCell::new();
    let kind = || {
        *kind_of_line.get_or_init(|| {
            if ["thực hiện theo", "Thực hiện theo", "theo mẫu", "Theo mẫu"]
                .iter()
                .any(|k| line.contains(k))
            {
                RelationKind::Implements
            } else {
                RelationKind::Cites
            }
        })
    };
    // "(sau đây gọi tắt là Nghị định 72)" names a short form of the number before it.
    // `contains` first: a vectorised scan, much cheaper than `find` on the usual miss.
    let alias_at = if line.contains("gọi tắt là ") {
        line.find("gọi tắt là ")
    } else {
        None
    };
    if let Some(i) = alias_at {
        let before = line.get(..i).unwrap_or("");
        let after = line
            .get(i.saturating_add("gọi tắt là ".len())..)
            .unwrap_or("");
        let alias = after.split([')', ',', ';']).next().unwrap_or("").trim();
        if let Some(n) = before.split_whitespace().rev().find_map(find_number) {
            if !alias.is_empty() {
                aliases.insert(alias.to_owned(), n.to_owned());
            }
        }
    }
    // Every reference has a number or names a chapter or an appendix: skip other lines.
    if !may_refer(line) {
        return;
    }
    let ws = words(line);
    let mut i = 0usize;
    while i < ws.len() {
        // Level and kind words start with one of a few letters: skip the others quickly.
        let starts = ws.get(i).and_then(|w| w.text.bytes().next());
        if !matches!(
            starts,
            Some(
                b'K' | b'k'
                    | b'M'
                    | b'm'
                    | b'C'
                    | b'c'
                    | b'P'
                    | b'p'
                    | b'N'
                    | b'n'
                    | b'T'
                    | b't'
                    | b'L'
                    | b'l'
                    | b'Q'
                    | b'q'
                    | 0xC4
            )
        ) {
            i = i.saturating_add(1);
            continue;
        }
        let Some((lvl, width)) = level(&ws, i) else {
            // A numbered instrument named on its own.
            if let Some((_, kw)) = kind_at(&ws, i) {
                let mut j = i.saturating_add(kw);
                if ws.get(j).is_some_and(|w| w.text == "số") {
                    j = j.saturating_add(1);
                }
                if let Some(n) = ws.get(j).and_then(|w| find_number(w.text)) {
                    let start = ws.get(i).map_or(0, |w| w.start);
                    let end = ws.get(j).map_or(start, |w| w.end);
                    out.push(Reference {
                        kind: kind(),
                        from: p.eid.clone(),
                        instrument: Some(id_for_number(n, own)),
                        instrument_number: Some(n.to_owned()),
                        citation: None,
                        quote: line.get(start..end).unwrap_or("").to_owned(),
                    });
                    i = j.saturating_add(1);
                    continue;
                }
            }
            i = i.saturating_add(1);
            continue;
        };
        // A chain of levels with numbers: "điểm a khoản 2 Điều 3", always going one way
        // (inward or outward); one of its levels may list several numbers.
        let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut j = i;
        let mut w = width;
        let mut lv = lvl;
        let mut listed = false;
        let mut outward: Option<bool> = None;
        loop {
            let (nums, next) = numbers_at(&ws, lv, j.saturating_add(w));
            if nums.is_empty() || (listed && nums.len() > 1) {
                // A second list would make the reading ambiguous ("khoản 1, 2 Điều 3, 4"):
                // it starts a chain of its own.
                break;
            }
            listed |= nums.len() > 1;
            groups.push((lv, nums));
            j = next;
            let Some((l2, w2)) = level(&ws, j) else {
                break;
            };
            let out = depth(l2) > depth(lv);
            // The same level again, or a turn, starts another chain ("Điều 3 khoản 2 Điều 4").
            if depth(l2) == depth(lv) || outward.is_some_and(|o| o != out) {
                break;
            }
            outward = Some(out);
            lv = l2;
            w = w2;
        }
        if groups.is_empty() {
            i = i.saturating_add(1);
            continue;
        }
        let mention = instrument_after(&ws, j, aliases);
        let last_word = mention.as_ref().map_or(j.saturating_sub(1), |m| m.end_word);
        let start = ws.get(i).map_or(0, |x| x.start);
        let end = ws.get(last_word).map_or(line.len(), |x| x.end);
        // Outermost-first wording ("Điều 3 khoản 2") is put innermost first.
        if outward == Some(false) {
            groups.reverse();
        }
        let listed_at = groups.iter().position(|(_, nums)| nums.len() > 1);
        let items = listed_at
            .and_then(|k| groups.get(k))
            .map_or(1, |(_, nums)| nums.len());
        let citations: Vec<String> = (0..items)
            .map(|item| citation_of(&groups, listed_at, item, article))
            .collect();
        let (instrument, number) = match &mention {
            Some(Mention { same: true, .. }) | None => (None, None),
            Some(Mention {
                number: Some(n), ..
            }) => {
                let id = n.contains('/').then(|| id_for_number(n, own));
                (id, Some(n.clone()))
            }
            Some(Mention { number: None, .. }) => (None, None),
        };
        let quote = line.get(start..end).unwrap_or("");
        let kind = kind();
        for citation in citations {
            out.push(Reference {
                kind,
                from: p.eid.clone(),
                instrument: instrument.clone(),
                instrument_number: number.clone(),
                citation: Some(citation),
                quote: quote.to_owned(),
            });
        }
        i = last_word.saturating_add(1).max(i.saturating_add(1));
    }
}

/// Whether a line has a digit or names a chapter or an appendix ("Chương", "chương", "Phụ lục",
/// "phụ lục", "PHỤ LỤC"): every reference does. One pass over the bytes.
fn may_refer(line: &str) -> bool {
    const NAMES: [&str; 5] = ["Chương", "chương", "Phụ lục", "phụ lục", "PHỤ LỤC"];
    line.bytes().enumerate().any(|(i, b)| match b {
        b'0'..=b'9' => true,
        b'C' | b'c' | b'P' | b'p' => line
            .get(i..)
            .is_some_and(|rest| NAMES.iter().any(|n| rest.starts_with(n))),
        _ => false,
    })
}

/// The citation of item `item` of a chain's list ("Khoản 2 Điều 3" for the second item of
/// "khoản 1, 2 Điều 3"), innermost level first, capitalised; "này" is the citing article.
fn citation_of(
    groups: &[(&str, Vec<&str>)],
    listed_at: Option<usize>,
    item: usize,
    article: Option<&str>,
) -> String {
    groups
        .iter()
        .enumerate()
        .map(|(k, (l, nums))| {
            let pick = if Some(k) == listed_at { item } else { 0 };
            let n = nums.get(pick).copied().unwrap_or("");
            let n = if n == "này" {
                article.unwrap_or("này")
            } else {
                n
            };
            let word = if k == 0 {
                let mut cs = l.chars();
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                    .unwrap_or_default()
            } else {
                (*l).to_owned()
            };
            format!("{word} {n}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}
