//! A plain-text table for people: aligned columns that fit a width, long cells wrapped at spaces
//! by display width (a Vietnamese letter with its marks is one column wide, whether precomposed
//! or not), a word wider than its column broken, and no blank wrapped lines.

use unicode_width::UnicodeWidthStr;

/// How wide tables may be in this run (set once by `main`); unset: 100 columns.
static WIDTH: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();

/// Sets how wide tables may be: `None` (`--format wide`) for no limit.
pub fn set_width(width: Option<usize>) {
    let _ = WIDTH.set(width);
}

/// Whether this run prints every column at full width (`--format wide`).
pub fn is_wide() -> bool {
    matches!(WIDTH.get(), Some(None))
}

/// The space between two columns.
const GAP: &str = "  ";
/// The narrowest a column is squeezed to while a wider one can still give.
const MIN_COLUMN: usize = 8;

/// A table with a header row.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    caps: Vec<Option<usize>>,
}

/// How wide a table may be: the terminal's width (`COLUMNS`, else the terminal's own size),
/// 100 when the output is not a terminal; `None` (`--format wide`) for no limit.
pub fn width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n >= 20)
    {
        return n;
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w).max(20);
        }
    }
    100
}

impl Table {
    /// A table with these column titles.
    pub fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|s| crate::lang::header(s)).collect(),
            rows: Vec::new(),
            caps: Vec::new(),
        }
    }

    /// Caps column `i` at `width` when the table must be narrowed, before the others give: a
    /// reference column wraps so that the text column keeps its room.
    #[must_use]
    pub fn cap(mut self, i: usize, width: usize) -> Self {
        if self.caps.len() <= i {
            self.caps.resize(i + 1, None);
        }
        self.caps[i] = Some(width);
        self
    }

    /// Adds a row (missing cells are blank, extra cells are dropped).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as text, as wide as [`set_width`] allows.
    pub fn render(&self) -> String {
        self.render_to(*WIDTH.get().unwrap_or(&Some(100)))
    }

    /// The table as text, no wider than `width` columns (`None`: each cell wrapped at 60).
    pub fn render_to(&self, width: Option<usize>) -> String {
        let n = self.header.len();
        let cell = |r: &Vec<String>, i: usize| r.get(i).map_or("", String::as_str).to_owned();
        let all: Vec<&Vec<String>> = std::iter::once(&self.header).chain(&self.rows).collect();
        let natural: Vec<usize> = (0..n)
            .map(|i| {
                all.iter()
                    .flat_map(|r| {
                        cell(r, i)
                            .split('\n')
                            .map(UnicodeWidthStr::width)
                            .collect::<Vec<_>>()
                    })
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // The longest word of each column: a column is narrowed below it only when the table
        // cannot fit otherwise (an id or a decision number reads badly broken).
        let longest: Vec<usize> = (0..n)
            .map(|i| {
                all.iter()
                    .flat_map(|r| {
                        cell(r, i)
                            .split_whitespace()
                            .map(UnicodeWidthStr::width)
                            .collect::<Vec<_>>()
                    })
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let widths = match width {
            None => natural.iter().map(|w| (*w).min(60)).collect(),
            Some(total) => {
                let room = total.saturating_sub(GAP.len() * n.saturating_sub(1));
                let mut capped = natural.clone();
                if natural.iter().sum::<usize>() > room {
                    for (w, cap) in capped.iter_mut().zip(&self.caps) {
                        if let Some(cap) = cap {
                            *w = (*w).min(*cap);
                        }
                    }
                }
                fit(&capped, &longest, room)
            }
        };
        let wrapped: Vec<Vec<Vec<String>>> = all
            .iter()
            .map(|r| (0..n).map(|i| wrap(&cell(r, i), widths[i])).collect())
            .collect();
        let mut out = String::new();
        for (ri, row) in wrapped.iter().enumerate() {
            let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for line in 0..height {
                let mut text = String::new();
                for (i, c) in row.iter().enumerate() {
                    if i > 0 {
                        text.push_str(GAP);
                    }
                    let part = c.get(line).map_or("", String::as_str);
                    text.push_str(part);
                    text.push_str(&" ".repeat(widths[i].saturating_sub(part.width())));
                }
                out.push_str(text.trim_end());
                out.push('\n');
            }
            if ri == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                out.push_str(&rule.join(GAP));
                out.push('\n');
            }
        }
        out
    }
}

/// Text for people (a table and its notes, a tree, a report), each line wider than the width
/// tables get wrapped at spaces, its continuation lines indented as the line itself is.
pub fn paragraphs(text: &str) -> String {
    let width = *WIDTH.get().unwrap_or(&Some(100));
    let Some(width) = width else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.width() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        // Keep at least half the width for the text itself.
        let indent = if indent.width() * 2 > width {
            ""
        } else {
            indent
        };
        for part in wrap(body, width - indent.width()) {
            out.push_str(indent);
            out.push_str(&part);
            out.push('\n');
        }
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    out
}

/// Column widths whose sum is at most `room`: the natural widths when they fit, else the widest
/// columns narrowed first, none below [`MIN_COLUMN`] (or its natural width) while another can
/// give. When even that does not fit, the narrowest columns get what is left, at least 1 each.
fn fit(natural: &[usize], longest: &[usize], room: usize) -> Vec<usize> {
    let mut widths = natural.to_vec();
    // Whole words when they all fit side by side (a word of up to 24 columns kept whole),
    // else at least MIN_COLUMN.
    let whole =
        |i: usize| natural[i].min(longest.get(i).copied().unwrap_or(0).clamp(MIN_COLUMN, 24));
    let words_fit = (0..natural.len()).map(whole).sum::<usize>() <= room;
    let floor = |i: usize| {
        if words_fit {
            whole(i)
        } else {
            natural[i].min(MIN_COLUMN)
        }
    };
    while widths.iter().sum::<usize>() > room {
        // The widest column that can still give.
        let Some(i) = (0..widths.len())
            .filter(|&i| widths[i] > floor(i))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        else {
            break;
        };
        widths[i] -= 1;
    }
    // Too many columns for the room even at their floor: shrink the widest ones down to 1.
    while widths.iter().sum::<usize>() > room {
        let Some(i) = (0..widths.len())
            .filter(|&i| widths[i] > 1)
            .max_by_key(|&i| widths[i])
        else {
            break;
        };
        widths[i] -= 1;
    }
    widths
}

/// Splits a cell into lines at most `width` columns wide, at spaces; a word wider than the
/// column is broken. Blank lines of the cell are kept only between paragraphs.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            for piece in break_word(word, width) {
                let used = line.width();
                if used > 0 && used + 1 + piece.width() > width {
                    lines.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&piece);
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A word in pieces no wider than `width` (one piece when it fits).
fn break_word(word: &str, width: usize) -> Vec<String> {
    if word.width() <= width {
        return vec![word.to_owned()];
    }
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if piece.width() + w > width && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
        }
        piece.push(c);
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_the_width_and_keeps_every_word() {
        let mut t = Table::new(&["Hạn", "Nội dung"]);
        t.row(vec![
            "31/12/2026".into(),
            "Báo cáo kết quả thực hiện công tác thông tin đối ngoại hằng năm".into(),
        ]);
        let text = t.render_to(Some(30));
        assert!(text.lines().all(|l| l.width() <= 30), "{text}");
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| !w.starts_with('─'))
            .collect();
        assert_eq!(words.join(" "), "Hạn Nội dung 31/12/2026 Báo cáo kết quả thực hiện công tác thông tin đối ngoại hằng năm");
    }

    #[test]
    fn decomposed_vietnamese_is_measured_by_display_width() {
        // "Sở" written as S + o + combining horn + combining hook: two columns, four chars.
        let nfd = "So\u{31b}\u{309}";
        assert_eq!(nfd.chars().count(), 4);
        let mut t = Table::new(&["A", "B"]);
        t.row(vec![nfd.into(), "x".into()]);
        t.row(vec!["ab".into(), "y".into()]);
        let text = t.render_to(Some(80));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2], format!("{nfd}  x"));
        assert_eq!(lines[3], "ab  y");
    }

    #[test]
    fn a_word_wider_than_its_column_is_broken_and_no_line_is_blank() {
        assert_eq!(wrap("38/2018/QĐ-UBND", 8), vec!["38/2018/", "QĐ-UBND"]);
        assert_eq!(wrap("a  b\n", 10), vec!["a b"]);
        assert_eq!(fit(&[10, 50, 30], &[10, 5, 5], 40), vec![10, 15, 15]);
        assert_eq!(fit(&[10, 5], &[10, 5], 40), vec![10, 5]);
        // An id of 22 columns stays whole while the prose column gives.
        assert_eq!(fit(&[22, 60], &[22, 9], 50), vec![22, 28]);
    }
}
