//! What binds a province: its own duties and obligations and, unless only the local ones are
//! asked for, the national ones whose bearer is a body every province has (UBND cấp tỉnh, the
//! Sở ...), resolved to the province's own bodies and marked with their national instrument.
//! And the jurisdictions of a day, and a province's local regulations: recorded with their
//! text, or known only from public sources (never an invented text).

use chrono::NaiveDate;
use serde::Serialize;

use super::{Dataset, Jurisdiction, ProvincialBody};
use crate::model::{Instrument, NATIONAL};
use crate::obligation::{Duty, Obligation};
use crate::succession::JurisdictionKind;
use crate::Result;

/// A province's own body standing for a national group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalBody {
    /// Its id (`quang-ninh/ubnd-tinh`, `ha-noi/ubnd-thanh-pho`).
    pub id: String,
    /// Its name (`Ủy ban nhân dân thành phố Hà Nội`).
    pub name: String,
    /// Whether the dataset has an agency record for it; otherwise the name is the group's
    /// form for every province filled with the province's name.
    pub recorded: bool,
    /// One body, or a group of the province's bodies.
    pub kind: crate::agency::AgencyKind,
}

/// How a national record was resolved to a province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NationalBasis {
    /// The national instrument's id (`vn/22-2016-tt-btttt`).
    pub instrument_id: String,
    /// The province it is resolved to.
    pub province: String,
    /// Each group the text names (`vn/ubnd-cap-tinh`) with the province's body that stands for
    /// it, in the record's order.
    pub resolved: Vec<(String, LocalBody)>,
}

/// A duty or obligation that binds a province, with how it was resolved when it is national.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound<T> {
    /// The record; for a national one, its groups replaced by the province's bodies.
    pub record: T,
    /// `Some` for a national record resolved to the province.
    pub national: Option<NationalBasis>,
}

/// Whether the dataset holds a regulation's text.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegulationState {
    /// Its text (and its duties, where recorded) are in the dataset.
    Recorded,
    /// Only its metadata is: a public source identifies it, its text is not recorded.
    NotRecorded,
}

/// A regulation of a province, or of a former unit the province was formed from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalRegulation {
    /// The instrument's id.
    pub instrument_id: String,
    /// Its number, where it has one (`16/2020/QĐ-UBND`).
    pub number: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// The jurisdiction that issued it (the province, or a former unit it was formed from).
    pub jurisdiction: String,
    /// Recorded with its text, or not.
    pub state: RegulationState,
    /// Its status as recorded (`draft` for a draft that never took effect).
    pub status: crate::model::Status,
    /// `false` when the dataset has not confirmed its number, dates or status.
    pub verified: bool,
    /// What is known and from where (for an unverified record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Dataset {
    /// The provinces and centrally-run cities that exist on `day`, in name order: 34 from
    /// 12/06/2025 (Nghị quyết 202/2025/QH15), 63 before.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(ds.jurisdictions_on(day(2026, 11, 23)).len(), 34);
    /// assert_eq!(ds.jurisdictions_on(day(2025, 1, 1)).len(), 63);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn jurisdictions_on(&self, day: NaiveDate) -> Vec<&Jurisdiction> {
        let mut out: Vec<&Jurisdiction> = self
            .jurisdictions()
            .iter()
            .filter(|j| j.is_provincial() && j.exists_on(day))
            .collect();
        out.sort_by(|a, b| {
            crate::text::fold(&a.name)
                .cmp(&crate::text::fold(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        out
    }

    /// The body of `province` that stands for the national group `group` (each province's
    /// Ủy ban nhân dân for `vn/ubnd-cap-tinh`), when the group is one every province has.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let qn = ds.local_body("vn/ubnd-cap-tinh", "quang-ninh").unwrap();
    /// assert_eq!((qn.id.as_str(), qn.recorded), ("quang-ninh/ubnd-tinh", true));
    /// let hn = ds.local_body("vn/ubnd-cap-tinh", "ha-noi").unwrap();
    /// assert_eq!(hn.name, "Ủy ban nhân dân thành phố Hà Nội");
    /// assert!(ds.local_body("vn/bo-tttt", "ha-noi").is_none());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn local_body(&self, group: &str, province: &str) -> Option<LocalBody> {
        let form = self.provincial_bodies().iter().find(|p| p.group == group)?;
        let j = self
            .jurisdictions()
            .iter()
            .find(|j| j.id == province && j.is_provincial())?;
        Some(self.local_form(form, j))
    }

    fn local_form(&self, form: &ProvincialBody, j: &Jurisdiction) -> LocalBody {
        let city = j.kind == JurisdictionKind::City;
        let slug = match &form.city_slug {
            Some(s) if city => s.as_str(),
            _ => form.slug.as_str(),
        };
        let template = match &form.city_name {
            Some(n) if city => n.as_str(),
            _ => form.name.as_str(),
        };
        let id = format!("{}/{slug}", j.id);
        match self.agency_by_id(&id) {
            Some(a) => LocalBody {
                name: a.name.clone(),
                id,
                recorded: true,
                kind: a.kind,
            },
            None => LocalBody {
                name: template
                    .replace("{unit}", &j.full_name())
                    .replace("{name}", &j.name),
                id,
                recorded: false,
                kind: form.kind,
            },
        }
    }

    /// The name of a body: its agency record's, or, for a province's body that stands for a
    /// national group and has no record of its own (`ha-noi/ubnd-thanh-pho`), the group's form
    /// filled with the province's name.
    pub fn body_name(&self, id: &str) -> Option<String> {
        if let Some(a) = self.agency_by_id(id) {
            return Some(a.name.clone());
        }
        let (province, slug) = id.split_once('/')?;
        let j = self
            .jurisdictions()
            .iter()
            .find(|j| j.id == province && j.is_provincial())?;
        self.provincial_bodies()
            .iter()
            .find(|p| p.slug == slug || p.city_slug.as_deref() == Some(slug))
            .map(|p| self.local_form(p, j))
            .filter(|b| b.id == id)
            .map(|b| b.name)
    }

    /// For the id of a province's body that stands for a national group and has no agency record
    /// of its own (`ha-noi/ubnd-thanh-pho`), the group and the province
    /// (`("vn/ubnd-cap-tinh", "ha-noi")`).
    pub fn local_group_of(&self, id: &str) -> Option<(&str, &str)> {
        if self.agency_by_id(id).is_some() {
            return None;
        }
        let (province, slug) = id.split_once('/')?;
        let j = self
            .jurisdictions()
            .iter()
            .find(|j| j.id == province && j.is_provincial())?;
        let form = self.provincial_bodies().iter().find(|p| {
            let city = j.kind == JurisdictionKind::City;
            match &p.city_slug {
                Some(c) if city => c == slug,
                _ => p.slug == slug,
            }
        })?;
        Some((form.group.as_str(), j.id.as_str()))
    }

    /// The duties that bind `province` (a jurisdiction id): its own, then, unless `local_only`,
    /// the national ones whose bearer is a body every province has, with each group the record
    /// names replaced by the province's body.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown jurisdiction id.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let all = ds.province_duties("quang-ninh", false)?;
    /// let local = ds.province_duties("quang-ninh", true)?;
    /// assert!(all.len() > local.len());
    /// let budget = all.iter().find(|d| d.record.id.ends_with("/ubnd-annual-budget")).unwrap();
    /// assert_eq!(budget.record.bearer, "quang-ninh/ubnd-tinh");
    /// assert_eq!(budget.national.as_ref().unwrap().instrument_id, "vn/22-2016-tt-btttt");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn province_duties(&self, province: &str, local_only: bool) -> Result<Vec<Bound<Duty>>> {
        self.known_province(province)?;
        let mut out = Vec::new();
        for d in self.duties() {
            if d.province.as_deref() == Some(province) {
                out.push(Bound {
                    record: d.clone(),
                    national: None,
                });
            } else if !local_only && d.province.is_none() && province != NATIONAL {
                let mut r = Resolver::new(self, province);
                if r.map(&d.bearer).is_none() {
                    continue;
                }
                let mut record = d.clone();
                record.bearer = r.id(&d.bearer);
                record.counterparts = d.counterparts.iter().map(|c| r.id(c)).collect();
                record.province = Some(province.to_owned());
                out.push(Bound {
                    record,
                    national: Some(r.basis(&d.instrument_id)),
                });
            }
        }
        Ok(out)
    }

    /// The reporting obligations that bind `province`: as [`Dataset::province_duties`], a
    /// national obligation counting when one of its debtors (`from`) is a body every province
    /// has.
    ///
    /// # Errors
    /// [`crate::Error::NotFound`] for an unknown jurisdiction id.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let hn = ds.province_obligations("ha-noi", false)?;
    /// assert!(!hn.is_empty()); // no regulation of Hà Nội is recorded: only the Circular's
    /// assert!(hn.iter().all(|o| o.national.is_some()));
    /// assert!(hn.iter().any(|o| o.record.from.contains(&"ha-noi/ubnd-thanh-pho".to_string())));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn province_obligations(
        &self,
        province: &str,
        local_only: bool,
    ) -> Result<Vec<Bound<Obligation>>> {
        self.known_province(province)?;
        let mut out = Vec::new();
        for o in self.obligations() {
            if o.province.as_deref() == Some(province) {
                out.push(Bound {
                    record: o.clone(),
                    national: None,
                });
            } else if !local_only && o.province.is_none() && province != NATIONAL {
                let mut r = Resolver::new(self, province);
                if !o.from.iter().any(|f| r.map(f).is_some()) {
                    continue;
                }
                let mut record = o.clone();
                record.from = o.from.iter().map(|f| r.id(f)).collect();
                record.to = o.to.iter().map(|t| r.id(t)).collect();
                record.province = Some(province.to_owned());
                out.push(Bound {
                    record,
                    national: Some(r.basis(&o.instrument_id)),
                });
            }
        }
        Ok(out)
    }

    /// The regulations of `province` and of the former units it was formed from: recorded with
    /// their text, or known only from public sources (`verified = false`, no text).
    ///
    /// # Example
    /// ```
    /// use quyche::dataset::RegulationState;
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let hn = ds.local_regulations("ha-noi");
    /// assert_eq!(hn[0].number.as_deref(), Some("16/2020/QĐ-UBND"));
    /// assert_eq!((hn[0].state, hn[0].verified), (RegulationState::NotRecorded, false));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn local_regulations(&self, province: &str) -> Vec<LocalRegulation> {
        let former: Vec<&str> = self
            .jurisdictions()
            .iter()
            .filter(|j| j.part_of.as_deref() == Some(province))
            .map(|j| j.id.as_str())
            .collect();
        self.instruments()
            .iter()
            .filter(|i| i.jurisdiction == province || former.contains(&i.jurisdiction.as_str()))
            .filter(|i| self.is_regulation(i))
            .map(|i| LocalRegulation {
                instrument_id: i.id.clone(),
                number: i.number.clone(),
                title: i.title.clone(),
                jurisdiction: i.jurisdiction.clone(),
                state: if i.body.is_empty() && i.attachments.is_empty() {
                    RegulationState::NotRecorded
                } else {
                    RegulationState::Recorded
                },
                status: i.status,
                verified: self.unverified(&i.id).is_none(),
                note: self.unverified(&i.id).map(str::to_owned),
            })
            .collect()
    }

    /// A regulation in force or of unknown status: not one that a recorded text replaced.
    fn is_regulation(&self, i: &Instrument) -> bool {
        i.status != crate::model::Status::Replaced && self.replacement_of(i).is_none()
    }

    fn known_province(&self, id: &str) -> Result<&Jurisdiction> {
        self.jurisdictions()
            .iter()
            .find(|j| j.id == id)
            .ok_or_else(|| crate::Error::NotFound {
                what: "province",
                name: id.to_owned(),
                suggestions: Vec::new(),
            })
    }
}

/// Replaces groups by a province's bodies, remembering each replacement.
struct Resolver<'a> {
    ds: &'a Dataset,
    province: &'a str,
    resolved: Vec<(String, LocalBody)>,
}

impl<'a> Resolver<'a> {
    fn new(ds: &'a Dataset, province: &'a str) -> Self {
        Resolver {
            ds,
            province,
            resolved: Vec::new(),
        }
    }

    /// The province's body for `id`, if `id` is a group every province has.
    fn map(&mut self, id: &str) -> Option<LocalBody> {
        let body = self.ds.local_body(id, self.province)?;
        if !self.resolved.iter().any(|(g, _)| g == id) {
            self.resolved.push((id.to_owned(), body.clone()));
        }
        Some(body)
    }

    /// `id` itself, or the province's body that stands for it.
    fn id(&mut self, id: &str) -> String {
        self.map(id).map_or_else(|| id.to_owned(), |b| b.id)
    }

    fn basis(&self, instrument_id: &str) -> NationalBasis {
        NationalBasis {
            instrument_id: instrument_id.to_owned(),
            province: self.province.to_owned(),
            resolved: self.resolved.clone(),
        }
    }
}

impl Dataset {
    /// For a province's body that stands for a national group (`binh-dinh/ubnd-tinh`), once its
    /// province's own government has ended: the link to the same group's body of the province it
    /// became part of (`gia-lai/ubnd-tinh`), effective the day after, citing the jurisdiction's
    /// own source. The link is implied by the jurisdiction record (`part_of`), never invented:
    /// `None` without a `part_of`, an end date or a source.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let link = ds.implied_successor("binh-dinh/ubnd-tinh").unwrap();
    /// assert_eq!(link.to.as_deref(), Some("gia-lai/ubnd-tinh"));
    /// assert_eq!(link.effective.to_string(), "2025-07-01");
    /// assert_eq!(link.source.instrument, "202/2025/QH15");
    /// assert!(ds.implied_successor("quang-ninh/ubnd-tinh").is_none());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn implied_successor(&self, id: &str) -> Option<crate::succession::Link> {
        let (group, province) = self.local_group_of(id)?;
        let j = self.jurisdictions().iter().find(|j| j.id == province)?;
        let source = j.source.clone()?;
        let into = self
            .jurisdictions()
            .iter()
            .find(|u| Some(u.id.as_str()) == j.part_of.as_deref())?;
        let next = self.local_body(group, &into.id)?;
        let effective = j.government_until.or(j.valid_until)?.succ_opt()?;
        Some(crate::succession::Link {
            from: id.to_owned(),
            kind: crate::succession::LinkKind::MergedInto,
            to: Some(next.id),
            functions: Vec::new(),
            effective,
            verified: true,
            source,
            also: Vec::new(),
            evidence: Vec::new(),
            note: Some(format!(
                "implied by the jurisdiction record: {} became part of {}, whose body for {group} is {}",
                j.full_name(),
                into.full_name(),
                next.name
            )),
            line: None,
        })
    }
}
