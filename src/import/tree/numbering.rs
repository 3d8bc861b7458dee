//! Numbering checks: gaps, repeats and numbers going backwards in each series (parts, chapters,
//! sections, articles, clauses, points). They only report; the tree keeps the text as written.

use super::{At, Tree};
use crate::import::diag::Diags;
use crate::import::numbers::{letter_rank, number_value, only_skippable_between};
use crate::import::Severity;

impl Tree {
    /// "Điều 5", "Khoản 2": a node named in a diagnostic.
    pub(super) fn citation_of(&self, i: usize) -> String {
        self.node(i)
            .map(|n| format!("{} {}", n.kind.vietnamese(), n.num.as_deref().unwrap_or("")))
            .unwrap_or_default()
    }

    /// Compares a number with the last one of its series and reports gaps, repeats and
    /// numbers going backwards.
    pub(super) fn check_sequence(
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
    }
}
