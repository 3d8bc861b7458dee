//! The comparison as CSV: one row per province, one column per kind of obligation or body.

use super::Comparison;

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn field(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
}

/// The comparison as CSV (`province,instrument,<column keys>`, CRLF line ends); each cell lists
/// its rules as `rule (citation)`, separated by `; `.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let csv = quyche::check::compare_csv(&quyche::check::compare(&ds, "deadlines")?);
/// assert!(csv.starts_with("province,instrument,annual_report_to_so,"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn compare_csv(cmp: &Comparison) -> String {
    let mut header = vec!["province".to_owned(), "instrument".to_owned()];
    header.extend(cmp.columns.iter().map(|c| c.key.to_owned()));
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in &cmp.rows {
        let mut r = vec![field(&row.name), field(&row.instrument)];
        r.extend(row.cells.iter().map(|rules| {
            let text = rules
                .iter()
                .map(|r| format!("{} ({})", r.rule, r.citation))
                .collect::<Vec<_>>()
                .join("; ");
            field(&text)
        }));
        out.push_str(&r.join(","));
        out.push_str("\r\n");
    }
    out
}
