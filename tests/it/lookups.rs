//! Agencies and provinces are found by any name form the texts use, without regard to case or
//! diacritics; unknown names fail with the close matches.

use crate::common;

use common::dataset;
use quyche::Error;

#[test]
fn agencies_by_abbreviation_and_without_diacritics() {
    let ds = dataset();
    let cases = [
        ("Sở TT&TT", "quang-ninh", "quang-ninh/so-tttt"),
        ("so tttt", "quang-ninh", "quang-ninh/so-tttt"),
        (
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "dien-bien",
            "dien-bien/so-tttt",
        ),
        ("UBND tỉnh", "tra-vinh", "tra-vinh/ubnd-tinh"),
        ("uy ban nhan dan tinh", "tra-vinh", "tra-vinh/ubnd-tinh"),
        ("Sở Ngoại vụ", "quang-ninh", "quang-ninh/so-ngoai-vu"),
        ("cong an tinh", "dien-bien", "dien-bien/cong-an-tinh"),
        ("Bộ Thông tin và Truyền thông", "quang-ninh", "vn/bo-tttt"),
    ];
    for (name, province, id) in cases {
        assert_eq!(
            ds.agency(name, Some(province)).map(|a| a.id.as_str()),
            Ok(id),
            "{name} in {province}"
        );
    }
    // Without a province, a name shared by several provinces' bodies is ambiguous, and says so.
    match ds.agency("Sở TT&TT", None) {
        Err(Error::Ambiguous { candidates, .. }) => assert!(
            candidates.iter().any(|c| c == "tra-vinh/so-tttt")
                && candidates.iter().any(|c| c == "quang-ninh/so-tttt")
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn groups_are_groups() {
    let ds = dataset();
    for (name, province) in [
        ("các sở, ban, ngành tỉnh", "tra-vinh"),
        ("Ủy ban nhân dân cấp huyện", "dien-bien"),
    ] {
        let a = ds
            .agency(name, Some(province))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(a.kind, quyche::agency::AgencyKind::Group, "{name}");
    }
}

#[test]
fn provinces_by_any_spelling() {
    let ds = dataset();
    for name in [
        "quang ninh",
        "Quảng Ninh",
        "QUẢNG NINH",
        "tỉnh Quảng Ninh",
        "quang-ninh",
    ] {
        assert_eq!(
            ds.province(name).map(|j| j.id.as_str()),
            Ok("quang-ninh"),
            "{name}"
        );
    }
}

#[test]
fn unknown_names_list_close_matches() {
    let ds = dataset();
    match ds.province("Dien Bienn") {
        Err(Error::NotFound { suggestions, .. }) => {
            assert_eq!(suggestions.first().map(String::as_str), Some("Điện Biên"))
        }
        other => panic!("{other:?}"),
    }
    match ds.agency("Sở Ngoai vu tinh", Some("quang-ninh")) {
        Err(Error::NotFound { suggestions, .. }) => assert!(
            suggestions.iter().any(|s| s.contains("Ngoại vụ")),
            "{suggestions:?}"
        ),
        other => panic!("{other:?}"),
    }
    // Hà Nội is a known jurisdiction (one of the 34 of Nghị quyết 202/2025/QH15), Hà Lan is not.
    assert_eq!(ds.province("Hà Nội").map(|j| j.id.as_str()), Ok("ha-noi"));
    let msg = ds.province("Hà Lan").unwrap_err().to_string();
    assert!(msg.starts_with("province not found: Hà Lan"), "{msg}");
}
