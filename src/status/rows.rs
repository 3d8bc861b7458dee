//! Reading the submissions CSV: each row resolved to one expected submission, or errors with
//! its line number.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::wording as w;
use super::{parse_period, period_label, read_csv, Entry, RowError};
use crate::agency::Agency;
use crate::dataset::Dataset;
use crate::deadline::WorkingDays;
use crate::model::Citation;
use crate::obligation::Obligation;
use crate::text::fold_compact;

/// Deepest roster nesting followed (rosters are shallow; this only guards against cycles).
const MAX_ROSTER_DEPTH: u8 = 8;

/// Resolutions already made, by (agency, obligation, recurrence of the period).
type Cache<'a> = HashMap<
    (String, String, Option<crate::schedule::Frequency>),
    Result<(&'a Obligation, String, String), RowError>,
>;

pub(super) struct Ctx<'a> {
    pub(super) ds: &'a Dataset,
    pub(super) cal: &'a dyn WorkingDays,
    pub(super) province: Option<&'a str>,
    pub(super) year: i32,
    pub(super) as_of: NaiveDate,
    pub(super) units_of: &'a HashMap<String, Vec<String>>,
}

pub(super) fn named(ds: &Dataset, id: &str) -> crate::agency::Named {
    ds.named(id)
}

/// Who is expected to submit an obligation: each bearer, a group with a roster replaced by its
/// members (recursively), a group without one kept as itself.
pub(super) fn units(ds: &Dataset, o: &Obligation) -> Vec<String> {
    let mut out = Vec::new();
    for f in &o.from {
        add_unit(ds, f, 0, &mut out);
    }
    out
}

fn add_unit(ds: &Dataset, id: &str, depth: u8, out: &mut Vec<String>) {
    match ds.agency_by_id(id) {
        Some(a) if !a.members.is_empty() && depth < MAX_ROSTER_DEPTH => {
            for m in &a.members {
                add_unit(ds, m, depth.saturating_add(1), out);
            }
        }
        _ => {
            if !out.iter().any(|u| u == id) {
                out.push(id.to_owned());
            }
        }
    }
}

const COLUMNS: [(&str, &[&str]); 4] = [
    ("agency", &["agency", "coquan", "donvi"]),
    ("obligation", &["obligation", "nghiavu"]),
    ("period", &["period", "ky", "kybaocao"]),
    ("submitted", &["submitted", "ngaygui", "ngaynop"]),
];

/// Applies every row of `csv` to `entries`; returns the number of rows read and the errors.
pub(super) fn apply(ctx: &Ctx<'_>, csv: &str, entries: &mut [Entry]) -> (usize, Vec<RowError>) {
    let mut errors = Vec::new();
    let records = match read_csv(csv) {
        Ok(r) => r,
        Err(e) => {
            let message = crate::text::Bilingual {
                vi: e.message_vi().to_owned(),
                en: e.message,
            };
            errors.push(RowError::new(e.line, None, message));
            return (0, errors);
        }
    };
    let Some((header, rows)) = records.split_first() else {
        errors.push(RowError::new(1, None, w::empty_csv()));
        return (0, errors);
    };
    let mut cols = [0usize; 4];
    for (slot, (name, forms)) in cols.iter_mut().zip(COLUMNS) {
        match header
            .fields
            .iter()
            .position(|h| forms.contains(&fold_compact(h).as_str()))
        {
            Some(i) => *slot = i,
            None => errors.push(RowError::new(header.line, Some(name), w::no_column(name))),
        }
    }
    if !errors.is_empty() {
        return (rows.len(), errors);
    }
    let index: HashMap<(&str, &str, NaiveDate), usize> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            e.period_start
                .map(|s| ((e.obligation.as_str(), e.agency.id.as_str(), s), i))
        })
        .collect();
    let mut found: Vec<(usize, usize, NaiveDate, String)> = Vec::new();
    let mut seen: HashMap<usize, usize> = HashMap::new();
    let mut cache: Cache<'_> = HashMap::new();
    for rec in rows {
        if rec.fields.len() != header.fields.len() {
            errors.push(RowError::new(
                rec.line,
                None,
                w::field_count(rec.fields.len(), header.fields.len()),
            ));
            continue;
        }
        let field = |i: usize| rec.fields.get(i).map_or("", |s| s.trim());
        let [a, o, p, s] = cols.map(field);
        match row(ctx, entries, &index, &mut cache, rec.line, a, o, p, s) {
            Ok((i, date, by)) => match seen.get(&i) {
                Some(first) => errors.push(RowError::new(
                    rec.line,
                    None,
                    w::duplicate(
                        *first,
                        entries.get(i).map_or("", |e| e.obligation.as_str()),
                        entries.get(i).map_or("", |e| e.agency.name.as_str()),
                        entries
                            .get(i)
                            .and_then(|e| e.period.as_deref())
                            .unwrap_or_default(),
                    ),
                )),
                None => {
                    seen.insert(i, rec.line);
                    found.push((i, rec.line, date, by));
                }
            },
            Err(mut e) => errors.append(&mut e),
        }
    }
    for (i, line, date, by) in found {
        if let Some(e) = entries.get_mut(i) {
            e.submitted = Some(date);
            e.line = Some(line);
            if by != e.agency.id {
                e.submitted_by = Some(named(ctx.ds, &by));
            }
        }
    }
    (rows.len(), errors)
}

fn err(line: usize, field: &str, message: crate::text::Bilingual) -> RowError {
    RowError::new(line, Some(field), message)
}

/// Reads `2026-12-01` or `01/12/2026`.
fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

#[allow(clippy::too_many_arguments)]
fn row<'a>(
    ctx: &Ctx<'a>,
    entries: &[Entry],
    index: &HashMap<(&str, &str, NaiveDate), usize>,
    cache: &mut Cache<'a>,
    line: usize,
    agency: &str,
    obligation: &str,
    period: &str,
    submitted: &str,
) -> Result<(usize, NaiveDate, String), Vec<RowError>> {
    let mut errs = Vec::new();
    let date = match parse_date(submitted) {
        None => {
            errs.push(err(line, "submitted", w::not_a_date(submitted)));
            None
        }
        Some(d) if d > ctx.as_of => {
            errs.push(err(line, "submitted", w::after_as_of(d, ctx.as_of)));
            None
        }
        Some(d) => match ctx.cal.is_working_day(d) {
            Ok(_) => Some(d),
            Err(e) => {
                errs.push(err(line, "submitted", w::calendar(d, &e)));
                None
            }
        },
    };
    let key = match parse_period(period) {
        Ok(k) => Some(k),
        Err(e) => {
            errs.push(err(line, "period", w::period(&e)));
            None
        }
    };
    // Rows repeat the same agency and obligation: resolve each combination once.
    let recurrence = key.and_then(|k| k.recurrence);
    let cache_key = (agency.to_owned(), obligation.to_owned(), recurrence);
    let resolved = match cache.get(&cache_key) {
        Some(r) => r.clone(),
        None => {
            let r = resolve(ctx, line, agency, obligation, recurrence);
            cache.insert(cache_key, r.clone());
            r
        }
    }
    .map_err(|mut e| {
        e.line = line;
        e
    });
    let (ob, unit, by) = match resolved {
        Ok(x) => x,
        Err(e) => {
            errs.push(e);
            return Err(errs);
        }
    };
    if let Some(link) = ob.schedule.fixed_by().first() {
        errs.push(err(
            line,
            "obligation",
            w::dated_by(&ob.id, &link.obligation, &link.citation),
        ));
    } else if ob.schedule.periodic().is_none() {
        errs.push(err(line, "obligation", w::undated(&ob.id, &ob.schedule)));
        return Err(errs);
    }
    let freq = ob.schedule.frequency();
    let Some(key) = key else { return Err(errs) };
    if let Some(r) = key.recurrence.filter(|r| *r != freq) {
        errs.push(err(
            line,
            "period",
            w::other_recurrence(period, r, &ob.id, freq),
        ));
        return Err(errs);
    }
    let Some(&i) = index.get(&(ob.id.as_str(), unit.as_str(), key.start)) else {
        let labels: Vec<&str> = entries
            .iter()
            .filter(|e| e.obligation == ob.id && e.agency.id == unit)
            .filter_map(|e| e.period.as_deref())
            .collect();
        let range = w::periods_due(ctx.year, labels.first().copied(), labels.last().copied());
        let label = key
            .recurrence
            .map_or_else(|| key.start.to_string(), |r| period_label(r, key.start));
        errs.push(err(
            line,
            "period",
            w::no_such_period(&ob.id, freq, &label, ctx.year, &range),
        ));
        return Err(errs);
    };
    match (date, errs.is_empty()) {
        (Some(d), true) => Ok((i, d, by)),
        _ => Err(errs),
    }
}

/// The obligation and the expected submitter a row names.
fn resolve<'a>(
    ctx: &Ctx<'a>,
    line: usize,
    agency: &str,
    obligation: &str,
    recurrence: Option<crate::schedule::Frequency>,
) -> Result<(&'a Obligation, String, String), RowError> {
    let ds = ctx.ds;
    if agency.is_empty() {
        return Err(err(line, "agency", w::empty_agency()));
    }
    if obligation.is_empty() {
        return Err(err(line, "obligation", w::empty_obligation()));
    }
    let by_id = ds
        .obligations()
        .iter()
        .find(|o| o.id == obligation || fold_compact(&o.id) == fold_compact(obligation));
    if let Some(o) = by_id {
        if ctx.province.is_some() && o.province.as_deref() != ctx.province {
            return Err(err(
                line,
                "obligation",
                w::not_of_province(&o.id, ctx.province.unwrap_or_default()),
            ));
        }
        let a = find_agency(ds, line, agency, o.province.as_deref())?;
        return owed_by(ctx, line, o, a).map(|u| (o, u, a.id.clone()));
    }
    let a = find_agency(ds, line, agency, ctx.province)?;
    let province = ctx.province.or(a.province.as_deref());
    let candidates = candidates(ds, line, obligation, province)?;
    if candidates.is_empty() {
        return Err(err(
            line,
            "obligation",
            w::no_obligation(obligation, province),
        ));
    }
    let owed: Vec<(&Obligation, String)> = candidates
        .iter()
        .filter_map(|o| owed_by(ctx, line, o, a).ok().map(|u| (*o, u)))
        .collect();
    let fitting: Vec<&(&Obligation, String)> = owed
        .iter()
        // Any period (even a bare first day) implies a dated, periodic obligation.
        .filter(|(o, _)| {
            recurrence.map_or(o.schedule.periodic().is_some(), |r| {
                o.schedule.frequency() == r
            })
        })
        .collect();
    match (owed.as_slice(), fitting.as_slice()) {
        ([], _) => {
            // Explain with the first candidate's bearers.
            let o = candidates.first().copied();
            Err(o
                .and_then(|o| owed_by(ctx, line, o, a).err())
                .unwrap_or_else(|| err(line, "agency", w::owes_none(&a.name, obligation))))
        }
        (_, [(o, u)]) => Ok((o, u.clone(), a.id.clone())),
        ([(o, u)], []) => Ok((o, u.clone(), a.id.clone())),
        (_, []) => {
            let owed: Vec<(&str, crate::schedule::Frequency)> = owed
                .iter()
                .map(|(o, _)| (o.id.as_str(), o.schedule.frequency()))
                .collect();
            Err(err(
                line,
                "period",
                w::no_fitting_recurrence(obligation, &a.name, &owed),
            ))
        }
        (_, many) => {
            let ids = many
                .iter()
                .map(|(o, _)| o.id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            Err(err(
                line,
                "obligation",
                w::ambiguous(obligation, &a.name, &ids),
            ))
        }
    }
}

fn find_agency<'a>(
    ds: &'a Dataset,
    line: usize,
    name: &str,
    province: Option<&str>,
) -> Result<&'a Agency, RowError> {
    ds.agency(name, province).map_err(|e| {
        let hint = matches!(e, crate::Error::Ambiguous { .. }) && province.is_none();
        err(line, "agency", w::agency_lookup(&e, hint))
    })
}

/// The expected submitter `a` stands for in `o`: itself when it is one of the obligation's units.
fn owed_by(ctx: &Ctx<'_>, line: usize, o: &Obligation, a: &Agency) -> Result<String, RowError> {
    let units = ctx.units_of.get(&o.id).map_or(&[][..], Vec::as_slice);
    if units.contains(&a.id) {
        return Ok(a.id.clone());
    }
    // After the 2025 reorganisation the body that now holds the foreign-information function
    // submits for the one the text names (Quảng Ninh's Sở TT&TT → Sở VHTTDL from 01/07/2025).
    if let Some(u) = units.iter().find(|u| {
        ctx.ds
            .succession()
            .resolve(
                u,
                crate::succession::Function::ForeignInformation,
                ctx.as_of,
            )
            .bearer()
            == Some(a.id.as_str())
    }) {
        return Ok(u.clone());
    }
    let expected = units
        .iter()
        .map(|u| format!("{} ({u})", named(ctx.ds, u).name))
        .collect::<Vec<_>>()
        .join("; ");
    Err(err(
        line,
        "agency",
        w::does_not_owe(&a.name, &a.id, &o.id, &expected),
    ))
}

/// The obligations `text` names by local id or by citation (with an optional instrument).
fn candidates<'a>(
    ds: &'a Dataset,
    line: usize,
    text: &str,
    province: Option<&str>,
) -> Result<Vec<&'a Obligation>, RowError> {
    let in_scope = |o: &&Obligation| o.province.as_deref() == province;
    let local: Vec<&Obligation> = ds
        .obligations()
        .iter()
        .filter(in_scope)
        .filter(|o| {
            o.id.rsplit('/')
                .next()
                .is_some_and(|l| fold_compact(l) == fold_compact(text))
        })
        .collect();
    if !local.is_empty() {
        return Ok(local);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // The longest leading run of words that reads as a citation; the rest names the instrument.
    let split = (1..=words.len()).rev().find_map(|k| {
        let head = words.get(..k)?.join(" ");
        Citation::parse(&head).ok().map(|c| (c, k))
    });
    let Some((citation, k)) = split else {
        return Ok(Vec::new());
    };
    let rest = words.get(k..).unwrap_or_default();
    let instrument = if rest.is_empty() {
        None
    } else {
        let whole = rest.join(" ");
        let found = ds
            .instrument(&whole)
            .or_else(|e| rest.last().map_or(Err(e), |last| ds.instrument(last)));
        match found {
            Ok(i) => Some(i.id.as_str()),
            Err(e) => return Err(err(line, "obligation", w::lookup(&e))),
        }
    };
    let suffix = citation.eid();
    let tail = format!("__{suffix}");
    Ok(ds
        .obligations()
        .iter()
        .filter(|o| match instrument {
            Some(i) => o.instrument_id == i,
            None => in_scope(o),
        })
        .filter(|o| o.eid == suffix || o.eid.ends_with(&tail))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_orders() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1);
        assert_eq!(parse_date("2026-12-01"), d);
        assert_eq!(parse_date("01/12/2026"), d);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("12/01/26x"), None);
    }
}
