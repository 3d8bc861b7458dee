//! A broken dataset is refused whole, with every problem listed by file, line and field.

use crate::common;

use common::{copy_tree, data_dir, temp_dir};
use quyche::dataset::Dataset;
use quyche::Error;

fn problems(dir: &std::path::Path) -> Vec<String> {
    match Dataset::from_dir(dir) {
        Err(Error::Dataset { problems }) => problems.iter().map(ToString::to_string).collect(),
        Err(e) => panic!("expected a dataset error, got {e}"),
        Ok(_) => panic!("a broken dataset loaded"),
    }
}

#[test]
fn the_repository_data_directory_loads_like_the_embedded_one() {
    let from_disk = Dataset::from_dir(data_dir()).unwrap();
    let embedded = Dataset::embedded().unwrap();
    assert_eq!(from_disk, embedded);
}

#[test]
fn every_problem_is_listed_with_file_line_and_field() {
    let dir = temp_dir("broken");
    copy_tree(&data_dir(), &dir);
    let rules = dir.join("instruments/quang-ninh/38-2018-qd-ubnd/rules.toml");
    let mut text = std::fs::read_to_string(&rules).unwrap();
    // 1. a record missing a required field, 2. an unknown agency, 3. a quote not in its provision,
    // 4. a citation (eId) to a provision that does not exist.
    text.push_str(
        r#"
[[duty]]
id = "broken-missing-role"
eid = "att_1__art_16__para_1"
bearer = "quang-ninh/so-tttt"
summary = "no role"
quote = "x"

[[duty]]
id = "broken-unknown-agency"
eid = "att_1__art_32__para_2"
bearer = "quang-ninh/so-khong-ton-tai"
role = "report"
summary = "unknown bearer"
quote = "Sở Thông tin và Truyền thông có trách nhiệm tổng hợp"

[[duty]]
id = "broken-quote"
eid = "att_1__art_32__para_2"
bearer = "quang-ninh/so-tttt"
role = "report"
summary = "quote not in the text"
quote = "trước ngày 31/12 hàng năm"

[[duty]]
id = "broken-eid"
eid = "att_1__art_99__para_1"
bearer = "quang-ninh/so-tttt"
role = "report"
summary = "no such provision"
quote = "x"
"#,
    );
    std::fs::write(&rules, text).unwrap();
    let ps = problems(&dir);
    let joined = ps.join("\n");
    assert!(
        ps.iter()
            .any(|p| p.contains("rules.toml:") && p.contains("missing field `role`")),
        "{joined}"
    );
    assert!(
        ps.iter().any(|p| p.contains("so-khong-ton-tai")),
        "{joined}"
    );
    assert!(
        ps.iter().any(|p| p.contains("trước ngày 31/12 hàng năm")
            && p.contains("is not in the text of Khoản 2 Điều 32")),
        "{joined}"
    );
    assert!(
        ps.iter().any(|p| p.contains("att_1__art_99__para_1")),
        "{joined}"
    );
    // Lines point at the records' headers.
    let line_of = |needle: &str| {
        std::fs::read_to_string(&rules)
            .unwrap()
            .lines()
            .position(|l| l.contains(needle))
            .unwrap()
    };
    let header = line_of("broken-missing-role"); // the [[duty]] header is the line before
    assert!(
        ps.iter()
            .any(|p| p.contains(&format!("rules.toml:{}:", header))),
        "{joined}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn invalid_toml_and_non_utf8_files_are_reported_with_lines() {
    let dir = temp_dir("syntax");
    copy_tree(&data_dir(), &dir);
    std::fs::write(
        dir.join("agencies/quang-ninh.toml"),
        "[[agency]]\nid = \"x\"\nname = \n",
    )
    .unwrap();
    std::fs::write(
        dir.join("agencies/dien-bien.toml"),
        b"[[agency]]\nid = \"\xff\"\n",
    )
    .unwrap();
    let ps = problems(&dir);
    assert!(
        ps.iter()
            .any(|p| p.starts_with("agencies/quang-ninh.toml:3") && p.contains("invalid TOML")),
        "{ps:?}"
    );
    assert!(
        ps.iter()
            .any(|p| p.starts_with("agencies/dien-bien.toml:2") && p.contains("not UTF-8")),
        "{ps:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_cycle_of_replacements_is_refused() {
    let dir = temp_dir("cycle");
    copy_tree(&data_dir(), &dir);
    let meta = dir.join("instruments/tra-vinh/639-qd-ubnd/instrument.toml");
    let text = std::fs::read_to_string(&meta).unwrap().replace(
        "status = \"replaced\"",
        "status = \"replaced\"\nreplaces = [\"tra-vinh/21-2017-qd-ubnd\"]",
    );
    std::fs::write(&meta, text).unwrap();
    let ps = problems(&dir);
    assert!(
        ps.iter().any(|p| p.contains("a cycle of replacements")),
        "{ps:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_directory_is_an_io_error() {
    match Dataset::from_dir("/nonexistent/quyche-data") {
        Err(Error::Io { .. }) => {}
        other => panic!("{other:?}"),
    }
}
