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

/// One statutory holiday of a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holiday {
    /// Stable id (`tet`, `national_day`, ...), used by arrangements.
    pub id: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// When it falls.
    pub rule: HolidayRule,
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
    /// The holidays.
    pub holidays: Vec<Holiday>,
}

#[derive(Deserialize)]
struct RawFile {
    period: Vec<RawPeriod>,
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
    holiday: Vec<RawHoliday>,
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
    parse(FILE, TEXT)
}

fn parse(file: &str, text: &str) -> Result<Vec<LawPeriod>> {
    let raw: RawFile = toml::from_str(text).map_err(|e| data::toml_error(file, text, &e))?;
    let mut out: Vec<LawPeriod> = Vec::new();
    for p in raw.period {
        let from = data::date(file, text, "from", &p.from)?;
        if out.last().is_some_and(|prev| prev.from >= from) {
            return Err(data::problem(
                file,
                text,
                Some(p.from.span().start),
                Some("from"),
                "periods must be in date order",
            ));
        }
        let mut holidays = Vec::new();
        for h in p.holiday {
            let rule = match (h.solar, h.lunar, h.tet) {
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
                        Some(h.id.span().start),
                        Some("holiday"),
                        "a holiday needs exactly one valid rule: solar = [m, d], lunar = [m, d] (day ≤ 29) or tet = { before, after ≥ 1 }",
                    ))
                }
            };
            holidays.push(Holiday {
                id: h.id.into_inner(),
                name_vi: h.name_vi,
                name_en: h.name_en,
                rule,
            });
        }
        let _ = p.quote;
        out.push(LawPeriod {
            id: p.id,
            from,
            law_vi: p.law_vi,
            law_en: p.law_en,
            article: p.article,
            source: p.source,
            compensatory: p.compensatory,
            compensatory_source: p.compensatory_source,
            tet_note: p.tet_note,
            holidays,
        });
    }
    Ok(out)
}

/// The period in force on `date` (`None` before the first period).
pub(crate) fn in_force(periods: &[LawPeriod], date: NaiveDate) -> Option<&LawPeriod> {
    periods.iter().rev().find(|p| p.from <= date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_law_parses() {
        let p = periods().unwrap();
        assert_eq!(p.len(), 4);
        assert!(p.iter().all(|x| !x.holidays.is_empty()));
    }

    #[test]
    fn errors_carry_lines() {
        let text = "[[period]]\nid = \"x\"\nfrom = \"2020-13-01\"\n";
        let e = parse("t.toml", text).unwrap_err().to_string();
        assert!(e.contains("t.toml:"), "{e}");
    }
}
