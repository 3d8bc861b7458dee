//! The year at a glance (`year_html`): every day of the year on the grid, the days off of the
//! 2026 calendar shaded with their names (24/11 flagged as not verified from its act), the worked
//! Saturday marked, each due day linked to the list, and nothing loaded from outside.

use quyche::query::{year_html, CalendarQuery, DeadlineQuery, RuleSet};

fn page() -> (String, usize) {
    let rules = RuleSet::embedded().unwrap();
    let year = rules.calendar_year(&CalendarQuery::year(2026)).unwrap();
    let rows = rules
        .deadlines(&DeadlineQuery::year(2026).unwrap().province("quang ninh"))
        .unwrap();
    let due_days: std::collections::BTreeSet<_> = rows
        .iter()
        .filter_map(|r| r.due)
        .filter(|d| d.format("%Y").to_string() == "2026")
        .collect();
    (year_html(&year, &rows, Some("Quảng Ninh")), due_days.len())
}

/// The opening `<td>` tag of a day's cell.
fn cell<'a>(page: &'a str, day: &str) -> &'a str {
    let at = page
        .find(&format!("<td data-date=\"{day}\""))
        .unwrap_or_else(|| panic!("no cell {day}"));
    &page[at..at + page[at..].find('>').unwrap()]
}

#[test]
fn every_day_of_the_year_has_a_cell() {
    let (page, _) = page();
    assert_eq!(page.matches("<td data-date=\"2026-").count(), 365);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"vi\">"));
    assert!(page.contains(
        "<title>Hạn thực hiện nhiệm vụ thông tin đối ngoại năm 2026 — Quảng Ninh</title>"
    ));
}

#[test]
fn days_off_are_shaded_and_named() {
    let (page, _) = page();
    // Tết Bính Ngọ: 16–20/02/2026 (Thông báo of the Ministry of Home Affairs), the weekend after.
    for day in [
        "2026-02-16",
        "2026-02-17",
        "2026-02-18",
        "2026-02-19",
        "2026-02-20",
    ] {
        let c = cell(&page, day);
        assert!(
            c.contains("class=\"holiday") && c.contains("Tết Âm lịch"),
            "{c}"
        );
    }
    let c = cell(&page, "2026-11-24");
    assert!(
        c.contains("class=\"holiday") && c.contains("Ngày Văn hóa Việt Nam"),
        "{c}"
    );
    assert!(
        c.contains("chưa xác minh"),
        "24/11 is recorded verified = false: {c}"
    );
    // 02/01 off, made up on Saturday 10/01; Giỗ Tổ on Sunday 26/04, compensated on Monday 27/04.
    assert!(cell(&page, "2026-01-02").contains("class=\"swap_off"));
    assert!(cell(&page, "2026-01-10").contains("class=\"swap_work"));
    assert!(cell(&page, "2026-04-27").contains("class=\"compensatory"));
    assert!(cell(&page, "2026-01-03").contains("class=\"rest\""));
    assert!(
        cell(&page, "2026-01-05").contains("class=\"\""),
        "an ordinary Monday is not marked"
    );
}

#[test]
fn due_days_are_counted_labelled_and_linked() {
    let (page, due_days) = page();
    let marked = page
        .split("<td data-date=\"")
        .skip(1)
        .filter(|c| {
            let class = c
                .split("class=\"")
                .nth(1)
                .and_then(|c| c.split('"').next())
                .unwrap_or("");
            class.split(' ').any(|w| w == "due")
        })
        .count();
    assert_eq!(marked, due_days);
    // The yearly report "trước ngày 10/12 hàng năm" (Khoản 1 Điều 32) is due Wednesday 09/12.
    let c = cell(&page, "2026-12-09");
    assert!(
        c.contains("due") && c.contains("việc có hạn") && c.contains("Khoản 1 Điều 32"),
        "{c}"
    );
    assert!(
        page.contains("<a href=\"#d20261209\">")
            && page.contains("<h3 id=\"d20261209\">thứ Tư 09/12/2026</h3>")
    );
    assert!(
        page.contains("Không có ngày cố định"),
        "undated duties are listed"
    );
}

#[test]
fn nothing_is_loaded_from_outside_and_text_is_escaped() {
    let (page, _) = page();
    assert!(!page.contains("src=") && !page.contains("http") && !page.contains("@import"));
    for href in page.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "{}", &href[..20.min(href.len())]);
    }
    // Quotes hold «» and the page's own markup is balanced around them.
    assert!(page.contains("<q>") && !page.contains("<q><script"));
}
