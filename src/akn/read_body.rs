//! Akoma Ntoso hierarchy read back into provision trees (the mapping of `body.rs` reversed),
//! with the elements quyche has no level for kept as unnumbered paragraphs and reported.

use roxmltree::Node;

use super::body::{APPENDIX_CONTAINER, NO_TEXT_CONTAINER, PARAGRAPH_CONTAINER};
use super::read::{child, elements, is, is_akn, qc_attr, said, walk, Ctx};
use super::MAX_DEPTH;
use crate::import::assign_citations;
use crate::import::Severity;
use crate::model::{eid_num, Attachment, Provenance, Provision, ProvisionKind};
use crate::{Error, Result};

/// Hierarchy elements of Akoma Ntoso that quyche has no level for: kept as paragraphs.
const OTHER_HIER: [&str; 22] = [
    "book",
    "tome",
    "title",
    "subtitle",
    "subpart",
    "subchapter",
    "subsection",
    "subparagraph",
    "clause",
    "subclause",
    "division",
    "subdivision",
    "indent",
    "alinea",
    "rule",
    "subrule",
    "proviso",
    "level",
    "transitional",
    "hcontainer",
    "crossHeading",
    "componentRef",
];

/// The kind an element stands for; `None` for what is not hierarchy.
fn kind_of(n: Node<'_, '_>) -> Option<(ProvisionKind, bool)> {
    if !is_akn(n) {
        return None;
    }
    let k = match n.tag_name().name() {
        "part" => ProvisionKind::Part,
        "chapter" => ProvisionKind::Chapter,
        "section" => ProvisionKind::Section,
        "article" => ProvisionKind::Article,
        "paragraph" => ProvisionKind::Clause,
        "point" => ProvisionKind::Point,
        "hcontainer" => match n.attribute("name") {
            Some(PARAGRAPH_CONTAINER) => ProvisionKind::Paragraph,
            Some(APPENDIX_CONTAINER) => ProvisionKind::Appendix,
            _ => return Some((ProvisionKind::Paragraph, false)),
        },
        other if OTHER_HIER.contains(&other) => return Some((ProvisionKind::Paragraph, false)),
        _ => return None,
    };
    Some((k, true))
}

/// A number as quyche keeps it: the citation word, brackets and the closing `.` or `)`
/// taken off (`Điều 20` → `20`, `2.` → `2`, `(a)` → `a`).
fn strip_num(display: &str) -> Option<String> {
    let mut t = display.trim();
    for w in [
        "Phần",
        "Chương",
        "Mục",
        "Điều",
        "Khoản",
        "Điểm",
        "Đoạn",
        "Phụ lục",
    ] {
        let upper = w.to_uppercase();
        for form in [w, upper.as_str()] {
            if let Some(rest) = t.strip_prefix(form) {
                if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                    t = rest.trim_start();
                }
            }
        }
    }
    let t = t
        .trim_start_matches('(')
        .trim_end_matches(['.', ')', ':'])
        .trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Where a node hangs: the tree's eId prefix (`att_1__`) and its parent.
#[derive(Clone, Copy)]
struct Place<'p> {
    prefix: &'p str,
    parent: Option<(ProvisionKind, &'p str)>,
    depth: usize,
}

/// The eId the importer would give a node that has none.
fn fallback_eid(kind: ProvisionKind, num: Option<&str>, ordinal: usize, at: Place<'_>) -> String {
    let nested = match kind {
        ProvisionKind::Section => matches!(at.parent, Some((ProvisionKind::Chapter, _))),
        ProvisionKind::Clause | ProvisionKind::Point | ProvisionKind::Paragraph => {
            at.parent.is_some()
        }
        _ => false,
    };
    let mut s = match at.parent.filter(|_| nested) {
        Some((_, eid)) => format!("{eid}__"),
        None => at.prefix.to_owned(),
    };
    match (kind, num) {
        (ProvisionKind::Paragraph, _) | (ProvisionKind::Appendix, None) => {
            s.push_str(if kind == ProvisionKind::Paragraph {
                "p_"
            } else {
                "app_"
            });
            s.push_str(&ordinal.to_string());
        }
        (k, n) => {
            s.push_str(k.eid_prefix());
            s.push('_');
            s.push_str(&eid_num(n.unwrap_or_default()));
        }
    }
    s
}

/// The document's body and its attachments: attached regulations, and appendices put back
/// at the end of the tree they belong to.
pub(crate) fn read_document(
    ctx: &mut Ctx<'_, '_>,
    document: Node<'_, '_>,
) -> Result<(Vec<Provision>, Vec<Attachment>)> {
    let top = Place {
        prefix: "",
        parent: None,
        depth: 0,
    };
    let mut body = match child(document, "body") {
        Some(b) => read_nodes(ctx, b, top)?,
        None => Vec::new(),
    };
    let mut attachments = Vec::new();
    if let Some(atts) = child(document, "attachments") {
        for a in elements(atts) {
            let Some(doc) = elements(a).find(|d| {
                is_akn(*d) && !matches!(d.tag_name().name(), "num" | "heading" | "subheading")
            }) else {
                continue;
            };
            if is(doc, "act") || is(doc, "bill") {
                let n = attachments.len().saturating_add(1);
                let eid = ctx.eid(a, format!("att_{n}"));
                let prefix = format!("{eid}__");
                let at = Place {
                    prefix: &prefix,
                    ..top
                };
                let mut tree = match child(doc, "body") {
                    Some(b) => read_nodes(ctx, b, at)?,
                    None => Vec::new(),
                };
                if let Some(inner) = child(doc, "attachments") {
                    read_appendices(ctx, inner, at, &mut tree)?;
                }
                let title = child(doc, "preface")
                    .and_then(|p| p.descendants().find(|d| is(*d, "docTitle")))
                    .map(|t| ctx.inline_text(t))
                    .unwrap_or_default();
                attachments.push(Attachment {
                    eid,
                    kind: doc.attribute("name").unwrap_or_default().to_owned(),
                    title,
                    body: tree,
                });
            } else {
                read_appendix(ctx, a, doc, top, &mut body)?;
            }
        }
    }
    assign_citations(&mut body);
    for a in &mut attachments {
        assign_citations(&mut a.body);
    }
    Ok((body, attachments))
}

fn read_appendices(
    ctx: &mut Ctx<'_, '_>,
    atts: Node<'_, '_>,
    at: Place<'_>,
    tree: &mut Vec<Provision>,
) -> Result<()> {
    for a in elements(atts) {
        let doc = elements(a).find(|d| {
            is_akn(*d) && !matches!(d.tag_name().name(), "num" | "heading" | "subheading")
        });
        match doc {
            Some(doc) if is(doc, "doc") => read_appendix(ctx, a, doc, at, tree)?,
            _ => ctx.diag(
                "akn_unmapped_element",
                Severity::Warning,
                said(
                    "an attachment of an attached document is not an appendix (a <doc>); left out",
                    "Một tệp đính kèm của văn bản kèm theo không phải là Phụ lục (một <doc>); đã lược bỏ",
                ),
                a,
                None,
            ),
        }
    }
    Ok(())
}

/// An attachment holding a `doc` (or another document type): an appendix.
fn read_appendix(
    ctx: &mut Ctx<'_, '_>,
    a: Node<'_, '_>,
    doc: Node<'_, '_>,
    at: Place<'_>,
    tree: &mut Vec<Provision>,
) -> Result<()> {
    if !is(doc, "doc") {
        ctx.diag(
            "akn_unmapped_element",
            Severity::Warning,
            said(
                format!(
                    "an attachment holding a <{}> is read as an appendix",
                    doc.tag_name().name()
                ),
                format!(
                    "Tệp đính kèm chứa một <{}> được đọc thành Phụ lục",
                    doc.tag_name().name()
                ),
            ),
            a,
            None,
        );
    }
    let num = child(a, "num")
        .map(|n| ctx.inline_text(n))
        .and_then(|n| strip_num(&n));
    let ordinal = tree
        .iter()
        .filter(|p| p.kind == ProvisionKind::Appendix)
        .count()
        .saturating_add(1);
    let eid = ctx.eid(
        a,
        fallback_eid(ProvisionKind::Appendix, num.as_deref(), ordinal, at),
    );
    let mut p = new_node(ctx, a, ProvisionKind::Appendix, num, eid);
    let inner = Place {
        parent: Some((ProvisionKind::Appendix, p.eid.as_str())),
        depth: at.depth.saturating_add(1),
        ..at
    };
    let mut lines = Vec::new();
    let mut children = Vec::new();
    if let Some(main) = child(doc, "mainBody").or_else(|| child(doc, "body")) {
        read_inside(ctx, main, inner, &mut lines, &mut children)?;
    }
    p.text = lines.join("\n");
    p.children = children;
    tree.push(p);
    Ok(())
}

/// A node with what its element says of itself (heading, status, note, source line).
fn new_node(
    ctx: &mut Ctx<'_, '_>,
    n: Node<'_, '_>,
    kind: ProvisionKind,
    num: Option<String>,
    eid: String,
) -> Provision {
    let heading = child(n, "heading").map(|h| ctx.inline_text(h));
    let restored = n.attribute("status") == Some("editorial");
    let line = qc_attr(n, "line").and_then(|l| l.parse().ok());
    Provision {
        kind,
        num,
        citation: String::new(),
        heading,
        text: String::new(),
        provenance: if restored {
            Provenance::Restored
        } else {
            Provenance::Source
        },
        note: ctx.notes.get(&eid).cloned(),
        eid,
        line,
        children: Vec::new(),
    }
}

/// The hierarchy inside a container (`body`), in order.
fn read_nodes(
    ctx: &mut Ctx<'_, '_>,
    container: Node<'_, '_>,
    at: Place<'_>,
) -> Result<Vec<Provision>> {
    let mut lines = Vec::new();
    let mut out = Vec::new();
    read_inside(ctx, container, at, &mut lines, &mut out)?;
    if !lines.is_empty() {
        ctx.diag(
            "akn_unmapped_element",
            Severity::Warning,
            said(
                format!(
                    "text directly in <{}> is kept as an unnumbered paragraph",
                    container.tag_name().name()
                ),
                format!(
                    "Nội dung nằm trực tiếp trong <{}> được giữ lại thành một đoạn không đánh số",
                    container.tag_name().name()
                ),
            ),
            container,
            None,
        );
        let ordinal = paragraphs(&out).saturating_add(1);
        let eid = fallback_eid(ProvisionKind::Paragraph, None, ordinal, at);
        let eid = ctx_unique(ctx, eid);
        let mut p = new_node(ctx, container, ProvisionKind::Paragraph, None, eid);
        p.text = lines.join("\n");
        p.heading = None;
        out.insert(0, p);
    }
    Ok(out)
}

fn ctx_unique(ctx: &mut Ctx<'_, '_>, eid: String) -> String {
    match ctx.seen.get_mut(&eid) {
        Some(c) => {
            *c = c.saturating_add(1);
            format!("{eid}_{c}")
        }
        None => {
            ctx.seen.insert(eid.clone(), 1);
            eid
        }
    }
}

fn paragraphs(nodes: &[Provision]) -> usize {
    nodes
        .iter()
        .filter(|p| p.kind == ProvisionKind::Paragraph)
        .count()
}

/// The hierarchy goes deeper than [`MAX_DEPTH`] at this line.
fn too_deep(line: impl std::fmt::Display) -> Error {
    Error::input(
        format!("the Akoma Ntoso hierarchy is nested deeper than {MAX_DEPTH} levels (line {line}); it was not read"),
        format!("cấu trúc Akoma Ntoso lồng sâu quá {MAX_DEPTH} cấp (dòng {line}); tài liệu không được đọc"),
    )
}

/// One hierarchy element and its subtree.
fn read_node(
    ctx: &mut Ctx<'_, '_>,
    n: Node<'_, '_>,
    kind: ProvisionKind,
    mapped: bool,
    at: Place<'_>,
    ordinal: usize,
) -> Result<Provision> {
    if at.depth > MAX_DEPTH {
        return Err(too_deep(ctx.line(n)));
    }
    let num = child(n, "num")
        .map(|x| ctx.inline_text(x))
        .and_then(|d| strip_num(&d));
    let eid = ctx.eid(n, fallback_eid(kind, num.as_deref(), ordinal, at));
    if !mapped {
        ctx.diag(
            "akn_unmapped_element",
            Severity::Warning,
            {
                let element = format!(
                    "<{}{}>",
                    n.tag_name().name(),
                    n.attribute("name")
                        .map(|x| format!(" name={x:?}"))
                        .unwrap_or_default()
                );
                said(
                    format!("{element} has no quyche level; kept as an unnumbered paragraph"),
                    format!(
                        "{element} không tương ứng với cấp nào trong mô hình của quyche; được giữ lại thành một đoạn không đánh số"
                    ),
                )
            },
            n,
            Some(&eid),
        );
    }
    let mut p = new_node(ctx, n, kind, num, eid);
    let inner = Place {
        parent: Some((kind, p.eid.as_str())),
        depth: at.depth.saturating_add(1),
        ..at
    };
    let mut lines = Vec::new();
    let mut children = Vec::new();
    read_inside(ctx, n, inner, &mut lines, &mut children)?;
    p.text = lines.join("\n");
    p.children = children;
    Ok(p)
}

/// What an element holds: its own lines (`content`, `intro`, paragraphs of a main body) and
/// its children (hierarchy, `wrapUp`), lists read through.
fn read_inside(
    ctx: &mut Ctx<'_, '_>,
    n: Node<'_, '_>,
    at: Place<'_>,
    lines: &mut Vec<String>,
    children: &mut Vec<Provision>,
) -> Result<()> {
    for c in elements(n) {
        if !is_akn(c) {
            continue;
        }
        let name = c.tag_name().name();
        match name {
            "num" | "heading" => {}
            "content" | "intro" if children.is_empty() => block_lines(ctx, c, lines),
            "p" => {
                if !children.is_empty() {
                    ctx.diag(
                        "akn_unmapped_element",
                        Severity::Warning,
                        said(
                            "text after the provisions of an appendix is read with its text before them",
                            "Nội dung nằm sau các quy định của Phụ lục được đọc gộp với phần nội dung đứng trước các quy định đó",
                        ),
                        c,
                        None,
                    );
                }
                let t = ctx.inline_text(c);
                lines.push(t);
            }
            "list" | "sublist" => {
                if at.depth > MAX_DEPTH {
                    return Err(too_deep(ctx.line(c)));
                }
                let deeper = Place {
                    depth: at.depth.saturating_add(1),
                    ..at
                };
                read_inside(ctx, c, deeper, lines, children)?;
            }
            "intro" | "wrapUp" => {
                let ordinal = paragraphs(children).saturating_add(1);
                let eid = ctx.eid(c, fallback_eid(ProvisionKind::Paragraph, None, ordinal, at));
                let mut p = new_node(ctx, c, ProvisionKind::Paragraph, None, eid);
                let mut own = Vec::new();
                block_lines(ctx, c, &mut own);
                p.text = own.join("\n");
                children.push(p);
            }
            "hcontainer" if c.attribute("name") == Some(NO_TEXT_CONTAINER) => {}
            "subheading" => ctx.diag(
                "akn_unmapped_element",
                Severity::Warning,
                said(
                    "<subheading> has no place in quyche's model; left out",
                    "<subheading> không có vị trí tương ứng trong mô hình của quyche; đã lược bỏ",
                ),
                c,
                None,
            ),
            _ => match kind_of(c) {
                Some((kind, mapped)) => {
                    let ordinal = if kind == ProvisionKind::Paragraph {
                        paragraphs(children).saturating_add(1)
                    } else {
                        0
                    };
                    let p = read_node(ctx, c, kind, mapped, at, ordinal)?;
                    children.push(p);
                }
                None if matches!(name, "content") => block_lines(ctx, c, lines),
                None => {
                    let mut own = Vec::new();
                    block_lines_of(ctx, c, &mut own);
                    ctx.diag(
                        "akn_unmapped_element",
                        Severity::Warning,
                        said(
                            format!("<{name}> has no place here in quyche's model; its text is kept as lines"),
                            format!("<{name}> không có vị trí tương ứng tại đây trong mô hình của quyche; nội dung được giữ lại thành các dòng"),
                        ),
                        c,
                        None,
                    );
                    lines.extend(own);
                }
            },
        }
    }
    Ok(())
}

/// The lines of a block container (`content`, `intro`, `wrapUp`, a note): one per `p`; other
/// blocks (tables, lists) flattened to their paragraphs and reported.
pub(crate) fn block_lines(ctx: &mut Ctx<'_, '_>, n: Node<'_, '_>, lines: &mut Vec<String>) {
    for c in elements(n) {
        if is(c, "p") {
            let t = ctx.inline_text(c);
            lines.push(t);
        } else {
            ctx.diag(
                "akn_flattened_block",
                Severity::Warning,
                said(
                    format!("<{}> is read as plain lines", c.tag_name().name()),
                    format!(
                        "<{}> được đọc thành các dòng văn bản thông thường",
                        c.tag_name().name()
                    ),
                ),
                c,
                None,
            );
            block_lines_of(ctx, c, lines);
        }
    }
}

/// The text-holding elements below a block (`p`, list items, table cells, ...), outermost
/// first, one line each: a linear walk, whatever the nesting.
fn block_lines_of(ctx: &mut Ctx<'_, '_>, n: Node<'_, '_>, lines: &mut Vec<String>) {
    const HOLDERS: [&str; 11] = [
        "p",
        "li",
        "td",
        "th",
        "item",
        "listIntroduction",
        "listWrapUp",
        "heading",
        "num",
        "caption",
        "subheading",
    ];
    let mut holders = Vec::new();
    walk(n, |d| {
        if is_akn(d) && HOLDERS.contains(&d.tag_name().name()) {
            holders.push(d);
            return false;
        }
        d.is_element()
    });
    for h in holders {
        let t = ctx.inline_text(h);
        lines.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::strip_num;

    #[test]
    fn numbers_lose_their_words_and_marks() {
        assert_eq!(strip_num("Điều 20").as_deref(), Some("20"));
        assert_eq!(strip_num("Phần thứ nhất").as_deref(), Some("thứ nhất"));
        assert_eq!(strip_num("CHƯƠNG IV").as_deref(), Some("IV"));
        assert_eq!(strip_num("2.").as_deref(), Some("2"));
        assert_eq!(strip_num("(a)").as_deref(), Some("a"));
        assert_eq!(strip_num("Phụ lục").as_deref(), None);
    }
}
