//! Building one provision tree (a body or an attachment's body) from classified lines:
//! nesting ([`add`]), numbering checks ([`numbering`]), then eIds and citations ([`build`]).

mod add;
mod build;
mod cite;
mod numbering;

pub(crate) use cite::assign_citations;

use std::collections::HashMap;

use crate::model::ProvisionKind;

/// A node under construction.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub kind: ProvisionKind,
    pub num: Option<String>,
    pub heading: Option<String>,
    pub lines: Vec<String>,
    pub line: usize,
    pub restored: Option<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// "Điều 1." or "Chương II" alone on its line: the next short line may be the heading.
    pub awaiting_heading: bool,
}

/// What `add_text` needs to know about the open node (without cloning its lines).
struct NodeView {
    kind: ProvisionKind,
    parent: Option<usize>,
    no_children: bool,
    no_lines: bool,
    has_heading: bool,
    awaiting_heading: bool,
}

impl NodeView {
    fn of(n: &Node) -> Self {
        NodeView {
            kind: n.kind,
            parent: n.parent,
            no_children: n.children.is_empty(),
            no_lines: n.lines.is_empty(),
            has_heading: n.heading.is_some(),
            awaiting_heading: n.awaiting_heading,
        }
    }
}

/// A tree under construction.
#[derive(Debug)]
pub(crate) struct Tree {
    /// Its index among the trees of the import (for diagnostics).
    pub index: usize,
    /// The eId prefix of its nodes ("" or "att_1__").
    pub prefix: String,
    pub nodes: Vec<Node>,
    pub roots: Vec<usize>,
    /// Open nodes, outermost first (paragraphs are never open).
    stack: Vec<usize>,
    /// The node that received the last line of text.
    last_leaf: Option<usize>,
    /// The last article number seen, with its number as written.
    last_article: Option<(u32, String)>,
    /// The last number seen per division kind (part, chapter, section).
    last_division: HashMap<ProvisionKind, (u32, String)>,
    /// The appendix being read: every line goes to its text.
    appendix: Option<usize>,
}

/// One line as handed to the tree: its text, where it came from, and the restoration reason.
pub(crate) struct At<'a> {
    pub line: usize,
    pub restored: Option<&'a str>,
}

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

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', ';', '!', '?'])
}

impl Tree {
    pub fn new(index: usize, prefix: &str) -> Self {
        Tree {
            index,
            prefix: prefix.to_owned(),
            nodes: Vec::new(),
            roots: Vec::new(),
            stack: Vec::new(),
            last_leaf: None,
            last_article: None,
            last_division: HashMap::new(),
            appendix: None,
        }
    }

    /// Whether an appendix is being read (its lines are kept as its text).
    pub fn in_appendix(&self) -> bool {
        self.appendix.is_some()
    }

    /// Whether the tree has any article.
    pub fn article_count(&self) -> usize {
        self.nodes
            .iter()
            .filter(|n| n.kind == ProvisionKind::Article)
            .count()
    }

    fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)
    }

    fn node_mut(&mut self, i: usize) -> Option<&mut Node> {
        self.nodes.get_mut(i)
    }

    fn top(&self) -> Option<usize> {
        self.stack.last().copied()
    }

    fn top_kind(&self) -> Option<ProvisionKind> {
        self.top().and_then(|i| self.node(i)).map(|n| n.kind)
    }

    fn push_node(
        &mut self,
        kind: ProvisionKind,
        num: Option<&str>,
        parent: Option<usize>,
        at: &At<'_>,
    ) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(Node {
            kind,
            num: num.map(str::to_owned),
            heading: None,
            lines: Vec::new(),
            line: at.line,
            restored: at.restored.map(str::to_owned),
            children: Vec::new(),
            parent,
            awaiting_heading: false,
        });
        match parent.and_then(|p| self.nodes.get_mut(p)) {
            Some(p) => p.children.push(idx),
            None => self.roots.push(idx),
        }
        idx
    }

    /// Closes open nodes until the top is of a rank lower than `r` (or nothing is open).
    fn pop_to_below(&mut self, r: u8) {
        while let Some(top) = self.top_kind() {
            if rank(top) < r {
                break;
            }
            self.stack.pop();
        }
    }

    fn noderef(&self, i: usize) -> Option<(usize, usize)> {
        Some((self.index, i))
    }
}
