//! Every reporting and information duty of the five texts is in the dataset, as the hand-written
//! tables in tests/expected/ say (written from the texts, not from the code), and every record is
//! cited and quoted verbatim.

use crate::common;

use std::collections::BTreeSet;

use common::dataset;
use quyche::dataset::Dataset;
use quyche::obligation::Obligation;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    expected: Vec<Row>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Row {
    eid: String,
    from: Vec<String>,
    to: Vec<String>,
    what: String,
    schedule: toml::Table,
    #[allow(dead_code)] // the form is checked through the dataset's own template test
    template: Option<toml::Table>,
    /// Why the record has its schedule: the reading rule(s) of docs/dataset.md.
    reason: String,
}

const TABLES: [(&str, &str); 5] = [
    ("quang-ninh.toml", "quang-ninh/38-2018-qd-ubnd"),
    ("tra-vinh.toml", "tra-vinh/21-2017-qd-ubnd"),
    ("dien-bien.toml", "dien-bien/18-2018-qd-ubnd"),
    ("soc-trang.toml", "soc-trang/du-thao-2019"),
    ("vn-22-2016.toml", "vn/22-2016-tt-btttt"),
];

fn matches(row: &Row, o: &Obligation) -> bool {
    let set = |v: &[String]| v.iter().cloned().collect::<BTreeSet<_>>();
    let schedule = serde_json::to_value(&o.schedule).unwrap();
    let what = serde_json::to_value(o.what).unwrap();
    row.eid == o.eid
        && set(&row.from) == set(&o.from)
        && set(&row.to) == set(&o.to)
        && what.as_str() == Some(row.what.as_str())
        && row.schedule.iter().all(|(k, v)| {
            // Event descriptions and notes are English prose: compare the kind and the numbers only.
            if k == "event" || k == "note" {
                return true;
            }
            let got = schedule.get(k);
            let strings = |v: &toml::Value| -> Vec<String> {
                v.as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default()
            };
            match (k.as_str(), v) {
                // The obligations whose dates it takes, by local id.
                ("fixed_by", v) => {
                    let want = strings(v);
                    let got: Vec<&str> = got
                        .and_then(|g| g.as_array())
                        .map(|a| a.iter().filter_map(|l| l["obligation"].as_str()).collect())
                        .unwrap_or_default();
                    want.len() == got.len()
                        && want
                            .iter()
                            .zip(&got)
                            .all(|(w, g)| *g == format!("{}/{w}", o.instrument_id))
                }
                // The kinds of the options' schedules, in order.
                ("options", v) => {
                    let want = strings(v);
                    let got: Vec<&str> = got
                        .and_then(|g| g.as_array())
                        .map(|a| a.iter().filter_map(|x| x["schedule"]["kind"].as_str()).collect())
                        .unwrap_or_default();
                    want == got
                }
                (_, v) => match v {
                toml::Value::String(s) => got.and_then(|g| g.as_str()) == Some(s.as_str()),
                toml::Value::Integer(i) => got.and_then(|g| g.as_i64()) == Some(*i),
                toml::Value::Boolean(b) => got.and_then(|g| g.as_bool()) == Some(*b),
                _ => false,
                },
            }
        })
        // Every field of the record's schedule is in the table (no extra period, day or link);
        // the words of a note or an event (English or Vietnamese) are free text.
        && schedule.as_object().is_some_and(|m| {
            m.keys().all(|k| {
                k == "note" || k == "event" || k == "event_vi" || row.schedule.contains_key(k)
            })
        })
}

fn check_table(ds: &Dataset, file: &str, instrument: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(file);
    let Ok(text) = std::fs::read_to_string(&path) else {
        panic!("missing oracle {}", path.display());
    };
    let table: Expected = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut left: Vec<&Obligation> = ds
        .obligations()
        .iter()
        .filter(|o| o.instrument_id == instrument)
        .collect();
    let mut missing = Vec::new();
    for row in &table.expected {
        match left.iter().position(|o| matches(row, o)) {
            Some(i) => {
                left.remove(i);
            }
            None => missing.push(format!(
                "{} {} {:?} → {:?} {:?}",
                row.eid, row.what, row.from, row.to, row.schedule
            )),
        }
    }
    let extra: Vec<String> = left
        .iter()
        .map(|o| format!("{} ({})", o.id, o.eid))
        .collect();
    assert!(missing.is_empty() && extra.is_empty(), "{instrument}:\n  expected but not in the dataset:\n    {}\n  in the dataset but not expected:\n    {}", missing.join("\n    "), extra.join("\n    "));
}

#[test]
fn obligations_match_the_hand_written_tables() {
    let ds = dataset();
    for (file, instrument) in TABLES {
        check_table(&ds, file, instrument);
    }
}

/// The reading rules docs/dataset.md defines ("### R1 ..."), by number.
fn reading_rules() -> BTreeSet<u32> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/dataset.md");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("### R"))
        .filter_map(|l| l.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok())
        .collect()
}

#[test]
fn every_expected_row_gives_the_reading_rule_of_its_schedule() {
    let rules = reading_rules();
    assert!(rules.len() >= 11, "docs/dataset.md defines {rules:?}");
    for (file, _) in TABLES {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/expected")
            .join(file);
        let table: Expected = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for row in &table.expected {
            let cited: Vec<u32> = row
                .reason
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter_map(|w| w.strip_prefix('R')?.parse().ok())
                .collect();
            assert!(
                !cited.is_empty() && cited.iter().all(|n| rules.contains(n)),
                "{file} {}: the reason {:?} cites no rule of docs/dataset.md",
                row.eid,
                row.reason
            );
        }
    }
}

#[test]
fn every_record_is_quoted_verbatim_from_its_provision() {
    // The loader refuses a dataset otherwise; this states it again over the loaded data.
    let ds = dataset();
    for d in ds.duties() {
        let inst = ds.instrument(&d.instrument_id).unwrap();
        let node = inst
            .find_eid(&d.eid)
            .unwrap_or_else(|| panic!("{}: no {}", d.id, d.eid));
        assert!(
            node.text.contains(&d.quote)
                || node.heading.as_deref().unwrap_or("").contains(&d.quote),
            "{}",
            d.id
        );
        assert_eq!(node.citation, d.citation);
    }
    for o in ds.obligations() {
        let inst = ds.instrument(&o.instrument_id).unwrap();
        let node = inst.find_eid(&o.eid).unwrap();
        assert!(node.text.contains(&o.quote), "{}", o.id);
        if let quyche::schedule::Schedule::Alternatives { options } = &o.schedule {
            for a in options {
                assert!(node.text.contains(&a.quote), "{}: {:?}", o.id, a.quote);
                assert!(o.quote.contains(&a.quote), "{}: {:?}", o.id, a.quote);
            }
        }
    }
}

#[test]
fn every_responsibility_article_yields_duties() {
    let ds = dataset();
    for inst in ds.instruments() {
        for (att, body) in inst.trees() {
            for chapter in body
                .iter()
                .filter(|p| p.kind == quyche::model::ProvisionKind::Chapter)
            {
                let title = quyche::text::fold(chapter.heading.as_deref().unwrap_or(""));
                if !title.contains("trach nhiem") {
                    continue;
                }
                for art in chapter
                    .children
                    .iter()
                    .filter(|p| p.kind == quyche::model::ProvisionKind::Article)
                {
                    let prefix = format!("{}__", art.eid);
                    let n = ds
                        .duties()
                        .iter()
                        .filter(|d| {
                            d.instrument_id == inst.id
                                && (d.eid == art.eid || d.eid.starts_with(&prefix))
                        })
                        .count();
                    assert!(
                        n > 0,
                        "{} {:?} {} ({}) has no duty records",
                        inst.id,
                        att.map(|a| &a.eid),
                        art.citation,
                        art.heading.as_deref().unwrap_or("")
                    );
                }
            }
        }
    }
}

#[test]
fn the_circular_report_before_activities_abroad_is_event_relative() {
    let ds = dataset();
    let abroad: Vec<_> = ds
        .obligations()
        .iter()
        .filter(|o| o.instrument_id == "vn/22-2016-tt-btttt" && o.eid == "art_9__para_7")
        .collect();
    assert!(!abroad.is_empty());
    assert!(abroad
        .iter()
        .all(|o| matches!(o.schedule, quyche::schedule::Schedule::Event { .. })));
    assert!(abroad
        .iter()
        .any(|o| o.to.iter().any(|t| t == "vn/bo-ngoai-giao")));
}

#[test]
fn the_circular_year_end_report_is_before_10_december_with_appendix_02() {
    let ds = dataset();
    let o = ds
        .obligations()
        .iter()
        .find(|o| {
            o.instrument_id == "vn/22-2016-tt-btttt"
                && o.eid == "art_9__para_9"
                && o.what == quyche::obligation::Deliverable::Report
                && o.schedule.periodic().is_some()
        })
        .expect("the year-end report of Khoản 9 Điều 9");
    let p = o.schedule.periodic().unwrap();
    assert_eq!(
        (p.month, p.day, p.inclusive),
        (Some(12), Some(10), Some(false))
    );
    assert_eq!(o.template.as_ref().map(|t| t.eid.as_str()), Some("app_2"));
}

fn expand_2026(ds: &Dataset, id: &str) -> Vec<quyche::deadline::Deadline> {
    let rules = quyche::query::RuleSet::new(ds.clone());
    let cal = rules
        .calendar(quyche::calendar::CalendarKind::Civil)
        .unwrap();
    let o = ds
        .obligations()
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no obligation {id}"));
    let inst = ds.instrument(&o.instrument_id).unwrap();
    let opts = quyche::deadline::ExpandOptions::year(2026).unwrap();
    quyche::deadline::expand(o, inst, cal, &opts).unwrap()
}

fn d(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn a_periodic_report_with_no_period_takes_the_dates_of_the_provision_that_fixes_it() {
    let ds = dataset();
    // Quảng Ninh khoản 7 Điều 31 ("gửi báo cáo định kỳ") is the report of khoản 1 Điều 32,
    // "trước ngày 10/12 hàng năm": last day 09/12, not 31/12.
    let rows = expand_2026(
        &ds,
        "quang-ninh/38-2018-qd-ubnd/ob-agencies-periodic-report-art31",
    );
    let last: Vec<_> = rows.iter().map(|r| r.last_day).collect();
    assert_eq!(last, vec![Some(d("2026-12-09"))]);
    let first = &rows[0].trace[0];
    assert_eq!(first.step, "fixed_by");
    assert!(first
        .source
        .as_deref()
        .is_some_and(|s| s.starts_with("Khoản 1 Điều 32 Quy chế")));
    // Khoản 15 Điều 16: the Sở's report to the UBND, "trước ngày 15/12 hàng năm" (khoản 2 Điều 32).
    let rows = expand_2026(&ds, "quang-ninh/38-2018-qd-ubnd/ob-so-tttt-report-to-ubnd");
    let last: Vec<_> = rows.iter().map(|r| r.last_day).collect();
    assert_eq!(last, vec![Some(d("2026-12-14"))]);
    // Trà Vinh khoản 6 Điều 19: the two reports of khoản 2 Điều 20, before 20/6 and before 20/12.
    let rows = expand_2026(&ds, "tra-vinh/21-2017-qd-ubnd/periodic-report-to-so-tttt");
    let mut last: Vec<_> = rows.iter().filter_map(|r| r.last_day).collect();
    last.sort();
    assert_eq!(last, vec![d("2026-06-19"), d("2026-12-19")]);
}

#[test]
fn what_the_text_dates_nowhere_has_no_due_date_and_says_why() {
    use quyche::obligation::Deliverable;
    use quyche::schedule::Schedule;
    let ds = dataset();
    for o in ds.obligations() {
        let rows = expand_2026(&ds, &o.id);
        match &o.schedule {
            Schedule::Unfixed { fixed_by, .. } if fixed_by.is_empty() => {
                assert!(rows.len() == 1 && rows[0].due.is_none(), "{}", o.id);
                assert!(
                    rows[0].trace[0].reason.starts_with("the text sets no date"),
                    "{}: {:?}",
                    o.id,
                    rows[0].trace
                );
            }
            Schedule::Alternatives { .. } => {
                assert!(rows.len() == 1 && rows[0].due.is_none(), "{}", o.id);
                assert!(rows[0].trace[0].reason.contains("alternatives"), "{}", o.id);
            }
            _ => {}
        }
        // A plan is never due on the last day of the year it plans: only a date in the text
        // (the Circular's 01/3, Sóc Trăng's 30/11) dates a plan.
        if o.what == Deliverable::Plan {
            for r in rows.iter().filter(|r| r.due.is_some()) {
                let p = o.schedule.periodic().unwrap();
                assert!(p.day.is_some(), "{} is dated without a day", o.id);
                assert_ne!(r.last_day, Some(d("2026-12-31")), "{}", o.id);
            }
        }
    }
    // Quảng Ninh điểm b khoản 3 Điều 11 is one duty with two alternatives, not two duties.
    let point_b: Vec<_> = ds
        .obligations()
        .iter()
        .filter(|o| o.eid == "att_1__art_11__para_3__point_b")
        .collect();
    assert_eq!(point_b.len(), 1);
}

#[test]
fn a_broken_link_or_option_is_refused_with_file_line_and_field() {
    let dir = common::temp_dir("schedule-links");
    common::copy_tree(&common::data_dir(), &dir);
    let rules = dir.join("instruments/quang-ninh/38-2018-qd-ubnd/rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    // A link to an obligation that does not exist, and an option quoted from nowhere.
    let text = text
        .replacen(
            "fixed_by = [{ obligation = \"ob-agencies-annual-report\" }]",
            "fixed_by = [{ obligation = \"ob-no-such-report\" }]",
            1,
        )
        .replacen(
            "[[obligation.schedule.options]]\nquote = \"Hội nghị thông tin báo chí hằng tuần",
            "[[obligation.schedule.options]]\nquote = \"Hội nghị không có trong văn bản",
            1,
        );
    std::fs::write(&rules, text).unwrap();
    let Err(quyche::Error::Dataset { problems }) = Dataset::from_dir(&dir) else {
        panic!("the dataset loaded");
    };
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let path = "instruments/quang-ninh/38-2018-qd-ubnd/rules.toml:";
    assert!(
        said.iter().any(|p| p.contains(path)
            && p.contains("schedule")
            && p.contains("\"ob-no-such-report\"")),
        "{said:#?}"
    );
    assert!(
        said.iter().any(|p| p.contains(path)
            && p.contains("schedule")
            && p.contains("option 1: its quote is not in the text")),
        "{said:#?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
