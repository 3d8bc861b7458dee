//! Corrections kept as data: the dataset's files load, a correction that finds nothing is
//! reported, restored nodes are marked, cuts are recorded.

use quyche::import::{corrections_from_toml, import_text, Correction, ImportOptions};
use quyche::model::Provenance;

#[test]
fn every_seed_corrections_file_loads() {
    for (path, text) in [
        (
            "tra-vinh",
            include_str!("../../data/instruments/tra-vinh/21-2017-qd-ubnd/corrections.toml"),
        ),
        (
            "quang-ninh",
            include_str!("../../data/instruments/quang-ninh/38-2018-qd-ubnd/corrections.toml"),
        ),
        (
            "dien-bien",
            include_str!("../../data/instruments/dien-bien/18-2018-qd-ubnd/corrections.toml"),
        ),
        (
            "soc-trang",
            include_str!("../../data/instruments/soc-trang/du-thao-2019/corrections.toml"),
        ),
        (
            "vn",
            include_str!("../../data/instruments/vn/22-2016-tt-btttt/corrections.toml"),
        ),
    ] {
        let c = corrections_from_toml(text).unwrap_or_else(|e| panic!("{path}: {e}"));
        if path == "quang-ninh" {
            // 13 article headings, 4 chapter headings, 1 cut.
            assert_eq!(c.len(), 18);
            let restores = c
                .iter()
                .filter(|x| matches!(x, Correction::Restore { .. }))
                .count();
            assert_eq!(restores, 17);
            assert!(
                matches!(c.last(), Some(Correction::CutFrom { from, .. }) if from == "Ý kiến bạn đọc")
            );
            // Restored headings are short and generic: "Điều N. <subject>" of at most a few words.
            for x in &c {
                if let Correction::Restore { insert, reason, .. } = x {
                    assert!(insert.split_whitespace().count() <= 9, "{insert}");
                    assert!(reason.contains("lost in scraping"), "{reason}");
                }
            }
        } else {
            assert!(c.is_empty(), "{path}");
        }
    }
}

#[test]
fn errors_say_the_line() {
    let bad = "[[correction]]\naction = \"restore\"\nbefore = \"a\"\ninsert = \"b\"\nreason = \"c\"\n\n[[correction]]\naction = \"restore\"\nbefore = 5\n";
    let msg = corrections_from_toml(bad)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        msg.contains("line 7") && msg.contains("correction 2"),
        "{msg}"
    );
    let unknown_field =
        "[[correction]]\naction = \"cut_from\"\nfrom = \"x\"\nreason = \"y\"\ncolour = \"red\"\n";
    let msg = corrections_from_toml(unknown_field)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(msg.contains("line") && msg.contains("colour"), "{msg}");
}

#[test]
fn corrections_apply_and_are_recorded() {
    let text = "Điều 1. Phạm vi\n1. Một.\n2. Hai.\n1. Khoản của điều bị mất tiêu đề.\nÝ kiến bạn đọc\nQuảng cáo.\n";
    let corrections = vec![
        Correction::Restore {
            before: "1. Khoản của điều bị mất tiêu đề.".to_owned(),
            insert: "Điều 2. Tiêu đề khôi phục".to_owned(),
            reason: "heading lost in scraping (test)".to_owned(),
        },
        Correction::CutFrom {
            from: "Ý kiến bạn đọc".to_owned(),
            reason: "site text (test)".to_owned(),
        },
        Correction::Restore {
            before: "no such line".to_owned(),
            insert: "Điều 9. X".to_owned(),
            reason: "r".to_owned(),
        },
    ];
    let im = import_text(
        text,
        &ImportOptions {
            corrections,
            ..Default::default()
        },
    )
    .expect("imports");
    let i = &im.instrument;
    let art2 = i.find_eid("art_2").expect("restored article");
    assert_eq!(art2.provenance, Provenance::Restored);
    assert_eq!(
        art2.note.as_deref(),
        Some("heading lost in scraping (test)")
    );
    assert_eq!(
        art2.line,
        Some(4),
        "a restored node points at the line it stands before"
    );
    let para = i.find_eid("art_2__para_1").expect("its clause");
    assert_eq!(para.provenance, Provenance::Source);
    assert_eq!(para.text, "Khoản của điều bị mất tiêu đề.");
    assert!(i.provisions().all(|p| !p.text.contains("Quảng cáo")));
    let codes: Vec<&str> = im.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(
        codes.contains(&"restored") && codes.contains(&"cut"),
        "{codes:?}"
    );
    assert!(im
        .diagnostics
        .iter()
        .any(|d| d.code == "correction_not_applied" && d.message.contains("no such line")));
    assert!(!codes.contains(&"missing_heading"), "{codes:?}");
}
