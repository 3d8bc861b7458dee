//! The comparison as CSV: one row per province, one column per kind of obligation or body.

use super::Comparison;

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
    let mut header = vec!["province", "instrument"];
    header.extend(cmp.columns.iter().map(|c| c.key));
    let rows = cmp.rows.iter().map(|row| {
        let mut r = vec![row.name.clone(), row.instrument.clone()];
        r.extend(row.cells.iter().map(|rules| {
            rules
                .iter()
                .map(|r| format!("{} ({})", r.rule, r.citation))
                .collect::<Vec<_>>()
                .join("; ")
        }));
        r
    });
    crate::table::to_string(&header, rows)
}
