//! The comparison as one self-contained HTML page (no external assets) that sorts by column.

use std::fmt::Write as _;

use super::Comparison;

use crate::text::html::escape as esc;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}th{background:#eef;cursor:pointer;user-select:none}\
th[aria-sort=ascending]::after{content:' ▲'}th[aria-sort=descending]::after{content:' ▼'}\
.cite{color:#555;font-size:.85em}.none{color:#a00}.draft{font-style:italic}q{quotes:'«' '»'}";

// Sorting: click a header (or press Enter on it); cells are compared as text in Vietnamese
// collation (Đ after D), ties keep their order. `#sort=N` in the address sorts by the N-th column
// (1-based) on load and `#sort=-N` descending, by clicking the header, so a headless browser can
// check the sort without a driver; `#overflow` writes into `data-overflow` on <body> how many cells
// are drawn narrower than their content.
const SCRIPT: &str = "(function(){var ths=document.querySelectorAll('#compare thead th');\
function sortBy(i,asc){var th=ths[i],tb=th.closest('table').tBodies[0];\
ths.forEach(function(o){o.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');\
var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){\
var c=a.cells[i].textContent.trim().localeCompare(b.cells[i].textContent.trim(),'vi');return asc?c:-c});\
rows.forEach(function(r){tb.appendChild(r)})}\
ths.forEach(function(th,i){th.tabIndex=0;th.addEventListener('click',function(){sortBy(i,th.getAttribute('aria-sort')!=='ascending')});\
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();th.click()}})});\
var m=/^#sort=(-?)([0-9]+)$/.exec(location.hash);if(m){var th=ths[Number(m[2])-1];if(th){th.click();if(m[1])th.click()}}\
if(location.hash==='#overflow'){var n=0;document.querySelectorAll('th,td').forEach(function(c){if(c.scrollWidth>c.clientWidth+1)n++});\
document.body.setAttribute('data-overflow',String(n))}})();";

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
    let _ = write!(out, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>Bấm vào tiêu đề cột để sắp xếp (bấm lần nữa để đảo chiều).</p>\n", esc(&title), esc(&title));
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
