//! Synthetic provinces for the scale benchmarks and the scale test.
//!
//! Province `i` (1-based) copies the regulation, agencies and rules of one of the four seed
//! provinces (in turn: Trà Vinh, Quảng Ninh, Điện Biên, Sóc Trăng) under the id
//! `synthetic-NNNN` and the name `Thử Nghiệm NNNN`, and moves each dated deadline
//! ("trước ngày 30/11") by a deterministic number of days, in the schedule and in the text
//! alike, so that every quote stays verbatim in its provision. The result is the project's
//! `data/` plus these files, loadable by `Dataset::from_files` or, written out, by
//! `Dataset::from_dir`. It is test data only: it is not law.
//!
//! Used by examples/gen_provinces.rs, the scale test (tests/it/scale.rs) and the benches.

use std::path::Path;

/// The seed provinces copied, as (jurisdiction slug, name).
pub const SEEDS: [(&str, &str); 4] = [
    ("tra-vinh", "Trà Vinh"),
    ("quang-ninh", "Quảng Ninh"),
    ("dien-bien", "Điện Biên"),
    ("soc-trang", "Sóc Trăng"),
];

/// A dataset as (path relative to the root, contents) pairs.
pub type Files = Vec<(String, Vec<u8>)>;

/// The jurisdiction id of synthetic province `i`.
pub fn province_id(i: usize) -> String {
    format!("synthetic-{i:04}")
}

/// The name of synthetic province `i`.
pub fn province_name(i: usize) -> String {
    format!("Thử Nghiệm {i:04}")
}

/// The seed province synthetic province `i` copies.
pub fn seed_of(i: usize) -> (&'static str, &'static str) {
    SEEDS[i.saturating_sub(1) % SEEDS.len()]
}

/// The days by which province `i` moves its deadlines (1 to 5).
pub fn shift_of(i: usize) -> u32 {
    1 + (i % 5) as u32
}

/// The moved day of a deadline on day `day`: earlier for days after the 10th, later otherwise,
/// so it stays a valid day of the same month.
pub fn moved_day(day: u32, i: usize) -> u32 {
    if day > 10 {
        day.saturating_sub(shift_of(i))
    } else {
        day + shift_of(i)
    }
}

/// Reads every file under `dir`, sorted by relative path.
pub fn read_data(dir: &Path) -> std::io::Result<Files> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read(&path)?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes a dataset under `out` (created if missing).
pub fn write_data(files: &[(String, Vec<u8>)], out: &Path) -> std::io::Result<()> {
    for (rel, bytes) in files {
        let path = out.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

/// The (day, month) of every dated obligation in a rules.toml.
fn dated(rules: &str) -> Result<Vec<(u32, u32)>, String> {
    let value: toml::Value = toml::from_str(rules).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let obligations = value.get("obligation").and_then(|o| o.as_array());
    for ob in obligations.into_iter().flatten() {
        let Some(s) = ob.get("schedule") else {
            continue;
        };
        let get = |k: &str| s.get(k).and_then(|v| v.as_integer());
        if let (Some(d), Some(m)) = (get("day"), get("month")) {
            let dm = (d as u32, m as u32);
            if !out.contains(&dm) {
                out.push(dm);
            }
        }
    }
    Ok(out)
}

/// Replaces the date "D/M" or "D tháng M" after "ngày" (day written with or without a leading
/// zero) by the moved day, leaving full dates with a year ("ngày 30/11/2017", "ngày 30 tháng 11
/// năm 2017") alone. Returns the new text and the number of replacements.
pub fn move_date(
    text: &str,
    day: u32,
    month: u32,
    new_day: &dyn Fn(bool) -> String,
) -> (String, usize) {
    let mut out = text.to_owned();
    let mut count = 0;
    for padded in [false, true] {
        let d = if padded {
            format!("{day:02}")
        } else {
            day.to_string()
        };
        let nd = new_day(padded);
        for (sep, year_mark) in [("/", "/"), (" tháng ", " năm")] {
            for m in [month.to_string(), format!("{month:02}")] {
                let from = format!("ngày {d}{sep}{m}");
                let to = format!("ngày {nd}{sep}{m}");
                let mut result = String::with_capacity(out.len());
                let mut rest = out.as_str();
                while let Some(at) = rest.find(&from) {
                    let after = &rest[at + from.len()..];
                    let full_date = after.starts_with(year_mark)
                        || after.starts_with(|c: char| c.is_ascii_digit());
                    result.push_str(&rest[..at]);
                    if full_date {
                        result.push_str(&from);
                    } else {
                        result.push_str(&to);
                        count += 1;
                    }
                    rest = after;
                }
                result.push_str(rest);
                out = result;
            }
        }
    }
    (out, count)
}

/// The files of synthetic province `i` derived from the seed files in `base`.
fn province(base: &[(String, Vec<u8>)], i: usize) -> Result<Files, String> {
    let (seed, seed_name) = seed_of(i);
    let id = province_id(i);
    let name = province_name(i);
    let inst_prefix = format!("instruments/{seed}/");
    let agencies = format!("agencies/{seed}.toml");
    let mut dates = Vec::new();
    for (path, bytes) in base {
        if path.starts_with(&inst_prefix) && path.ends_with("/rules.toml") {
            let text = std::str::from_utf8(bytes).map_err(|e| format!("{path}: {e}"))?;
            dates.extend(dated(text).map_err(|e| format!("{path}: {e}"))?);
        }
    }
    let renames = [
        (seed_name.to_owned(), name.clone()),
        (seed_name.to_uppercase(), name.to_uppercase()),
        (seed.to_owned(), id.clone()),
    ];
    let mut out = Vec::new();
    for (path, bytes) in base {
        let new_path = if let Some(rest) = path.strip_prefix(&inst_prefix) {
            format!("instruments/{id}/{rest}")
        } else if *path == agencies {
            format!("agencies/{id}.toml")
        } else {
            continue;
        };
        let mut text = std::str::from_utf8(bytes)
            .map_err(|e| format!("{path}: {e}"))?
            .to_owned();
        for (from, to) in &renames {
            text = text.replace(from.as_str(), to);
        }
        // Two passes through placeholders, so that moving 10 → 15 and 15 → 10 in one text
        // does not move a date twice.
        let mark = |j: usize, padded: bool| {
            format!("\u{E000}{j}{}\u{E001}", if padded { "p" } else { "" })
        };
        for (j, &(day, month)) in dates.iter().enumerate() {
            text = move_date(&text, day, month, &|padded| mark(j, padded)).0;
            if path.ends_with("/rules.toml") {
                text = text.replace(
                    &format!("month = {month}, day = {day},"),
                    &format!("month = {month}, day = {},", mark(j, false)),
                );
            }
        }
        for (j, &(day, _)) in dates.iter().enumerate() {
            let new_day = moved_day(day, i);
            text = text
                .replace(&mark(j, false), &new_day.to_string())
                .replace(&mark(j, true), &format!("{new_day:02}"));
        }
        out.push((new_path, text.into_bytes()));
    }
    Ok(out)
}

/// The project's dataset `base` plus `n` synthetic provinces.
///
/// # Errors
/// A seed file that is not UTF-8 or not valid TOML.
pub fn generate(base: &[(String, Vec<u8>)], n: usize) -> Result<Files, String> {
    let mut out: Files = Vec::with_capacity(base.len() + n * 8);
    for (path, bytes) in base {
        if path == "jurisdictions.toml" {
            let mut text = String::from_utf8(bytes.clone()).map_err(|e| e.to_string())?;
            text.push_str(
                "\n# Synthetic provinces for benchmarks (test-support/src/synthetic.rs).\n",
            );
            for i in 1..=n {
                let (id, name) = (province_id(i), province_name(i));
                text.push_str(&format!(
                    "\n[[jurisdiction]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"province\"\naliases = [\"tỉnh {name}\"]\n"
                ));
            }
            out.push((path.clone(), text.into_bytes()));
        } else {
            out.push((path.clone(), bytes.clone()));
        }
    }
    for i in 1..=n {
        out.extend(province(base, i)?);
    }
    out.sort();
    Ok(out)
}
