//! Errors speak the language of the tables: Vietnamese by default (`lỗi: ...`), English with
//! `--lang en` or `QUYCHE_LANG=en` (`error: ...`). What was typed, ids and the accepted words
//! stay as they are in both.

use std::process::{Command, Output};

fn run(args: &[&str], env_lang: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_quyche"));
    c.args(args).env_remove("QUYCHE_LANG");
    if let Some(l) = env_lang {
        c.env("QUYCHE_LANG", l);
    }
    c.output().expect("the quyche binary runs")
}

/// The stderr of a command that must fail with exit status 2.
fn fails(args: &[&str], env_lang: Option<&str>) -> String {
    let o = run(args, env_lang);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
    assert!(o.stdout.is_empty(), "{args:?}");
    err
}

/// A failing command, its Vietnamese words and its English words.
struct Case {
    args: &'static [&'static str],
    vi: &'static [&'static str],
    en: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        args: &["duties", "--province", "Ha Noii"],
        vi: &[
            "không tìm thấy tỉnh, thành phố: Ha Noii",
            "(có phải: Hà Nội",
        ],
        en: &["province not found: Ha Noii", "(did you mean: Hà Nội"],
    },
    Case {
        args: &["duties", "--agency", "so tttt"],
        vi: &[
            "\"so tttt\" ứng với nhiều cơ quan",
            "quang-ninh/so-tttt: Quảng Ninh",
            "thêm --province để chọn",
        ],
        en: &[
            "agency \"so tttt\" is ambiguous",
            "quang-ninh/so-tttt: Quảng Ninh",
            "give a province to choose (--province)",
        ],
    },
    Case {
        args: &["deadlines", "--year", "2026", "--shift", "sideways"],
        vi: &["cách dời hạn \"sideways\" không hợp lệ: dùng previous, next hoặc none"],
        en: &["unknown shift \"sideways\": use previous, next or none"],
    },
    Case {
        args: &["calendar", "2026", "--calendar", "lunar"],
        vi: &["loại lịch \"lunar\" không hợp lệ: dùng civil hoặc labour"],
        en: &["unknown calendar \"lunar\": use civil or labour"],
    },
    Case {
        args: &["calendar", "1800"],
        vi: &["năm 1800 nằm ngoài phạm vi của lịch làm việc"],
        en: &["year 1800 is outside the working calendar's range"],
    },
    Case {
        args: &["show", "38/2018/QĐ-UBND", "Điều 3 của trời đất"],
        vi: &["không đọc được trích dẫn \"Điều 3 của trời đất\""],
        en: &["cannot read the citation \"Điều 3 của trời đất\""],
    },
    Case {
        args: &["show", "nope/123"],
        vi: &["không tìm thấy văn bản: nope/123"],
        en: &["instrument not found: nope/123"],
    },
];

fn has_all(err: &str, words: &[&str]) {
    for w in words {
        assert!(err.contains(w), "{w:?} not in {err}");
    }
}

#[test]
fn errors_are_vietnamese_by_default_and_english_on_request() {
    for c in CASES {
        let vi = fails(c.args, None);
        assert!(vi.starts_with("lỗi: "), "{vi}");
        has_all(&vi, c.vi);
        let en = fails(&[&["--lang", "en"], c.args].concat(), None);
        assert!(en.starts_with("error: "), "{en}");
        has_all(&en, c.en);
        // QUYCHE_LANG chooses as --lang does, and --lang wins over it.
        assert_eq!(fails(c.args, Some("en")), en);
        assert_eq!(fails(&[&["--lang", "vi"], c.args].concat(), Some("en")), vi);
    }
}

#[test]
fn an_import_error_names_the_file_in_both_languages() {
    let dir = std::env::temp_dir().join(format!("quyche-errors-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("empty.txt");
    std::fs::write(&path, b"").unwrap();
    let file = path.to_str().unwrap();
    let vi = fails(&["import", file], None);
    assert_eq!(vi.trim_end(), format!("lỗi: {file}: dữ liệu đầu vào trống"));
    let en = fails(&["import", file, "--lang", "en"], None);
    assert_eq!(en.trim_end(), format!("error: {file}: the input is empty"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A day argument is refused by clap before the language is set: in both languages, the one
/// asked for first, whichever way it is asked.
#[test]
fn a_day_argument_is_refused_in_both_languages_the_asked_one_first() {
    let vi = "30/02/2026: tháng 2 năm 2026 chỉ có 28 ngày (month 2 of 2026 has 28 days)";
    let en = "30/02/2026: month 2 of 2026 has 28 days (tháng 2 năm 2026 chỉ có 28 ngày)";
    assert!(fails(&["workdays", "is", "30/02/2026"], None).contains(vi));
    for (args, env) in [
        (&["--lang", "en", "workdays", "is", "30/02/2026"][..], None),
        (&["--lang=en", "workdays", "is", "30/02/2026"][..], None),
        (&["workdays", "is", "30/02/2026", "--lang", "en"][..], None),
        (&["workdays", "is", "30/02/2026"][..], Some("en")),
    ] {
        let err = fails(args, env);
        assert!(err.contains(en), "{args:?}: {err}");
    }
}

/// Mistakes in the command line itself, which clap finds before any query runs: the same
/// facts (what was typed, the close match, the accepted values, the usage) in Vietnamese by
/// default and in clap's English with `--lang en`, exit status 2 in both.
#[test]
fn command_line_mistakes_are_said_in_the_language_asked() {
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        (
            &["deadlines", "--yaer", "2026"],
            &[
                "lỗi: không có tùy chọn “--yaer”",
                "có phải: “--year”?",
                "Cách dùng: quyche deadlines",
            ],
            &[
                "error: unexpected argument '--yaer'",
                "'--year'",
                "Usage: quyche deadlines",
            ],
        ),
        (
            &["deadlins"],
            &["lỗi: không có lệnh “deadlins”", "có phải: “deadlines”?"],
            &["error: unrecognized subcommand 'deadlins'"],
        ),
        (
            &["workdays", "add"],
            &["lỗi: còn thiếu đối số bắt buộc: <DATE> <N>"],
            &["error: the following required arguments were not provided"],
        ),
        (
            &["deadlines", "--year", "2026", "--format", "xml"],
            &[
                "lỗi: giá trị “xml” không hợp lệ cho --format",
                "table, wide, json, csv, ics, html, akn",
            ],
            &["error: invalid value 'xml' for '--format <FORMAT>'"],
        ),
        (
            &["deadlines", "--year", "abc"],
            &["lỗi: --year <YEAR>: “abc” không phải là một số nguyên"],
            &["error: invalid value 'abc' for '--year <YEAR>'"],
        ),
        (
            &["deadlines", "--year", "2026", "--year", "2027"],
            &["lỗi: --year <YEAR> chỉ được cho một lần"],
            &["error: the argument '--year <YEAR>' cannot be used multiple times"],
        ),
    ];
    for (args, vi, en) in cases {
        let err = fails(args, None);
        for w in *vi {
            assert!(err.contains(w), "{args:?}: {w:?} missing from {err}");
        }
        assert!(
            !err.contains("error:") && !err.contains("Usage:"),
            "{args:?}: {err}"
        );
        let mut english = vec!["--lang", "en"];
        english.extend_from_slice(args);
        let err = fails(&english, None);
        for w in *en {
            assert!(err.contains(w), "{args:?}: {w:?} missing from {err}");
        }
        assert!(!err.contains("lỗi:"), "{args:?}: {err}");
        // QUYCHE_LANG=en works as --lang en does.
        assert!(fails(args, Some("en")).starts_with("error: "), "{args:?}");
    }
    // Help is help: it goes to stdout with status 0, not as a mistake.
    let o = run(&["deadlines", "--help"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("--year"));
}
