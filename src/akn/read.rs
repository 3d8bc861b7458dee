//! Reading an Akoma Ntoso document: the checks that refuse bad input, then the document's
//! parts handed to the meta and body readers, and shared helpers for both.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use super::{guard, read_body, read_meta, MAX_NODES, NAMESPACE, QC_NAMESPACE};
use crate::import::{Diagnostic, Imported, Severity};
use crate::model::Instrument;
use crate::text::Bilingual;
use crate::{Error, Result};

/// What reading one document keeps between elements.
pub(crate) struct Ctx<'a, 'input> {
    pub doc: &'a Document<'input>,
    pub diags: Vec<Diagnostic>,
    /// Editorial notes by the eId they are placed at.
    pub notes: HashMap<String, String>,
    /// How many times each eId has been given.
    pub seen: HashMap<String, usize>,
    /// Whether some text was decomposed Unicode.
    pub nfd: bool,
}

impl Ctx<'_, '_> {
    /// The 1-based line of the XML where a node starts.
    pub fn line(&self, n: Node<'_, '_>) -> usize {
        usize::try_from(self.doc.text_pos_at(n.range().start).row).unwrap_or(usize::MAX)
    }

    pub fn diag(
        &mut self,
        code: &str,
        severity: Severity,
        message: Bilingual,
        at: Node<'_, '_>,
        provision: Option<&str>,
    ) {
        let line = Some(self.line(at));
        self.diags.push(Diagnostic {
            code: code.to_owned(),
            severity,
            message: message.en,
            message_vi: message.vi,
            line,
            provision: provision.map(str::to_owned),
        });
    }

    /// Text in NFC, noting when it was not.
    pub fn nfc(&mut self, s: String) -> String {
        if unicode_normalization::is_nfc(&s) {
            s
        } else {
            self.nfd = true;
            crate::text::nfc(&s)
        }
    }

    /// The text of an element with inline content: its text nodes in order, `eol`/`br` as line
    /// breaks, notes left out (they are not the law's words).
    pub fn inline_text(&mut self, n: Node<'_, '_>) -> String {
        let mut out = String::new();
        let mut skipped = false;
        walk(n, |d| {
            if d.is_text() {
                out.push_str(d.text().unwrap_or_default());
                return false;
            }
            if !is_akn(d) {
                return d.is_element();
            }
            match d.tag_name().name() {
                "noteRef" | "authorialNote" => {
                    skipped = true;
                    false
                }
                "eol" | "br" => {
                    out.push('\n');
                    false
                }
                _ => true,
            }
        });
        if skipped {
            self.diag(
                "akn_unmapped_element",
                Severity::Warning,
                said(
                    format!(
                        "a note inside <{}> is not part of the text; left out",
                        n.tag_name().name()
                    ),
                    format!(
                        "Ghi chú bên trong <{}> không thuộc nội dung văn bản; đã lược bỏ",
                        n.tag_name().name()
                    ),
                ),
                n,
                None,
            );
        }
        self.nfc(out)
    }

    /// An eId not given before: the element's own, else `fallback`; a repeat gets `_2`, `_3`.
    pub fn eid(&mut self, n: Node<'_, '_>, fallback: String) -> String {
        let base = match n.attribute("eId").filter(|e| !e.is_empty()) {
            Some(e) => e.to_owned(),
            None => {
                self.diag(
                    "akn_missing_eid",
                    Severity::Info,
                    said(
                        format!(
                            "<{}> has no eId; it is given {fallback:?}",
                            n.tag_name().name()
                        ),
                        format!(
                            "<{}> không có eId; đã gán eId {fallback:?}",
                            n.tag_name().name()
                        ),
                    ),
                    n,
                    None,
                );
                fallback
            }
        };
        match self.seen.get_mut(&base) {
            Some(count) => {
                *count = count.saturating_add(1);
                let renamed = format!("{base}_{count}");
                self.diag(
                    "akn_duplicate_eid",
                    Severity::Warning,
                    said(
                        format!(
                            "the eId {base:?} is used more than once; this one is renamed {renamed:?}"
                        ),
                        format!(
                            "eId {base:?} được dùng nhiều lần; phần tử này được đổi tên thành {renamed:?}"
                        ),
                    ),
                    n,
                    Some(&renamed),
                );
                renamed
            }
            None => {
                self.seen.insert(base.clone(), 1);
                base
            }
        }
    }
}

/// A message in English and in Vietnamese.
pub(crate) fn said(en: impl Into<String>, vi: impl Into<String>) -> Bilingual {
    Bilingual {
        vi: vi.into(),
        en: en.into(),
    }
}

/// Visits the nodes below `n` in document order without recursion; `visit` says whether to go
/// into a node's children.
pub(crate) fn walk<'a, 'i>(n: Node<'a, 'i>, mut visit: impl FnMut(Node<'a, 'i>) -> bool) {
    let mut cur = n.first_child();
    while let Some(c) = cur {
        if visit(c) {
            if let Some(first) = c.first_child() {
                cur = Some(first);
                continue;
            }
        }
        let mut up = c;
        cur = loop {
            if let Some(s) = up.next_sibling() {
                break Some(s);
            }
            match up.parent() {
                Some(p) if p != n => up = p,
                _ => break None,
            }
        };
    }
}

/// Whether a node is an element of Akoma Ntoso 3.0.
pub(crate) fn is_akn(n: Node<'_, '_>) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(NAMESPACE)
}

/// Whether a node is the Akoma Ntoso element `name`.
pub(crate) fn is(n: Node<'_, '_>, name: &str) -> bool {
    is_akn(n) && n.tag_name().name() == name
}

/// The child elements of a node.
pub(crate) fn elements<'a, 'input>(n: Node<'a, 'input>) -> impl Iterator<Item = Node<'a, 'input>> {
    n.children().filter(Node::is_element)
}

/// The first Akoma Ntoso child element `name`.
pub(crate) fn child<'a, 'input>(n: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    n.children().find(|c| is(*c, name))
}

/// An attribute in quyche's namespace.
pub(crate) fn qc_attr<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute((QC_NAMESPACE, name))
}

/// Parses and reads a document.
pub(crate) fn read(xml: &str) -> Result<Imported> {
    guard::refuse_dtd(xml)?;
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(xml, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => Error::input(
            format!(
                "the Akoma Ntoso document has more than {MAX_NODES} XML nodes; it was not read"
            ),
            format!("tài liệu Akoma Ntoso có hơn {MAX_NODES} nút XML; tài liệu không được đọc"),
        ),
        roxmltree::Error::DtdDetected => guard::dtd_refused(None),
        e => Error::input(
            format!("the Akoma Ntoso document is not well-formed XML: {e}"),
            format!("tài liệu Akoma Ntoso không phải là XML đúng cú pháp: {e}"),
        ),
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "akomaNtoso" {
        let root = root.tag_name().name();
        return Err(Error::input(
            format!("not an Akoma Ntoso document: the root element is <{root}>, not <akomaNtoso>"),
            format!("không phải là tài liệu Akoma Ntoso: phần tử gốc là <{root}>, không phải <akomaNtoso>"),
        ));
    }
    match root.tag_name().namespace() {
        Some(NAMESPACE) => {}
        Some(other) => {
            return Err(Error::input(
                format!("<akomaNtoso> is in the namespace {other:?}, not in Akoma Ntoso 3.0's {NAMESPACE:?}"),
                format!("<akomaNtoso> thuộc không gian tên {other:?}, không phải không gian tên {NAMESPACE:?} của Akoma Ntoso 3.0"),
            ))
        }
        None => {
            return Err(Error::input(
                format!("<akomaNtoso> has no namespace; Akoma Ntoso 3.0's is {NAMESPACE:?}"),
                format!("<akomaNtoso> không có không gian tên; không gian tên của Akoma Ntoso 3.0 là {NAMESPACE:?}"),
            ))
        }
    }
    let Some(document) = elements(root).next() else {
        return Err(Error::input(
            "<akomaNtoso> holds no document",
            "<akomaNtoso> không chứa tài liệu nào",
        ));
    };
    if !(is(document, "act") || is(document, "bill")) {
        let kind = document.tag_name().name();
        return Err(Error::input(
            format!("only Akoma Ntoso acts and bills can be read; this document is a <{kind}>"),
            format!("chỉ đọc được văn bản (act) và dự thảo (bill) Akoma Ntoso; tài liệu này là một <{kind}>"),
        ));
    }
    let mut ctx = Ctx {
        doc: &doc,
        diags: Vec::new(),
        notes: HashMap::new(),
        seen: HashMap::new(),
        nfd: false,
    };
    read_meta::collect_notes(&mut ctx, document);
    let (body, attachments) = read_body::read_document(&mut ctx, document)?;
    let mut instrument = Instrument {
        body,
        attachments,
        ..Instrument::blank(String::new(), crate::model::NATIONAL.to_owned())
    };
    read_meta::read(&mut ctx, document, &mut instrument);
    crate::model::anchor_attachments(&mut instrument);
    if ctx.nfd {
        ctx.diags.push(Diagnostic {
            code: "unicode_nfd".into(),
            severity: Severity::Info,
            message: "decomposed Unicode (NFD) was normalised to NFC".into(),
            message_vi: "Đã chuẩn hóa Unicode dạng tách (NFD) sang dạng dựng sẵn NFC".into(),
            line: None,
            provision: None,
        });
    }
    Ok(Imported {
        instrument,
        diagnostics: ctx.diags,
    })
}
