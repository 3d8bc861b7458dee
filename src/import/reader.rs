//! Reading a cleaned text in order: the preamble (header), the body, the closing
//! (signature, recipients), attached regulations ("QUY ĐỊNH"/"QUY CHẾ" with
//! "(Ban hành kèm theo ...)") and appendices.

use super::classify::{classify, is_upper_title, Class};
use super::clean::Line;
use super::diag::{said, Diags};
use super::tree::{At, Tree};
use super::Severity;

/// An attached regulation being read.
pub(crate) struct AttachmentRead {
    pub kind: String,
    pub title: String,
    pub tree: Tree,
}

/// The text split into its parts.
pub(crate) struct Read {
    pub preamble: Vec<Line>,
    /// The closing block right after the body (signature of the instrument).
    pub closing: Vec<Line>,
    pub body: Tree,
    pub attachments: Vec<AttachmentRead>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Preamble,
    Body,
    Closing,
    AttachmentHeader {
        seen_issued_with: bool,
        in_paren: bool,
    },
}

/// Whole lines that start a web site's own text after the law.
const SITE_MARKERS: [&str; 6] = [
    "Ý kiến bạn đọc",
    "Bình luận",
    "Tin liên quan",
    "Bài viết liên quan",
    "Gửi ý kiến",
    "Chia sẻ bài viết",
];

/// Lines of the signature and recipients block.
pub(crate) fn is_closing(text: &str) -> bool {
    const TITLES: [&str; 12] = [
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "CHỦ NHIỆM",
        "GIÁM ĐỐC",
        "TỔNG GIÁM ĐỐC",
        "CHÁNH ÁN",
        "VIỆN TRƯỞNG",
        "TỔNG KIỂM TOÁN",
    ];
    text.starts_with("Nơi nhận")
        || text.starts_with("TM.")
        || text.starts_with("KT.")
        || text.starts_with("TL.")
        || text.starts_with("TUQ.")
        || text == "./."
        || TITLES.contains(&text)
}

/// The kind of an attached regulation named alone on a line ("QUY ĐỊNH" → "Quy định").
fn attachment_kind_line(text: &str) -> Option<&'static str> {
    match text {
        "QUY ĐỊNH" => Some("Quy định"),
        "QUY CHẾ" => Some("Quy chế"),
        "ĐIỀU LỆ" => Some("Điều lệ"),
        "HƯỚNG DẪN" => Some("Hướng dẫn"),
        _ => None,
    }
}

fn is_issued_with(text: &str) -> bool {
    let t = text.trim_start_matches(['(', '*', ' ']);
    t.starts_with("Ban hành kèm theo")
        || t.starts_with("ban hành kèm theo")
        || t.starts_with("Kèm theo")
}

/// Whether "(Ban hành kèm theo ...)" comes within the few lines after `idx`.
fn issued_with_follows(lines: &[Line], idx: usize) -> bool {
    lines
        .iter()
        .skip(idx.saturating_add(1))
        .filter(|l| !l.text.is_empty())
        .take(4)
        .any(|l| is_issued_with(&l.text))
}

/// Whether a line in the preamble is the enacting formula ("QUYẾT ĐỊNH:").
fn is_formula(text: &str) -> bool {
    let Some(word) = text.strip_suffix(':') else {
        return false;
    };
    matches!(
        word.trim(),
        "QUYẾT ĐỊNH" | "QUYẾT NGHỊ" | "NGHỊ QUYẾT" | "NGHỊ ĐỊNH" | "CHỈ THỊ"
    )
}

/// The kind of the attachment a decision names in its text ("Ban hành kèm theo Quyết định
/// này Quy chế ..." → "Quy chế").
fn kind_named_in(tree: &Tree) -> Option<&'static str> {
    for n in &tree.nodes {
        for l in &n.lines {
            if let Some(i) = l.find("kèm theo") {
                let after = l.get(i..).unwrap_or("");
                let qc = after.find("Quy chế");
                let qd = after.find("Quy định");
                return match (qc, qd) {
                    (Some(a), Some(b)) => Some(if a < b { "Quy chế" } else { "Quy định" }),
                    (Some(_), None) => Some("Quy chế"),
                    (None, Some(_)) => Some("Quy định"),
                    (None, None) => None,
                };
            }
        }
    }
    None
}

/// Reads the cleaned lines.
pub(crate) fn read(lines: &[Line], diags: &mut Diags) -> Read {
    let mut r = Read {
        preamble: Vec::new(),
        closing: Vec::new(),
        body: Tree::new(0, ""),
        attachments: Vec::new(),
    };
    let mut mode = Mode::Preamble;
    let mut closing_started: Option<usize> = None;
    let mut closing_count = 0usize;
    let mut idx = 0usize;
    while let Some(line) = lines.get(idx) {
        let text = line.text.as_str();
        if SITE_MARKERS.contains(&text) && mode != Mode::Preamble {
            let rest = lines.len().saturating_sub(idx);
            let last = lines.last().map_or(line.line, |l| l.line);
            diags.push(
                "site_text",
                Severity::Warning,
                said(
                    format!("“{text}” starts the web site's own text ({rest} lines to line {last}); not part of the law, left out"),
                    format!("“{text}” mở đầu phần nội dung riêng của trang web ({rest} dòng, đến dòng {last}); không thuộc nội dung văn bản, đã lược bỏ"),
                ),
                Some(line.line),
                None,
            );
            break;
        }
        let class = classify(text);
        let at = At {
            line: line.line,
            restored: line.restored.as_deref(),
        };
        let tree: &mut Tree = match r.attachments.last_mut() {
            Some(a) => &mut a.tree,
            None => &mut r.body,
        };
        match mode {
            Mode::Preamble => match class {
                Class::Division { .. }
                | Class::Article { .. }
                | Class::Appendix { .. }
                | Class::Clause { .. }
                | Class::Point { .. } => {
                    mode = Mode::Body;
                    continue;
                }
                _ => {
                    if is_formula(text) {
                        mode = Mode::Body;
                    }
                    r.preamble.push(line.clone());
                }
            },
            Mode::Body => {
                if tree.in_appendix() {
                    match class {
                        Class::Blank => {}
                        Class::Appendix { num, title } => tree.add_appendix(num, title, &at),
                        _ => tree.add_text(text, &at, diags),
                    }
                } else if class != Class::Blank && is_closing(text) {
                    mode = Mode::Closing;
                    closing_started = Some(line.line);
                    closing_count = 0;
                    continue;
                } else if let Some(kind) =
                    attachment_kind_line(text).filter(|_| issued_with_follows(lines, idx))
                {
                    // In the body (no signature block before it) a lone "QUY ĐỊNH" starts an
                    // attachment only when "(Ban hành kèm theo ...)" follows.
                    start_attachment(&mut r, kind, diags, line.line);
                    mode = Mode::AttachmentHeader {
                        seen_issued_with: false,
                        in_paren: false,
                    };
                } else {
                    feed(tree, class, text, &at, diags);
                }
            }
            Mode::Closing => {
                let attachment_kind = attachment_kind_line(text);
                let starts_something = attachment_kind.is_some()
                    || is_issued_with(text)
                    || matches!(
                        class,
                        Class::Appendix { .. } | Class::Division { .. } | Class::Article { .. }
                    );
                if starts_something {
                    if let Some(first) = closing_started.take() {
                        note_closing(diags, closing_count, first);
                    }
                }
                if let Some(kind) = attachment_kind {
                    start_attachment(&mut r, kind, diags, line.line);
                    mode = Mode::AttachmentHeader {
                        seen_issued_with: false,
                        in_paren: false,
                    };
                } else if is_issued_with(text) {
                    // The kind line was lost: the kind is named in the decision's text.
                    let kind = kind_named_in(&r.body).unwrap_or("Quy định");
                    let title = r
                        .closing
                        .iter()
                        .rev()
                        .map(|l| l.text.as_str())
                        .find(|t| !t.is_empty())
                        .filter(|t| {
                            !is_closing(t) && is_upper_title(t) && t.split_whitespace().count() >= 3
                        })
                        .map(str::to_owned);
                    diags.push(
                        "missing_attachment_kind",
                        Severity::Warning,
                        said(
                            format!(
                                "the attached regulation has no “{}” title line; its kind is taken from the decision's text",
                                kind.to_uppercase()
                            ),
                            format!(
                                "Văn bản ban hành kèm theo không có dòng tên loại “{}”; loại văn bản được xác định theo nội dung của quyết định",
                                kind.to_uppercase()
                            ),
                        ),
                        Some(line.line),
                        None,
                    );
                    start_attachment(&mut r, kind, diags, line.line);
                    if let (Some(a), Some(t)) = (r.attachments.last_mut(), title) {
                        a.title = t;
                    }
                    mode = Mode::AttachmentHeader {
                        seen_issued_with: false,
                        in_paren: false,
                    };
                    continue;
                } else if starts_something {
                    if let Class::Appendix { num, title } = class {
                        tree.add_appendix(num, title, &at);
                        mode = Mode::Body;
                    } else {
                        // Provisions after a closing block with no attachment title.
                        let kind = kind_named_in(&r.body).unwrap_or("Quy định");
                        diags.push(
                            "missing_attachment_kind",
                            Severity::Warning,
                            said(
                                "provisions follow the signature block without the title of an attached regulation; read as an attachment",
                                "Sau phần chữ ký có các quy định nhưng không có tên của văn bản ban hành kèm theo; đã đọc thành văn bản kèm theo",
                            ),
                            Some(line.line),
                            None,
                        );
                        start_attachment(&mut r, kind, diags, line.line);
                        mode = Mode::Body;
                        continue;
                    }
                } else if r.attachments.is_empty() {
                    if !text.is_empty() {
                        closing_count = closing_count.saturating_add(1);
                    }
                    r.closing.push(line.clone());
                } else if !text.is_empty() {
                    closing_count = closing_count.saturating_add(1);
                }
            }
            Mode::AttachmentHeader {
                seen_issued_with,
                in_paren,
            } => match class {
                Class::Blank => {}
                Class::Division { .. } | Class::Article { .. } | Class::Appendix { .. } => {
                    mode = Mode::Body;
                    continue;
                }
                _ if in_paren || (!seen_issued_with && is_issued_with(text)) => {
                    let closed = text.contains(')');
                    diags.push(
                        "issued_with",
                        Severity::Info,
                        said(
                            format!("“{text}” ties the attached regulation to its decision; read, not a provision"),
                            format!("“{text}” xác định văn bản ban hành kèm theo thuộc quyết định nào; đã đọc, không phải là quy định"),
                        ),
                        Some(line.line),
                        None,
                    );
                    mode = Mode::AttachmentHeader {
                        seen_issued_with: true,
                        in_paren: !closed,
                    };
                }
                _ if !seen_issued_with => {
                    if let Some(a) = r.attachments.last_mut() {
                        if !a.title.is_empty() {
                            a.title.push(' ');
                        }
                        a.title.push_str(text);
                    }
                }
                _ => {
                    mode = Mode::Body;
                    continue;
                }
            },
        }
        idx = idx.saturating_add(1);
    }
    if mode == Mode::Preamble {
        // No heading, clause or formula anywhere: keep every line as a paragraph of the body
        // (the header is still read from them).
        for line in r.preamble.iter().filter(|l| !l.text.is_empty()) {
            let at = At {
                line: line.line,
                restored: line.restored.as_deref(),
            };
            r.body.add_text(&line.text, &at, diags);
        }
    }
    if mode != Mode::Preamble {
        // The preamble is read for the header only: say so, so that no line of it is dropped
        // without a word (a pasted fragment may start with prose before its first article).
        let mut kept = r.preamble.iter().filter(|l| !l.text.is_empty());
        if let Some(first) = kept.next() {
            let last = kept.next_back().map_or(first.line, |l| l.line);
            let count = r.preamble.iter().filter(|l| !l.text.is_empty()).count();
            diags.push(
                "preamble",
                Severity::Info,
                said(
                    format!("{count} line(s) from line {} to line {last} are the preamble, read for the header (issuer, number, date, title, bases); not provisions", first.line),
                    format!("{count} dòng, từ dòng {} đến dòng {last}, là phần mở đầu, được đọc để lấy thông tin đầu văn bản (cơ quan ban hành, số hiệu, ngày ban hành, trích yếu, căn cứ); không phải là quy định", first.line),
                ),
                Some(first.line),
                None,
            );
        }
    }
    if let Some(first) = closing_started {
        note_closing(diags, closing_count, first);
    }
    r
}

/// Says that the closing block (`count` lines from line `first`) was read for the signer only.
fn note_closing(diags: &mut Diags, count: usize, first: usize) {
    diags.push(
        "closing_block",
        Severity::Info,
        said(
            format!("{count} line(s) from line {first} are the signature and recipients block, read for the signer; not provisions"),
            format!("{count} dòng, từ dòng {first}, là phần chữ ký và nơi nhận, được đọc để xác định người ký; không phải là quy định"),
        ),
        Some(first),
        None,
    );
}

fn start_attachment(r: &mut Read, kind: &str, diags: &mut Diags, line: usize) {
    let n = r.attachments.len().saturating_add(1);
    let _ = (diags, line);
    r.attachments.push(AttachmentRead {
        kind: kind.to_owned(),
        title: String::new(),
        tree: Tree::new(n, &format!("att_{n}__")),
    });
}

/// Hands one body line to the tree.
fn feed(tree: &mut Tree, class: Class<'_>, text: &str, at: &At<'_>, diags: &mut Diags) {
    match class {
        Class::Blank => {}
        Class::Division { kind, num, title } => tree.add_division(kind, num, title, at, diags),
        Class::Article { num, rest } => tree.add_article(num, rest, at, diags),
        Class::Clause { num, text } => tree.add_clause(num, text, at, diags),
        Class::Point { letter, text } => tree.add_point(letter, text, at, diags),
        Class::Appendix { num, title } => tree.add_appendix(num, title, at),
        Class::Text => tree.add_text(text, at, diags),
    }
}
