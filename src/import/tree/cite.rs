//! Citations of a finished tree, by the same rules as [`super::Tree::finish`]: for trees that were
//! not built from text (an Akoma Ntoso document), so that both readers cite alike.

use super::build::{citation, nested, Parent, Place};
use crate::model::{Citation, Provision, ProvisionKind};

/// Gives every provision of `nodes` (and of their subtrees) its citation within the tree. An
/// attachment's anchor ("… Quy định ban hành kèm theo …") is added by the caller afterwards.
pub(crate) fn assign_citations(nodes: &mut [Provision]) {
    assign_level(nodes, None);
}

fn assign_level(nodes: &mut [Provision], parent: Option<(ProvisionKind, &Citation)>) {
    let (mut paragraphs, mut appendices) = (0usize, 0usize);
    // The last numbered clause among these siblings and how many paragraphs it holds so far.
    let mut clause: Option<(Citation, usize)> = None;
    for p in nodes {
        let ordinal = match p.kind {
            ProvisionKind::Paragraph => {
                paragraphs = paragraphs.saturating_add(1);
                paragraphs
            }
            ProvisionKind::Appendix => {
                appendices = appendices.saturating_add(1);
                appendices
            }
            _ => 0,
        };
        let after = match (p.kind, clause.as_mut()) {
            (ProvisionKind::Paragraph, Some((c, n))) => {
                *n = n.saturating_add(1);
                Some((&*c, *n))
            }
            _ => None,
        };
        let parent = parent.map(|(kind, citation)| Parent {
            kind,
            eid: "",
            citation,
        });
        let num = p.num.as_deref().unwrap_or_default();
        let nested = nested(p.kind, parent);
        let cite = citation(
            p.kind,
            num,
            p.num.is_some(),
            Place { ordinal, after },
            parent,
            nested,
        );
        p.citation = cite.to_string();
        assign_level(&mut p.children, Some((p.kind, &cite)));
        match p.kind {
            ProvisionKind::Clause => clause = Some((cite, 1)),
            ProvisionKind::Paragraph => {}
            _ => clause = None,
        }
    }
}
