//! How each type of the dataset is written in a snapshot ([`Put`], tests only: the snapshot is
//! built by the staleness test) and read back ([`Get`]).
//!
//! Fields are written in declaration order with no names or tags, so the two sides must agree.
//! The compiler keeps them honest: `put` destructures every struct without `..` and matches
//! every enum without `_`, and `get` builds every struct with all its fields, so a new field or
//! variant does not compile until it is added here (a field: the library; a variant: its tests,
//! where `put` lives). What a change needs:
//! - a new field: write it in `put` and read it in `get` at the same place;
//! - a new variant of a plain enum (`Role`, `Deliverable`, ...): one more `Variant = n` line in
//!   its `plain_enum!` list, with a number never used before in that list;
//! - a new `Schedule` variant: a new tag in both `put` and `get` of `Schedule` (in `schedule.rs`; the round-trip
//!   test `every_schedule_round_trips` lists one value of each variant: add one there too).
//!
//! Nothing else: `QUYCHE_BLESS=1 cargo test -p quyche --lib snapshot` rewrites the snapshot, and
//! its staleness test fails until then.

use std::collections::BTreeMap;

use chrono::NaiveDate;

#[cfg(test)]
use super::wire::Writer;
use super::wire::{Reader, Result};
use crate::agency::{Agency, AgencyKind, Level};
use crate::dataset::{ProvincialBody, RestoredField};
use crate::import::{Diagnostic, Severity};
use crate::model::{
    Attachment, Instrument, InstrumentKind, InstrumentRef, Provenance, Provision, ProvisionKind,
    Reference, RelationKind, Status,
};
use crate::obligation::{Deliverable, Duty, Obligation, Role, TemplateRef};
use crate::schedule::{Alternative, EventTiming, FixedBy, Frequency, Periodic};
use crate::succession::{
    BodyStatus, Function, Jurisdiction, JurisdictionKind, Link, LinkKind, Source, StatusKind,
    Succession,
};

/// Read from a snapshot.
pub(super) trait Get: Sized {
    fn get(r: &mut Reader<'_>) -> Result<Self>;
}

/// Written to a snapshot.
#[cfg(test)]
pub(super) trait Put {
    fn put(&self, w: &mut Writer);
}

impl Get for String {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        r.string()
    }
}
#[cfg(test)]
impl Put for String {
    fn put(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl Get for bool {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(r.error(format!("{b} is not a boolean"))),
        }
    }
}
#[cfg(test)]
impl Put for bool {
    fn put(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
}

/// Unsigned integers as LEB128, refused when out of the type's range.
macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Get for $t {
            fn get(r: &mut Reader<'_>) -> Result<Self> {
                let n = r.u64()?;
                <$t>::try_from(n).map_err(|_| r.error(format!("{n} is out of range for {}", stringify!($t))))
            }
        }
        #[cfg(test)]
        impl Put for $t {
            fn put(&self, w: &mut Writer) {
                w.u64(*self as u64);
            }
        }
    )*};
}
unsigned!(u8, u32, usize);

/// A date as its day number from 1 January of year 1 (chrono's `num_days_from_ce`), zigzagged.
impl Get for NaiveDate {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        let z = r.u64()?;
        // z >> 1 < 2^63 fits; `!half` is -half - 1 without arithmetic that could overflow.
        let half = i64::try_from(z >> 1).unwrap_or(i64::MAX);
        let days = if z & 1 == 1 { !half } else { half };
        i32::try_from(days)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .ok_or_else(|| r.error(format!("day {days} is not a date")))
    }
}
#[cfg(test)]
impl Put for NaiveDate {
    fn put(&self, w: &mut Writer) {
        let d = i64::from(chrono::Datelike::num_days_from_ce(self));
        w.u64(((d << 1) ^ (d >> 63)) as u64);
    }
}

impl<T: Get> Get for Option<T> {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        match r.byte()? {
            0 => Ok(None),
            1 => T::get(r).map(Some),
            b => Err(r.error(format!("{b} is not an option tag"))),
        }
    }
}
#[cfg(test)]
impl<T: Put> Put for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(v) => {
                w.byte(1);
                v.put(w);
            }
        }
    }
}

impl<T: Get> Get for Vec<T> {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        let n = r.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::get(r)?);
        }
        Ok(v)
    }
}
#[cfg(test)]
impl<T: Put> Put for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.usize(self.len());
        for v in self {
            v.put(w);
        }
    }
}

impl<V: Get> Get for BTreeMap<String, V> {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        let n = r.len()?;
        let mut m = BTreeMap::new();
        for _ in 0..n {
            let k = r.string()?;
            m.insert(k, V::get(r)?);
        }
        Ok(m)
    }
}
#[cfg(test)]
impl<V: Put> Put for BTreeMap<String, V> {
    fn put(&self, w: &mut Writer) {
        w.usize(self.len());
        for (k, v) in self {
            w.str(k);
            v.put(w);
        }
    }
}

/// Enums without data: one byte each, from the list (numbers are never reused).
macro_rules! plain_enum {
    ($t:ident { $($v:ident = $n:literal),* $(,)? }) => {
        impl Get for $t {
            fn get(r: &mut Reader<'_>) -> Result<Self> {
                match r.byte()? {
                    $($n => Ok($t::$v),)*
                    b => Err(r.error(format!("{b} is not a {}", stringify!($t)))),
                }
            }
        }
        #[cfg(test)]
        impl Put for $t {
            fn put(&self, w: &mut Writer) {
                w.byte(match self { $($t::$v => $n,)* });
            }
        }
    };
}

plain_enum!(ProvisionKind { Part = 0, Chapter = 1, Section = 2, Article = 3, Clause = 4, Point = 5, Paragraph = 6, Appendix = 7 });
plain_enum!(Provenance { Source = 0, Restored = 1 });
plain_enum!(InstrumentKind {
    HienPhap = 0, BoLuat = 1, Luat = 2, NghiQuyet = 3, PhapLenh = 4, NghiDinh = 5, ThongTu = 6,
    QuyetDinh = 7, ChiThi = 8, QuyChe = 9, QuyDinh = 10, Other = 11,
});
plain_enum!(Status { Draft = 0, InForce = 1, Replaced = 2, Unknown = 3 });
plain_enum!(RelationKind { Basis = 0, Replaces = 1, Guides = 2, Implements = 3, Cites = 4 });
plain_enum!(Severity { Info = 0, Warning = 1, Error = 2 });
plain_enum!(AgencyKind { Agency = 0, Group = 1 });
plain_enum!(Level {
    Central = 0, Province = 1, District = 2, Commune = 3, Party = 4, MassOrganisation = 5,
    Press = 6, Security = 7, Other = 8,
});
plain_enum!(Role {
    Lead = 0, Coordinate = 1, Advise = 2, Guide = 3, Approve = 4, Report = 5, ProvideInfo = 6,
    Implement = 7, Supervise = 8, Inspect = 9, Appraise = 10, Reward = 11,
});
plain_enum!(Frequency {
    Annual = 0, Semiannual = 1, Quarterly = 2, Monthly = 3, Weekly = 4, OnRequest = 5, Event = 6,
    Unfixed = 7, Alternatives = 8,
});
plain_enum!(Deliverable {
    Report = 0, Plan = 1, PortalInformation = 2, Information = 3, PressConference = 4,
    Briefing = 5, Other = 6,
});
plain_enum!(EventTiming { Before = 0, At = 1, After = 2 });
plain_enum!(LinkKind { MergedInto = 0, FunctionsTransferredTo = 1, Renamed = 2, Dissolved = 3, SplitInto = 4 });
plain_enum!(Function {
    ForeignInformation = 0, Press = 1, Telecommunications = 2, InformationTechnology = 3,
    DigitalTransformation = 4, BasicInformation = 5, All = 6,
});
plain_enum!(JurisdictionKind { National = 0, Province = 1, City = 2 });
plain_enum!(StatusKind { Unchanged = 0, Collective = 1, Unknown = 2 });

/// Structs: every field in order. `put` destructures without `..` so that a new field is a
/// compile error here.
macro_rules! record {
    ($($t:ident)::+ { $($f:ident),* $(,)? }) => {
        impl Get for $($t)::+ {
            fn get(r: &mut Reader<'_>) -> Result<Self> {
                Ok($($t)::+ { $($f: Get::get(r)?,)* })
            }
        }
        #[cfg(test)]
        impl Put for $($t)::+ {
            fn put(&self, w: &mut Writer) {
                let $($t)::+ { $($f,)* } = self;
                $($f.put(w);)*
            }
        }
    };
}

record!(Provision {
    kind,
    num,
    eid,
    citation,
    heading,
    text,
    provenance,
    note,
    line,
    children
});
record!(Attachment {
    eid,
    kind,
    title,
    body
});
record!(InstrumentRef { id, number, quote });
record!(Reference {
    kind,
    from,
    instrument,
    instrument_number,
    citation,
    quote
});
record!(Instrument {
    id,
    number,
    kind,
    title,
    issuer,
    jurisdiction,
    signer,
    place,
    signed_on,
    effective_from,
    status,
    replaces,
    bases,
    verified_on,
    body,
    attachments,
    references,
});
record!(RestoredField { field, reason });
record!(Diagnostic {
    code,
    severity,
    message,
    message_vi,
    line,
    provision
});
record!(Agency {
    id,
    name,
    kind,
    level,
    province,
    aliases,
    members,
    valid_from,
    valid_until,
    note
});
record!(Duty {
    id,
    instrument_id,
    province,
    eid,
    citation,
    bearer,
    role,
    counterparts,
    summary,
    summary_vi,
    quote
});
record!(TemplateRef { instrument, eid });
record!(Obligation {
    id,
    instrument_id,
    province,
    eid,
    citation,
    from,
    to,
    what,
    template,
    schedule,
    summary,
    summary_vi,
    quote,
});
record!(Periodic {
    times,
    month,
    day,
    weekday,
    period,
    inclusive
});
record!(Source {
    instrument,
    date,
    issuer,
    article,
    url,
    note
});
record!(Link {
    from,
    kind,
    to,
    functions,
    effective,
    verified,
    source,
    also,
    evidence,
    note,
    line
});
record!(Jurisdiction {
    id,
    name,
    kind,
    aliases,
    valid_from,
    valid_until,
    government_from,
    government_until,
    part_of,
    source,
    also,
    evidence,
    note,
    line,
});
record!(BodyStatus {
    id,
    status,
    from,
    verified,
    sources,
    evidence,
    reason,
    line,
});
record!(ProvincialBody {
    group,
    slug,
    city_slug,
    name,
    city_name,
    kind,
});
record!(Succession {
    links,
    jurisdictions,
    statuses
});

record!(FixedBy {
    obligation,
    citation,
    schedule
});
record!(Alternative {
    quote,
    schedule,
    to
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Schedule;

    fn round_trip<T: Get + Put + PartialEq + std::fmt::Debug>(v: &T) {
        let mut w = Writer::default();
        v.put(&mut w);
        let (bytes, text) = w.finish();
        let mut r = Reader::new(&bytes, &text).unwrap();
        assert_eq!(&T::get(&mut r).unwrap(), v);
        assert!(r.at_end());
    }

    #[test]
    fn every_schedule_round_trips() {
        let p = Periodic {
            times: Some(1),
            month: Some(12),
            day: Some(10),
            weekday: None,
            period: Some(2),
            inclusive: Some(false),
        };
        for s in [
            Schedule::Annual(p),
            Schedule::Semiannual(Periodic::default()),
            Schedule::Quarterly(p),
            Schedule::Monthly(p),
            Schedule::Weekly(Periodic {
                weekday: Some(5),
                ..Periodic::default()
            }),
            Schedule::OnRequest { note: None },
            Schedule::OnRequest {
                note: Some("theo yêu cầu".into()),
            },
            Schedule::Event {
                event: "an activity abroad".into(),
                event_vi: None,
                timing: EventTiming::Before,
                days: Some(15),
            },
            Schedule::Event {
                event: "an activity abroad".into(),
                event_vi: Some("tổ chức hoạt động ở nước ngoài".into()),
                timing: EventTiming::After,
                days: None,
            },
            Schedule::Unfixed {
                every: None,
                fixed_by: vec![],
                note: None,
            },
            Schedule::Unfixed {
                every: Some(Frequency::Annual),
                fixed_by: vec![FixedBy {
                    obligation: "qn/report".into(),
                    citation: "Khoản 1 Điều 32".into(),
                    schedule: Some(Box::new(Schedule::Annual(p))),
                }],
                note: Some("định kỳ".into()),
            },
            Schedule::Alternatives {
                options: vec![Alternative {
                    quote: "hằng tuần".into(),
                    schedule: Schedule::Weekly(Periodic::default()),
                    to: vec!["press".into()],
                }],
            },
        ] {
            round_trip(&s);
        }
    }

    #[test]
    fn dates_round_trip_across_eras() {
        for (y, m, d) in [(1, 1, 1), (2026, 2, 17), (-44, 3, 15), (262_000, 12, 31)] {
            round_trip(&NaiveDate::from_ymd_opt(y, m, d).unwrap());
        }
    }

    #[test]
    fn an_unknown_tag_is_an_error() {
        let mut w = Writer::default();
        w.byte(200);
        let (bytes, text) = w.finish();
        assert!(Schedule::get(&mut Reader::new(&bytes, &text).unwrap()).is_err());
        assert!(Role::get(&mut Reader::new(&bytes, &text).unwrap()).is_err());
        assert!(bool::get(&mut Reader::new(&bytes, &text).unwrap()).is_err());
    }
}
