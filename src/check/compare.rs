//! Provinces side by side: for each kind of obligation, each province's rule and its citation.

use serde::Serialize;

use crate::dataset::Dataset;
use crate::model::NATIONAL;
use crate::obligation::{Deliverable, Obligation};
use crate::schedule::Frequency;
use crate::text::Wording;

/// A column of the comparison: a kind of obligation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    /// Stable key (`annual_report_to_so`, ...).
    pub key: &'static str,
    /// Vietnamese title.
    pub title: &'static str,
}

/// One rule in a cell.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// In Vietnamese words: the schedule (comparing deadlines) or the role (comparing duties:
    /// "chủ trì", "phối hợp", ...).
    pub rule: String,
    /// The citation of the provision.
    pub citation: String,
    /// Its eId.
    pub eid: String,
    /// The obligation's id.
    pub obligation: String,
    /// Exact words.
    pub quote: String,
}

/// One row: a province (or the national Circular), its cells in column order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// `vn` or the province's slug.
    pub jurisdiction: String,
    /// Its name.
    pub name: String,
    /// The instrument compared.
    pub instrument: String,
    /// Whether that instrument is a draft.
    pub draft: bool,
    /// One list of rules per column (empty: the regulation has none).
    pub cells: Vec<Vec<Cell>>,
}

/// The comparison.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// What is compared: `deadlines` or `duties`.
    pub what: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, the national Circular first.
    pub rows: Vec<Row>,
}

type Pick = fn(&Obligation) -> bool;

fn to_so(o: &Obligation) -> bool {
    o.to.iter().any(|t| t.ends_with("/so-tttt")) && !o.from.iter().any(|f| f.ends_with("/so-tttt"))
}

fn to_centre(o: &Obligation) -> bool {
    o.to.iter()
        .any(|t| t.starts_with("vn/") && t != "vn/bo-ngoai-giao")
}

const DEADLINE_COLUMNS: [(Column, Pick); 6] = [
    (
        Column {
            key: "annual_report_to_so",
            title: "Báo cáo định kỳ gửi Sở TT&TT",
        },
        |o| o.what == Deliverable::Report && o.schedule.periodic().is_some() && to_so(o),
    ),
    (
        Column {
            key: "report_to_ministry",
            title: "Báo cáo tổng hợp gửi Bộ",
        },
        |o| o.what == Deliverable::Report && o.schedule.periodic().is_some() && to_centre(o),
    ),
    (
        Column {
            key: "plan",
            title: "Kế hoạch thông tin đối ngoại",
        },
        |o| o.what == Deliverable::Plan,
    ),
    (
        Column {
            key: "portal_information",
            title: "Cung cấp thông tin cho Cổng TTĐT",
        },
        |o| o.what == Deliverable::PortalInformation,
    ),
    (
        Column {
            key: "press_conference",
            title: "Họp báo",
        },
        |o| o.what == Deliverable::PressConference,
    ),
    (
        Column {
            key: "ad_hoc_report",
            title: "Báo cáo đột xuất",
        },
        |o| o.what == Deliverable::Report && o.schedule.frequency() == Frequency::OnRequest,
    ),
];

/// Provinces against kinds of obligation (`what = "deadlines"`), or against the bodies that bear
/// duties (`what = "duties"`: one column per kind of body, each cell the articles and roles).
///
/// # Errors
/// [`crate::Error::Request`] for another `what`.
pub fn compare(ds: &Dataset, what: &str) -> crate::Result<Comparison> {
    match what {
        "deadlines" | "obligations" => Ok(deadlines(ds)),
        "duties" => Ok(duties(ds)),
        other => Err(crate::Error::request(
            format!("cannot compare {other:?}: use deadlines or duties"),
            format!("không so sánh được {other:?}: dùng deadlines hoặc duties"),
        )),
    }
}

fn regulations(ds: &Dataset) -> Vec<(&crate::model::Instrument, String)> {
    let mut out: Vec<_> = ds
        .instruments()
        .iter()
        .filter(|i| !(i.body.is_empty() && i.attachments.is_empty()))
        .filter(|i| {
            ds.obligations().iter().any(|o| o.instrument_id == i.id)
                || ds.duties().iter().any(|d| d.instrument_id == i.id)
        })
        .map(|i| {
            (
                i,
                ds.province(&i.jurisdiction)
                    .map_or_else(|_| i.jurisdiction.clone(), |j| j.name.clone()),
            )
        })
        .collect();
    out.sort_by(|a, b| {
        (a.0.jurisdiction != NATIONAL, &a.1).cmp(&(b.0.jurisdiction != NATIONAL, &b.1))
    });
    out
}

fn deadlines(ds: &Dataset) -> Comparison {
    let rows = regulations(ds)
        .into_iter()
        .map(|(inst, name)| Row {
            jurisdiction: inst.jurisdiction.clone(),
            name,
            instrument: inst.label().to_owned(),
            draft: inst.status == crate::model::Status::Draft,
            cells: DEADLINE_COLUMNS
                .iter()
                .map(|(_, pick)| {
                    ds.obligations()
                        .iter()
                        .filter(|o| o.instrument_id == inst.id && pick(o))
                        .map(|o| Cell {
                            rule: o.schedule.vietnamese(),
                            citation: o.citation.clone(),
                            eid: o.eid.clone(),
                            obligation: o.id.clone(),
                            quote: o.quote.clone(),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    Comparison {
        what: "deadlines".into(),
        columns: DEADLINE_COLUMNS.iter().map(|(c, _)| c.clone()).collect(),
        rows,
    }
}

const DUTY_COLUMNS: [(&str, &str); 8] = [
    ("ubnd-tinh", "UBND tỉnh"),
    ("so-tttt", "Sở TT&TT"),
    ("so-ngoai-vu", "Sở Ngoại vụ"),
    ("so-vhttdl", "Sở VHTTDL / VHTT"),
    ("cong-an-tinh", "Công an tỉnh"),
    ("bchqs-tinh", "Bộ CHQS tỉnh"),
    ("cac-so-ban-nganh", "Các sở, ban, ngành"),
    ("ubnd-cap-huyen", "UBND cấp huyện"),
];

fn duties(ds: &Dataset) -> Comparison {
    let columns: Vec<Column> = DUTY_COLUMNS
        .iter()
        .map(|(k, t)| Column { key: k, title: t })
        .collect();
    let rows = regulations(ds)
        .into_iter()
        .filter(|(i, _)| i.jurisdiction != NATIONAL)
        .map(|(inst, name)| Row {
            jurisdiction: inst.jurisdiction.clone(),
            name,
            instrument: inst.label().to_owned(),
            draft: inst.status == crate::model::Status::Draft,
            cells: DUTY_COLUMNS
                .iter()
                .map(|(slug, _)| {
                    let bearer = format!("{}/{slug}", inst.jurisdiction);
                    let alt =
                        (*slug == "so-vhttdl").then(|| format!("{}/so-vhtt", inst.jurisdiction));
                    ds.duties()
                        .iter()
                        .filter(|d| {
                            d.instrument_id == inst.id
                                && (d.bearer == bearer || Some(&d.bearer) == alt.as_ref())
                        })
                        .map(|d| Cell {
                            rule: d.role.name_vi().to_owned(),
                            citation: d.citation.clone(),
                            eid: d.eid.clone(),
                            obligation: d.id.clone(),
                            quote: d.quote.clone(),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    Comparison {
        what: "duties".into(),
        columns,
        rows,
    }
}
