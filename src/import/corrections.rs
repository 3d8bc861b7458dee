//! Editorial corrections kept as data (`corrections.toml`): restored lines and cuts,
//! each applied to the cleaned lines and recorded as a diagnostic.

use super::clean::Line;
use super::diag::{said, Diags};
use super::{Correction, Severity};
use crate::location::line_of;
use crate::{Error, Result};

/// Reads a `corrections.toml` (`[[correction]]` tables).
///
/// # Errors
/// [`Error::Input`] saying the line when the TOML is invalid, a table has an unknown
/// action or field, or a field is empty.
///
/// # Example
/// ```
/// use quyche::import::{corrections_from_toml, Correction};
/// let c = corrections_from_toml(r#"
/// [[correction]]
/// action = "cut_from"
/// from = "Ý kiến bạn đọc"
/// reason = "site text, not part of the law"
/// "#)?;
/// assert!(matches!(c.first(), Some(Correction::CutFrom { .. })));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn corrections_from_toml(text: &str) -> Result<Vec<Correction>> {
    // Syntax first: the parser's span gives the line.
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        Error::input(
            format!("corrections, line {line}: {}", e.message()),
            format!("tệp corrections, dòng {line}: {}", e.message()),
        )
    })?;
    // Line of each [[correction]] table, for the messages below.
    let table_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[correction]]")
        .map(|(i, _)| i.saturating_add(1))
        .collect();
    if let Some(key) = table.keys().find(|k| k.as_str() != "correction") {
        return Err(Error::input(
            format!("corrections: unknown key `{key}` (only [[correction]] tables are allowed)"),
            format!(
                "tệp corrections: khóa `{key}` không hợp lệ (chỉ cho phép các bảng [[correction]])"
            ),
        ));
    }
    let items = match table.get("correction") {
        None => return Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items.clone(),
        Some(_) => {
            return Err(Error::input(
                "corrections: `correction` must be [[correction]] tables",
                "tệp corrections: `correction` phải là các bảng [[correction]]",
            ))
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (k, item) in items.into_iter().enumerate() {
        let line = table_lines.get(k).copied().unwrap_or(1);
        let number = k.saturating_add(1);
        let c: Correction = item.try_into().map_err(|e: toml::de::Error| {
            Error::input(
                format!(
                    "corrections, line {line}: correction {number}: {}",
                    e.message()
                ),
                format!(
                    "tệp corrections, dòng {line}: mục sửa {number}: {}",
                    e.message()
                ),
            )
        })?;
        let empty = match &c {
            Correction::Restore {
                before,
                insert,
                reason,
            } => [("before", before), ("insert", insert), ("reason", reason)]
                .into_iter()
                .find(|(_, v)| v.trim().is_empty()),
            Correction::CutFrom { from, reason } => [("from", from), ("reason", reason)]
                .into_iter()
                .find(|(_, v)| v.trim().is_empty()),
        };
        if let Some((field, _)) = empty {
            return Err(Error::input(
                format!("corrections, line {line}: correction {number} has an empty `{field}`"),
                format!("tệp corrections, dòng {line}: mục sửa {number} có `{field}` để trống"),
            ));
        }
        out.push(c);
    }
    Ok(out)
}

/// Applies the corrections to the cleaned lines, in order.
pub(crate) fn apply(lines: &mut Vec<Line>, corrections: &[Correction], diags: &mut Diags) {
    for c in corrections {
        match c {
            Correction::Restore {
                before,
                insert,
                reason,
            } => {
                let before_n = crate::text::nfc(before.trim());
                match lines
                    .iter()
                    .position(|l| l.text == before_n && l.restored.is_none())
                {
                    Some(i) => {
                        let line = lines.get(i).map_or(0, |l| l.line);
                        lines.insert(
                            i,
                            Line {
                                text: crate::text::nfc(insert.trim()),
                                line,
                                bookmarks: Vec::new(),
                                restored: Some(reason.clone()),
                            },
                        );
                        diags.push(
                            "restored",
                            Severity::Info,
                            said(
                                format!(
                                    "restored “{}” before line {line}: {reason}",
                                    insert.trim()
                                ),
                                format!(
                                    "Đã khôi phục dòng “{}” trước dòng {line}; lý do (ghi bằng tiếng Anh): {reason}",
                                    insert.trim()
                                ),
                            ),
                            Some(line),
                            None,
                        );
                    }
                    None => diags.push(
                        "correction_not_applied",
                        Severity::Error,
                        said(
                            format!(
                                "no line equals “{}”: the restored line “{}” was not inserted",
                                before.trim(),
                                insert.trim()
                            ),
                            format!(
                                "Không có dòng nào trùng với “{}”: dòng khôi phục “{}” chưa được chèn",
                                before.trim(),
                                insert.trim()
                            ),
                        ),
                        None,
                        None,
                    ),
                }
            }
            Correction::CutFrom { from, reason } => {
                let from_n = crate::text::nfc(from.trim());
                match lines.iter().position(|l| l.text.starts_with(&from_n)) {
                    Some(i) => {
                        let first = lines.get(i).map_or(0, |l| l.line);
                        let last = lines.last().map_or(first, |l| l.line);
                        let count = lines.len().saturating_sub(i);
                        lines.truncate(i);
                        diags.push(
                            "cut",
                            Severity::Info,
                            said(
                                format!(
                                    "cut {count} line(s) from line {first} to line {last} (“{}”): {reason}",
                                    from.trim()
                                ),
                                format!(
                                    "Đã lược bỏ {count} dòng, từ dòng {first} đến dòng {last} (“{}”); lý do (ghi bằng tiếng Anh): {reason}",
                                    from.trim()
                                ),
                            ),
                            Some(first),
                            None,
                        );
                    }
                    None => diags.push(
                        "correction_not_applied",
                        Severity::Error,
                        said(
                            format!("no line starts with “{}”: nothing was cut", from.trim()),
                            format!(
                                "Không có dòng nào bắt đầu bằng “{}”: không lược bỏ dòng nào",
                                from.trim()
                            ),
                        ),
                        None,
                        None,
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_lines() {
        let bad = "[[correction]]\naction = \"restore\"\nbefore = \"x\"\n\n[[correction]]\naction = \"restore\"\nbefore = \"a\"\ninsert = \"\"\nreason = \"r\"\n";
        let err = corrections_from_toml(bad)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("line"), "{err}");
        let empty = "[[correction]]\naction = \"cut_from\"\nfrom = \"\"\nreason = \"r\"\n";
        let err = corrections_from_toml(empty)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("line 1") && err.contains("`from`"), "{err}");
        let unknown = "[[correction]]\naction = \"rename\"\n";
        assert!(corrections_from_toml(unknown).is_err());
    }
}
