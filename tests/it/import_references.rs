//! References that list several provisions keep every item (issue 9: no silent loss), and
//! heading numbers too long to read are reported. Expected values are read off the phrases.

use quyche::import::{import_text, ImportOptions, Imported};

const TEXT: &str = "QUYẾT ĐỊNH
Về việc thử nghiệm

QUYẾT ĐỊNH:
Điều 1. Phạm vi
Nội dung điều một.
Điều 2. Đối tượng
Nội dung điều hai.
Điều 3. Trách nhiệm
1. Khoản một.
2. Khoản hai.
Điều 4. Thực hiện
Thực hiện theo khoản 1, 2 Điều 3.
Điều 5. Báo cáo
1. Khoản một.
2. Khoản hai.
3. Khoản ba.
Điều 6. Tham chiếu
1. Các cơ quan thực hiện các khoản 1, 2 và 3 Điều 5.
2. Áp dụng Điều 3, Điều 4 Quyết định này.
3. Theo điểm a, b khoản 2 Điều 3 Nghị định số 72/2015/NĐ-CP.
4. Theo Điều 3 khoản 1, 2.
5. Theo khoản 1 Điều 3 và khoản 2 Điều 5.
6. Theo khoản 1 hoặc khoản 2 Điều 5.
7. Theo Điều 1 và 2.
";

fn import() -> Imported {
    import_text(TEXT, &ImportOptions::default()).unwrap()
}

/// The citations of the references made from one provision, in order.
fn cited(i: &Imported, from: &str) -> Vec<String> {
    i.instrument
        .references
        .iter()
        .filter(|r| r.from == from)
        .filter_map(|r| r.citation.clone())
        .collect()
}

#[test]
fn a_list_of_clauses_before_an_article_gives_one_reference_each() {
    let i = import();
    assert_eq!(cited(&i, "art_4"), ["Khoản 1 Điều 3", "Khoản 2 Điều 3"]);
    assert_eq!(
        cited(&i, "art_6__para_1"),
        ["Khoản 1 Điều 5", "Khoản 2 Điều 5", "Khoản 3 Điều 5"]
    );
}

#[test]
fn repeated_level_words_are_a_list_of_the_same_instrument() {
    let i = import();
    assert_eq!(cited(&i, "art_6__para_2"), ["Điều 3", "Điều 4"]);
    // "Quyết định này": the citing instrument itself.
    assert!(i
        .instrument
        .references
        .iter()
        .filter(|r| r.from == "art_6__para_2")
        .all(|r| r.instrument.is_none() && r.instrument_number.is_none()));
    assert_eq!(
        cited(&i, "art_6__para_6"),
        ["Khoản 1 Điều 5", "Khoản 2 Điều 5"]
    );
    assert_eq!(cited(&i, "art_6__para_7"), ["Điều 1", "Điều 2"]);
}

#[test]
fn a_list_of_points_keeps_the_other_instrument_for_every_item() {
    let i = import();
    assert_eq!(
        cited(&i, "art_6__para_3"),
        ["Điểm a khoản 2 Điều 3", "Điểm b khoản 2 Điều 3"]
    );
    for r in i
        .instrument
        .references
        .iter()
        .filter(|r| r.from == "art_6__para_3")
    {
        assert_eq!(r.instrument_number.as_deref(), Some("72/2015/NĐ-CP"));
        assert_eq!(
            r.quote,
            "điểm a, b khoản 2 Điều 3 Nghị định số 72/2015/NĐ-CP"
        );
    }
}

#[test]
fn outermost_first_lists_and_separate_chains() {
    let i = import();
    assert_eq!(
        cited(&i, "art_6__para_4"),
        ["Khoản 1 Điều 3", "Khoản 2 Điều 3"]
    );
    // Two chains joined by "và" stay two references to different articles.
    assert_eq!(
        cited(&i, "art_6__para_5"),
        ["Khoản 1 Điều 3", "Khoản 2 Điều 5"]
    );
}

#[test]
fn an_article_number_of_five_digits_is_reported_not_dropped() {
    let text = "QUYẾT ĐỊNH:\nĐiều 1. Phạm vi\nNội dung.\nĐiều 12345. Tên quá dài\nNội dung tiếp.\n";
    let i = import_text(text, &ImportOptions::default()).unwrap();
    let d = i
        .diagnostics
        .iter()
        .find(|d| d.code == "number_too_long")
        .expect("a number_too_long diagnostic");
    assert_eq!(d.line, Some(4));
    assert!(d.message.contains("5 digits"), "{}", d.message);
    // The line is still in the tree, as text of Điều 1.
    let art1 = i
        .instrument
        .provisions()
        .find(|p| p.eid == "art_1")
        .unwrap();
    assert!(
        art1.text.contains("Điều 12345. Tên quá dài"),
        "{}",
        art1.text
    );
}
