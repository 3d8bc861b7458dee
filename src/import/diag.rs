//! Collecting diagnostics while reading; provision eIds are filled in when the trees are built.

use super::{Diagnostic, Severity};
use crate::text::Bilingual;

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
        message: Bilingual,
        line: Option<usize>,
        node: Option<NodeRef>,
    ) {
        self.items.push(Pending {
            diagnostic: Diagnostic {
                code: code.to_owned(),
                severity,
                message: message.en,
                message_vi: message.vi,
                line,
                provision: None,
            },
            node,
        });
    }
}

/// A message in English and in Vietnamese.
pub(crate) fn said(en: impl Into<String>, vi: impl Into<String>) -> Bilingual {
    Bilingual {
        vi: vi.into(),
        en: en.into(),
    }
}
