//! The words of the query options: [`Shift`], [`Frequency`], [`CalendarKind`] and [`Role`] read
//! from text (`FromStr`, with the aliases the CLI has always accepted) and written back
//! (`Display`) with the same words as their JSON.
//!
//! A bad word is a [`crate::Error::Request`] that names the option and the accepted words, so
//! `let shift: Shift = "previous".parse()?;` works in any function returning quyche's `Result`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar::CalendarKind;
use crate::deadline::Shift;
use crate::obligation::Role;
use crate::schedule::Frequency;
use crate::Error;

impl FromStr for Shift {
    type Err = Error;

    /// `previous` (also `prev`, `before`), `next` (`after`) or `none` (`no`).
    fn from_str(s: &str) -> Result<Self, Error> {
        Shift::parse(s)
    }
}

impl fmt::Display for Shift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Shift::Previous => "previous",
            Shift::Next => "next",
            Shift::None => "none",
        })
    }
}

impl FromStr for Frequency {
    type Err = Error;

    /// `annual`, `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request`, `event`,
    /// `unfixed`, `alternatives` (also `yearly`, `half-yearly`, `ad-hoc`, `periodic`).
    fn from_str(s: &str) -> Result<Self, Error> {
        Frequency::parse(s)
    }
}

impl fmt::Display for Frequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Frequency::Annual => "annual",
            Frequency::Semiannual => "semiannual",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
            Frequency::Weekly => "weekly",
            Frequency::OnRequest => "on_request",
            Frequency::Event => "event",
            Frequency::Unfixed => "unfixed",
            Frequency::Alternatives => "alternatives",
        })
    }
}

impl FromStr for CalendarKind {
    type Err = Error;

    /// `civil` (also `công chức`) or `labour` (`labor`, `lao động`).
    fn from_str(s: &str) -> Result<Self, Error> {
        crate::deadline::calendar_kind(Some(s))
    }
}

impl fmt::Display for CalendarKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CalendarKind::Civil => "civil",
            CalendarKind::Labour => "labour",
        })
    }
}

impl FromStr for Role {
    type Err = Error;

    /// `lead`, `coordinate`, `advise`, `guide`, `supervise`, `inspect`, `appraise`, `approve`,
    /// `reward`, `report`, `provide_info`, `implement`, or the Vietnamese word (`chủ trì`,
    /// `phối hợp`, ...).
    fn from_str(s: &str) -> Result<Self, Error> {
        Role::parse(s)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::Lead => "lead",
            Role::Coordinate => "coordinate",
            Role::Advise => "advise",
            Role::Guide => "guide",
            Role::Supervise => "supervise",
            Role::Inspect => "inspect",
            Role::Appraise => "appraise",
            Role::Approve => "approve",
            Role::Reward => "reward",
            Role::Report => "report",
            Role::ProvideInfo => "provide_info",
            Role::Implement => "implement",
        })
    }
}

/// Serde for an optional option word in a request: read with `FromStr` (so the aliases work and a
/// bad word gets the message that names the option), written with `Display`.
pub(crate) mod opt_word {
    use super::*;

    pub(crate) fn deserialize<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: FromStr<Err = Error>,
    {
        Option::<String>::deserialize(d)?
            .map(|s| s.parse().map_err(serde::de::Error::custom))
            .transpose()
    }

    pub(crate) fn serialize<S, T>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        T: fmt::Display,
    {
        v.as_ref().map(ToString::to_string).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `Display` writes are the JSON names serde gives the same values, and read back.
    fn round_trip<T>(values: &[T])
    where
        T: FromStr<Err = Error> + fmt::Display + Serialize + PartialEq + fmt::Debug,
    {
        for v in values {
            let json = serde_json::to_value(v).unwrap();
            assert_eq!(json.as_str(), Some(v.to_string().as_str()), "{v:?}");
            assert_eq!(&v.to_string().parse::<T>().unwrap(), v);
        }
    }

    #[test]
    fn display_is_the_json_word_and_parses_back() {
        round_trip(&[Shift::Previous, Shift::Next, Shift::None]);
        round_trip(&[CalendarKind::Civil, CalendarKind::Labour]);
        round_trip(Frequency::ALL);
        round_trip(&[
            Role::Lead,
            Role::Coordinate,
            Role::Advise,
            Role::Guide,
            Role::Supervise,
            Role::Inspect,
            Role::Appraise,
            Role::Approve,
            Role::Reward,
            Role::Report,
            Role::ProvideInfo,
            Role::Implement,
        ]);
    }

    #[test]
    fn the_old_aliases_still_parse() {
        assert_eq!("before".parse::<Shift>().unwrap(), Shift::Previous);
        assert_eq!("after".parse::<Shift>().unwrap(), Shift::Next);
        assert_eq!(
            "lao động".parse::<CalendarKind>().unwrap(),
            CalendarKind::Labour
        );
        assert_eq!(
            "labor".parse::<CalendarKind>().unwrap(),
            CalendarKind::Labour
        );
        assert_eq!(
            "half-yearly".parse::<Frequency>().unwrap(),
            Frequency::Semiannual
        );
        assert_eq!("ad-hoc".parse::<Frequency>().unwrap(), Frequency::OnRequest);
        assert_eq!("Chủ trì".parse::<Role>().unwrap(), Role::Lead);
    }

    #[test]
    fn a_bad_word_names_the_option_and_the_accepted_words() {
        let e = "sideways".parse::<Shift>().unwrap_err();
        assert_eq!(e.kind(), "request");
        assert_eq!(
            e.to_string(),
            "unknown shift \"sideways\": use previous, next or none"
        );
        let e = "martian".parse::<CalendarKind>().unwrap_err().to_string();
        assert!(
            e.contains("calendar") && e.contains("civil or labour"),
            "{e}"
        );
        let e = "boss".parse::<Role>().unwrap_err().to_string();
        assert!(e.contains("role") && e.contains("provide_info"), "{e}");
        let e = "sometimes".parse::<Frequency>().unwrap_err().to_string();
        assert!(e.contains("frequency") && e.contains("on_request"), "{e}");
    }
}
