//! A plain-text table for people: aligned columns, long cells wrapped to a width.

/// A table with a header row.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    max_width: usize,
}

impl Table {
    /// A table with these column titles.
    pub fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|s| (*s).to_owned()).collect(),
            rows: Vec::new(),
            max_width: 60,
        }
    }

    /// Adds a row (missing cells are blank, extra cells are dropped).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as text.
    pub fn render(&self) -> String {
        let n = self.header.len();
        let wrapped: Vec<Vec<Vec<String>>> = std::iter::once(&self.header)
            .chain(self.rows.iter())
            .map(|r| {
                (0..n)
                    .map(|i| wrap(r.get(i).map_or("", String::as_str), self.max_width))
                    .collect()
            })
            .collect();
        let widths: Vec<usize> = (0..n)
            .map(|i| {
                wrapped
                    .iter()
                    .flat_map(|r| r.get(i).into_iter().flatten())
                    .map(|l| l.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for (ri, row) in wrapped.iter().enumerate() {
            let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for line in 0..height {
                let cells: Vec<String> = (0..n)
                    .map(|i| {
                        let cell = row
                            .get(i)
                            .and_then(|c| c.get(line))
                            .map_or("", String::as_str);
                        let pad = widths
                            .get(i)
                            .copied()
                            .unwrap_or(0)
                            .saturating_sub(cell.chars().count());
                        format!("{cell}{}", " ".repeat(pad))
                    })
                    .collect();
                out.push_str(cells.join("  ").trim_end());
                out.push('\n');
            }
            if ri == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                out.push_str(&rule.join("  "));
                out.push('\n');
            }
        }
        out
    }
}

/// Splits a cell into lines of at most `width` chars, at spaces where possible.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split(' ') {
            let len = line.chars().count();
            if len > 0 && len + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}
