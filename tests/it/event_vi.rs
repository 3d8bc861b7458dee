//! Every event schedule says its event in Vietnamese too (`event_vi`), in the text's own words,
//! so the Vietnamese tables never print the English event; the loader keeps it in NFC and
//! refuses an empty one with its file, line and field.

use crate::common;

use common::{copy_tree, data_dir, dataset, temp_dir};
use quyche::dataset::Dataset;
use quyche::schedule::Schedule;
use quyche::Error;

/// The events of a schedule (those of its alternatives too): `(event, event_vi)`.
fn events(s: &Schedule) -> Vec<(&str, Option<&str>)> {
    match s {
        Schedule::Event {
            event, event_vi, ..
        } => vec![(event.as_str(), event_vi.as_deref())],
        Schedule::Alternatives { options } => {
            options.iter().flat_map(|o| events(&o.schedule)).collect()
        }
        _ => Vec::new(),
    }
}

#[test]
fn every_event_schedule_has_its_event_in_vietnamese_in_nfc() {
    let ds = dataset();
    let mut seen = 0;
    for o in ds.obligations() {
        for (event, vi) in events(&o.schedule) {
            seen += 1;
            let vi = vi.unwrap_or_else(|| panic!("{}: no event_vi for {event:?}", o.id));
            assert!(!vi.trim().is_empty(), "{}", o.id);
            assert_eq!(quyche::text::nfc(vi), vi, "{}: not NFC", o.id);
            assert_ne!(vi, event, "{}: event_vi is the English event", o.id);
            assert!(
                o.schedule.vietnamese().contains(vi) && !o.schedule.vietnamese().contains(event),
                "{}: {}",
                o.id,
                o.schedule.vietnamese()
            );
        }
    }
    // The five texts have 38 event-relative obligations.
    assert_eq!(seen, 38);
}

/// Hand-written from the provisions' own words (the quote, or the sentence it is cut from).
#[test]
fn named_events_are_in_the_texts_own_words() {
    let ds = dataset();
    let vi = |id: &str| {
        let o = ds
            .obligations()
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("no obligation {id}"));
        match &o.schedule {
            Schedule::Event { event_vi, .. } => event_vi.clone().unwrap_or_default(),
            s => panic!("{id} is not event-relative: {s:?}"),
        }
    };
    // "nắm bắt dư luận báo chí, truyền thông xã hội có nội dung thông tin sai lệch, tác động tiêu
    // cực đến địa phương ... các thông tin sai lệch ảnh hưởng đến uy tín, hình ảnh tỉnh Điện Biên"
    assert_eq!(
        vi("dien-bien/18-2018-qd-ubnd/false-information-report-so-tttt"),
        "báo chí, truyền thông xã hội có thông tin sai lệch, tác động tiêu cực đến địa phương, ảnh hưởng đến uy tín, hình ảnh tỉnh Điện Biên"
    );
    // "Cơ quan chủ trì tổ chức sự kiện ở nước ngoài có trách nhiệm báo cáo kết quả ..."
    assert_eq!(
        vi("quang-ninh/38-2018-qd-ubnd/ob-event-abroad-result-report"),
        "tổ chức sự kiện ở nước ngoài"
    );
    // "khi phát hiện hoặc nhận được thông tin, tài liệu, báo cáo sai lệch, ảnh hưởng đến uy tín,
    // hình ảnh tỉnh Trà Vinh của các tổ chức, cá nhân trong và ngoài nước"
    assert_eq!(
        vi("tra-vinh/21-2017-qd-ubnd/false-information-report"),
        "phát hiện hoặc nhận được thông tin, tài liệu, báo cáo sai lệch, ảnh hưởng đến uy tín, hình ảnh tỉnh Trà Vinh của các tổ chức, cá nhân trong và ngoài nước"
    );
    // "trường hợp có vướng mắc hoặc phát sinh những điểm chưa phù hợp"
    assert_eq!(
        vi("vn/22-2016-tt-btttt/difficulties-to-ministry"),
        "có vướng mắc hoặc phát sinh những điểm chưa phù hợp trong quá trình thực hiện Thông tư"
    );
    // "báo cáo Bộ Ngoại giao trước khi tổ chức hoạt động": the Vietnamese words of the schedule.
    let abroad = ds
        .obligations()
        .iter()
        .find(|o| o.id == "vn/22-2016-tt-btttt/report-mofa-before-activity-abroad")
        .unwrap();
    assert_eq!(
        abroad.schedule.vietnamese(),
        "theo sự kiện (trước: tổ chức hoạt động thông tin đối ngoại ở nước ngoài)"
    );
}

#[test]
fn an_empty_event_vi_is_a_problem_and_a_decomposed_one_is_stored_in_nfc() {
    let dir = temp_dir("event-vi");
    copy_tree(&data_dir(), &dir);
    let rules = dir.join("instruments/quang-ninh/38-2018-qd-ubnd/rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    let given = "event_vi = \"tổ chức sự kiện ở nước ngoài\"";
    assert!(text.contains(given));

    // Decomposed (NFD) words load, stored in NFC.
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(given).collect();
    assert_ne!(nfd, given);
    std::fs::write(&rules, text.replace(given, &nfd)).unwrap();
    let ds = Dataset::from_dir(&dir).unwrap();
    let o = ds
        .obligations()
        .iter()
        .find(|o| o.id == "quang-ninh/38-2018-qd-ubnd/ob-event-abroad-result-report")
        .unwrap();
    assert!(
        matches!(&o.schedule, Schedule::Event { event_vi: Some(v), .. } if v == "tổ chức sự kiện ở nước ngoài")
    );

    // An empty one is refused, with the record's line and the field.
    std::fs::write(&rules, text.replace(given, "event_vi = \" \"")).unwrap();
    let problems = match Dataset::from_dir(&dir) {
        Err(Error::Dataset { problems }) => problems,
        Err(e) => panic!("expected a dataset error, got {e}"),
        Ok(_) => panic!("an empty event_vi loaded"),
    };
    let header = text
        .lines()
        .position(|l| l == "id = \"ob-event-abroad-result-report\"")
        .unwrap(); // 0-based line of the id = 1-based line of its [[obligation]] header
    let joined = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(problems.len(), 1, "{joined}");
    assert!(
        joined.contains(&format!("rules.toml:{header}: event_vi: event_vi is empty")),
        "{joined}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
