//! Collecting diagnostics while reading; provision eIds are filled in when the trees are built.

use super::{Diagnostic, Severity};

/// A node of a tree being built: (tree index, node index).
pub(crate) type NodeRef = (usize, usize);

/// A diagnostic whose provision is still a node reference.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub diagnostic: Diagnostic,
    pub node: Option<NodeRef>,
}

/// The diagnostics of one import, in the order found.
#[derive(Debug, Default)]
pub(crate) struct Diags {
    pub items: Vec<Pending>,
}

impl Diags {
    /// Adds a diagnostic about a line (or the whole text when `line` is `None`).
    pub fn push(
        &mut self,
        code: &str,
        severity: Severity,
        message: String,
        line: Option<usize>,
        node: Option<NodeRef>,
    ) {
        self.items.push(Pending {
            diagnostic: Diagnostic {
                code: code.to_owned(),
                severity,
                message,
                line,
                provision: None,
            },
            node,
        });
    }
}
