//! Provision trees written as Akoma Ntoso hierarchy: Phần → `part`, Chương → `chapter`,
//! Mục → `section`, Điều → `article`, Khoản → `paragraph`, Điểm → `point` (in a `list` with
//! the clause's own text as its `intro`), unnumbered paragraphs → `wrapUp` after the last
//! numbered sibling or `hcontainer name="unnumberedParagraph"` elsewhere, Phụ lục → an
//! `attachment` (or `hcontainer name="appendix"` when it is not at the end of its tree).

use super::xml::Xml;
use super::QC_LINE;
use crate::model::{Provenance, Provision, ProvisionKind};
use crate::Result;

/// The `name` of the `hcontainer` of an unnumbered paragraph.
pub(crate) const PARAGRAPH_CONTAINER: &str = "unnumberedParagraph";
/// The `name` of the `hcontainer` of an appendix that is not at the end of its tree.
pub(crate) const APPENDIX_CONTAINER: &str = "appendix";
/// The `name` of the empty `hcontainer` standing for a body the dataset has no text of.
pub(crate) const NO_TEXT_CONTAINER: &str = "noText";

/// The element of a provision kind.
pub(crate) fn element(kind: ProvisionKind) -> &'static str {
    match kind {
        ProvisionKind::Part => "part",
        ProvisionKind::Chapter => "chapter",
        ProvisionKind::Section => "section",
        ProvisionKind::Article => "article",
        ProvisionKind::Clause => "paragraph",
        ProvisionKind::Point => "point",
        ProvisionKind::Paragraph | ProvisionKind::Appendix => "hcontainer",
    }
}

/// The `<num>` of a provision: the word of the citation and the number for divisions,
/// articles and appendices (`Điều 20`, `Chương IV`, `Phần thứ nhất`), `1.` for a clause and
/// `a)` for a point, as the texts write them.
pub(crate) fn num_display(kind: ProvisionKind, num: &str) -> String {
    match kind {
        ProvisionKind::Clause => format!("{num}."),
        ProvisionKind::Point => format!("{num})"),
        ProvisionKind::Paragraph => num.to_owned(),
        k => format!("{} {num}", k.vietnamese()),
    }
}

/// A tree split into what goes in the body and the appendices at its end (attachments).
pub(crate) fn split_appendices(tree: &[Provision]) -> (&[Provision], &[Provision]) {
    let trailing = tree
        .iter()
        .rev()
        .take_while(|p| p.kind == ProvisionKind::Appendix)
        .count();
    tree.split_at(tree.len().saturating_sub(trailing))
}

/// Every editorial note of a tree, with the eId it is about, in document order.
pub(crate) fn notes<'a>(tree: &'a [Provision], out: &mut Vec<(&'a str, &'a str)>) {
    for p in tree.iter().flat_map(Provision::walk) {
        if let Some(n) = &p.note {
            out.push((p.eid.as_str(), n.as_str()));
        }
    }
}

/// The attributes every provision element carries: its eId, `status="editorial"` when it is
/// restored, and its source line.
fn attrs<'a>(p: &'a Provision, line: &'a mut String) -> Vec<(&'static str, &'a str)> {
    let mut a = Vec::with_capacity(4);
    if !p.eid.is_empty() {
        a.push(("eId", p.eid.as_str()));
    }
    if p.provenance == Provenance::Restored {
        a.push(("status", "editorial"));
    }
    if let Some(l) = p.line {
        *line = l.to_string();
        a.push((QC_LINE, line.as_str()));
    }
    a
}

/// Writes the nodes of a body (or of any container of hierarchy), appendices included.
pub(crate) fn write_nodes(x: &mut Xml, nodes: &[Provision]) -> Result<()> {
    for p in nodes {
        write_node(x, p, false)?;
    }
    Ok(())
}

/// Writes `<body>`: the nodes, or an empty `hcontainer name="noText"` when there are none
/// (the schema wants at least one element, and nothing must be made up).
pub(crate) fn write_body(x: &mut Xml, nodes: &[Provision]) -> Result<()> {
    x.open("body", &[])?;
    if nodes.is_empty() {
        x.empty("hcontainer", &[("name", NO_TEXT_CONTAINER)])?;
    } else {
        write_nodes(x, nodes)?;
    }
    x.close("body");
    Ok(())
}

fn write_node(x: &mut Xml, p: &Provision, as_wrap_up: bool) -> Result<()> {
    let mut line = String::new();
    let mut a = attrs(p, &mut line);
    if as_wrap_up {
        x.open("wrapUp", &a)?;
        x.lines(&p.text)?;
        x.close("wrapUp");
        return Ok(());
    }
    let name = element(p.kind);
    match p.kind {
        ProvisionKind::Paragraph => a.push(("name", PARAGRAPH_CONTAINER)),
        ProvisionKind::Appendix => a.push(("name", APPENDIX_CONTAINER)),
        _ => {}
    }
    x.open(name, &a)?;
    write_num_heading(x, p)?;
    write_inside(x, p)?;
    x.close(name);
    Ok(())
}

/// `<num>` and `<heading>`.
pub(crate) fn write_num_heading(x: &mut Xml, p: &Provision) -> Result<()> {
    match (&p.num, p.kind) {
        (Some(n), k) => x.leaf("num", &[], &num_display(k, n))?,
        (None, ProvisionKind::Appendix) => {
            x.leaf("num", &[], ProvisionKind::Appendix.vietnamese())?
        }
        (None, _) => {}
    }
    if let Some(h) = &p.heading {
        x.leaf("heading", &[], h)?;
    }
    Ok(())
}

/// Whether the last child reads as a wrap-up: an unnumbered paragraph without children that
/// follows at least one numbered sibling.
fn wrap_up_index(children: &[Provision]) -> Option<usize> {
    let last = children.len().checked_sub(1)?;
    let p = children.get(last)?;
    let numbered_before = children
        .get(..last)
        .is_some_and(|before| before.iter().any(|c| c.kind != ProvisionKind::Paragraph));
    (p.kind == ProvisionKind::Paragraph
        && p.children.is_empty()
        && p.num.is_none()
        && numbered_before)
        .then_some(last)
}

/// A node's own text and children: `content` for a leaf, else `intro`, the children and a
/// `wrapUp`, inside a `list` when the children include points.
fn write_inside(x: &mut Xml, p: &Provision) -> Result<()> {
    if p.children.is_empty() {
        if !p.text.is_empty() {
            x.open("content", &[])?;
            x.lines(&p.text)?;
            x.close("content");
        }
        return Ok(());
    }
    let list = p.children.iter().any(|c| c.kind == ProvisionKind::Point);
    if list {
        x.open("list", &[])?;
    }
    if !p.text.is_empty() {
        x.open("intro", &[])?;
        x.lines(&p.text)?;
        x.close("intro");
    }
    let wrap = wrap_up_index(&p.children);
    for (i, c) in p.children.iter().enumerate() {
        write_node(x, c, Some(i) == wrap)?;
    }
    if list {
        x.close("list");
    }
    Ok(())
}

/// The inside of an appendix's `mainBody`: its text as paragraphs, then its children (an
/// empty `p` when it has neither: the schema wants one element).
pub(crate) fn write_appendix_content(x: &mut Xml, p: &Provision) -> Result<()> {
    if !p.text.is_empty() || p.children.is_empty() {
        x.lines(&p.text)?;
    }
    write_nodes(x, &p.children)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(kind: ProvisionKind, num: Option<&str>, eid: &str, text: &str) -> Provision {
        Provision {
            kind,
            num: num.map(str::to_owned),
            eid: eid.into(),
            citation: String::new(),
            heading: None,
            text: text.into(),
            provenance: Provenance::Source,
            note: None,
            line: None,
            children: vec![],
        }
    }

    #[test]
    fn points_go_in_a_list_with_the_clause_text_as_intro() {
        let mut clause = node(ProvisionKind::Clause, Some("2"), "art_2__para_2", "gồm:");
        clause.children = vec![
            node(
                ProvisionKind::Point,
                Some("a"),
                "art_2__para_2__point_a",
                "Một;",
            ),
            node(
                ProvisionKind::Paragraph,
                None,
                "art_2__para_2__p_1",
                "Cuối.",
            ),
        ];
        let mut x = Xml::with_capacity(256);
        write_nodes(&mut x, &[clause]).unwrap();
        let s = x.out;
        let order = [
            "<paragraph eId=\"art_2__para_2\">",
            "<num>2.</num>",
            "<list>",
            "<intro>",
            "<p>gồm:</p>",
            "<point eId=\"art_2__para_2__point_a\">",
            "<num>a)</num>",
            "<content>",
            "<wrapUp eId=\"art_2__para_2__p_1\">",
            "<p>Cuối.</p>",
            "</list>",
        ];
        let mut at = 0;
        for part in order {
            let found = s[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part} not after {at} in {s}"));
            at += found + part.len();
        }
    }

    #[test]
    fn trailing_appendices_are_split_off() {
        let tree = vec![
            node(ProvisionKind::Article, Some("1"), "art_1", "x"),
            node(ProvisionKind::Appendix, Some("01"), "app_1", "y"),
        ];
        let (body, apps) = split_appendices(&tree);
        assert_eq!((body.len(), apps.len()), (1, 1));
    }
}
