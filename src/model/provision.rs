//! The provision tree: Phần, Chương, Mục, Điều, Khoản, Điểm, paragraphs and appendices.

use serde::{Deserialize, Serialize};

/// The level of a provision in the tree.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionKind {
    /// Phần.
    Part,
    /// Chương.
    Chapter,
    /// Mục.
    Section,
    /// Điều.
    Article,
    /// Khoản (numbered `1.`).
    Clause,
    /// Điểm (lettered `a)`).
    Point,
    /// An unnumbered paragraph standing between numbered siblings.
    Paragraph,
    /// Phụ lục.
    Appendix,
}

impl ProvisionKind {
    /// The Vietnamese word used in citations, capitalised as at the start of one
    /// (`Điều`, `Khoản`, `Điểm`, ...).
    pub fn vietnamese(self) -> &'static str {
        match self {
            ProvisionKind::Part => "Phần",
            ProvisionKind::Chapter => "Chương",
            ProvisionKind::Section => "Mục",
            ProvisionKind::Article => "Điều",
            ProvisionKind::Clause => "Khoản",
            ProvisionKind::Point => "Điểm",
            ProvisionKind::Paragraph => "Đoạn",
            ProvisionKind::Appendix => "Phụ lục",
        }
    }

    /// The Akoma Ntoso eId prefix of the kind (`art`, `para`, `point`, ...).
    pub fn eid_prefix(self) -> &'static str {
        match self {
            ProvisionKind::Part => "part",
            ProvisionKind::Chapter => "chp",
            ProvisionKind::Section => "sec",
            ProvisionKind::Article => "art",
            ProvisionKind::Clause => "para",
            ProvisionKind::Point => "point",
            ProvisionKind::Paragraph => "p",
            ProvisionKind::Appendix => "app",
        }
    }
}

/// Where a node's heading and number come from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// As in the source text (after the documented clean-up).
    Source,
    /// Reconstructed by us (a lost heading, a number); the node's `note` says why.
    Restored,
}

/// One node of a provision tree.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provision {
    /// Its level.
    pub kind: ProvisionKind,
    /// Its number as written (`"20"`, `"2"`, `"a"`, `"IV"`), `None` when unnumbered.
    pub num: Option<String>,
    /// Akoma Ntoso-style id, unique in the instrument (`att_1__art_20__para_2__point_a`).
    pub eid: String,
    /// The Vietnamese citation in the usual order (`Điểm a khoản 2 Điều 20`).
    pub citation: String,
    /// The heading (`Chế độ báo cáo`), where it has one.
    pub heading: Option<String>,
    /// Its own text, without its number and without its children's text; lines joined by `\n`.
    pub text: String,
    /// `source` or `restored`.
    pub provenance: Provenance,
    /// Why a restored node was restored, or another editorial note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The 1-based line of the source text where the node starts, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Its children, in order.
    pub children: Vec<Provision>,
}

impl Provision {
    /// This node and all its descendants, depth first.
    pub fn walk(&self) -> Box<dyn Iterator<Item = &Provision> + '_> {
        Box::new(std::iter::once(self).chain(self.children.iter().flat_map(Provision::walk)))
    }

    /// Every provision of `tree` and of their subtrees, in the order of [`Provision::walk`]
    /// (each node before its children), gathered without an iterator per node.
    pub(crate) fn preorder(tree: &[Provision]) -> Vec<&Provision> {
        fn push<'a>(p: &'a Provision, out: &mut Vec<&'a Provision>) {
            out.push(p);
            for c in &p.children {
                push(c, out);
            }
        }
        let mut out = Vec::with_capacity(tree.len());
        for p in tree {
            push(p, &mut out);
        }
        out
    }

    /// The node's full text: its heading line and own text, then its children's full texts,
    /// one line each, as a person would read the provision.
    pub fn full_text(&self) -> String {
        let mut out = String::new();
        self.push_full_text(&mut out);
        out
    }

    fn push_full_text(&self, out: &mut String) {
        if !out.is_empty() && !self.text.is_empty() {
            out.push('\n');
        }
        out.push_str(&self.text);
        for child in &self.children {
            child.push_full_text(out);
        }
    }
}
