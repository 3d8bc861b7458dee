//! The comparison as one self-contained HTML page (no external assets) that sorts by column.

use std::fmt::Write as _;

use super::Comparison;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}th{background:#eef;cursor:pointer;user-select:none}\
th[aria-sort=ascending]::after{content:' ▲'}th[aria-sort=descending]::after{content:' ▼'}\
.cite{color:#555;font-size:.85em}.none{color:#a00}.draft{font-style:italic}q{quotes:'«' '»'}";

// Sorting: click a header; the text of the cells is compared in Vietnamese collation.
const SCRIPT: &str = "document.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){\
var tb=th.closest('table').tBodies[0];var asc=th.getAttribute('aria-sort')!=='ascending';\
th.closest('tr').querySelectorAll('th').forEach(function(o){o.removeAttribute('aria-sort')});\
th.setAttribute('aria-sort',asc?'ascending':'descending');\
var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){\
var x=a.cells[i].textContent.trim(),y=b.cells[i].textContent.trim();return asc?x.localeCompare(y,'vi'):y.localeCompare(x,'vi')});\
rows.forEach(function(r){tb.appendChild(r)})})});";

/// The page.
///
/// # Example
/// ```
/// let ds = quyche::dataset::Dataset::embedded()?;
/// let page = quyche::check::compare_html(&quyche::check::compare(&ds, "deadlines")?);
/// assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<table"));
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn compare_html(cmp: &Comparison) -> String {
    let mut out = String::new();
    let title = format!("quyche – so sánh các tỉnh ({})", cmp.what);
    let _ = write!(out, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n", esc(&title), esc(&title));
    out.push_str("<table id=\"compare\">\n<thead><tr><th scope=\"col\">Tỉnh</th><th scope=\"col\">Văn bản</th>");
    for c in &cmp.columns {
        let _ = write!(
            out,
            "<th scope=\"col\" data-key=\"{}\">{}</th>",
            esc(c.key),
            esc(c.title)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &cmp.rows {
        let class = if row.draft { " class=\"draft\"" } else { "" };
        let _ = write!(
            out,
            "<tr{class}><td>{}</td><td>{}{}</td>",
            esc(&row.name),
            esc(&row.instrument),
            if row.draft { " (dự thảo)" } else { "" }
        );
        for cell in &row.cells {
            if cell.is_empty() {
                out.push_str("<td class=\"none\">—</td>");
                continue;
            }
            out.push_str("<td>");
            for (i, c) in cell.iter().enumerate() {
                if i > 0 {
                    out.push_str("<hr>");
                }
                let _ = write!(
                    out,
                    "{}<br><span class=\"cite\">{} · <q>{}</q></span>",
                    esc(&c.rule),
                    esc(&c.citation),
                    esc(&c.quote)
                );
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</tbody>\n</table>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}
