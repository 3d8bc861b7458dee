//! Finding instruments, provinces, agencies and provisions by the names people use.

use super::{Dataset, Jurisdiction};
use crate::agency::Agency;
use crate::model::{Attachment, CitationRef, Instrument, IssuedWith, Provision, ProvisionKind};
use crate::text::{fold, fold_compact, suggest};
use crate::{Error, Result};

impl Dataset {
    /// The instrument with this id or official number (with or without diacritics).
    ///
    /// # Errors
    /// [`Error::NotFound`] with close matches.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let a = ds.instrument("quang-ninh/38-2018-qd-ubnd")?;
    /// let b = ds.instrument("38/2018/QD-UBND")?;
    /// assert_eq!(a.id, b.id);
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn instrument(&self, id_or_number: &str) -> Result<&Instrument> {
        // Exact ids by binary search (instruments are kept in id order): lookups by id are
        // the hot path of deadlines and views over thousands of instruments.
        let exact = self
            .instruments
            .binary_search_by(|i| i.id.as_str().cmp(id_or_number))
            .ok()
            .and_then(|n| self.instruments.get(n));
        exact
            .or_else(|| {
                let key = fold_compact(id_or_number);
                self.instruments.iter().find(|i| {
                    fold_compact(&i.id) == key
                        || i.number.as_deref().is_some_and(|n| fold_compact(n) == key)
                })
            })
            .ok_or_else(|| Error::NotFound {
                what: "instrument",
                name: id_or_number.to_owned(),
                suggestions: suggest(
                    id_or_number,
                    self.instruments
                        .iter()
                        .flat_map(|i| std::iter::once(i.id.as_str()).chain(i.number.as_deref())),
                    5,
                ),
            })
    }

    /// The jurisdiction named `name` (id, name or alias; case and diacritics ignored).
    ///
    /// # Errors
    /// [`Error::NotFound`] with close matches.
    pub fn province(&self, name: &str) -> Result<&Jurisdiction> {
        self.jurisdictions
            .iter()
            .find(|j| j.is_named(name))
            .ok_or_else(|| Error::NotFound {
                what: "province",
                name: name.to_owned(),
                suggestions: self.province_hints(name),
            })
    }

    /// What a province error suggests: the close names, a former unit with the one it became
    /// part of ("Trà Vinh → Vĩnh Long từ 01/07/2025"); with none close, the units that have no
    /// end date (the 34 since 12/06/2025) and a pointer to the former ones.
    fn province_hints(&self, name: &str) -> Vec<String> {
        let provincial = || self.jurisdictions.iter().filter(|j| j.is_provincial());
        let label = |j: &Jurisdiction| match (&j.part_of, j.valid_until) {
            (Some(to), Some(until)) => {
                let to = self
                    .jurisdictions
                    .iter()
                    .find(|t| &t.id == to)
                    .map_or(to.as_str(), |t| t.name.as_str());
                let from = until.succ_opt().unwrap_or(until);
                format!("{} → {to} từ {}", j.name, crate::text::date::dmy(from))
            }
            _ => j.name.clone(),
        };
        let close = suggest(name, provincial().map(|j| j.name.as_str()), 5);
        if !close.is_empty() {
            return close
                .iter()
                .filter_map(|c| provincial().find(|j| &j.name == c))
                .map(label)
                .collect();
        }
        let mut now: Vec<String> = provincial()
            .filter(|j| j.valid_until.is_none())
            .map(label)
            .collect();
        now.sort_by_key(|n| crate::text::fold(n));
        let former = provincial().filter(|j| j.valid_until.is_some()).count();
        if former > 0 {
            now.push(crate::error::former_units(former));
        }
        now
    }

    /// The agency or group with this id.
    pub fn agency_by_id(&self, id: &str) -> Option<&Agency> {
        self.agency_index
            .get(id)
            .and_then(|&n| self.agencies.get(n))
    }

    /// The agency `id` with its full name, or with its id as name when the dataset has none.
    pub fn named(&self, id: &str) -> crate::agency::Named {
        crate::agency::Named {
            id: id.to_owned(),
            // A province's body that stands for a national group has a name without a record.
            name: self.body_name(id).unwrap_or_else(|| id.to_owned()),
        }
    }

    /// The agency or group named `name` (id, full name or any alias; case, diacritics and `&`
    /// ignored), in `province` when given (central bodies always count).
    ///
    /// # Errors
    /// [`Error::NotFound`] with close matches; [`Error::Ambiguous`] when the name fits bodies of
    /// several provinces and no province was given.
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let so = ds.agency("so tt&tt", Some("quang-ninh"))?;
    /// assert_eq!(so.id, "quang-ninh/so-tttt");
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn agency(&self, name: &str, province: Option<&str>) -> Result<&Agency> {
        let in_scope = |a: &&Agency| {
            province.map_or(true, |p| a.province.as_deref().map_or(true, |ap| ap == p))
        };
        let matches: Vec<&Agency> = self
            .agencies
            .iter()
            .filter(in_scope)
            .filter(|a| a.is_named(name))
            .collect();
        match matches.as_slice() {
            [one] => Ok(one),
            [] => {
                // A name that only fits with its province spelled out ("Sở TT&TT Quảng Ninh").
                let key = fold_compact(name);
                let loose: Vec<&Agency> = self
                    .agencies
                    .iter()
                    .filter(in_scope)
                    .filter(|a| !key.is_empty() && fold_compact(&a.name) == key)
                    .collect();
                if let [one] = loose.as_slice() {
                    return Ok(one);
                }
                Err(Error::NotFound {
                    what: "agency",
                    name: name.to_owned(),
                    suggestions: suggest(
                        name,
                        self.agencies
                            .iter()
                            .filter(in_scope)
                            .flat_map(|a| a.names()),
                        5,
                    ),
                })
            }
            many => {
                // With a province given, its own body wins over a national body of the same name
                // ("Sở TT&TT" in Quảng Ninh is quang-ninh/so-tttt, not every province's Sở as a group).
                let local: Vec<&&Agency> = many
                    .iter()
                    .filter(|a| a.province.is_some() && a.province.as_deref() == province)
                    .collect();
                if let [one] = local.as_slice() {
                    return Ok(one);
                }
                // Where each match belongs, and how to choose.
                let places: Vec<String> = many
                    .iter()
                    .map(|a| match a.province.as_deref() {
                        Some(p) => format!(
                            "{}: {}",
                            a.id,
                            self.province(p).map_or(p, |j| j.name.as_str())
                        ),
                        None => format!("{}: trung ương", a.id),
                    })
                    .collect();
                let places = places.join(", ");
                Err(Error::Ambiguous {
                    what: "agency",
                    name: name.to_owned(),
                    candidates: many.iter().map(|a| a.id.clone()).collect(),
                    hint: format!(" ({places}); give a province to choose (--province)"),
                    hint_vi: format!(" ({places}); thêm --province để chọn"),
                })
            }
        }
    }

    /// The provision of `instrument` named by an eId or a citation ("Điểm a khoản 2 Điều 20").
    /// A decision that attaches a regulation has two article series: "Điều 3" alone fits both and
    /// is ambiguous. Name the regulation as a lawyer does ("Điều 3 Quy định ban hành kèm theo
    /// Quyết định số 21/2017/QĐ-UBND", or shortly "Quy định Điều 3"), or the decision itself
    /// ("Điều 3 Quyết định số 21/2017/QĐ-UBND"), or give the eId (`att_1__art_3`).
    ///
    /// # Errors
    /// [`Error::Request`] for an unreadable citation or one that names another act,
    /// [`Error::NotFound`], [`Error::Ambiguous`].
    ///
    /// # Example
    /// ```
    /// let ds = quyche::dataset::Dataset::embedded()?;
    /// let tv = ds.instrument("21/2017/QĐ-UBND")?;
    /// let p = ds.provision(tv, "Điều 3 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND")?;
    /// assert_eq!(p.eid, "att_1__art_3");
    /// assert_eq!(ds.provision(tv, "Điều 3 Quyết định số 21/2017/QĐ-UBND")?.eid, "art_3");
    /// assert!(ds.provision(tv, "Điều 3").is_err());
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn provision<'a>(
        &self,
        instrument: &'a Instrument,
        citation_or_eid: &str,
    ) -> Result<&'a Provision> {
        find_provision(instrument, citation_or_eid)
    }
}

/// See [`Dataset::provision`]; needs no dataset.
///
/// # Errors
/// As [`Dataset::provision`].
pub fn find_provision<'a>(
    instrument: &'a Instrument,
    citation_or_eid: &str,
) -> Result<&'a Provision> {
    let wanted = citation_or_eid.trim();
    if let Some(p) = instrument.find_eid(wanted) {
        return Ok(p);
    }
    // An attachment named by its eId first: "att_1 Điều 2".
    let (by_eid, rest) = match wanted.split_once(char::is_whitespace) {
        Some((head, rest)) if instrument.attachments.iter().any(|a| a.eid == head) => {
            (Some(head), rest.trim())
        }
        _ => (None, wanted),
    };
    let cited = CitationRef::parse(rest)?;
    if let Some(n) = &cited.number {
        if instrument.number.as_deref().map(fold_compact) != Some(fold_compact(n)) {
            return Err(Error::request(
                format!(
                    "the citation {wanted:?} names {n}, not {}",
                    instrument.label()
                ),
                format!(
                    "trích dẫn {wanted:?} nêu {n}, không phải {}",
                    instrument.label()
                ),
            ));
        }
    }
    if let Some(k) = cited.kind {
        if k != instrument.kind {
            return Err(Error::request(
                format!(
                    "the citation {wanted:?} names a {}, but {} is a {}",
                    k.vietnamese(),
                    instrument.label(),
                    instrument.kind.vietnamese()
                ),
                format!(
                    "trích dẫn {wanted:?} nêu một {}, nhưng {} là một {}",
                    k.vietnamese(),
                    instrument.label(),
                    instrument.kind.vietnamese()
                ),
            ));
        }
    }
    let in_scope = |att: Option<&Attachment>| match (att, by_eid, cited.attachment.as_deref()) {
        (Some(a), Some(e), _) => a.eid == e,
        (None, Some(_), _) => false,
        (Some(a), None, Some(kind)) => fold(&a.kind) == fold(kind),
        (None, None, Some(_)) => false,
        // "Điều 3 Quyết định số ...": the decision's own article.
        (Some(_), None, None) => cited.kind.is_none(),
        (None, None, None) => true,
    };
    let suffix = cited.citation.eid();
    let relative = cited.citation.to_string();
    // A paragraph's eId counts paragraphs, its citation counts within the clause it follows:
    // only the citation can name it.
    let by_citation_only = cited
        .citation
        .steps
        .last()
        .is_some_and(|s| s.kind == ProvisionKind::Paragraph);
    let mut found: Vec<&Provision> = Vec::new();
    for (att, body) in instrument.trees().filter(|(a, _)| in_scope(*a)) {
        let (eid, full) = match att {
            Some(a) => (
                format!("{}__{suffix}", a.eid),
                format!("{relative} {}", IssuedWith::of(instrument, &a.kind)),
            ),
            None => (suffix.clone(), relative.clone()),
        };
        let full = fold(&full);
        // Chapters wrap articles but do not appear in article eIds; search the whole tree.
        let hit = body
            .iter()
            .flat_map(Provision::walk)
            .find(|p| (!by_citation_only && p.eid == eid) || fold(&p.citation) == full);
        if let Some(p) = hit {
            found.push(p);
        }
    }
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::NotFound {
            what: "provision",
            name: format!("{wanted} in {}", instrument.label()),
            suggestions: Vec::new(),
        }),
        many => Err(Error::Ambiguous {
            what: "provision",
            name: wanted.to_owned(),
            candidates: many
                .iter()
                .map(|p| format!("{} (eId {})", p.citation, p.eid))
                .collect(),
            hint: String::new(),
            hint_vi: String::new(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::find_provision;
    use crate::import::{import_text, ImportOptions};

    /// A decision with its own Điều 1–2 and an attached Quy định whose Điều 1 has an unnumbered
    /// paragraph between khoản 1 and khoản 2.
    const TEXT: &str = "ỦY BAN NHÂN DÂN TỈNH THỬ\nSố: 5/2020/QĐ-UBND\nThử, ngày 01 tháng 02 năm 2020\nQUYẾT ĐỊNH\nBan hành Quy định thử\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định thử.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 02 năm 2020.\n\nQUY ĐỊNH\nThử\n(Ban hành kèm theo Quyết định số 5/2020/QĐ-UBND)\nĐiều 1. Phạm vi\n1. Khoản một.\nĐoạn sau khoản một.\n2. Khoản hai.\nĐiều 2. Hiệu lực\nQuy định này có hiệu lực.\n";

    #[test]
    fn citations_name_the_tree_they_cite() {
        let inst = import_text(TEXT, &ImportOptions::default())
            .unwrap()
            .instrument;
        let eid = |c: &str| find_provision(&inst, c).map(|p| p.eid.clone());
        assert_eq!(eid("Điều 1 Quyết định số 5/2020/QĐ-UBND").unwrap(), "art_1");
        assert_eq!(
            eid("Điều 1 Quy định ban hành kèm theo Quyết định số 5/2020/QĐ-UBND").unwrap(),
            "att_1__art_1"
        );
        assert_eq!(eid("quy dinh dieu 2").unwrap(), "att_1__art_2");
        assert_eq!(eid("att_1 Điều 2").unwrap(), "att_1__art_2");
        assert!(matches!(eid("Điều 1"), Err(crate::Error::Ambiguous { .. })));
        // The paragraph after khoản 1 is its second paragraph; its eId keeps its own count.
        let p = find_provision(&inst, "Đoạn 2 khoản 1 Điều 1 Quy định").unwrap();
        assert_eq!(p.eid, "att_1__art_1__p_1");
        assert_eq!(
            p.citation,
            "Đoạn 2 khoản 1 Điều 1 Quy định ban hành kèm theo Quyết định số 5/2020/QĐ-UBND"
        );
        assert!(find_provision(&inst, "Đoạn 1 Điều 1 Quy định").is_err());
        // Another act's number, or another kind of act, is an error, not a silent match.
        assert!(matches!(
            eid("Điều 1 Quyết định số 6/2020/QĐ-UBND"),
            Err(crate::Error::Request { .. })
        ));
        assert!(eid("Điều 1 Thông tư số 5/2020/QĐ-UBND").is_err());
    }
}
