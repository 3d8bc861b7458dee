//! Finishing a tree: every node becomes a [`Provision`] with its eId and its citation. Citations
//! are written by the crate's one renderer, [`Citation`]'s `Display`.

use std::collections::HashMap;

use super::Tree;
use crate::import::numbers::eid_num;
use crate::model::{Citation, Provenance, Provision, ProvisionKind};

/// What a node's children need of it.
#[derive(Clone, Copy)]
pub(super) struct Parent<'a> {
    pub(super) kind: ProvisionKind,
    pub(super) eid: &'a str,
    pub(super) citation: &'a Citation,
}

/// What building a tree's provisions keeps between nodes.
struct Build {
    /// The eId given to each node (by node index).
    eids: Vec<String>,
    /// How many times each eId has been given (a duplicate gets `_2`, `_3`).
    seen: HashMap<String, usize>,
}

/// Where a node stands among its siblings.
#[derive(Clone, Copy)]
pub(super) struct Place<'a> {
    /// Its rank among the unnumbered paragraphs (or appendices) of its parent.
    pub(super) ordinal: usize,
    /// For a paragraph after a numbered clause: that clause's citation, and the paragraph's
    /// rank within it (the clause's numbered opening paragraph is the first).
    pub(super) after: Option<(&'a Citation, usize)>,
}

impl Tree {
    /// The finished tree, and the eId of every node (by node index). The nodes' texts are moved
    /// into the provisions; the tree keeps its shape (kinds, numbers, children) for counting.
    pub fn finish(&mut self) -> (Vec<Provision>, Vec<String>) {
        let mut ctx = Build {
            eids: vec![String::new(); self.nodes.len()],
            seen: HashMap::with_capacity(self.nodes.len()),
        };
        let roots = std::mem::take(&mut self.roots);
        let built = self.build_all(&roots, None, &mut ctx);
        self.roots = roots;
        (built, ctx.eids)
    }

    /// Builds siblings in order, giving unnumbered paragraphs and appendices their ordinals.
    fn build_all(
        &mut self,
        ids: &[usize],
        parent: Option<Parent<'_>>,
        ctx: &mut Build,
    ) -> Vec<Provision> {
        let mut out = Vec::with_capacity(ids.len());
        let (mut paragraphs, mut appendices) = (0usize, 0usize);
        // The last numbered clause among these siblings, and how many paragraphs it holds so far:
        // everything between "5." and "6." belongs to khoản 5.
        let mut clause: Option<(Citation, usize)> = None;
        for &i in ids {
            let kind = self.node(i).map(|n| n.kind);
            let ordinal = match kind {
                Some(ProvisionKind::Paragraph) => {
                    paragraphs = paragraphs.saturating_add(1);
                    paragraphs
                }
                Some(ProvisionKind::Appendix) => {
                    appendices = appendices.saturating_add(1);
                    appendices
                }
                _ => 0,
            };
            let after = match (kind, clause.as_mut()) {
                (Some(ProvisionKind::Paragraph), Some((c, n))) => {
                    *n = n.saturating_add(1);
                    Some((&*c, *n))
                }
                _ => None,
            };
            let place = Place { ordinal, after };
            if let Some((p, cite)) = self.build(i, place, parent, ctx) {
                match p.kind {
                    ProvisionKind::Clause => clause = Some((cite, 1)),
                    ProvisionKind::Paragraph => {}
                    _ => clause = None,
                }
                out.push(p);
            }
        }
        out
    }

    /// One provision and its subtree, with its citation as steps (for its siblings).
    fn build(
        &mut self,
        i: usize,
        place: Place<'_>,
        parent: Option<Parent<'_>>,
        ctx: &mut Build,
    ) -> Option<(Provision, Citation)> {
        let n = self.node(i)?;
        let kind = n.kind;
        let num = n.num.as_deref().unwrap_or_default();
        let ordinal = place.ordinal;
        let nested = nested(kind, parent);
        let mut base = String::with_capacity(48);
        match parent.filter(|_| nested) {
            Some(p) => {
                base.push_str(p.eid);
                base.push_str("__");
            }
            None => base.push_str(&self.prefix),
        }
        match kind {
            ProvisionKind::Paragraph => push_fmt(&mut base, format_args!("p_{ordinal}")),
            ProvisionKind::Appendix => match &n.num {
                Some(num) => {
                    base.push_str("app_");
                    base.push_str(&eid_num(num));
                }
                None => push_fmt(&mut base, format_args!("app_{ordinal}")),
            },
            kind => {
                base.push_str(kind.eid_prefix());
                base.push('_');
                base.push_str(&eid_num(num));
            }
        }
        let eid = match ctx.seen.get_mut(base.as_str()) {
            Some(count) => {
                *count = count.saturating_add(1);
                format!("{base}_{count}")
            }
            None => {
                ctx.seen.insert(base.clone(), 1);
                base
            }
        };
        let cite = citation(kind, num, n.num.is_some(), place, parent, nested);
        let citation = cite.to_string();
        if let Some(slot) = ctx.eids.get_mut(i) {
            slot.clone_from(&eid);
        }
        let n = self.node_mut(i)?;
        let ids = std::mem::take(&mut n.children);
        let children = self.build_all(
            &ids,
            Some(Parent {
                kind,
                eid: &eid,
                citation: &cite,
            }),
            ctx,
        );
        let n = self.node_mut(i)?;
        n.children = ids;
        let mut lines = std::mem::take(&mut n.lines);
        let text = if lines.len() == 1 {
            lines.pop().unwrap_or_default()
        } else {
            lines.join("\n")
        };
        let restored = n.restored.take();
        let provision = Provision {
            kind,
            num: n.num.take(),
            eid,
            citation,
            heading: n.heading.take(),
            text,
            provenance: if restored.is_some() {
                Provenance::Restored
            } else {
                Provenance::Source
            },
            note: restored,
            line: Some(n.line),
            children,
        };
        Some((provision, cite))
    }
}

/// A node's citation within its tree (an attachment's anchor is added once the tree is done).
pub(super) fn citation(
    kind: ProvisionKind,
    num: &str,
    numbered: bool,
    place: Place<'_>,
    parent: Option<Parent<'_>>,
    nested: bool,
) -> Citation {
    let within = |ok: bool, step: &str| match parent.filter(|_| ok) {
        Some(p) => p.citation.child(kind, step),
        None => Citation::single(kind, step),
    };
    match kind {
        ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Article => {
            Citation::single(kind, num)
        }
        ProvisionKind::Section => within(nested, num),
        ProvisionKind::Appendix if numbered => Citation::single(kind, num),
        // "Phụ lục" with no number: the step's number is left empty.
        ProvisionKind::Appendix => Citation::single(kind, ""),
        ProvisionKind::Clause | ProvisionKind::Point => within(
            parent
                .is_some_and(|p| matches!(p.kind, ProvisionKind::Article | ProvisionKind::Clause)),
            num,
        ),
        ProvisionKind::Paragraph => match place.after {
            Some((clause, n)) => clause.child(kind, &n.to_string()),
            None => within(
                parent.is_some_and(|p| {
                    matches!(
                        p.kind,
                        ProvisionKind::Article | ProvisionKind::Clause | ProvisionKind::Point
                    )
                }),
                &place.ordinal.to_string(),
            ),
        },
    }
}

/// Whether a node's eId and citation are prefixed by its parent's: articles, chapters, parts and
/// appendices are not.
pub(super) fn nested(kind: ProvisionKind, parent: Option<Parent<'_>>) -> bool {
    match kind {
        ProvisionKind::Section => parent.is_some_and(|p| p.kind == ProvisionKind::Chapter),
        ProvisionKind::Clause | ProvisionKind::Point | ProvisionKind::Paragraph => parent.is_some(),
        _ => false,
    }
}

/// Appends formatted text (writing to a `String` cannot fail).
fn push_fmt(out: &mut String, args: std::fmt::Arguments<'_>) {
    let _ = std::fmt::Write::write_fmt(out, args);
}
