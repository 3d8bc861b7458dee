//! The Vietnamese citations of an imported tree, by the importer's rules (`Khoản 2 Điều 5`,
//! `Mục 1 Chương II`, `Đoạn 1 khoản 2 Điều 5`, `Phụ lục 01`).
//!
//! These rules are those of the text importer's tree builder; the round-trip tests
//! (`tests/akn_roundtrip.rs`) compare every citation of the seeds with the importer's, so a
//! change there shows here.

use crate::model::{Provision, ProvisionKind};

fn rank(kind: ProvisionKind) -> u8 {
    match kind {
        ProvisionKind::Part => 0,
        ProvisionKind::Chapter => 1,
        ProvisionKind::Section => 2,
        ProvisionKind::Article | ProvisionKind::Appendix => 3,
        ProvisionKind::Clause => 4,
        ProvisionKind::Point => 5,
        ProvisionKind::Paragraph => 6,
    }
}

/// "Khoản 2 Điều 5" inside a longer citation reads "khoản 2 Điều 5".
fn push_lower_first(out: &mut String, s: &str) {
    for w in ["Khoản", "Điểm", "Đoạn"] {
        if let Some(rest) = s.strip_prefix(w) {
            out.push_str(&w.to_lowercase());
            out.push_str(rest);
            return;
        }
    }
    out.push_str(s);
}

/// The citation of one node, given its rank among its unnumbered siblings and its parent.
fn citation(p: &Provision, ordinal: usize, parent: Option<(ProvisionKind, &str)>) -> String {
    let num = p.num.as_deref().unwrap_or_default();
    let mut c = String::with_capacity(48);
    match p.kind {
        ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Article => {
            c.push_str(p.kind.vietnamese());
            c.push(' ');
            c.push_str(num);
        }
        ProvisionKind::Section => {
            c.push_str("Mục ");
            c.push_str(num);
            if let Some((ProvisionKind::Chapter, pc)) = parent {
                c.push(' ');
                c.push_str(pc);
            }
        }
        ProvisionKind::Appendix => match &p.num {
            Some(n) => {
                c.push_str("Phụ lục ");
                c.push_str(n);
            }
            None => c.push_str("Phụ lục"),
        },
        ProvisionKind::Clause | ProvisionKind::Point => {
            c.push_str(p.kind.vietnamese());
            c.push(' ');
            c.push_str(num);
            if let Some((ProvisionKind::Article | ProvisionKind::Clause, pc)) = parent {
                c.push(' ');
                push_lower_first(&mut c, pc);
            }
        }
        ProvisionKind::Paragraph => {
            c.push_str("Đoạn ");
            c.push_str(&ordinal.to_string());
            if let Some((k, pc)) = parent {
                if rank(k) >= rank(ProvisionKind::Article) {
                    c.push(' ');
                    push_lower_first(&mut c, pc);
                }
            }
        }
    }
    c
}

/// Gives every node of a tree its citation.
pub(crate) fn assign(tree: &mut [Provision]) {
    assign_level(tree, None);
}

fn assign_level(nodes: &mut [Provision], parent: Option<(ProvisionKind, &str)>) {
    let mut paragraphs = 0usize;
    for p in nodes {
        let ordinal = if p.kind == ProvisionKind::Paragraph {
            paragraphs = paragraphs.saturating_add(1);
            paragraphs
        } else {
            0
        };
        p.citation = citation(p, ordinal, parent);
        let own = (p.kind, std::mem::take(&mut p.citation));
        assign_level(&mut p.children, Some((own.0, own.1.as_str())));
        p.citation = own.1;
    }
}
