//! Line clean-up before reading: NFD → NFC, markdown residue (`**`, `*`, leading `#`s),
//! `[bookmark: ...]` residue, table pipes and tabs, non-breaking and zero-width spaces,
//! runs of spaces. Words are never changed. Headings run together on one line with `**`
//! (`Chương III**TITLE****Điều 8. ...**`) are split into lines.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::classify::{is_bare_division, is_structural};
use super::diag::{said, Diags};
use super::Severity;

/// One cleaned line with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// The cleaned text (NFC, single spaces, trimmed).
    pub text: String,
    /// The 1-based line of the input.
    pub line: usize,
    /// Bookmark names found on the line (or on blank lines just before it).
    pub bookmarks: Vec<String>,
    /// For a line inserted by a correction: the reason.
    pub restored: Option<String>,
}

/// What the clean-up changed, counted for one summary diagnostic per kind.
#[derive(Default)]
struct Tally {
    count: usize,
    first: Option<usize>,
}

impl Tally {
    fn hit(&mut self, line: usize) {
        self.count = self.count.saturating_add(1);
        if self.first.is_none() {
            self.first = Some(line);
        }
    }
}

#[derive(Default)]
struct Tallies {
    nfd: Tally,
    markdown: Tally,
    bookmark: Tally,
    table: Tally,
    space: Tally,
    control: Tally,
}

/// Cleans every line of `text`; reports the clean-ups as `info` diagnostics.
pub(crate) fn clean_text(text: &str, diags: &mut Diags) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut tallies = Tallies::default();
    let mut pending_bookmarks: Vec<String> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line_no = i.saturating_add(1);
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut bookmarks = Vec::new();
        let pieces = clean_line(raw, line_no, &mut tallies, &mut bookmarks, diags);
        if pieces.iter().all(String::is_empty) {
            pending_bookmarks.append(&mut bookmarks);
            out.push(Line {
                text: String::new(),
                line: line_no,
                bookmarks: Vec::new(),
                restored: None,
            });
            continue;
        }
        let mut first = true;
        for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            let mut marks = Vec::new();
            if first {
                marks.append(&mut pending_bookmarks);
                marks.append(&mut bookmarks);
                first = false;
            }
            out.push(Line {
                text: piece,
                line: line_no,
                bookmarks: marks,
                restored: None,
            });
        }
    }
    if tallies.control.count > 0 {
        // Not text at all (a terminal escape, a form feed): worth a warning, not just a note.
        diags.push(
            "control_character",
            Severity::Warning,
            said(
                format!(
                    "control characters (not text) replaced by spaces on {} line(s)",
                    tallies.control.count
                ),
                format!(
                    "Đã thay các ký tự điều khiển (không phải văn bản) bằng khoảng trắng trên {} dòng",
                    tallies.control.count
                ),
            ),
            tallies.control.first,
            None,
        );
    }
    let summaries: [(&Tally, &str, &str, &str); 5] = [
        (
            &tallies.nfd,
            "unicode_nfd",
            "decomposed (NFD) Unicode normalised to NFC",
            "Đã chuẩn hóa Unicode dạng tách (NFD) sang dạng dựng sẵn NFC",
        ),
        (
            &tallies.markdown,
            "markdown_residue",
            "markdown residue (`**`, `*`, `#`) removed",
            "Đã loại bỏ ký hiệu định dạng markdown còn sót (`**`, `*`, `#`)",
        ),
        (
            &tallies.bookmark,
            "bookmark_residue",
            "`[bookmark: ...]` residue removed",
            "Đã loại bỏ thẻ đánh dấu (bookmark) còn sót `[bookmark: ...]`",
        ),
        (
            &tallies.table,
            "table_residue",
            "table pipes and tabs removed",
            "Đã loại bỏ ký tự kẻ bảng (|) và ký tự tab",
        ),
        (
            &tallies.space,
            "nonstandard_whitespace",
            "non-breaking or zero-width spaces replaced",
            "Đã thay thế khoảng trắng không ngắt dòng hoặc khoảng trắng có độ rộng bằng không",
        ),
    ];
    for (tally, code, what, what_vi) in summaries {
        if tally.count > 0 {
            diags.push(
                code,
                Severity::Info,
                said(
                    format!("{what} on {} line(s)", tally.count),
                    format!("{what_vi} trên {} dòng", tally.count),
                ),
                tally.first,
                None,
            );
        }
    }
    out
}

/// Cleans one raw line; returns one piece, or several when headings ran together.
fn clean_line(
    raw: &str,
    line_no: usize,
    t: &mut Tallies,
    bookmarks: &mut Vec<String>,
    diags: &mut Diags,
) -> Vec<String> {
    // A byte search first: most lines have no '['.
    let without_marks = if raw.as_bytes().contains(&b'[') && raw.contains("[bookmark:") {
        strip_bookmarks(raw, bookmarks)
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    if !bookmarks.is_empty() {
        t.bookmark.hit(line_no);
    }
    // One pass: odd spaces mapped, runs of spaces squeezed, ends trimmed; and whether the
    // line may not be in NFC (any character outside the ranges precomposed Vietnamese uses).
    let src: &str = &without_marks;
    let mut s = String::with_capacity(src.len());
    let mut pending_space = false;
    let mut spaces = false;
    let mut tabs = false;
    let mut maybe_nfd = false;
    let mut control = false;
    // Characters kept as they are are copied by runs, not one by one.
    let mut run: Option<usize> = None;
    let bytes = src.as_bytes();
    // Most lines need nothing of the loop below: a byte scan says so, and they are copied whole.
    let mut i = if is_plain(src) {
        s.push_str(src);
        bytes.len()
    } else {
        0usize
    };
    while let Some(&b) = bytes.get(i) {
        // ASCII (most of a Vietnamese text's bytes) needs no decoding.
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            src.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
        };
        let at = i;
        i = i.saturating_add(c.len_utf8());
        let space = match c {
            ' ' => Some(true),
            c if c.is_ascii() && !c.is_ascii_control() => None,
            '\u{00a0}' | '\u{2007}' | '\u{202f}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => {
                spaces = true;
                Some(true)
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {
                spaces = true;
                Some(false)
            }
            '\t' => {
                tabs = true;
                Some(true)
            }
            c if c.is_control() => {
                control = true;
                Some(true)
            }
            c if c.is_whitespace() => Some(true),
            _ => None,
        };
        match space {
            // Mapped to a space (`true`) or dropped (`false`, zero-width).
            Some(mapped) => {
                if let Some(start) = run.take() {
                    s.push_str(src.get(start..at).unwrap_or_default());
                }
                if mapped {
                    pending_space = !s.is_empty();
                }
            }
            None => {
                if run.is_none() {
                    if pending_space {
                        s.push(' ');
                        pending_space = false;
                    }
                    run = Some(at);
                }
                if !(c < '\u{300}'
                    || ('\u{1E00}'..='\u{1EFF}').contains(&c)
                    || ('\u{2010}'..='\u{2027}').contains(&c))
                {
                    maybe_nfd = true;
                }
            }
        }
    }
    if let Some(start) = run {
        s.push_str(src.get(start..).unwrap_or_default());
    }
    if maybe_nfd && is_nfc_quick(s.chars()) != IsNormalized::Yes {
        let n: String = s.nfc().collect();
        if n != s {
            t.nfd.hit(line_no);
        }
        s = n;
    }
    if spaces {
        t.space.hit(line_no);
    }
    if control {
        t.control.hit(line_no);
    }
    // Leading markdown heading marks.
    // Most lines carry no residue: keep the squeezed line as it is.
    if !s.starts_with(['#', '|', '*'])
        && !s.ends_with(['|', '*'])
        && (!s.as_bytes().contains(&b'*') || !s.contains("**"))
    {
        if tabs {
            t.table.hit(line_no);
        }
        return vec![s];
    }
    let trimmed = s.trim();
    let mut markdown = false;
    let mut body = trimmed;
    if body.starts_with('#') {
        let after = body.trim_start_matches('#');
        if after.is_empty() || after.starts_with(' ') {
            body = after.trim_start();
            markdown = true;
        }
    }
    // Table pipes at either end.
    let depiped = body.trim_matches(|c: char| c == '|' || c.is_whitespace());
    if depiped.len() != body.len() && (body.starts_with('|') || body.ends_with('|')) {
        tabs = true;
    }
    let body = depiped;
    if tabs {
        t.table.hit(line_no);
    }
    let pieces: Vec<&str> = if body.contains("**") {
        markdown = true;
        let segments: Vec<&str> = body
            .split("**")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let split = segments.len() >= 2
            && (segments
                .iter()
                .skip(1)
                .any(|p| is_structural(&squeeze(strip_stars(p))))
                || segments
                    .first()
                    .is_some_and(|p| is_bare_division(&squeeze(strip_stars(p)))));
        if split {
            diags.push(
                "run_together_headings",
                Severity::Warning,
                said(
                    format!(
                        "{} headings or titles ran together on one line; split at the `**` marks",
                        segments.len()
                    ),
                    format!(
                        "{} đề mục hoặc tiêu đề bị dính liền trên cùng một dòng; đã tách tại các dấu `**`",
                        segments.len()
                    ),
                ),
                Some(line_no),
                None,
            );
            segments
        } else {
            vec![body]
        }
    } else {
        vec![body]
    };
    let mut result = Vec::with_capacity(pieces.len());
    for p in pieces {
        let (joined, changed) = if p.contains("**") {
            (std::borrow::Cow::Owned(p.replace("**", "")), true)
        } else {
            (std::borrow::Cow::Borrowed(p), false)
        };
        let stripped = strip_stars(&joined);
        if stripped.len() != joined.len() {
            markdown = true;
        }
        // The line is squeezed already; removing marks may leave double spaces.
        result.push(if changed {
            squeeze(stripped)
        } else {
            stripped.to_owned()
        });
    }
    if markdown {
        t.markdown.hit(line_no);
    }
    result
}

/// Whether the character loop of [`clean_line`] would copy `s` unchanged: no space at either
/// end or doubled, no tab, control character or odd space, and every character in the ranges
/// precomposed Vietnamese uses (so the line is NFC). A scan of the bytes, without decoding.
fn is_plain(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') || s.contains("  ") {
        return false;
    }
    // Control characters, and lead bytes of characters outside U+0000..=U+02FF, U+1000..=U+1FFF
    // and U+2000..=U+2FFF: without an early exit, so that the compiler can vectorise it.
    let odd = b.iter().fold(false, |odd, &c| {
        odd | (c < 0x20) | (c == 0x7f) | ((c >= 0xcc) & (c != 0xe1) & (c != 0xe2))
    });
    if odd {
        return false;
    }
    // The lead bytes left to look at with the bytes after them.
    for (i, &c) in b.iter().enumerate() {
        let after = |k: usize| b.get(i.saturating_add(k)).copied().unwrap_or(0);
        let fine = match c {
            // U+00A1..=U+00BF (U+0080..=U+00A0 are control characters and the no-break space).
            0xc2 => after(1) >= 0xa1,
            // U+1E00..=U+1EFF: the precomposed Vietnamese letters (Latin Extended Additional).
            0xe1 => (0xb8..=0xbb).contains(&after(1)),
            // U+2010..=U+2027: dashes, quotation marks, the ellipsis.
            0xe2 => after(1) == 0x80 && (0x90..=0xa7).contains(&after(2)),
            // ASCII (spaces single, controls excluded above), continuation bytes, and
            // U+00C0..=U+02FF (letters with their marks precomposed).
            _ => true,
        };
        if !fine {
            return false;
        }
    }
    true
}

/// Without leading and trailing `*` (markdown emphasis) and spaces.
fn strip_stars(s: &str) -> &str {
    s.trim().trim_matches('*').trim()
}

/// Runs of whitespace squeezed to one space, ends trimmed.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The line without `[bookmark: name]` marks; the names go to `names`.
fn strip_bookmarks<'a>(s: &'a str, names: &mut Vec<String>) -> std::borrow::Cow<'a, str> {
    const OPEN: &str = "[bookmark:";
    if !s.contains(OPEN) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start.saturating_add(OPEN.len())..).unwrap_or("");
        match after.find(']') {
            Some(end) => {
                names.push(after.get(..end).unwrap_or("").trim().to_owned());
                rest = after.get(end.saturating_add(1)..).unwrap_or("");
            }
            None => {
                // An unclosed mark: keep the text as it is.
                out.push_str(rest.get(start..).unwrap_or(""));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let mut d = Diags::default();
        clean_text(s, &mut d).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn splits_run_together_headings() {
        let got =
            texts("Chương III**TRÁCH NHIỆM QUẢN LÝ****Điều 8. Văn phòng Ủy ban nhân dân tỉnh**");
        assert_eq!(
            got,
            vec![
                "Chương III",
                "TRÁCH NHIỆM QUẢN LÝ",
                "Điều 8. Văn phòng Ủy ban nhân dân tỉnh"
            ]
        );
    }

    #[test]
    fn joins_bold_article_numbers() {
        assert_eq!(
            texts("**Điều 1.** Ban hành kèm theo"),
            vec!["Điều 1. Ban hành kèm theo"]
        );
        assert_eq!(texts("#### **Điều 4. Kinh phí**"), vec!["Điều 4. Kinh phí"]);
        assert_eq!(texts("*Căn cứ Luật;*"), vec!["Căn cứ Luật;"]);
    }

    #[test]
    fn plain_lines_are_the_ones_the_loop_keeps() {
        let nfd: String = "Điều".nfd().collect();
        for (line, plain) in [
            ("Điều 1. Phạm vi điều chỉnh – “trích” …", true),
            ("Ủy ban nhân dân tỉnh ¡x¿ ǅ", true),
            ("", true),
            (" Điều", false),
            ("Điều ", false),
            ("Điều  1", false),
            ("Điều\t1", false),
            ("Điều\u{a0}1", false),
            ("Điều\u{85}1", false),
            ("Điều\u{200b}1", false),
            ("Điều\u{2028}1", false),
            ("Điều\u{1f600}", false),
            ("Điều\u{0300}", false),
            ("Điều\u{1d00}", false),
            ("Điều\u{2030}", false),
            (nfd.as_str(), false),
            ("a\u{7f}b", false),
        ] {
            assert_eq!(is_plain(line), plain, "{line:?}");
            if plain {
                assert_eq!(texts(line).concat(), line);
            }
        }
    }

    #[test]
    fn removes_residue() {
        let mut d = Diags::default();
        let lines = clean_text(
            "[bookmark: dieu_16]Điều\u{00a0}15.\tTrách\u{200b} nhiệm |",
            &mut d,
        );
        assert_eq!(
            lines.first().map(|l| l.text.as_str()),
            Some("Điều 15. Trách nhiệm")
        );
        assert_eq!(
            lines.first().map(|l| l.bookmarks.clone()),
            Some(vec!["dieu_16".to_owned()])
        );
        let nfd: String = "Điều".nfd().collect();
        assert_eq!(texts(&nfd), vec!["Điều"]);
    }
}
