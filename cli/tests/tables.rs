//! The tables an officer reads: they fit the terminal, say things in Vietnamese (English with
//! `--lang en`), and the deadlines table shows what is due from a day on, grouped, by province.
//! Expected dates come from the calendar (weekdays, the New Year holiday) and the texts' wording
//! ("trước ngày 10/12" is due the 9th); the two golden files were read line by line against
//! Quyết định 38/2018/QĐ-UBND (Quảng Ninh) when they were written.
//! `QUYCHE_BLESS=1 cargo test -p quyche-cli --test tables` rewrites the golden files.

use std::process::{Command, Output};

use unicode_width::UnicodeWidthStr;

fn quyche(columns: usize, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(args)
        .env("COLUMNS", columns.to_string())
        .env_remove("QUYCHE_LANG")
        .output()
        .expect("the quyche binary runs")
}

fn stdout(columns: usize, args: &[&str]) -> String {
    let o = quyche(columns, args);
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8 output")
}

/// Quảng Ninh's own duties from 01/12/2026: the weekly portal duty, the yearly reports of
/// Điều 31–32, the monthly press conference, and the undated duties after them.
const DECEMBER: [&str; 9] = [
    "deadlines",
    "--year",
    "2026",
    "--province",
    "quang ninh",
    "--local-only",
    "--since",
    "01/12/2026",
    "--format=table",
];

#[test]
fn golden_tables_at_80_and_120_columns() {
    for columns in [80, 120] {
        let got = stdout(columns, &DECEMBER);
        let path = format!(
            "{}/tests/expected/deadlines-quang-ninh-2026-12-{columns}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        if std::env::var_os("QUYCHE_BLESS").is_some() {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            got, want,
            "{path} differs (QUYCHE_BLESS=1 rewrites it after a review)"
        );
    }
}

#[test]
fn no_line_is_wider_than_the_terminal() {
    let commands: [&[&str]; 7] = [
        &["deadlines", "--year", "2026", "--all", "--expand"],
        &["duties", "--province", "Quảng Ninh"],
        &["obligations"],
        &["check"],
        &["calendar", "2026"],
        &["instruments"],
        &["show", "38/2018/QĐ-UBND", "Điều 32"],
    ];
    for args in commands {
        for columns in [80, 120] {
            let text = stdout(columns, args);
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines.len() > 2, "{args:?}: {text}");
            for line in lines {
                assert!(line.width() <= columns, "{args:?} at {columns}: {line:?}");
                assert!(
                    !line.starts_with(' ') || !line.trim().is_empty(),
                    "{args:?}: a blank wrapped line"
                );
            }
        }
    }
}

#[test]
fn december_weekly_duty_is_one_line_and_expand_lists_its_dates() {
    let text = stdout(120, &DECEMBER);
    // Fridays 04, 11, 18, 25/12; the week of 28/12 ends on Thursday 31/12 (01/01 is New Year's
    // Day, 02–03/01 the weekend).
    assert!(
        text.contains("hằng tuần, 5 lần, thường hạn thứ Sáu"),
        "{text}"
    );
    assert_eq!(text.matches("Định kỳ hằng tuần").count(), 1, "{text}");
    let mut expanded = DECEMBER.to_vec();
    expanded.push("--expand");
    let text = stdout(120, &expanded);
    let portal: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("Định kỳ hằng tuần"))
        .map(|l| &l[..10])
        .collect();
    assert_eq!(
        portal,
        [
            "04/12/2026",
            "11/12/2026",
            "18/12/2026",
            "25/12/2026",
            "31/12/2026"
        ]
    );
}

#[test]
fn rows_are_sorted_by_due_date_then_province_and_start_at_the_day_asked() {
    let text = stdout(
        200,
        &[
            "deadlines",
            "--year",
            "2026",
            "--since",
            "01/12/2026",
            "--expand",
        ],
    );
    let rows: Vec<(String, String)> = text
        .lines()
        .skip(2)
        .filter(|l| l.len() > 12 && l.as_bytes()[2] == b'/')
        .map(|l| {
            let mut cells = l.split("  ").filter(|c| !c.trim().is_empty());
            let due = cells
                .next()
                .unwrap()
                .trim()
                .trim_end_matches('*')
                .to_owned();
            let province = cells.next().unwrap().trim().to_owned();
            (due, province)
        })
        .collect();
    assert!(!rows.is_empty(), "{text}");
    // Vietnamese alphabetical order: Đ after D, so Điện Biên first; "Trà" before "Trung".
    let order = [
        "Điện Biên",
        "Quảng Ninh",
        "Sóc Trăng",
        "Trà Vinh",
        "Trung ương",
    ];
    let rank = |p: &str| {
        order
            .iter()
            .position(|o| *o == p)
            .unwrap_or_else(|| panic!("{p}"))
    };
    let key =
        |(d, p): &(String, String)| (format!("{}{}{}", &d[6..10], &d[3..5], &d[..2]), rank(p));
    let keys: Vec<_> = rows.iter().map(key).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(keys
        .iter()
        .all(|(d, _)| d.as_str() >= "20261201" && d.as_str() <= "20261231"));
    // Provinces by name; the Circular's own rows say "Trung ương".
    let provinces: std::collections::BTreeSet<&str> =
        rows.iter().map(|(_, p)| p.as_str()).collect();
    assert!(
        provinces.contains("Quảng Ninh") && provinces.contains("Trung ương"),
        "{provinces:?}"
    );
    // The Circular: "trước ngày 10 tháng 12" is due Wednesday 09/12/2026.
    assert!(
        rows.iter()
            .any(|(d, p)| d == "09/12/2026" && p == "Trung ương"),
        "{rows:?}"
    );
}

#[test]
fn all_starts_in_january_and_wide_keeps_every_column() {
    let text = stdout(
        200,
        &[
            "deadlines",
            "--year",
            "2026",
            "--province",
            "quang ninh",
            "--all",
            "--expand",
        ],
    );
    let first = text.lines().nth(2).unwrap();
    // The weekly duty's first due date in 2026: the week 05–11/01 ends on a Sunday, and Saturday
    // 10/01/2026 is a working day (made up for Friday 02/01), so it is due then. The week of
    // 29/12/2025 is due on 31/12/2025, before the year.
    assert!(first.starts_with("10/01/2026"), "{first}");
    let wide = stdout(
        80,
        &[
            "deadlines",
            "--year",
            "2026",
            "--province",
            "quang ninh",
            "--format",
            "wide",
        ],
    );
    let header = wide.lines().next().unwrap();
    for title in [
        "Hạn",
        "Ngày cuối",
        "Kỳ",
        "Văn bản",
        "Căn cứ",
        "Từ",
        "Gửi đến",
        "Nội dung",
        "Lý do",
    ] {
        assert!(header.contains(title), "{header}");
    }
    assert!(
        wide.lines().any(|l| l.width() > 80),
        "--format wide does not fit the terminal"
    );
}

#[test]
fn english_on_request() {
    let text = stdout(120, &[&DECEMBER[..], &["--lang", "en"]].concat());
    let header = text.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["Due", "Province", "What", "Source"]
    );
    assert!(
        text.contains("weekly, 5 times, usually due on Friday"),
        "{text}"
    );
    let vi = Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(DECEMBER)
        .env("COLUMNS", "120")
        .env("QUYCHE_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(vi.stdout).unwrap(),
        text,
        "QUYCHE_LANG=en is --lang en"
    );
    let duties = stdout(120, &["duties", "--province", "Điện Biên", "--lang", "en"]);
    let header = duties.lines().next().unwrap();
    assert_eq!(
        header
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>(),
        ["Source", "Instrument", "Bearer", "Role", "Duty (quoted)"]
    );
    assert!(
        duties.contains("rows from a national text") && !duties.contains("dòng theo văn bản"),
        "{duties}"
    );
}

#[test]
fn check_evidence_always_quotes_its_provision() {
    let text = stdout(120, &["check"]);
    assert!(
        text.contains("[lỗi]") && text.contains("[thông tin]"),
        "{text}"
    );
    for line in text.lines().filter(|l| l.trim_start().starts_with("- ")) {
        assert!(!line.contains("«»"), "{line}");
    }
    assert!(!text.contains("«»"), "an empty quote is printed");
    // Provinces by name, not by id.
    assert!(
        text.contains("(Quảng Ninh)") && !text.contains("(quang-ninh)"),
        "{text}"
    );
}

#[test]
fn a_year_at_a_glance_as_html() {
    let page = stdout(
        80,
        &[
            "deadlines",
            "--year",
            "2026",
            "--province",
            "quang ninh",
            "--format",
            "html",
        ],
    );
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("Quảng Ninh"),
        "{}",
        &page[..200]
    );
    assert_eq!(page.matches("<td data-date=\"2026-").count(), 365);
    // The week of 28/12/2026–03/01/2027 is due Thursday 31/12/2026: on the 2026 page.
    assert!(
        page.contains("<td data-date=\"2026-12-31\" class=\"due"),
        "31/12/2026 is not marked due"
    );
    let o = quyche(
        80,
        &[
            "deadlines",
            "--from",
            "01/01/2026",
            "--to",
            "31/03/2026",
            "--format",
            "html",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("hãy cho --year"),
        "{o:?}"
    );
}

#[test]
fn why_a_day_is_off_is_said_in_the_language_asked() {
    let vi = stdout(120, &["workdays", "is", "29/11/2026"]);
    assert!(
        vi.starts_with("29/11/2026: ngày nghỉ\n  - 29/11/2026 là Chủ nhật, ngày nghỉ hằng tuần"),
        "{vi}"
    );
    let en = stdout(120, &["workdays", "is", "29/11/2026", "--lang", "en"]);
    assert!(
        en.starts_with(
            "29/11/2026: a day off\n  - 29/11/2026 is a Sunday (Chủ nhật), a weekly rest day"
        ),
        "{en}"
    );
}

/// The instruments table gives its room to the title: the number names each text (a draft, which
/// has none, says so) and the dataset id is left to `--format wide`; at 100 columns the title
/// column is wide enough for a title of a few words a line.
#[test]
fn instruments_give_their_room_to_the_title() {
    let text = stdout(100, &["instruments"]);
    let header = text.lines().next().unwrap();
    assert!(header.starts_with("Số hiệu"), "{header}");
    assert!(!text.contains("vn/22-2016-tt-btttt"), "{text}");
    assert!(text.contains("(dự thảo)"), "{text}");
    let title_at = header.find("Trích yếu").unwrap();
    assert!(header[..title_at].width() <= 100 - 20, "{header}");
    let wide = stdout(100, &["instruments", "--format", "wide"]);
    assert!(wide.lines().next().unwrap().starts_with("Mã"));
    assert!(wide.contains("vn/22-2016-tt-btttt"));
}

/// Nghị định 45/2025/NĐ-CP merged Quảng Ninh's Department of Information and
/// Communications into the Department of Science and Technology from 01/03/2025: the timeline
/// says the event, its direction and the yes/no of verification in the language asked.
#[test]
fn a_bodys_history_is_said_in_words() {
    let vi = stdout(200, &["agencies", "--history", "quang-ninh/so-tttt"]);
    let first = vi.lines().nth(3).unwrap_or_default();
    assert!(first.starts_with("01/03/2025"), "{vi}");
    for word in ["hợp nhất vào", "chuyển đi", "có", "45/2025/NĐ-CP"] {
        assert!(first.contains(word), "{word:?} missing from {first:?}");
    }
    assert!(!vi.contains("merged_into") && !vi.contains(" out "), "{vi}");
    let en = stdout(
        200,
        &[
            "--lang",
            "en",
            "agencies",
            "--history",
            "quang-ninh/so-tttt",
        ],
    );
    let first = en.lines().nth(3).unwrap_or_default();
    for word in ["merged into", " out ", "yes"] {
        assert!(first.contains(word), "{word:?} missing from {first:?}");
    }
    assert!(
        en.contains("press"),
        "a transferred function is named: {en}"
    );
}

/// No notice on the 2027 holidays is recorded (data/calendar/arrangements.toml), so 2027 is a
/// projection from Bộ luật Lao động 2019 Điều 112: the Vietnamese table says so in Vietnamese
/// and names each day once, in its language; 01/01 is Tết Dương lịch (Điều 112 khoản 1 điểm a).
#[test]
fn a_projected_year_is_explained_in_the_language_asked() {
    let vi = stdout(100, &["calendar", "2027"]);
    let head = vi.lines().take(4).collect::<Vec<_>>().join(" ");
    assert!(
        head.starts_with("Năm 2027 — lịch cán bộ, công chức, viên chức:"),
        "{head}"
    );
    assert!(
        head.contains("dự kiến; lịch năm 2027 là dự tính theo luật"),
        "{head}"
    );
    assert!(
        !vi.contains("No notice") && !vi.contains("New Year's Day"),
        "{vi}"
    );
    assert!(
        vi.contains("01/01/2027  nghỉ lễ, tết  Tết Dương lịch "),
        "{vi}"
    );
    let en = stdout(100, &["--lang", "en", "calendar", "2027"]);
    assert!(
        en.starts_with("Year 2027 — calendar (civil service):"),
        "{en}"
    );
    assert!(en.contains("No notice of the Bộ Nội vụ"), "{en}");
    assert!(
        en.contains("New Year's Day") && !en.contains("Tết Dương lịch ("),
        "{en}"
    );
}

/// Nghị quyết 203/2025/QH15 ended the district level on 01/07/2025 and no successor is recorded
/// for Trà Vinh's district committees: the table says why in the language asked.
#[test]
fn why_a_bearer_is_unknown_is_said_in_the_language_asked() {
    let args = [
        "duties",
        "--as-of",
        "2026-11-23",
        "--current-bearers",
        "--province",
        "tra vinh",
    ];
    let vi = stdout(200, &args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        vi.contains("→ không xác định: tra-vinh/ubnd-cap-huyen chấm dứt hoạt động từ 01/07/2025"),
        "{vi}"
    );
    assert!(
        !vi.contains("ceased on") && !vi.contains("belongs to"),
        "{vi}"
    );
    let mut english = vec!["--lang", "en"];
    english.extend(args);
    let en = stdout(200, &english)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        en.contains("→ unknown: tra-vinh/ubnd-cap-huyen ceased on 2025-07-01"),
        "{en}"
    );
}

/// An event-relative duty says its event in the run's language: the text's own words in
/// Vietnamese (Khoản 3 Điều 14 of Quảng Ninh's Quy chế: "Cơ quan chủ trì tổ chức sự kiện ở nước
/// ngoài có trách nhiệm báo cáo kết quả ..."), the English words with `--lang en`.
#[test]
fn an_event_is_said_in_the_language_asked() {
    let args = [
        "obligations",
        "--province",
        "quang ninh",
        "--frequency",
        "event",
        "--format",
        "wide",
    ];
    let vi = stdout(120, &args);
    assert!(
        vi.contains("theo sự kiện: tổ chức sự kiện ở nước ngoài"),
        "{vi}"
    );
    assert!(!vi.contains("after organising an event abroad"), "{vi}");
    let en = stdout(120, &[&args[..], &["--lang", "en"]].concat());
    assert!(en.contains("after organising an event abroad"), "{en}");
    assert!(!en.contains("tổ chức sự kiện ở nước ngoài"), "{en}");
}

/// Comparing duties names each role in Vietnamese words, as the deadlines comparison names each
/// schedule: "chủ trì", "phối hợp", "thực hiện" (the verbs of docs/dataset.md's role table).
#[test]
fn compared_duties_name_their_roles_in_words() {
    let vi = stdout(200, &["compare", "--what", "duties"]);
    for word in ["chủ trì (", "phối hợp (", "thực hiện ("] {
        assert!(vi.contains(word), "{word:?} missing");
    }
    for code in ["lead (", "coordinate (", "implement (", "provide_info ("] {
        assert!(!vi.contains(code), "{code:?} in {vi}");
    }
}
