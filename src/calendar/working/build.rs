//! Building the holiday and arrangement records of one year from the law and the notices.

use chrono::{Datelike, NaiveDate};

use super::super::arrangements::{AppliesTo, ArrangementKind, Arrangements, Status};
use super::super::law::{Compensation, HolidayRule, Law};
use super::super::lunar::{LunarCalendar, LunarDate};
use super::explain::dmy;
use super::types::{CalendarKind, DayKind, HolidayRecord};
use super::{add_days, weekday_bit, ymd};
use crate::Result;

/// The holiday and arrangement days of one year.
#[allow(clippy::too_many_arguments)]
pub(super) fn build_year(
    year: i32,
    kind: CalendarKind,
    rest_mask: u8,
    apply_swaps: bool,
    law: &Law,
    lunar: &LunarCalendar,
    arrangements: &Arrangements,
    year_status: Status,
) -> Result<Vec<HolidayRecord>> {
    let applies = |a: AppliesTo| a == AppliesTo::All || kind == CalendarKind::Civil;
    let is_rest = |d: NaiveDate| rest_mask & weekday_bit(d.weekday()) != 0;
    let mut out: Vec<HolidayRecord> = Vec::new();
    // (date, period) of each statutory day, for compensation.
    let mut statutory: Vec<(NaiveDate, usize)> = Vec::new();

    for rule in &law.holidays {
        // The rule governs this year when its main date (for Tết, mùng 1) is in its range.
        let main = match &rule.rule {
            HolidayRule::Solar { month, day, .. } => ymd(year, *month, *day),
            HolidayRule::Lunar { month, day } => lunar
                .to_solar(LunarDate {
                    year,
                    month: *month,
                    day: *day,
                    leap: false,
                })
                .ok(),
            HolidayRule::Tet { .. } => lunar.tet(year).ok(),
        };
        let Some(main) = main.filter(|m| rule.in_force(*m)) else {
            continue;
        };
        let Some(pi) = law.periods.iter().rposition(|p| p.from <= main) else {
            continue;
        };
        let Some(period) = law.periods.get(pi) else {
            continue;
        };
        let cited = rule
            .source
            .clone()
            .unwrap_or_else(|| format!("{}, {}", period.law_vi, period.article));
        let official = arrangements.records(year).find_map(|r| match &r.kind {
            ArrangementKind::HolidayDays { holiday: h, dates }
                if h == &rule.id && applies(r.applies_to) && r.verified =>
            {
                Some((dates.clone(), r.source.clone()))
            }
            _ => None,
        });
        let (dates, status, source) = match official {
            Some((dates, notice)) => (dates, Status::Official, format!("{cited}; {notice}")),
            None => {
                let projected_part = matches!(rule.rule, HolidayRule::Tet { .. } if period.tet_note.is_some())
                    || matches!(rule.rule, HolidayRule::Solar { adjacent: true, .. });
                let dates = rule_dates(&rule.rule, main, lunar, is_rest);
                // In a year no notice covers, even the law's fixed dates are projections: the
                // Government may still add swaps around them.
                let status = if projected_part || year_status == Status::Projected {
                    Status::Projected
                } else {
                    Status::Official
                };
                let mut source = cited;
                if projected_part {
                    if let Some(note) = &period.tet_note {
                        if matches!(rule.rule, HolidayRule::Tet { .. }) {
                            source = format!("{source}; {note}");
                        }
                    }
                    if matches!(rule.rule, HolidayRule::Solar { adjacent: true, .. }) {
                        source = format!(
                            "{source}; the adjacent day is projected (no notice for {year})"
                        );
                    }
                }
                (dates, status, source)
            }
        };
        for d in dates {
            statutory.push((d, pi));
            out.push(HolidayRecord {
                date: d,
                kind: DayKind::Statutory,
                holiday: Some(rule.id.clone()),
                name_vi: rule.name_vi.clone(),
                name_en: rule.name_en.clone(),
                source: source.clone(),
                status,
                verified: rule.verified,
            });
        }
    }
    statutory.sort();

    // Compensatory days: a holiday on a weekly rest day moves to the next day that is neither a
    // rest day nor a holiday nor already a compensatory day.
    let mut taken: Vec<NaiveDate> = statutory.iter().map(|(d, _)| *d).collect();
    for (d, pi) in &statutory {
        if !is_rest(*d) {
            continue;
        }
        let Some(period) = law.periods.get(*pi) else {
            continue;
        };
        // Both wordings ("ngày tiếp theo" 1994/2012, "ngày làm việc kế tiếp" 2019) come to the same
        // day here: the next day that is neither a weekly rest day nor a holiday.
        let _: Compensation = period.compensatory;
        let mut c = *d;
        let mut found = None;
        for _ in 0..30 {
            let Some(n) = add_days(c, 1) else { break };
            c = n;
            if !is_rest(c) && !taken.contains(&c) {
                found = Some(c);
                break;
            }
        }
        let Some(c) = found else { continue };
        taken.push(c);
        let Some(h) = out
            .iter()
            .find(|r| r.date == *d && r.kind == DayKind::Statutory)
            .cloned()
        else {
            continue;
        };
        out.push(HolidayRecord {
            date: c,
            kind: DayKind::Compensatory,
            holiday: h.holiday,
            name_vi: format!("Nghỉ bù {}", h.name_vi),
            name_en: format!("{} (compensatory day for {})", h.name_en, dmy(*d)),
            source: period.compensatory_source.clone(),
            status: h.status,
            verified: h.verified,
        });
    }

    for r in arrangements.records(year) {
        // An unconfirmed arrangement (a proposal) is listed by the calendar, never applied.
        if !applies(r.applies_to) || !r.verified {
            continue;
        }
        match &r.kind {
            ArrangementKind::HolidayDays { .. } => {}
            ArrangementKind::Swap { off, work } if apply_swaps => {
                out.push(HolidayRecord {
                    date: *off,
                    kind: DayKind::SwapOff,
                    holiday: None,
                    name_vi: format!("Nghỉ hoán đổi (làm bù ngày {})", dmy(*work)),
                    name_en: format!("swapped with {}", dmy(*work)),
                    source: r.source.clone(),
                    status: Status::Official,
                    verified: true,
                });
                out.push(HolidayRecord {
                    date: *work,
                    kind: DayKind::SwapWork,
                    holiday: None,
                    name_vi: format!("Làm bù cho ngày {}", dmy(*off)),
                    name_en: format!("worked in place of {}", dmy(*off)),
                    source: r.source.clone(),
                    status: Status::Official,
                    verified: true,
                });
            }
            ArrangementKind::Swap { .. } => {}
            ArrangementKind::DayOff {
                name_vi,
                name_en,
                dates,
            } => {
                for d in dates {
                    out.push(HolidayRecord {
                        date: *d,
                        kind: DayKind::DayOff,
                        holiday: None,
                        name_vi: name_vi.clone(),
                        name_en: name_en.clone(),
                        source: r.source.clone(),
                        status: Status::Official,
                        verified: true,
                    });
                }
            }
            ArrangementKind::WorkDay { dates } => {
                for d in dates {
                    out.push(HolidayRecord {
                        date: *d,
                        kind: DayKind::WorkDay,
                        holiday: None,
                        name_vi: "Ngày làm việc".to_string(),
                        name_en: "Working day".to_string(),
                        source: r.source.clone(),
                        status: Status::Official,
                        verified: true,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// The dates of a holiday by its rule (the projection where the law leaves a choice).
fn rule_dates(
    rule: &HolidayRule,
    main: NaiveDate,
    _lunar: &LunarCalendar,
    is_rest: impl Fn(NaiveDate) -> bool,
) -> Vec<NaiveDate> {
    match rule {
        HolidayRule::Solar {
            adjacent: false, ..
        }
        | HolidayRule::Lunar { .. } => vec![main],
        HolidayRule::Solar { adjacent: true, .. } => {
            // Prefer the adjacent working day nearer a weekly rest day; the day before on a tie.
            let (before, after) = match (add_days(main, -1), add_days(main, 1)) {
                (Some(b), Some(a)) => (b, a),
                _ => return vec![main],
            };
            let distance = |d: NaiveDate, step: i64| -> i64 {
                let mut c = d;
                for k in 1..=7 {
                    match add_days(c, step) {
                        Some(n) if is_rest(n) => return k,
                        Some(n) => c = n,
                        None => return 8,
                    }
                }
                8
            };
            let pick = match (is_rest(before), is_rest(after)) {
                (true, false) => after,
                (false, true) => before,
                _ => {
                    if distance(after, 1) < distance(before, -1) {
                        after
                    } else {
                        before
                    }
                }
            };
            let mut v = vec![main, pick];
            v.sort();
            v
        }
        HolidayRule::Tet { before, after } => {
            let mut v = Vec::new();
            for k in i64::from(*before).saturating_neg()..i64::from(*after) {
                if let Some(d) = add_days(main, k) {
                    v.push(d);
                }
            }
            v
        }
    }
}
