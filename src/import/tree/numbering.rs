//! Numbering checks: gaps, repeats and numbers going backwards in each series (parts, chapters,
//! sections, articles, clauses, points). They only report; the tree keeps the text as written.

use super::{At, Tree};
use crate::import::diag::{said, Diags};
use crate::import::numbers::{letter_rank, number_value, only_skippable_between};
use crate::import::Severity;
use crate::text::Bilingual;

/// A Vietnamese sentence starting with a capital ("khoản 3 ..." → "Khoản 3 ...").
pub(super) fn cap(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

impl Tree {
    /// "Điều 5", "Khoản 2": a node named in a diagnostic.
    pub(super) fn citation_of(&self, i: usize) -> String {
        self.node(i)
            .map(|n| format!("{} {}", n.kind.vietnamese(), n.num.as_deref().unwrap_or("")))
            .unwrap_or_default()
    }

    /// "Điều 5", "khoản 2", "điểm a": a node named inside a Vietnamese sentence (clauses and
    /// points in lower case, as legal texts cite them).
    pub(super) fn citation_vi(&self, i: usize) -> String {
        self.node(i)
            .map(|n| {
                let kind = n.kind.vietnamese();
                let kind = match n.kind {
                    crate::model::ProvisionKind::Clause | crate::model::ProvisionKind::Point => {
                        kind.to_lowercase()
                    }
                    _ => kind.to_owned(),
                };
                format!("{kind} {}", n.num.as_deref().unwrap_or(""))
            })
            .unwrap_or_default()
    }

    /// Compares a number with the last one of its series and reports gaps, repeats and
    /// numbers going backwards. `name` names a number of the series in both languages
    /// ("Điều 5"; "khoản (in Điều 5) 3" and "khoản 3 Điều 5").
    pub(super) fn check_sequence(
        &self,
        diags: &mut Diags,
        name: &dyn Fn(&str) -> Bilingual,
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
                {
                    let n = name(num);
                    said(
                        format!(
                            "{} is the first of its series: the numbers before it are missing",
                            n.en
                        ),
                        format!(
                            "{} là số đầu tiên trong dãy đánh số: thiếu các số trước đó",
                            cap(&n.vi)
                        ),
                    )
                },
                Some(at.line),
                node,
            ),
            None => {}
            Some((prev, prev_num)) => {
                if value == prev {
                    diags.push(
                        "numbering_repeat",
                        Severity::Warning,
                        {
                            let n = name(num);
                            said(
                                format!("{} repeats the number of the one before", n.en),
                                format!("{} trùng số với {} đứng liền trước", cap(&n.vi), n.vi),
                            )
                        },
                        Some(at.line),
                        node,
                    );
                } else if value < prev {
                    diags.push(
                        "numbering_backwards",
                        Severity::Warning,
                        {
                            let (n, p) = (name(num), name(prev_num));
                            said(
                                format!(
                                    "{} comes after {}: the numbering goes backwards",
                                    n.en, p.en
                                ),
                                format!("{} đứng sau {}: đánh số bị lùi lại", cap(&n.vi), p.vi),
                            )
                        },
                        Some(at.line),
                        node,
                    );
                } else if value > prev.saturating_add(1) {
                    diags.push(
                        "numbering_gap",
                        Severity::Warning,
                        {
                            let (n, p) = (name(num), name(prev_num));
                            said(
                                format!("{} follows {}: the numbering skips", n.en, p.en),
                                format!(
                                    "{} đứng ngay sau {}: đánh số bị ngắt quãng, thiếu số ở giữa",
                                    cap(&n.vi),
                                    p.vi
                                ),
                            )
                        },
                        Some(at.line),
                        node,
                    );
                }
            }
        }
    }

    /// Compares a point's letter with the one before it and reports gaps, repeats and letters
    /// going backwards.
    pub(super) fn check_point_letter(
        &self,
        diags: &mut Diags,
        parent: Option<usize>,
        last_rank: Option<usize>,
        letter: &str,
        at: &At<'_>,
        idx: usize,
    ) {
        // Formatted only for a diagnostic: most points have none.
        let where_ = || parent.map(|p| self.citation_of(p)).unwrap_or_default();
        let where_vi = || parent.map(|p| self.citation_vi(p)).unwrap_or_default();
        let new_rank = letter_rank(letter);
        let node = self.noderef(idx);
        match (last_rank, new_rank) {
            (None, Some(r)) if r > 0 => diags.push(
                "numbering_gap",
                Severity::Warning,
                said(
                    format!(
                        "point {letter}) is the first point of {}: the points before it are missing",
                        where_()
                    ),
                    format!(
                        "Điểm {letter}) là điểm đầu tiên của {}: thiếu các điểm trước đó",
                        where_vi()
                    ),
                ),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r == l => diags.push(
                "numbering_repeat",
                Severity::Warning,
                said(
                    format!(
                        "point {letter}) repeats the letter of the one before in {}",
                        where_()
                    ),
                    format!(
                        "Điểm {letter}) trùng chữ cái với điểm liền trước trong {}",
                        where_vi()
                    ),
                ),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r < l => diags.push(
                "numbering_backwards",
                Severity::Warning,
                said(
                    format!("point {letter}) comes after a later letter in {}", where_()),
                    format!(
                        "Điểm {letter}) đứng sau một điểm mang chữ cái xếp sau nó trong {}",
                        where_vi()
                    ),
                ),
                Some(at.line),
                node,
            ),
            (Some(l), Some(r)) if r > l.saturating_add(1) && !only_skippable_between(l, r) => diags
                .push(
                    "numbering_gap",
                    Severity::Warning,
                    said(
                        format!("point {letter}) skips letters in {}", where_()),
                        format!(
                            "Điểm {letter}) bỏ qua một số chữ cái đánh điểm trong {}",
                            where_vi()
                        ),
                    ),
                    Some(at.line),
                    node,
                ),
            _ => {}
        }
    }
}
