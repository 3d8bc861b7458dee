//! The statutory holidays of each period of Vietnamese labour law, read from
//! `data/calendar/law.toml` (embedded).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::data;
use crate::Result;

const FILE: &str = "data/calendar/law.toml";
const TEXT: &str = include_str!("../../data/calendar/law.toml");

/// When a statutory holiday falls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayRule {
    /// A fixed solar date (month, day).
    Solar {
        /// Month 1..=12.
        month: u32,
        /// Day of the month.
        day: u32,
        /// Whether one adjacent day (before or after) is added, chosen each year.
        adjacent: bool,
    },
    /// A fixed lunar date (month, day) of the lunar year numbered like the solar year.
    Lunar {
        /// Lunar month.
        month: u8,
        /// Lunar day.
        day: u8,
    },
    /// Tết: `before` days ending on the last day of the lunar year, then `after` days from lunar 1/1.
    Tet {
        /// Days at the end of the old year.
        before: u8,
        /// Days from 1/1 of the new year.
        after: u8,
    },
}

/// One holiday rule: a statutory holiday and the dates between which the rule is in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holiday {
    /// Stable id (`tet`, `national_day`, `culture_day`, ...), used by arrangements; several
    /// rules may share an id when the law changed (Tết of 4, then 5 days).
    pub id: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// When it falls.
    pub rule: HolidayRule,
    /// First day the rule is in force.
    pub from: NaiveDate,
    /// Last day the rule is in force, `None` while it still is.
    pub to: Option<NaiveDate>,
    /// Its own citation when a later act added it; `None`: the law of the period in force.
    pub source: Option<String>,
    /// Whether the rule was confirmed from its act's text.
    pub verified: bool,
    /// Why it is unverified, when it is.
    pub unverified: Option<String>,
    /// Where the rule was read or reported.
    pub sources: Vec<String>,
}

impl Holiday {
    /// Whether the rule is in force on `date`.
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.map_or(true, |to| date <= to)
    }
}

/// How a holiday on a weekly rest day is compensated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compensation {
    /// "nghỉ bù vào ngày tiếp theo / kế tiếp" (1994, 2012): the next day that is neither a rest day
    /// nor a holiday.
    NextDay,
    /// "nghỉ bù vào ngày làm việc kế tiếp" (2019): the next working day.
    NextWorkingDay,
}

/// A period of labour law and its holidays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LawPeriod {
    /// Stable id, e.g. `labour-code-2019`.
    pub id: String,
    /// First day in force.
    pub from: NaiveDate,
    /// The law, in Vietnamese.
    pub law_vi: String,
    /// The law, in English.
    pub law_en: String,
    /// The article listing the holidays.
    pub article: String,
    /// Citation of the holiday list.
    pub source: String,
    /// The compensation rule.
    pub compensatory: Compensation,
    /// Citation of the compensation rule.
    pub compensatory_source: String,
    /// How the Tết days are fixed, when the law leaves them to the Prime Minister.
    pub tet_note: Option<String>,
}

/// The holiday law: its periods and its holiday rules.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use quyche::calendar::law::Law;
/// let law = Law::embedded()?;
/// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(law.period_on(on(2026, 11, 24)).unwrap().article, "Điều 112");
/// assert!(law.holidays_on(on(2026, 11, 24)).any(|h| h.id == "culture_day"));
/// assert!(!law.holidays_on(on(2025, 11, 24)).any(|h| h.id == "culture_day"));
/// # Ok::<(), quyche::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Law {
    /// The periods of law, oldest first.
    pub periods: Vec<LawPeriod>,
    /// The holiday rules, in file order.
    pub holidays: Vec<Holiday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    period: Vec<RawPeriod>,
    #[serde(default)]
    holiday: Vec<RawHoliday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    id: String,
    from: Spanned<String>,
    law_vi: String,
    law_en: String,
    article: String,
    source: String,
    #[serde(default)]
    quote: Option<String>,
    compensatory: Compensation,
    compensatory_source: String,
    #[serde(default)]
    tet_note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    id: Spanned<String>,
    name_vi: String,
    name_en: String,
    #[serde(default)]
    solar: Option<[u32; 2]>,
    #[serde(default)]
    lunar: Option<[u8; 2]>,
    #[serde(default)]
    tet: Option<RawTet>,
    #[serde(default)]
    adjacent: bool,
    from: Spanned<String>,
    #[serde(default)]
    to: Option<Spanned<String>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default = "yes")]
    verified: bool,
    #[serde(default)]
    unverified: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTet {
    before: u8,
    after: u8,
}

/// The periods of law, oldest first, from the embedded `data/calendar/law.toml`.
///
/// # Errors
/// [`crate::Error::Dataset`] with the line when the embedded file is malformed (a build defect).
///
/// # Example
/// ```
/// let periods = quyche::calendar::law::periods()?;
/// assert_eq!(periods.last().unwrap().article, "Điều 112");
/// # Ok::<(), quyche::Error>(())
/// ```
pub fn periods() -> Result<Vec<LawPeriod>> {
    Ok(Law::embedded()?.periods)
}

impl Law {
    /// The holiday law shipped with quyche (`data/calendar/law.toml`).
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] when the embedded file is malformed (a build defect).
    ///
    /// # Example
    /// ```
    /// let law = quyche::calendar::law::Law::embedded()?;
    /// assert!(law.holidays.iter().any(|h| h.id == "culture_day" && !h.verified));
    /// # Ok::<(), quyche::Error>(())
    /// ```
    pub fn embedded() -> Result<Self> {
        Self::parse(FILE, TEXT)
    }

    /// Reads holiday law in the format of `data/calendar/law.toml`.
    ///
    /// # Errors
    /// [`crate::Error::Dataset`] naming the line and field of each problem: TOML syntax, an unknown
    /// field, a date that is not a date, periods out of date order, a holiday with no valid rule,
    /// a rule whose `to` is before its `from`, two rules for the same day (the same id or the
    /// same date) in force at the same time, an unverified rule without its reason.
    ///
    /// # Example
    /// ```
    /// use quyche::calendar::law::Law;
    /// let text = r#"
    /// [[period]]
    /// id = "p"
    /// from = "2021-01-01"
    /// law_vi = "x"
    /// law_en = "x"
    /// article = "Điều 1"
    /// source = "x"
    /// compensatory = "next_working_day"
    /// compensatory_source = "x"
    ///
    /// [[holiday]]
    /// id = "culture_day"
    /// name_vi = "Ngày Văn hóa Việt Nam"
    /// name_en = "Vietnam Culture Day"
    /// solar = [11, 24]
    /// from = "2026-07-01"
    /// to = "2026-06-30"
    /// "#;
    /// let e = Law::from_toml(text).unwrap_err().to_string();
    /// assert!(e.contains("<law>:18: to:"), "{e}");
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::parse("<law>", text)
    }

    fn parse(file: &str, text: &str) -> Result<Self> {
        let raw: RawFile = toml::from_str(text).map_err(|e| data::toml_error(file, text, &e))?;
        let mut periods: Vec<LawPeriod> = Vec::new();
        for p in raw.period {
            let from = data::date(file, text, "from", &p.from)?;
            if periods.last().is_some_and(|prev| prev.from >= from) {
                return Err(data::problem(
                    file,
                    text,
                    Some(p.from.span().start),
                    Some("from"),
                    "periods must be in date order",
                ));
            }
            let _ = p.quote;
            periods.push(LawPeriod {
                id: p.id,
                from,
                law_vi: p.law_vi,
                law_en: p.law_en,
                article: p.article,
                source: p.source,
                compensatory: p.compensatory,
                compensatory_source: p.compensatory_source,
                tet_note: p.tet_note,
            });
        }
        let mut holidays = Vec::new();
        let mut problems = Vec::new();
        // (rule, the byte offsets of its `from` and `to`), to report overlaps where they are.
        let mut spans: Vec<(usize, Option<usize>)> = Vec::new();
        for h in raw.holiday {
            let at = Some(h.id.span().start);
            let rule = match (h.solar, h.lunar, &h.tet) {
                (Some([month, day]), None, None) if NaiveDate::from_ymd_opt(2000, month, day).is_some() => {
                    HolidayRule::Solar { month, day, adjacent: h.adjacent }
                }
                (None, Some([month, day]), None) if (1..=12).contains(&month) && (1..=29).contains(&day) => {
                    HolidayRule::Lunar { month, day }
                }
                (None, None, Some(t)) if t.after >= 1 => HolidayRule::Tet { before: t.before, after: t.after },
                _ => {
                    return Err(data::problem(
                        file,
                        text,
                        at,
                        Some("holiday"),
                        "a holiday needs exactly one valid rule: solar = [m, d], lunar = [m, d] (day ≤ 29) or tet = { before, after ≥ 1 }",
                    ))
                }
            };
            let from = data::date(file, text, "from", &h.from)?;
            let to =
                h.to.as_ref()
                    .map(|t| data::date(file, text, "to", t))
                    .transpose()?;
            if let (Some(to), Some(span)) = (to, &h.to) {
                if to < from {
                    problems.push(data::entry(
                        file,
                        text,
                        Some(span.span().start),
                        "to",
                        format!(
                            "holiday {:?} ends on {to}, before it starts on {from}",
                            h.id.get_ref()
                        ),
                    ));
                }
            }
            if !h.verified
                && !h
                    .unverified
                    .as_deref()
                    .is_some_and(|r| !r.trim().is_empty())
            {
                problems.push(data::entry(
                    file,
                    text,
                    at,
                    "unverified",
                    format!(
                        "holiday {:?} has verified = false: say why in `unverified`",
                        h.id.get_ref()
                    ),
                ));
            }
            spans.push((h.from.span().start, h.to.as_ref().map(|t| t.span().start)));
            holidays.push(Holiday {
                id: h.id.into_inner(),
                name_vi: h.name_vi,
                name_en: h.name_en,
                rule,
                from,
                to,
                source: h.source,
                verified: h.verified,
                unverified: h.unverified,
                sources: h.sources,
            });
        }
        for (j, later) in holidays.iter().enumerate() {
            for earlier in holidays.iter().take(j) {
                let overlap = earlier.from <= later.to.unwrap_or(NaiveDate::MAX)
                    && later.from <= earlier.to.unwrap_or(NaiveDate::MAX);
                if overlap && same_day(earlier, later) {
                    let at = spans.get(j).map(|s| s.0);
                    problems.push(data::entry(
                        file,
                        text,
                        at,
                        "from",
                        format!(
                            "two rules for the same day: {:?} ({}) from {} overlaps {:?} ({}) in force from {}{}; end the earlier rule with `to` before the later one starts",
                            later.id,
                            describe(&later.rule),
                            later.from,
                            earlier.id,
                            describe(&earlier.rule),
                            earlier.from,
                            earlier.to.map(|t| format!(" to {t}")).unwrap_or_default(),
                        ),
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return Err(crate::Error::Dataset { problems });
        }
        Ok(Law { periods, holidays })
    }

    /// The period of law in force on `date` (`None` before the first period).
    pub fn period_on(&self, date: NaiveDate) -> Option<&LawPeriod> {
        self.periods.iter().rev().find(|p| p.from <= date)
    }

    /// The holiday rules in force on `date`.
    pub fn holidays_on(&self, date: NaiveDate) -> impl Iterator<Item = &Holiday> {
        self.holidays.iter().filter(move |h| h.in_force(date))
    }
}

/// Whether two rules name the same day: the same id, or the same solar or lunar date, or both Tết.
fn same_day(a: &Holiday, b: &Holiday) -> bool {
    a.id == b.id
        || match (&a.rule, &b.rule) {
            (
                HolidayRule::Solar { month, day, .. },
                HolidayRule::Solar {
                    month: m, day: d, ..
                },
            ) => month == m && day == d,
            (HolidayRule::Lunar { month, day }, HolidayRule::Lunar { month: m, day: d }) => {
                month == m && day == d
            }
            (HolidayRule::Tet { .. }, HolidayRule::Tet { .. }) => true,
            _ => false,
        }
}

fn describe(rule: &HolidayRule) -> String {
    match rule {
        HolidayRule::Solar { month, day, .. } => format!("{day:02}/{month:02}"),
        HolidayRule::Lunar { month, day } => format!("{day:02}/{month:02} âm lịch"),
        HolidayRule::Tet { .. } => "Tết".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_law_parses() {
        let law = Law::embedded().unwrap();
        assert_eq!(law.periods.len(), 4);
        assert!(law
            .holidays
            .iter()
            .all(|h| h.verified || h.unverified.is_some()));
    }

    #[test]
    fn errors_carry_lines() {
        let text = "[[period]]\nid = \"x\"\nfrom = \"2020-13-01\"\n";
        let e = Law::parse("t.toml", text).unwrap_err().to_string();
        assert!(e.contains("t.toml:"), "{e}");
    }
}
