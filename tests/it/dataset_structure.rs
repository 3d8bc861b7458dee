//! The five seed instruments load from the embedded dataset with the structure their texts have.
//! Expected counts are read off the source texts (see the comments), not off the code.

use crate::common;

use common::{attached, count, dataset};
use quyche::model::{Provenance, ProvisionKind::*, Status};

#[test]
fn circular_22_has_12_articles_in_4_chapters_and_2_appendices() {
    let ds = dataset();
    let c = ds.instrument("vn/22-2016-tt-btttt").unwrap();
    // Chương I (Điều 1–4), II (5–8), III (9–10), IV (11–12); PHỤ LỤC 01 and PHỤ LỤC 02.
    assert_eq!(count(&c.body, Chapter), 4);
    assert_eq!(count(&c.body, Article), 12);
    assert_eq!(count(&c.body, Appendix), 2);
    assert!(c.attachments.is_empty());
    assert_eq!(c.number.as_deref(), Some("22/2016/TT-BTTTT"));
    assert_eq!(
        c.effective_from.map(|d| d.to_string()).as_deref(),
        Some("2016-12-02")
    );
    // The number is not in the text: it is recorded as supplied by us.
    assert!(ds
        .restored_fields(&c.id)
        .iter()
        .any(|r| r.field == "number"));
}

#[test]
fn tra_vinh_decision_and_its_21_article_regulation() {
    let ds = dataset();
    let tv = ds.instrument("21/2017/QĐ-UBND").unwrap();
    assert_eq!(count(&tv.body, Article), 3);
    assert_eq!(tv.attachments.len(), 1);
    assert_eq!(count(attached(tv), Chapter), 4);
    assert_eq!(count(attached(tv), Article), 21);
    // "Quyết định này có hiệu lực kể từ ngày 06 tháng 11 năm 2017 và thay thế Quyết định số 639/QĐ-UBND"
    assert_eq!(
        tv.effective_from.map(|d| d.to_string()).as_deref(),
        Some("2017-11-06")
    );
    assert!(tv
        .replaces
        .iter()
        .any(|r| r.id.as_deref() == Some("tra-vinh/639-qd-ubnd")));
    assert_eq!(
        ds.replaced_by("tra-vinh/639-qd-ubnd"),
        Some("tra-vinh/21-2017-qd-ubnd")
    );
}

#[test]
fn dien_bien_decision_and_its_20_article_regulation() {
    let ds = dataset();
    let db = ds.instrument("dien-bien/18-2018-qd-ubnd").unwrap();
    assert_eq!(count(&db.body, Article), 3);
    assert_eq!(count(attached(db), Chapter), 4);
    assert_eq!(count(attached(db), Article), 20);
    // Điều 3 jumps from khoản 3 to khoản 5: the written numbers are kept.
    let art3 = db.find_eid("att_1__art_3").unwrap();
    let nums: Vec<_> = art3
        .children
        .iter()
        .filter(|p| p.kind == Clause)
        .filter_map(|p| p.num.clone())
        .collect();
    assert!(
        nums.contains(&"5".to_owned()) && !nums.contains(&"4".to_owned()),
        "{nums:?}"
    );
    // Điều 10 has an unnumbered paragraph between khoản 5 and khoản 6.
    assert_eq!(
        db.find_eid("att_1__art_10__p_1").map(|p| p.kind),
        Some(Paragraph)
    );
}

#[test]
fn soc_trang_draft_has_22_articles_and_no_number_or_dates() {
    let ds = dataset();
    let st = ds.instrument("soc-trang/du-thao-2019").unwrap();
    assert_eq!(st.status, Status::Draft);
    assert_eq!(st.number, None);
    assert_eq!(st.signed_on, None);
    assert_eq!(st.effective_from, None);
    assert_eq!(count(attached(st), Chapter), 4);
    assert_eq!(count(attached(st), Article), 22);
}

#[test]
fn quang_ninh_lost_headings_are_restored_and_marked() {
    let ds = dataset();
    let qn = ds.instrument("quang-ninh/38-2018-qd-ubnd").unwrap();
    let body = attached(qn);
    // The Quy chế runs to Điều 35 (the seeds' README lists the lost headings up to Điều 35).
    assert_eq!(count(body, Article), 35);
    for n in [1, 2, 3, 17, 20, 22, 23, 24, 29, 31, 33, 34, 35] {
        let art = qn
            .find_eid(&format!("att_1__art_{n}"))
            .unwrap_or_else(|| panic!("Điều {n} is missing"));
        assert_eq!(
            art.provenance,
            Provenance::Restored,
            "Điều {n} should be marked restored"
        );
        assert!(
            art.note.as_deref().is_some_and(|n| !n.is_empty()),
            "Điều {n} needs the reason of its restoration"
        );
    }
    // Headings that the text does have stay `source`.
    assert_eq!(
        qn.find_eid("att_1__art_16").map(|p| p.provenance),
        Some(Provenance::Source)
    );
}

#[test]
fn nothing_outside_the_law_is_in_any_tree() {
    let ds = dataset();
    for inst in ds.instruments() {
        for p in inst.provisions() {
            for bad in ["Ý kiến bạn đọc", "nút micro", "**", "[bookmark"] {
                assert!(
                    !p.text.contains(bad) && !p.heading.as_deref().unwrap_or("").contains(bad),
                    "{} {} holds {bad:?}: {}",
                    inst.id,
                    p.eid,
                    p.text
                );
            }
        }
    }
}

#[test]
fn clause_text_matches_the_source_exactly() {
    let ds = dataset();
    let tv = ds.instrument("tra-vinh/21-2017-qd-ubnd").unwrap();
    let p = ds.provision(tv, "Khoản 2 Điều 20").unwrap();
    // Seed 000, the line after "Điều 20. Chế độ báo cáo và cung cấp thông tin" + 2, without "2. ".
    assert!(p.text.starts_with("Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ kết quả hoạt động công tác thông tin đối ngoại"));
    assert!(p.text.contains("báo cáo năm gửi trước ngày 20/12 theo mẫu báo cáo phụ lục 02 của Thông tư số 22/2016/TT-BTTTT"));
    assert_eq!(p.eid, "att_1__art_20__para_2");
    assert_eq!(
        p.citation,
        "Khoản 2 Điều 20 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    );
}

#[test]
fn every_text_is_nfc() {
    let ds = dataset();
    for inst in ds.instruments() {
        for p in inst.provisions() {
            assert_eq!(quyche::text::nfc(&p.text), p.text, "{} {}", inst.id, p.eid);
        }
    }
}

#[test]
fn lookups_by_number_with_or_without_diacritics() {
    let ds = dataset();
    for q in [
        "38/2018/QĐ-UBND",
        "38/2018/qd-ubnd",
        "quang-ninh/38-2018-qd-ubnd",
    ] {
        assert_eq!(
            ds.instrument(q).unwrap().id,
            "quang-ninh/38-2018-qd-ubnd",
            "{q}"
        );
    }
    match ds.instrument("38/2019/QĐ-UBND") {
        Err(quyche::Error::NotFound { suggestions, .. }) => assert!(
            suggestions.iter().any(|s| s.contains("38")),
            "{suggestions:?}"
        ),
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[test]
fn cited_and_replaced_instruments_carry_only_what_the_texts_give() {
    let ds = dataset();
    let nd72 = ds.instrument("72/2015/NĐ-CP").unwrap();
    assert_eq!(
        nd72.signed_on.map(|d| d.to_string()).as_deref(),
        Some("2015-09-07")
    );
    assert_eq!(nd72.effective_from, None);
    assert_eq!(nd72.status, Status::Unknown);
    for id in [
        "vn/09-2017-nd-cp",
        "vn/88-2012-nd-cp",
        "vn/34-2016-nd-cp",
        "vn/132-2013-nd-cp",
        "vn/25-2013-qd-ttg",
        "quang-ninh/1323-2013-qd-ubnd",
        "dien-bien/14-2014-qd-ubnd",
    ] {
        assert!(ds.instrument(id).is_ok(), "{id}");
    }
    // Circular 22's bases resolve to dataset records.
    let c = ds.instrument("vn/22-2016-tt-btttt").unwrap();
    let bases: Vec<_> = c.bases.iter().filter_map(|b| b.id.as_deref()).collect();
    assert!(
        bases.contains(&"vn/72-2015-nd-cp")
            && bases.contains(&"vn/132-2013-nd-cp")
            && bases.contains(&"vn/25-2013-qd-ttg"),
        "{bases:?}"
    );
}

/// Every duty and obligation of the five texts says what it is in Vietnamese too, and that
/// Vietnamese is its own text (not the English copied), in NFC.
#[test]
fn every_record_has_a_vietnamese_summary() {
    let ds = dataset();
    let records = ds
        .duties()
        .iter()
        .map(|d| (&d.id, &d.summary, &d.summary_vi))
        .chain(
            ds.obligations()
                .iter()
                .map(|o| (&o.id, &o.summary, &o.summary_vi)),
        );
    let mut n = 0;
    for (id, en, vi) in records {
        let vi = vi
            .as_deref()
            .unwrap_or_else(|| panic!("{id} has no summary_vi"));
        assert!(!vi.trim().is_empty() && vi != en, "{id}: {vi:?}");
        assert_eq!(quyche::text::nfc(vi), vi, "{id}");
        // Vietnamese words, not an English sentence with a Vietnamese name in it: most
        // Vietnamese syllables carry a mark, few English words do.
        let words = vi.split_whitespace().count();
        let marked = vi.split_whitespace().filter(|w| !w.is_ascii()).count();
        assert!(marked * 3 >= words, "{id}: {vi:?}");
        n += 1;
    }
    // 577 duties and 89 obligations in the five texts' rules files.
    assert_eq!(n, 666);
}
