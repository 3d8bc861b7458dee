//! The queries on a dataset, one small value each, built with builder methods and answered by
//! the [`RuleSet`](super::RuleSet) method of the same name. As JSON (inside a
//! [`Request`](super::Request)) their fields keep the names of the CLI's options.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::document::DocumentFormat;
use super::words::opt_word;
use crate::calendar::CalendarKind;
use crate::deadline::{ExpandOptions, Shift};
use crate::obligation::Role;
use crate::schedule::Frequency;
use crate::{Error, Result};

/// Every instrument, without trees (`quyche instruments`).
///
/// # Example
/// ```
/// use quyche::query::{InstrumentsQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let day = chrono::NaiveDate::from_ymd_opt(2017, 11, 5).unwrap();
/// let then = rules.instruments(&InstrumentsQuery::default().as_of(day))?;
/// assert!(then.len() < rules.instruments(&InstrumentsQuery::default())?.len());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentsQuery {
    /// The law as it stood on this day: instruments signed later are left out and each
    /// instrument's status is the one it had then.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

impl InstrumentsQuery {
    setters! {
        /// The law as it stood on `day`.
        some as_of: NaiveDate;
    }
}

/// One instrument with its tree, or one of its provisions (`quyche show ID [CITATION]`).
///
/// # Example
/// ```
/// use quyche::query::{RuleSet, ShowQuery, Shown};
/// let rules = RuleSet::embedded()?;
/// let q = ShowQuery::instrument("22/2016/TT-BTTTT").citation("Khoản 7 Điều 9");
/// let Shown::Provision(p) = rules.show(&q)? else { unreachable!() };
/// assert_eq!(p.provision.eid, "art_9__para_7");
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowQuery {
    /// Id or official number.
    pub id: String,
    /// A citation or eId of one provision.
    #[serde(default)]
    pub citation: Option<String>,
    /// `json` (default) or `akn`: the whole instrument as an Akoma Ntoso 3.0 document, answered
    /// as `{"id", "format", "media_type", "xml"}` (see [`AknDocument`](super::AknDocument)).
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DocumentFormat>"))]
    pub format: Option<DocumentFormat>,
}

impl ShowQuery {
    /// The instrument with this id or official number.
    pub fn instrument(id: impl Into<String>) -> Self {
        ShowQuery {
            id: id.into(),
            citation: None,
            format: None,
        }
    }

    setters! {
        /// Only this provision (a citation such as `"Khoản 2 Điều 20"`, or an eId).
        text citation;

        /// Answer in this format ([`DocumentFormat::Akn`]: the instrument as an Akoma Ntoso
        /// document; a citation is then refused).
        some format: DocumentFormat;
    }
}

/// A raw legal text to read into an instrument (`quyche import FILE`).
///
/// # Example
/// ```
/// use quyche::query::{ImportQuery, RuleSet};
/// let text = "QUYẾT ĐỊNH\nĐiều 1. Phạm vi\n1. Quy chế này quy định về thông tin đối ngoại.\n";
/// let imported = quyche::query::import(&ImportQuery::text(text))?;
/// assert_eq!(imported.instrument.body.len(), 1);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// The text: a plain legal text, or Akoma Ntoso XML (read as such).
    pub text: String,
    /// `json` (default) or `akn`, as for [`ShowQuery`]; the answer adds `diagnostics`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DocumentFormat>"))]
    pub format: Option<DocumentFormat>,
}

impl ImportQuery {
    /// A text already decoded.
    pub fn text(text: impl Into<String>) -> Self {
        ImportQuery {
            text: text.into(),
            format: None,
        }
    }

    setters! {
        /// Answer in this format ([`DocumentFormat::Akn`]: the imported instrument as an Akoma
        /// Ntoso document, with the diagnostics).
        some format: DocumentFormat;
    }

    /// Bytes of unknown encoding, checked as the importer checks them (size, UTF-16, binary
    /// data, text that is not UTF-8; bytes that start as XML as Akoma Ntoso is checked); a UTF-8
    /// byte order mark is dropped.
    ///
    /// # Errors
    /// [`Error::Input`] saying what is wrong with the bytes.
    pub fn bytes(bytes: &[u8]) -> Result<Self> {
        Ok(Self::text(super::document::decode(bytes)?))
    }

    /// Whether bytes start as Akoma Ntoso XML (an XML declaration or an `akomaNtoso` element,
    /// after a byte order mark and white space): such a text is read as Akoma Ntoso.
    ///
    /// # Example
    /// ```
    /// use quyche::query::ImportQuery;
    /// assert_eq!(ImportQuery::starts_as_akn(b"<?xml version=\"1.0\"?><akomaNtoso/>"), cfg!(feature = "akn"));
    /// assert!(!ImportQuery::starts_as_akn("QUYẾT ĐỊNH\nĐiều 1.".as_bytes()));
    /// ```
    pub fn starts_as_akn(bytes: &[u8]) -> bool {
        super::document::starts_as_akn(bytes)
    }
}

/// Agencies and groups (`quyche agencies`).
///
/// # Example
/// ```
/// use quyche::query::{AgencyQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let all = rules.agencies(&AgencyQuery::default())?;
/// let qn = rules.agencies(&AgencyQuery::default().province("quang ninh"))?;
/// assert!(qn.len() < all.len());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyQuery {
    /// Only this province's bodies (central bodies are always listed).
    #[serde(default)]
    pub province: Option<String>,
}

impl AgencyQuery {
    setters! {
        /// Only this province's bodies and the central ones.
        text province;
    }
}

/// An agency's timeline: created, renamed, merged, functions moved, dissolved
/// (`quyche agencies --history NAME`).
///
/// # Example
/// ```
/// use quyche::query::{HistoryQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let h = rules.history(&HistoryQuery::agency("Sở TT&TT").province("Trà Vinh"))?;
/// assert!(!h.events.is_empty());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryQuery {
    /// The agency's id, name or alias.
    pub name: String,
    /// The province to look the name up in, where it is ambiguous.
    #[serde(default)]
    pub province: Option<String>,
}

impl HistoryQuery {
    /// The timeline of the agency with this id, name or alias.
    pub fn agency(name: impl Into<String>) -> Self {
        HistoryQuery {
            name: name.into(),
            province: None,
        }
    }

    setters! {
        /// Look the name up in this province.
        text province;
    }
}

/// Duties (`quyche duties`).
///
/// # Example
/// ```
/// use quyche::obligation::Role;
/// use quyche::query::{DutyQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let q = DutyQuery::default().province("Quảng Ninh").role(Role::Lead);
/// assert!(rules.duties(&q)?.iter().all(|d| d.role == Role::Lead));
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyQuery {
    /// Only duties borne by this agency (or a group it belongs to).
    #[serde(default)]
    pub agency: Option<String>,
    /// Only this province's duties.
    #[serde(default)]
    pub province: Option<String>,
    /// Only this role (`lead`, `coordinate`, ... in JSON).
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Role>"))]
    pub role: Option<Role>,
    /// Only duties of instruments in force on this day.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    /// Add, for each record, the bodies that carry it on `as_of` after the 2025
    /// reorganisation (`current`); needs `as_of`.
    #[serde(default)]
    pub current_bearers: bool,
    /// With `province`: only the province's own records, without the national ones whose
    /// bearer is a body every province has (by default those are included, resolved to the
    /// province's bodies and marked `national`).
    #[serde(default)]
    pub local_only: bool,
}

impl DutyQuery {
    setters! {
        /// Only duties borne by this agency (any name form).
        text agency;

        /// Only this province's duties (`"vn"` for the national ones).
        text province;

        /// Only this role.
        some role: Role;

        /// Only duties of instruments in force on `day`.
        some as_of: NaiveDate;

        /// Resolve the bodies that carry each duty on the `as_of` day.
        set current_bearers: bool;

        /// With a province: only its own records, without the national ones that bind it.
        set local_only: bool;
    }
}

/// Reporting obligations (`quyche obligations`).
///
/// # Example
/// ```
/// use quyche::query::{ObligationQuery, RuleSet};
/// use quyche::schedule::Frequency;
/// let rules = RuleSet::embedded()?;
/// let q = ObligationQuery::default().province("Điện Biên").frequency(Frequency::Annual);
/// assert!(!rules.obligations(&q)?.is_empty());
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObligationQuery {
    /// Only this province's obligations.
    #[serde(default)]
    pub province: Option<String>,
    /// Only obligations owed to this agency.
    #[serde(default)]
    pub to: Option<String>,
    /// Only this frequency (`annual`, `quarterly`, ... in JSON).
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Frequency>"))]
    pub frequency: Option<Frequency>,
    /// Only obligations of instruments in force on this day.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    /// Add, for each record, the bodies that carry it on `as_of` after the 2025
    /// reorganisation (`current`); needs `as_of`.
    #[serde(default)]
    pub current_bearers: bool,
    /// With `province`: only the province's own records, without the national ones whose
    /// bearer is a body every province has (by default those are included, resolved to the
    /// province's bodies and marked `national`).
    #[serde(default)]
    pub local_only: bool,
}

impl ObligationQuery {
    setters! {
        /// Only this province's obligations.
        text province;

        /// Only obligations owed to this agency (any name form).
        text to;

        /// Only this frequency.
        some frequency: Frequency;

        /// Only obligations of instruments in force on `day`.
        some as_of: NaiveDate;

        /// Resolve the bodies that carry each obligation on the `as_of` day.
        set current_bearers: bool;

        /// With a province: only its own records, without the national ones that bind it.
        set local_only: bool;
    }
}

/// Due dates (`quyche deadlines`): a year or a range of days, with filters and options.
///
/// # Example
/// ```
/// use quyche::deadline::Shift;
/// use quyche::query::{DeadlineQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let q = DeadlineQuery::year(2026)?.province("Điện Biên").shift(Shift::Next);
/// let rows = rules.deadlines(&q)?;
/// assert!(rows.iter().all(|d| d.shift == Shift::Next));
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineQuery {
    /// The calendar year (unless `from`/`to` are given).
    #[serde(default)]
    pub year: Option<i32>,
    /// First day of the range.
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// Last day of the range.
    #[serde(default)]
    pub to: Option<NaiveDate>,
    /// Only this province.
    #[serde(default)]
    pub province: Option<String>,
    /// Only obligations owed by this agency.
    #[serde(default)]
    pub agency: Option<String>,
    /// `previous` (default), `next` or `none`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Shift>"))]
    pub shift: Option<Shift>,
    /// `civil` (default) or `labour`.
    #[serde(default, with = "opt_word")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<CalendarKind>"))]
    pub calendar: Option<CalendarKind>,
    /// Only obligations of instruments in force on this day.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    /// Add, for each record, the bodies that carry it on `as_of` after the 2025
    /// reorganisation (`current`); needs `as_of`.
    #[serde(default)]
    pub current_bearers: bool,
    /// With `province`: only the province's own records, without the national ones whose
    /// bearer is a body every province has (by default those are included, resolved to the
    /// province's bodies and marked `national`).
    #[serde(default)]
    pub local_only: bool,
    /// Each due date with the steps that produced it (default). `false` gives compact answers
    /// without them (`--no-trace`): a few times smaller, and faster to compute.
    #[serde(default = "traced")]
    pub trace: bool,
}

impl DeadlineQuery {
    /// The due dates whose last day falls in calendar year `year`.
    ///
    /// # Errors
    /// [`Error::Date`] for a year the date type cannot hold.
    pub fn year(year: i32) -> Result<Self> {
        ExpandOptions::year(year)?;
        Ok(Self::empty(Some(year), None, None))
    }

    /// The due dates whose last day falls from `from` to `to`, both included.
    ///
    /// # Errors
    /// [`Error::Request`] when `from` is after `to`.
    pub fn range(from: NaiveDate, to: NaiveDate) -> Result<Self> {
        let q = Self::empty(None, Some(from), Some(to));
        q.expand_options()?;
        Ok(q)
    }

    fn empty(year: Option<i32>, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Self {
        DeadlineQuery {
            year,
            from,
            to,
            province: None,
            agency: None,
            shift: None,
            calendar: None,
            as_of: None,
            current_bearers: false,
            local_only: false,
            trace: true,
        }
    }

    setters! {
        /// Only this province.
        text province;

        /// Only obligations owed by this agency (any name form; groups it belongs to count).
        text agency;

        /// What happens to a last day that is not a working day.
        some shift: Shift;

        /// The working calendar to count on.
        some calendar: CalendarKind;

        /// Only obligations of instruments in force on `day`.
        some as_of: NaiveDate;

        /// Resolve the bodies that carry each due date on the `as_of` day.
        set current_bearers: bool;

        /// With a province: only its own records, without the national ones that bind it.
        set local_only: bool;

        /// With `false`, due dates without their trace (compact answers).
        set trace: bool;
    }

    /// The range and shift asked for.
    ///
    /// # Errors
    /// [`Error::Request`] for neither a year nor a whole range, or an empty range;
    /// [`Error::Date`] for a year out of range.
    pub(crate) fn expand_options(&self) -> Result<ExpandOptions> {
        let mut opts = match (self.year, self.from, self.to) {
            (_, Some(from), Some(to)) => ExpandOptions {
                from,
                to,
                shift: Shift::Previous,
                trace: true,
            },
            (Some(y), None, None) => ExpandOptions::year(y)?,
            _ => {
                return Err(Error::request(
                    "deadlines need a year, or both from and to",
                    "deadlines cần một năm (year), hoặc cả from và to",
                ))
            }
        };
        if opts.from > opts.to {
            return Err(Error::request(
                format!("the range {} – {} is empty", opts.from, opts.to),
                format!(
                    "khoảng từ {} đến {} không có ngày nào",
                    crate::text::date::dmy(opts.from),
                    crate::text::date::dmy(opts.to)
                ),
            ));
        }
        opts.shift = self.shift.unwrap_or_default();
        opts.trace = self.trace;
        Ok(opts)
    }
}

fn traced() -> bool {
    true
}

/// The provinces and centrally-run cities of a day (`quyche provinces`): 34 from 12/06/2025, 63
/// before; with no day, every one the dataset records, with its dates.
///
/// # Example
/// ```
/// use quyche::query::{ProvincesQuery, RuleSet};
/// let rules = RuleSet::embedded()?;
/// let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
/// assert_eq!(rules.provinces(&ProvincesQuery::default().as_of(day))?.len(), 63);
/// # Ok::<(), quyche::Error>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincesQuery {
    /// The jurisdictions of this day.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

impl ProvincesQuery {
    setters! {
        /// The jurisdictions of `day`.
        some as_of: NaiveDate;
    }
}
