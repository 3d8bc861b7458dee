//! Building one provision tree (a body or an attachment's body) from classified lines:
//! nesting, numbering checks, unnumbered paragraphs, eIds and citations.

use std::collections::HashMap;

use super::classify::{is_upper_title, reads_as_heading};
use super::diag::Diags;
use super::numbers::{eid_num, letter_rank, number_value, only_skippable_between};
use super::Severity;
use crate::model::{Provenance, Provision, ProvisionKind};

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

    /// Compares a number with the last one of its series and reports gaps, repeats and
    /// numbers going backwards.
    fn check_sequence(
        &self,
        diags: &mut Diags,
        what: &dyn Fn() -> String,
        last: Option<(u32, &str)>,
        num: &str,
        at: &At<'_>,
        node: usize,
    ) {
        let Some(value) = number_value(num) else {
            return;
        };
        let node = self.noderef(node);
        match last {
            None if value > 1 => diags.push(
                "numbering_gap",
                Severity::Warning,
                format!(
                    "{} {num} is the first of its series: the numbers before it are missing",
                    what()
                ),
                Some(at.line),
                node,
            ),
            None => {}
            Some((prev, prev_num)) => {
                if value == prev {
                    diags.push(
                        "numbering_repeat",
                        Severity::Warning,
                        format!("{} {num} repeats the number of the one before", what()),
                        Some(at.line),
                        node,
                    );
                } else if value < prev {
                    diags.push(
                        "numbering_backwards",
                        Severity::Warning,
                        {
                            let what = what();
                            format!("{what} {num} comes after {what} {prev_num}: the numbering goes backwards")
                        },
                        Some(at.line),
                        node,
                    );
                } else if value > prev.saturating_add(1) {
                    diags.push(
                        "numbering_gap",
                        Severity::Warning,
                        {
                            let what = what();
                            format!("{what} {num} follows {what} {prev_num}: the numbering skips")
                        },
                        Some(at.line),
                        node,
                    );
                }
            }
        }
    }

    /// "Phần", "Chương" or "Mục".
    pub fn add_division(
        &mut self,
        kind: ProvisionKind,
        num: &str,
        title: Option<&str>,
        at: &At<'_>,
        diags: &mut Diags,
    ) {
        self.appendix = None;
        self.pop_to_below(rank(kind));
        let parent = self.top();
        let idx = self.push_node(kind, Some(num), parent, at);
        if let Some(n) = self.node_mut(idx) {
            n.heading = title.map(str::to_owned);
            n.awaiting_heading = title.is_none();
        }
        let last = self.last_division.get(&kind).map(|(v, s)| (*v, s.clone()));
        self.check_sequence(
            diags,
            &|| kind.vietnamese().to_owned(),
            last.as_ref().map(|(v, s)| (*v, s.as_str())),
            num,
            at,
            idx,
        );
        if let Some(v) = number_value(num) {
            self.last_division.insert(kind, (v, num.to_owned()));
        }
        // Sections restart in each chapter, chapters may restart in each part.
        if kind == ProvisionKind::Chapter {
            self.last_division.remove(&ProvisionKind::Section);
        }
        self.stack.push(idx);
        self.last_leaf = Some(idx);
    }

    /// "Điều N." with what follows it on the line.
    pub fn add_article(&mut self, num: &str, rest: Option<&str>, at: &At<'_>, diags: &mut Diags) {
        self.appendix = None;
        self.pop_to_below(rank(ProvisionKind::Article));
        let parent = self.top();
        let idx = self.push_node(ProvisionKind::Article, Some(num), parent, at);
        if let Some(n) = self.node_mut(idx) {
            match rest {
                Some(r) if reads_as_heading(r) => n.heading = Some(r.to_owned()),
                Some(r) => n.lines.push(r.to_owned()),
                None => n.awaiting_heading = true,
            }
        }
        let last = self.last_article.clone();
        self.check_sequence(
            diags,
            &|| "Điều".to_owned(),
            last.as_ref().map(|(v, s)| (*v, s.as_str())),
            num,
            at,
            idx,
        );
        if let Some(v) = number_value(num) {
            self.last_article = Some((v, num.to_owned()));
        }
        self.stack.push(idx);
        self.last_leaf = Some(idx);
    }

    fn last_child_of_kind(&self, parent: Option<usize>, kind: ProvisionKind) -> Option<&Node> {
        let children = match parent {
            Some(p) => self.node(p).map(|n| n.children.as_slice()).unwrap_or(&[]),
            None => self.roots.as_slice(),
        };
        children
            .iter()
            .rev()
            .filter_map(|c| self.node(*c))
            .find(|n| n.kind == kind)
    }

    fn citation_of(&self, i: usize) -> String {
        self.node(i)
            .map(|n| format!("{} {}", n.kind.vietnamese(), n.num.as_deref().unwrap_or("")))
            .unwrap_or_default()
    }

    /// "2. text".
    pub fn add_clause(&mut self, num: &str, text: &str, at: &At<'_>, diags: &mut Diags) {
        if self.appendix.is_some() {
            self.add_text(&format!("{num}. {text}"), at, diags);
            return;
        }
        self.pop_to_below(rank(ProvisionKind::Clause));
        let parent = self.top();
        let in_article = parent
            .and_then(|p| self.node(p))
            .is_some_and(|n| n.kind == ProvisionKind::Article);
        let last = self
            .last_child_of_kind(parent, ProvisionKind::Clause)
            .and_then(|n| {
                let s = n.num.clone().unwrap_or_default();
                number_value(&s).map(|v| (v, s))
            });
        let idx = self.push_node(ProvisionKind::Clause, Some(num), parent, at);
        if !text.is_empty() {
            if let Some(n) = self.node_mut(idx) {
                n.lines.push(text.to_owned());
            }
        }
        let value = number_value(num);
        // Formatted only for a diagnostic: most clauses have none.
        let where_ = || {
            parent
                .map(|p| self.citation_of(p))
                .unwrap_or_else(|| "the text".to_owned())
        };
        if !in_article {
            diags.push(
                "clause_outside_article",
                Severity::Warning,
                format!(
                    "clause {num}. stands outside any article (in {}); kept where it is",
                    where_()
                ),
                Some(at.line),
                self.noderef(idx),
            );
        }
        match (&last, value) {
            (Some((prev, prev_num)), Some(1)) if *prev >= 2 => diags.push(
                "missing_heading",
                Severity::Warning,
                format!(
                    "clause numbering restarts at 1. inside {} (after khoản {prev_num}) without a new “Điều” line: an article heading is probably missing",
                    where_()
                ),
                Some(at.line),
                self.noderef(idx),
            ),
            _ => self.check_sequence(
                diags,
                &|| format!("khoản (in {})", where_()),
                last.as_ref().map(|(v, s)| (*v, s.as_str())),
                num,
                at,
                idx,
            ),
        }
        self.stack.push(idx);
        self.last_leaf = Some(idx);
    }

    /// "a) text".
    pub fn add_point(&mut self, letter: &str, text: &str, at: &At<'_>, diags: &mut Diags) {
        if self.appendix.is_some() {
            self.add_text(&format!("{letter}) {text}"), at, diags);
            return;
        }
        self.pop_to_below(rank(ProvisionKind::Point));
        let parent = self.top();
        let parent_kind = parent.and_then(|p| self.node(p)).map(|n| n.kind);
        if !matches!(
            parent_kind,
            Some(ProvisionKind::Clause | ProvisionKind::Article)
        ) {
            // A point with nothing to hang from: keep it as a paragraph.
            diags.push(
                "point_outside_clause",
                Severity::Warning,
                format!(
                    "point {letter}) stands outside any clause or article; kept as a paragraph"
                ),
                Some(at.line),
                None,
            );
            self.add_paragraph(parent, &format!("{letter}) {text}"), at);
            return;
        }
        let last_rank = self
            .last_child_of_kind(parent, ProvisionKind::Point)
            .and_then(|n| n.num.as_deref())
            .and_then(letter_rank);
        let idx = self.push_node(ProvisionKind::Point, Some(letter), parent, at);
        if !text.is_empty() {
            if let Some(n) = self.node_mut(idx) {
                n.lines.push(text.to_owned());
            }
        }
        // Formatted only for a diagnostic: most points have none.
        let where_ = || parent.map(|p| self.citation_of(p)).unwrap_or_default();
        let new_rank = letter_rank(letter);
        let node = self.noderef(idx);
        match (last_rank, new_rank) {
            (None, Some(r)) if r > 0 => diags.push(
                "numbering_gap",
                Severity::Warning,
                format!(
                    "point {letter}) is the first point of {}: the points before it are missing",
                    where_()
                ),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r == l => diags.push(
                "numbering_repeat",
                Severity::Warning,
                format!(
                    "point {letter}) repeats the letter of the one before in {}",
                    where_()
                ),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r < l => diags.push(
                "numbering_backwards",
                Severity::Warning,
                format!("point {letter}) comes after a later letter in {}", where_()),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r > l.saturating_add(1) && !only_skippable_between(l, r) => diags
                .push(
                    "numbering_gap",
                    Severity::Warning,
                    format!("point {letter}) skips letters in {}", where_()),
                    Some(at.line),
                    node,
                ),
            _ => {}
        }
        self.stack.push(idx);
        self.last_leaf = Some(idx);
    }

    /// "PHỤ LỤC 01": every following line is kept as the appendix's text (form templates
    /// keep their own numbering as text). An unnumbered appendix gets its eId from its order.
    pub fn add_appendix(&mut self, num: Option<&str>, title: Option<&str>, at: &At<'_>) {
        self.stack.clear();
        let idx = self.push_node(ProvisionKind::Appendix, num, None, at);
        if let Some(n) = self.node_mut(idx) {
            n.heading = title.map(str::to_owned);
        }
        self.appendix = Some(idx);
        self.last_leaf = Some(idx);
    }

    fn add_paragraph(&mut self, parent: Option<usize>, text: &str, at: &At<'_>) -> usize {
        let idx = self.push_node(ProvisionKind::Paragraph, None, parent, at);
        if let Some(n) = self.node_mut(idx) {
            n.lines.push(text.to_owned());
        }
        self.last_leaf = Some(idx);
        idx
    }

    fn append_line(&mut self, i: usize, text: &str) {
        if let Some(n) = self.node_mut(i) {
            n.lines.push(text.to_owned());
        }
        self.last_leaf = Some(i);
    }

    /// A line of plain text: a heading on its own line, a continuation, or an unnumbered
    /// paragraph. Never dropped.
    pub fn add_text(&mut self, text: &str, at: &At<'_>, diags: &mut Diags) {
        if let Some(app) = self.appendix {
            self.append_line(app, text);
            return;
        }
        let Some(top) = self.top() else {
            let idx = self.add_paragraph(None, text, at);
            diags.push(
                "text_outside_article",
                Severity::Warning,
                "text before any article or chapter; kept as a paragraph".to_owned(),
                Some(at.line),
                self.noderef(idx),
            );
            return;
        };
        let Some(node) = self.node(top).map(NodeView::of) else {
            return;
        };
        let upper = is_upper_title(text) && text.split_whitespace().count() >= 2;
        match node.kind {
            ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Section => {
                if node.no_children
                    && (node.awaiting_heading || (upper && node.has_heading))
                    && (upper || reads_as_heading(text))
                {
                    if let Some(n) = self.node_mut(top) {
                        n.heading = Some(match n.heading.take() {
                            Some(h) => format!("{h} {text}"),
                            None => text.to_owned(),
                        });
                        n.awaiting_heading = false;
                    }
                    return;
                }
                let idx = self.add_paragraph(Some(top), text, at);
                diags.push(
                    "text_outside_article",
                    Severity::Warning,
                    format!(
                        "text in {} outside any article; kept as a paragraph",
                        self.citation_of(top)
                    ),
                    Some(at.line),
                    self.noderef(idx),
                );
            }
            ProvisionKind::Article if node.no_children => {
                if node.awaiting_heading
                    && node.no_lines
                    && !node.has_heading
                    && reads_as_heading(text)
                {
                    let mut num = String::new();
                    if let Some(n) = self.node_mut(top) {
                        n.heading = Some(text.to_owned());
                        n.awaiting_heading = false;
                        num = n.num.clone().unwrap_or_default();
                    }
                    diags.push(
                        "heading_on_next_line",
                        Severity::Info,
                        format!("the heading of Điều {num} is on the line after its number"),
                        Some(at.line),
                        self.noderef(top),
                    );
                    return;
                }
                if upper && !node.no_lines {
                    self.orphan_title(text, at, diags);
                    return;
                }
                if let Some(n) = self.node_mut(top) {
                    n.awaiting_heading = false;
                }
                self.append_line(top, text);
            }
            _ => {
                if upper {
                    self.orphan_title(text, at, diags);
                    return;
                }
                let leaf = self.last_leaf.unwrap_or(top);
                let leaf_complete = self
                    .node(leaf)
                    .and_then(|n| n.lines.last())
                    .is_some_and(|l| ends_sentence(l));
                let continuation = text.starts_with(['-', '+', '–', '•', '*'])
                    || text.starts_with(|c: char| c.is_lowercase())
                    || !leaf_complete;
                if continuation {
                    self.append_line(leaf, text);
                    return;
                }
                let parent = match node.kind {
                    ProvisionKind::Clause | ProvisionKind::Point => node.parent,
                    _ => Some(top),
                };
                let idx = self.add_paragraph(parent, text, at);
                let where_ = parent
                    .map(|p| self.citation_of(p))
                    .unwrap_or_else(|| "the text".to_owned());
                diags.push(
                    "unnumbered_paragraph",
                    Severity::Warning,
                    format!(
                        "an unnumbered paragraph follows {} in {where_}; kept as a paragraph node",
                        self.citation_of(top)
                    ),
                    Some(at.line),
                    self.noderef(idx),
                );
            }
        }
    }

    /// A title in capitals between provisions with no "Chương" line before it.
    fn orphan_title(&mut self, text: &str, at: &At<'_>, diags: &mut Diags) {
        self.pop_to_below(rank(ProvisionKind::Article));
        let parent = self.top();
        let idx = self.add_paragraph(parent, text, at);
        diags.push(
            "missing_heading",
            Severity::Warning,
            format!("the title “{text}” stands between provisions without its “Chương” line: a chapter heading is probably missing"),
            Some(at.line),
            self.noderef(idx),
        );
    }

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
        for &i in ids {
            let ordinal = match self.node(i).map(|n| n.kind) {
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
            if let Some(p) = self.build(i, ordinal, parent, ctx) {
                out.push(p);
            }
        }
        out
    }

    /// One provision and its subtree; `ordinal` is its rank among the unnumbered paragraphs
    /// (or appendices) of its parent.
    fn build(
        &mut self,
        i: usize,
        ordinal: usize,
        parent: Option<Parent<'_>>,
        ctx: &mut Build,
    ) -> Option<Provision> {
        let n = self.node(i)?;
        let kind = n.kind;
        let num = n.num.as_deref().unwrap_or_default();
        // Articles, chapters, parts and appendices are not prefixed by their parents.
        let nested = match kind {
            ProvisionKind::Section => parent.is_some_and(|p| p.kind == ProvisionKind::Chapter),
            ProvisionKind::Clause | ProvisionKind::Point | ProvisionKind::Paragraph => {
                parent.is_some()
            }
            _ => false,
        };
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
        let mut citation = String::with_capacity(48);
        // "Khoản 2 Điều 5" inside a longer citation reads "khoản 2 Điều 5".
        let push_lower_first = |out: &mut String, s: &str| {
            for w in ["Khoản", "Điểm", "Đoạn"] {
                if let Some(rest) = s.strip_prefix(w) {
                    out.push_str(&w.to_lowercase());
                    out.push_str(rest);
                    return;
                }
            }
            out.push_str(s);
        };
        match kind {
            ProvisionKind::Part | ProvisionKind::Chapter | ProvisionKind::Article => {
                push_fmt(&mut citation, format_args!("{} {num}", kind.vietnamese()));
            }
            ProvisionKind::Section => {
                push_fmt(&mut citation, format_args!("Mục {num}"));
                if let Some(p) = parent.filter(|_| nested) {
                    citation.push(' ');
                    citation.push_str(p.citation);
                }
            }
            ProvisionKind::Appendix => match &n.num {
                Some(num) => push_fmt(&mut citation, format_args!("Phụ lục {num}")),
                None => citation.push_str("Phụ lục"),
            },
            ProvisionKind::Clause | ProvisionKind::Point => {
                push_fmt(&mut citation, format_args!("{} {num}", kind.vietnamese()));
                if let Some(p) = parent
                    .filter(|p| matches!(p.kind, ProvisionKind::Article | ProvisionKind::Clause))
                {
                    citation.push(' ');
                    push_lower_first(&mut citation, p.citation);
                }
            }
            ProvisionKind::Paragraph => {
                push_fmt(&mut citation, format_args!("Đoạn {ordinal}"));
                if let Some(p) = parent.filter(|p| rank(p.kind) >= rank(ProvisionKind::Article)) {
                    citation.push(' ');
                    push_lower_first(&mut citation, p.citation);
                }
            }
        }
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
                citation: &citation,
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
        Some(Provision {
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
        })
    }
}

/// Appends formatted text (writing to a `String` cannot fail).
fn push_fmt(out: &mut String, args: std::fmt::Arguments<'_>) {
    let _ = std::fmt::Write::write_fmt(out, args);
}

/// What a node's children need of it.
#[derive(Clone, Copy)]
struct Parent<'a> {
    kind: ProvisionKind,
    eid: &'a str,
    citation: &'a str,
}

/// What building a tree's provisions keeps between nodes.
struct Build {
    /// The eId given to each node (by node index).
    eids: Vec<String>,
    /// How many times each eId has been given (a duplicate gets `_2`, `_3`).
    seen: HashMap<String, usize>,
}
