//! Property tests of the importer: on any text it does not panic, and no non-blank line is
//! lost: each is found in the instrument (a node's heading, text or number, the header
//! metadata, an attachment's title) or is reported by a diagnostic, or starts a node.
//!
//! Lines are drawn from the shapes Vietnamese legal texts have (headings, clauses, points,
//! bullets, markdown and bookmark residue, signature blocks, attachment titles), each
//! carrying a unique marker word (`qz17x`) so that "found" means this very line, not another.
//! The shapes are the importer fuzz target's grammar (`quyche_test_support::gen::text`).
//! `PROPTEST_CASES=N` overrides the case counts.

use proptest::prelude::*;
use quyche::import::{import_bytes, import_text, ImportOptions, Imported};
use quyche_test_support::gen::text;
use quyche_test_support::prop::{config, from_choices};

/// Everything an import keeps as text: a line is "found" when its marker is in here.
fn haystack(im: &Imported) -> String {
    let i = &im.instrument;
    let mut out = String::new();
    let mut add = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    for s in [&i.number, &i.title, &i.issuer, &i.signer, &i.place]
        .into_iter()
        .flatten()
    {
        add(s);
    }
    for r in i.bases.iter().chain(&i.replaces) {
        add(&r.quote);
    }
    for a in &i.attachments {
        add(&a.kind);
        add(&a.title);
    }
    for p in i.provisions() {
        add(p.heading.as_deref().unwrap_or(""));
        add(&p.text);
        add(p.num.as_deref().unwrap_or(""));
    }
    for d in &im.diagnostics {
        add(&d.message);
    }
    out
}

/// Lines a diagnostic reports as a block rather than one by one: the preamble and the
/// signature block from their first line to the next node, a site's own text from its first
/// line to the end.
fn in_reported_block(im: &Imported, line: usize, node_lines: &[usize]) -> bool {
    im.diagnostics
        .iter()
        .any(|d| match (d.code.as_str(), d.line) {
            ("site_text", Some(first)) => line >= first,
            ("closing_block" | "preamble", Some(first)) => {
                let next_node = node_lines
                    .iter()
                    .copied()
                    .filter(|n| *n > first)
                    .min()
                    .unwrap_or(usize::MAX);
                line >= first && line < next_node
            }
            _ => false,
        })
}

fn check_nothing_lost(lines: &[(String, bool)], m: &[String]) -> Result<(), TestCaseError> {
    let text = lines
        .iter()
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let im = match import_text(&text, &ImportOptions::default()) {
        Ok(im) => im,
        Err(e) => {
            // Only a text with nothing to read is refused.
            prop_assert_eq!(e.kind(), "input");
            prop_assert!(
                text.trim().is_empty()
                    || text.chars().all(|c| c.is_whitespace() || c == '\u{200b}'),
                "{e}"
            );
            return Ok(());
        }
    };
    let hay = haystack(&im);
    let hay_lower = hay.to_lowercase();
    let node_lines: Vec<usize> = im.instrument.provisions().filter_map(|p| p.line).collect();
    let diag_lines: Vec<usize> = im.diagnostics.iter().filter_map(|d| d.line).collect();
    for (ix, ((line, marked), marker)) in lines.iter().zip(m).enumerate() {
        let n = ix + 1;
        if line.trim().is_empty() {
            continue;
        }
        let found = (*marked && hay.contains(marker.as_str()))
            || node_lines.contains(&n)
            || diag_lines.contains(&n)
            || in_reported_block(&im, n, &node_lines);
        // Unmarked lines (structure words, junk) must at least leave their words somewhere.
        let found = found
            || (!*marked && {
                let words: Vec<&str> = line
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() > 1)
                    .collect();
                words.is_empty() || words.iter().all(|w| hay_lower.contains(&w.to_lowercase()))
            });
        prop_assert!(
            found,
            "line {} {:?} is lost\n--- text ---\n{}\n--- diagnostics ---\n{:#?}",
            n,
            line,
            text,
            im.diagnostics
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(128))]

    /// Structured random texts: no panic, and every non-blank line is kept or reported.
    #[test]
    fn no_line_is_lost(shapes in from_choices(2048, |c| text::shapes(c, 40))) {
        let markers: Vec<String> = (0..shapes.len()).map(text::marker).collect();
        let lines: Vec<(String, bool)> = shapes.iter().zip(&markers).map(|(s, m)| text::render(s, m)).collect();
        check_nothing_lost(&lines, &markers)?;
    }

    /// Arbitrary bytes: an `Ok` or an `input` error, never a panic.
    #[test]
    fn any_bytes_no_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = import_bytes(&bytes, &ImportOptions::default()) {
            prop_assert_eq!(e.kind(), "input");
        }
    }

    /// Arbitrary Unicode text: no panic, and the only refusal is an empty text.
    #[test]
    fn any_text_no_panic(text in "\\PC{0,300}") {
        if let Err(e) = import_text(&text, &ImportOptions::default()) {
            prop_assert_eq!(e.kind(), "input");
        }
    }
}
