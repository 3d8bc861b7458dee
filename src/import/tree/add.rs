//! Placing each classified line: divisions, articles, clauses, points, appendices and plain
//! text (headings on their own line, continuations, unnumbered paragraphs).

use super::{ends_sentence, rank, At, Node, NodeView, Tree};
use crate::import::classify::{is_upper_title, reads_as_heading};
use crate::import::diag::{said, Diags};
use crate::import::numbers::{letter_rank, number_value};
use crate::import::Severity;
use crate::model::ProvisionKind;

impl Tree {
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
            &|n| {
                let name = format!("{} {n}", kind.vietnamese());
                said(name.clone(), name)
            },
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
            &|n| said(format!("Điều {n}"), format!("Điều {n}")),
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
        let where_vi = || {
            parent
                .map(|p| self.citation_vi(p))
                .unwrap_or_else(|| "văn bản".to_owned())
        };
        if !in_article {
            diags.push(
                "clause_outside_article",
                Severity::Warning,
                said(
                    format!(
                        "clause {num}. stands outside any article (in {}); kept where it is",
                        where_()
                    ),
                    format!(
                        "Khoản {num} nằm ngoài mọi Điều (trong {}); được giữ nguyên vị trí",
                        where_vi()
                    ),
                ),
                Some(at.line),
                self.noderef(idx),
            );
        }
        match (&last, value) {
            (Some((prev, prev_num)), Some(1)) if *prev >= 2 => diags.push(
                "missing_heading",
                Severity::Warning,
                said(
                    format!(
                        "clause numbering restarts at 1. inside {} (after khoản {prev_num}) without a new “Điều” line: an article heading is probably missing",
                        where_()
                    ),
                    format!(
                        "Việc đánh số khoản bắt đầu lại từ khoản 1 trong {} (sau khoản {prev_num}) mà không có dòng “Điều” mới: có thể đã mất tiêu đề của một Điều",
                        where_vi()
                    ),
                ),
                Some(at.line),
                self.noderef(idx),
            ),
            _ => self.check_sequence(
                diags,
                &|n| {
                    let vi = match parent {
                        Some(p) if in_article => format!("khoản {n} {}", self.citation_vi(p)),
                        Some(p) => format!("khoản {n} thuộc {}", self.citation_vi(p)),
                        None => format!("khoản {n}"),
                    };
                    said(format!("khoản (in {}) {n}", where_()), vi)
                },
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
                said(
                    format!(
                        "point {letter}) stands outside any clause or article; kept as a paragraph"
                    ),
                    format!(
                        "Điểm {letter}) nằm ngoài mọi khoản hoặc Điều; được giữ lại thành một đoạn"
                    ),
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
        self.check_point_letter(diags, parent, last_rank, letter, at, idx);
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
                said(
                    "text before any article or chapter; kept as a paragraph",
                    "Có nội dung nằm trước mọi Điều hoặc Chương; được giữ lại thành một đoạn",
                ),
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
                    said(
                        format!(
                            "text in {} outside any article; kept as a paragraph",
                            self.citation_of(top)
                        ),
                        format!(
                            "Có nội dung trong {} nằm ngoài mọi Điều; được giữ lại thành một đoạn",
                            self.citation_vi(top)
                        ),
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
                        said(
                            format!("the heading of Điều {num} is on the line after its number"),
                            format!("Tiêu đề của Điều {num} nằm ở dòng sau dòng ghi số Điều"),
                        ),
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
                let where_vi = parent
                    .map(|p| self.citation_vi(p))
                    .unwrap_or_else(|| "văn bản".to_owned());
                diags.push(
                    "unnumbered_paragraph",
                    Severity::Warning,
                    said(
                        format!(
                            "an unnumbered paragraph follows {} in {where_}; kept as a paragraph node",
                            self.citation_of(top)
                        ),
                        format!(
                            "Sau {} trong {where_vi} có một đoạn không đánh số; được giữ lại thành một đoạn",
                            self.citation_vi(top)
                        ),
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
            said(
                format!("the title “{text}” stands between provisions without its “Chương” line: a chapter heading is probably missing"),
                format!("Tiêu đề “{text}” nằm giữa các quy định mà không có dòng “Chương”: có thể đã mất dòng đề mục của một Chương"),
            ),
            Some(at.line),
            self.noderef(idx),
        );
    }
}
