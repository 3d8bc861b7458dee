//! Finding instruments, provinces, agencies and provisions by the names people use.

use super::{Dataset, Jurisdiction};
use crate::agency::Agency;
use crate::model::{Citation, Instrument, Provision};
use crate::text::{fold_compact, suggest};
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
                suggestions: suggest(name, self.jurisdictions.iter().map(|j| j.name.as_str()), 5),
            })
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
            name: self
                .agency_by_id(id)
                .map_or_else(|| id.to_owned(), |a| a.name.clone()),
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
                Err(Error::Ambiguous {
                    what: "agency",
                    name: name.to_owned(),
                    candidates: many.iter().map(|a| a.id.clone()).collect(),
                })
            }
        }
    }

    /// The provision of `instrument` named by an eId or a citation ("Điểm a khoản 2 Điều 20").
    /// A citation that fits both the decision's own articles and its attached regulation is
    /// ambiguous; give the eId (`att_1__art_2`) or prefix the citation with the attachment's kind
    /// ("Quy định Điều 2").
    ///
    /// # Errors
    /// [`Error::Request`] for an unreadable citation, [`Error::NotFound`], [`Error::Ambiguous`].
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
    // An attachment named first: "Quy định Điều 2", "att_1 Điều 2".
    let mut rest = wanted;
    let mut only: Option<String> = None;
    for att in &instrument.attachments {
        for prefix in [att.kind.as_str(), att.eid.as_str()] {
            let key = crate::text::fold(prefix);
            let f = crate::text::fold(rest);
            if !key.is_empty() && f.starts_with(&key) {
                let skip = rest
                    .char_indices()
                    .nth(prefix.chars().count())
                    .map_or(rest.len(), |(i, _)| i);
                rest = rest.get(skip..).unwrap_or_default().trim();
                only = Some(att.eid.clone());
            }
        }
    }
    let citation = Citation::parse(rest)?;
    let suffix = citation.eid();
    let mut found: Vec<&Provision> = Vec::new();
    for (att, body) in instrument.trees() {
        let prefix = att.map(|a| a.eid.clone());
        if only.is_some() && only != prefix {
            continue;
        }
        let eid = match &prefix {
            Some(p) => format!("{p}__{suffix}"),
            None => suffix.clone(),
        };
        // Chapters wrap articles but do not appear in article eIds; search the whole tree.
        if let Some(p) = body.iter().flat_map(Provision::walk).find(|p| p.eid == eid) {
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
        }),
    }
}
