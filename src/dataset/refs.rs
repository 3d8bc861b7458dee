//! Giving dataset ids to the instruments that texts cite by number or by title and date.

use std::collections::{BTreeMap, BTreeSet};

use super::load::Builder;
use crate::model::InstrumentRef;

impl Builder {
    /// Gives ids to the instruments that bases and replacement clauses name by number.
    pub(super) fn resolve_instrument_refs(&mut self) {
        let by_number: BTreeMap<String, String> = self
            .instruments
            .values()
            .filter_map(|i| {
                i.number
                    .as_ref()
                    .map(|n| (crate::text::fold_compact(n), i.id.clone()))
            })
            .collect();
        let by_title: Vec<(String, Vec<String>, String)> = self
            .instruments
            .values()
            .filter_map(|i| {
                Some((
                    crate::text::fold(i.title.as_deref()?),
                    date_forms(i.signed_on?),
                    i.id.clone(),
                ))
            })
            .collect();
        let known: BTreeSet<String> = self.declared.clone();
        let resolve = |r: &mut InstrumentRef| {
            // The importer predicts ids by convention; keep only those the dataset holds.
            if r.id.as_ref().is_some_and(|id| !known.contains(id)) {
                r.id = None;
            }
            if r.id.is_none() {
                r.id = r
                    .number
                    .as_ref()
                    .and_then(|n| by_number.get(&crate::text::fold_compact(n)).cloned());
            }
            // Named by title and date only ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015").
            if r.id.is_none() && r.number.is_none() {
                let quote = crate::text::fold(&r.quote);
                let hits: Vec<&String> = by_title
                    .iter()
                    .filter(|(t, dates, _)| {
                        quote.contains(t.as_str())
                            && dates.iter().any(|d| quote.contains(d.as_str()))
                    })
                    .map(|(_, _, id)| id)
                    .collect();
                if let [one] = hits.as_slice() {
                    r.id = Some((*one).clone());
                }
            }
        };
        for inst in self.instruments.values_mut() {
            inst.bases.iter_mut().for_each(resolve);
            inst.replaces.iter_mut().for_each(resolve);
            for r in &mut inst.references {
                if r.instrument.as_ref().is_some_and(|id| !known.contains(id)) {
                    r.instrument = None;
                }
                if r.instrument.is_none() {
                    r.instrument = r
                        .instrument_number
                        .as_ref()
                        .and_then(|n| by_number.get(&crate::text::fold_compact(n)).cloned());
                }
            }
        }
    }
}

/// The ways a text writes a date, folded: "ngay 19 thang 6 nam 2015", "ngay 19 thang 06 nam 2015", "19 6 2015".
fn date_forms(d: chrono::NaiveDate) -> Vec<String> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    vec![
        format!("ngay {day} thang {m} nam {y}"),
        format!("ngay {day:02} thang {m:02} nam {y}"),
        format!("ngay {day:02} thang {m} nam {y}"),
        format!("ngay {day} thang {m:02} nam {y}"),
        format!("{day} {m} {y}"),
        format!("{day:02} {m:02} {y}"),
    ]
}
