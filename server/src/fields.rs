//! What each query of [`quyche::query::Request`] takes, learnt from the request type itself.
//!
//! The server never lists a query's fields by hand: at start-up it asks serde. Deserialising a
//! request with a tag that does not exist makes serde name every tag; with a field that does not
//! exist, every field of that query (the request denies unknown fields); with one field set to a
//! boolean, an integer, a text or a date, whether that field takes it; with no field at all, which
//! fields are required. The answers come through this module's own error type, so nothing here
//! reads an error message. A field added to a query is therefore a query-string parameter, typed
//! and documented in the OpenAPI document, without a line of server code.

use std::fmt;

use serde::de::{self, IntoDeserializer, Visitor};
use serde::Deserialize;

/// What a field takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Integer,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// Any text.
    Text,
    /// One of these words.
    OneOf(Vec<&'static str>),
}

impl Kind {
    /// What the field expects, in words (for error answers).
    pub fn expected(&self) -> String {
        match self {
            Kind::Boolean => "true or false".into(),
            Kind::Integer => "a whole number".into(),
            Kind::Date => "a date that exists, written YYYY-MM-DD".into(),
            Kind::Text => "text".into(),
            Kind::OneOf(words) => format!("one of {}", words.join(", ")),
        }
    }
}

/// One field of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Its JSON name, which is also its query-string name.
    pub name: &'static str,
    /// What it takes.
    pub kind: Kind,
    /// Whether a request without it is refused.
    pub required: bool,
}

/// One query: its tag (`"query": "deadlines"`) and its fields, in declaration order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The tag.
    pub tag: &'static str,
    /// The fields.
    pub fields: Vec<Field>,
}

impl Query {
    /// The field of this name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// A parameter value as the request type is asked to read it.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    /// Text (also dates and words).
    Str(&'a str),
    /// A boolean.
    Bool(bool),
    /// A whole number.
    Int(i64),
}

/// What serde said about a request, kept structured.
#[derive(Debug)]
pub enum Said {
    /// No query has this tag; these are the tags.
    UnknownVariant(&'static [&'static str]),
    /// No field has this name; these are the fields.
    UnknownField(&'static [&'static str]),
    /// This field is required.
    MissingField(&'static str),
    /// A value is of the wrong type (what was found, what was expected).
    WrongType(String),
    /// Anything else (a value out of range, a date that does not exist...).
    Other(String),
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::UnknownVariant(tags) => {
                write!(f, "unknown query; expected one of {}", tags.join(", "))
            }
            Said::UnknownField(fields) => {
                write!(f, "unknown field; expected one of {}", fields.join(", "))
            }
            Said::MissingField(name) => write!(f, "missing field {name}"),
            Said::WrongType(m) | Said::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Said {}

impl de::Error for Said {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Said::Other(msg.to_string())
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Said::WrongType(format!("{unexp} where {exp} was expected"))
    }

    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> Self {
        Said::UnknownVariant(expected)
    }

    fn unknown_field(_field: &str, expected: &'static [&'static str]) -> Self {
        Said::UnknownField(expected)
    }

    fn missing_field(field: &'static str) -> Self {
        Said::MissingField(field)
    }
}

impl<'de> de::Deserializer<'de> for Value<'de> {
    type Error = Said;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Said> {
        match self {
            Value::Str(s) => visitor.visit_borrowed_str(s),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Int(i) => visitor.visit_i64(i),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Said> for Value<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// Reads a `T` from (name, value) pairs, as a JSON object with these keys would be read.
///
/// # Errors
/// What serde said, structured.
pub fn read<'de, T: Deserialize<'de>>(pairs: &[(&'de str, Value<'de>)]) -> Result<T, Said> {
    let map = de::value::MapDeserializer::new(pairs.iter().copied());
    T::deserialize(map)
}

/// Whether a request of `tag` with `name` set to `value` (and nothing else) is refused for that
/// value. `None`: accepted (a missing required field is not the value's fault).
pub fn refuses<'de, T: Deserialize<'de>>(
    tag: &'de str,
    name: &'de str,
    value: Value<'de>,
) -> Option<Said> {
    match read::<T>(&[("query", Value::Str(tag)), (name, value)]) {
        Ok(_) | Err(Said::MissingField(_)) => None,
        Err(said) => Some(said),
    }
}

/// Every query of the request type `T` (internally tagged by `query`, denying unknown fields).
///
/// # Errors
/// A sentence naming the query or field that could not be understood.
pub fn discover<T: for<'de> Deserialize<'de>>() -> Result<Vec<Query>, String> {
    let tags = match read::<T>(&[("query", Value::Str("\u{0}"))]) {
        Err(Said::UnknownVariant(tags)) => tags,
        Ok(_) => return Err("the request type accepts a query tag that does not exist".into()),
        Err(other) => {
            return Err(format!(
                "the request type is not tagged by `query` (an unknown tag gave: {other})"
            ))
        }
    };
    tags.iter().map(|tag| query::<T>(tag)).collect()
}

fn query<T: for<'de> Deserialize<'de>>(tag: &'static str) -> Result<Query, String> {
    let names: &'static [&'static str] =
        match read::<T>(&[("query", Value::Str(tag)), ("\u{0}", Value::Int(0))]) {
            Err(Said::UnknownField(names)) => names,
            // No field refuses an unknown one: a query without fields.
            Ok(_) | Err(Said::MissingField(_)) => &[],
            Err(other) => return Err(format!("query {tag}: cannot list its fields ({other})")),
        };
    let mut fields = Vec::with_capacity(names.len());
    for name in names {
        fields.push(Field {
            name,
            kind: kind::<T>(tag, name)?,
            required: false,
        });
    }
    // Required fields: fill each one serde asks for until it asks for none.
    let mut filled: Vec<(&'static str, Value<'static>)> = vec![("query", Value::Str(tag))];
    for _ in 0..=fields.len() {
        match read::<T>(&filled) {
            Ok(_) => return Ok(Query { tag, fields }),
            Err(Said::MissingField(name)) => {
                let field = fields
                    .iter_mut()
                    .find(|f| f.name == name)
                    .ok_or_else(|| format!("query {tag}: required field {name} is not listed"))?;
                field.required = true;
                filled.push((name, sample(&field.kind)));
            }
            Err(other) => {
                return Err(format!(
                    "query {tag}: no sample request is accepted ({other})"
                ))
            }
        }
    }
    Err(format!("query {tag}: its required fields never settle"))
}

/// A value of each kind that a field of that kind accepts (the probe found it so).
fn sample(kind: &Kind) -> Value<'static> {
    match kind {
        Kind::Boolean => Value::Bool(true),
        Kind::Integer => Value::Int(2026),
        Kind::Date => Value::Str("2026-01-01"),
        Kind::Text => Value::Str("2026-01-01"),
        Kind::OneOf(words) => Value::Str(words.first().copied().unwrap_or_default()),
    }
}

fn kind<T: for<'de> Deserialize<'de>>(
    tag: &'static str,
    name: &'static str,
) -> Result<Kind, String> {
    let takes = |v: Value<'static>| refuses::<T>(tag, name, v);
    if takes(Value::Bool(true)).is_none() {
        return Ok(Kind::Boolean);
    }
    if [2026, 1, 0]
        .into_iter()
        .any(|i| takes(Value::Int(i)).is_none())
    {
        return Ok(Kind::Integer);
    }
    match takes(Value::Str("\u{1}")) {
        None => return Ok(Kind::Text),
        Some(Said::UnknownVariant(words)) => return Ok(Kind::OneOf(words.to_vec())),
        Some(_) => {}
    }
    match takes(Value::Str("2026-01-01")) {
        None => return Ok(Kind::Date),
        // A word the query reads itself (a shift, a calendar...): text, which the query refuses
        // with its own sentence when it is no word of the option.
        Some(Said::Other(_)) if matches!(takes(Value::Str("\u{1}")), Some(Said::Other(_))) => {
            return Ok(Kind::Text)
        }
        Some(_) => {}
    }
    Err(format!(
        "query {tag}: field {name} takes neither a boolean, a whole number, a text nor a date"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quyche::query::Request;

    #[test]
    fn the_request_type_is_understood() {
        let queries = discover::<Request>().unwrap();
        let q = |tag: &str| queries.iter().find(|q| q.tag == tag).unwrap();
        let deadlines = q("deadlines");
        assert_eq!(deadlines.field("year").unwrap().kind, Kind::Integer);
        assert_eq!(deadlines.field("from").unwrap().kind, Kind::Date);
        assert_eq!(deadlines.field("province").unwrap().kind, Kind::Text);
        assert_eq!(
            deadlines.field("current_bearers").unwrap().kind,
            Kind::Boolean
        );
        assert!(deadlines.fields.iter().all(|f| !f.required));
        let add = q("workdays_add");
        assert!(add.field("date").unwrap().required && add.field("n").unwrap().required);
        assert!(!add.field("calendar").unwrap().required);
        let status = q("status");
        assert_eq!(status.field("submissions_csv").unwrap().kind, Kind::Text);
        assert!(status.field("submissions_csv").unwrap().required);
        assert!(q("show").field("id").unwrap().required);
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Way {
        Up,
        Down,
    }

    #[derive(Deserialize)]
    #[serde(tag = "query", rename_all = "snake_case", deny_unknown_fields)]
    #[allow(dead_code)]
    enum Toy {
        Go { way: Way, far: Option<u8> },
        Stop,
    }

    #[test]
    fn enumerated_words_and_fieldless_queries() {
        let queries = discover::<Toy>().unwrap();
        assert_eq!(queries.len(), 2);
        assert_eq!(queries[0].fields[0].kind, Kind::OneOf(vec!["up", "down"]));
        assert!(queries[0].fields[0].required);
        assert_eq!(queries[0].fields[1].kind, Kind::Integer);
        assert!(queries[1].fields.is_empty());
    }
}
