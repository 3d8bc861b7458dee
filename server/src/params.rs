//! From an HTTP request's path, query string and body to a [`quyche::query::Request`]: the same
//! request object `qc_query_json` takes, read by the request type's own deserialiser, so the
//! HTTP answer is the query layer's answer.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use quyche::query::Request;

use crate::fields::{self, Kind, Query, Said, Value};
use crate::problem::Problem;
use crate::routes::Route;

/// The longest query string read, in bytes; longer addresses are refused with 414.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;

/// Every query of the request type, by tag.
#[derive(Debug, Clone)]
pub struct Catalog {
    queries: BTreeMap<&'static str, Query>,
}

impl Catalog {
    /// Asks the request type for its queries.
    ///
    /// # Errors
    /// A sentence when the request type cannot be understood (see [`fields::discover`]).
    pub fn discover() -> Result<Self, String> {
        let queries = fields::discover::<Request>()?;
        Ok(Catalog {
            queries: queries.into_iter().map(|q| (q.tag, q)).collect(),
        })
    }

    /// The query of a tag.
    pub fn query(&self, tag: &str) -> Option<&Query> {
        self.queries.get(tag)
    }

    /// Every query.
    pub fn queries(&self) -> impl Iterator<Item = &Query> {
        self.queries.values()
    }

    /// The parameters an endpoint takes in its query string: the fields of its query (and of the
    /// query its switch selects) that are neither in the path nor in the body, with the switch
    /// parameter; each with what it takes and whether it is required.
    pub fn query_params(&self, route: &Route) -> Vec<Param> {
        let path: Vec<&str> = route.path_params().collect();
        let body = route.body.map(|b| b.field);
        let mut out: Vec<Param> = Vec::new();
        let add = |out: &mut Vec<Param>, query: &str, skip: Option<&str>, required: bool| {
            for f in self
                .query(query)
                .map(|q| q.fields.as_slice())
                .unwrap_or_default()
            {
                if path.contains(&f.name) || Some(f.name) == body || Some(f.name) == skip {
                    continue;
                }
                if !out.iter().any(|p| p.name == f.name) {
                    out.push(Param {
                        name: f.name,
                        kind: f.kind.clone(),
                        required: required && f.required,
                        query: query.to_owned(),
                    });
                }
            }
        };
        add(&mut out, route.query, None, true);
        if let Some(s) = route.switch {
            out.push(Param {
                name: s.param,
                kind: self
                    .query(s.query)
                    .and_then(|q| q.field(s.field))
                    .map_or(Kind::Text, |f| f.kind.clone()),
                required: false,
                query: s.query.to_owned(),
            });
            add(&mut out, s.query, Some(s.field), false);
        }
        out
    }
}

/// A query-string parameter of an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// Its name (the request field's JSON name).
    pub name: &'static str,
    /// What it takes.
    pub kind: Kind,
    /// Whether the endpoint refuses a request without it.
    pub required: bool,
    /// The query whose field it is.
    pub query: String,
}

/// Reads a query string: `name=value` pairs separated by `&`, percent-escapes and `+` decoded,
/// every name and value UTF-8 without control characters.
///
/// # Errors
/// 414 for a query string over [`MAX_QUERY_BYTES`]; 400 for a malformed escape, text that is not
/// UTF-8, a control character.
pub fn parse_query(raw: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    if raw.len() > MAX_QUERY_BYTES {
        return Err(Problem::new(
            StatusCode::URI_TOO_LONG,
            "uri-too-long",
            format!(
                "the query string is {} bytes, over the limit of {MAX_QUERY_BYTES}",
                raw.len()
            ),
        ));
    }
    let mut out = Vec::new();
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = decode(name, None)?;
        let value = decode(value, Some(&name))?;
        out.push((name, value));
    }
    Ok(out)
}

/// Percent-decodes one name or value (`+` is a space) and checks it is clean UTF-8.
fn decode(text: &str, name: Option<&str>) -> Result<String, Problem> {
    let what = || match name {
        Some(n) => format!("the value of parameter {n}"),
        None => "a parameter name".to_owned(),
    };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                let Some(byte) = hex else {
                    return Err(Problem::new(
                        StatusCode::BAD_REQUEST,
                        "malformed-query",
                        format!("{} has a malformed percent-escape at byte {i}: write %XX with two hex digits", what()),
                    ));
                };
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    let text = String::from_utf8(out).map_err(|e| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "malformed-query",
            format!(
                "{} is not UTF-8 text (byte {} after decoding)",
                what(),
                e.utf8_error().valid_up_to()
            ),
        )
        .expected("UTF-8 text, percent-encoded")
    })?;
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "malformed-query",
            format!(
                "{} holds the control character U+{:04X}",
                what(),
                u32::from(c)
            ),
        )
        .expected("text without control characters"));
    }
    Ok(text)
}

/// Up to three names close to `name` (edit distance at most 2, or sharing a prefix).
pub fn close_matches<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let d = distance(name, c);
            let prefix = name.len() >= 3 && (c.starts_with(name) || name.starts_with(c));
            (d <= 2 || prefix).then_some((d, c))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_owned())
        .collect()
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let cost = usize::from(ca != *cb);
            let best = (prev + cost).min(above + 1).min(left + 1);
            prev = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = best;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Builds the request an endpoint asks for from its path parameters, query string and body.
///
/// # Errors
/// A 400 problem naming the parameter, the value and what is expected.
pub fn request(
    catalog: &Catalog,
    route: &Route,
    path: &[(String, String)],
    query: &[(String, String)],
    body: Option<String>,
) -> Result<Request, Problem> {
    let accepted = catalog.query_params(route);
    let switched = route
        .switch
        .filter(|s| query.iter().any(|(n, _)| n == s.param));
    let tag = switched.map_or(route.query, |s| s.query);
    let q = catalog.query(tag).ok_or_else(|| {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("the endpoint's query {tag} is not a query of this server"),
        )
    })?;
    let mut seen: Vec<&str> = Vec::new();
    let mut pairs: Vec<(&str, Value<'_>)> = vec![("query", Value::Str(tag))];
    for (name, value) in query {
        if seen.contains(&name.as_str()) {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "duplicate-parameter",
                format!("parameter {name} is given more than once"),
            )
            .parameter(name, value));
        }
        seen.push(name);
        let Some(param) = accepted.iter().find(|p| p.name == name) else {
            let names: Vec<&str> = accepted.iter().map(|p| p.name).collect();
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "unknown-parameter",
                format!(
                    "{} does not take a parameter {name:?}; it takes: {}",
                    route.label(),
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                ),
            )
            .parameter(name, value)
            .accepted(names.iter().copied())
            .suggestions(close_matches(name, names.iter().copied())));
        };
        let field = match switched {
            Some(s) if s.param == name => s.field,
            _ => param.name,
        };
        let Some(f) = q.field(field) else {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "invalid-parameter",
                format!(
                    "parameter {name} does not go with {}",
                    switched.map_or(tag, |s| s.param)
                ),
            )
            .parameter(name, value));
        };
        pairs.push((f.name, typed(f.name, &f.kind, name, value)?));
    }
    for (name, value) in path {
        let Some(f) = q.field(name) else { continue };
        pairs.push((f.name, typed(f.name, &f.kind, name, value)?));
    }
    if let (Some(b), Some(text)) = (route.body, body.as_deref()) {
        pairs.push((b.field, Value::Str(text)));
    }
    if let Some(missing) = q
        .fields
        .iter()
        .find(|f| f.required && !pairs.iter().any(|(n, _)| *n == f.name))
    {
        let name = match switched {
            Some(s) if s.field == missing.name => s.param,
            _ => missing.name,
        };
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "missing-parameter",
            format!(
                "{} needs parameter {name} ({})",
                route.label(),
                missing.kind.expected()
            ),
        )
        .expected(missing.kind.expected())
        .accepted(accepted.iter().map(|p| p.name)));
    }
    fields::read::<Request>(&pairs).map_err(|said| explain(q, &pairs, &said))
}

/// A query-string value as the field's kind needs it.
fn typed<'a>(field: &str, kind: &Kind, name: &str, value: &'a str) -> Result<Value<'a>, Problem> {
    match kind {
        Kind::Integer => value
            .parse::<i64>()
            .map(Value::Int)
            .map_err(|_| Problem::invalid(name, value, kind.expected())),
        Kind::Boolean => match value {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(Problem::invalid(name, value, kind.expected())),
        },
        Kind::Date => match value.parse::<chrono::NaiveDate>() {
            Ok(_) => Ok(Value::Str(value)),
            Err(_) => Err(Problem::invalid(name, value, kind.expected())),
        },
        Kind::Text | Kind::OneOf(_) => {
            if value.is_empty() {
                return Err(Problem::invalid(
                    name,
                    value,
                    format!("a non-empty value for {field}"),
                ));
            }
            Ok(Value::Str(value))
        }
    }
}

/// The problem answer when the request type refuses the request: the first field it refuses
/// alone, named; else what it said.
fn explain(q: &Query, pairs: &[(&str, Value<'_>)], said: &Said) -> Problem {
    let tag = q.tag;
    for (name, value) in pairs.iter().skip(1) {
        if let Some(refusal) = fields::refuses::<Request>(tag, name, *value) {
            let shown = match value {
                Value::Str(s) => (*s).to_owned(),
                Value::Int(i) => i.to_string(),
                Value::Bool(b) => b.to_string(),
            };
            let expected = match &refusal {
                Said::UnknownVariant(words) => format!("one of {}", words.join(", ")),
                // A text field the query refuses (a word that is no word of its option): the
                // query's own sentence, as for any error of the query.
                Said::Other(sentence) if q.field(name).is_some_and(|f| f.kind == Kind::Text) => {
                    let p =
                        Problem::new(StatusCode::BAD_REQUEST, "invalid-request", sentence.clone())
                            .parameter(name, &shown);
                    // The words the query accepts, where its sentence lists them ("…: use
                    // previous, next or none"), also as the machine-readable `expected`.
                    return match sentence.rsplit_once(": use ") {
                        Some((_, words)) => {
                            p.expected(format!("one of {}", words.replace(" or ", ", ")))
                        }
                        None => p,
                    };
                }
                other => other.to_string(),
            };
            return Problem::invalid(name, &shown, expected);
        }
    }
    Problem::new(
        StatusCode::BAD_REQUEST,
        "invalid-request",
        format!("invalid request: {said}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::ROUTES;

    fn route(path: &str) -> &'static Route {
        ROUTES.iter().find(|r| r.path == path).unwrap()
    }

    fn q(s: &str) -> Vec<(String, String)> {
        parse_query(Some(s)).unwrap()
    }

    #[test]
    fn query_strings_decode_strictly() {
        assert_eq!(
            q("province=qu%E1%BA%A3ng+ninh&&year=2026"),
            vec![
                ("province".into(), "quảng ninh".into()),
                ("year".into(), "2026".into())
            ]
        );
        for bad in ["a=%ff", "a=%zz", "a=%4", "a=%00", "a%0a=1"] {
            let p = parse_query(Some(bad)).unwrap_err();
            assert_eq!(p.status, 400, "{bad}");
        }
        assert_eq!(
            parse_query(Some(&"a".repeat(MAX_QUERY_BYTES + 1)))
                .unwrap_err()
                .status,
            414
        );
    }

    #[test]
    fn parameters_become_the_request() {
        let c = Catalog::discover().unwrap();
        let r = request(
            &c,
            route("/v1/deadlines"),
            &[],
            &q("year=2026&province=dien+bien&current_bearers=false"),
            None,
        )
        .unwrap();
        let expected =
            Request::from_json(r#"{"query": "deadlines", "year": 2026, "province": "dien bien"}"#)
                .unwrap();
        assert_eq!(r, expected);
        let r = request(
            &c,
            route("/v1/agencies"),
            &[],
            &q("history=S%E1%BB%9F+TT%26TT"),
            None,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::from_json(r#"{"query": "history", "name": "Sở TT&TT"}"#).unwrap()
        );
        let r = request(
            &c,
            route("/v1/calendar/{year}"),
            &[("year".into(), "2026".into())],
            &[],
            None,
        )
        .unwrap();
        assert_eq!(
            r,
            Request::from_json(r#"{"query": "calendar", "year": 2026}"#).unwrap()
        );
    }

    #[test]
    fn bad_parameters_are_named() {
        let c = Catalog::discover().unwrap();
        let r = route("/v1/deadlines");
        let p = request(&c, r, &[], &q("year=abc"), None).unwrap_err();
        assert_eq!(
            (p.status, p.parameter.as_deref(), p.value.as_deref()),
            (400, Some("year"), Some("abc"))
        );
        let p = request(&c, r, &[], &q("from=2026-02-30&to=2026-03-01"), None).unwrap_err();
        assert_eq!(
            (p.parameter.as_deref(), p.value.as_deref()),
            (Some("from"), Some("2026-02-30"))
        );
        let p = request(&c, r, &[], &q("provinse=x"), None).unwrap_err();
        assert_eq!(p.kind, "/problems/unknown-parameter");
        assert_eq!(p.suggestions, Some(vec!["province".to_owned()]));
        assert!(p
            .accepted
            .as_ref()
            .unwrap()
            .contains(&"current_bearers".to_owned()));
        let p = request(&c, r, &[], &q("year=2026&year=2027"), None).unwrap_err();
        assert_eq!(p.kind, "/problems/duplicate-parameter");
        let p = request(
            &c,
            route("/v1/workdays/add"),
            &[],
            &q("date=2026-01-05"),
            None,
        )
        .unwrap_err();
        assert_eq!(
            (p.kind.as_str(), p.detail.contains("parameter n")),
            ("/problems/missing-parameter", true)
        );
        let p = request(&c, r, &[], &q("year=99999999999"), None).unwrap_err();
        assert_eq!((p.status, p.parameter.as_deref()), (400, Some("year")));
    }

    #[test]
    fn every_endpoint_names_a_query_and_its_fields() {
        let c = Catalog::discover().unwrap();
        for r in ROUTES {
            let q = c
                .query(r.query)
                .unwrap_or_else(|| panic!("{}: no query {}", r.path, r.query));
            for p in r.path_params() {
                assert!(
                    q.field(p).is_some(),
                    "{}: {p} is not a field of {}",
                    r.path,
                    r.query
                );
            }
            if let Some(b) = r.body {
                assert!(
                    q.field(b.field).is_some(),
                    "{}: body field {}",
                    r.path,
                    b.field
                );
            }
            if let Some(s) = r.switch {
                assert!(
                    c.query(s.query).and_then(|q| q.field(s.field)).is_some(),
                    "{}",
                    r.path
                );
            }
        }
    }

    #[test]
    fn every_query_has_an_endpoint() {
        // A query added to the request type must get a line in `routes::ROUTES` (it is already
        // answered by POST /v1/query).
        let c = Catalog::discover().unwrap();
        for q in c.queries() {
            assert!(
                ROUTES
                    .iter()
                    .any(|r| r.query == q.tag || r.switch.is_some_and(|s| s.query == q.tag)),
                "query {} has no endpoint in routes::ROUTES",
                q.tag
            );
        }
    }

    #[test]
    fn close_matches_are_close() {
        assert_eq!(
            close_matches("provinse", ["province", "agency", "year"]),
            vec!["province"]
        );
        assert!(close_matches("zzzzzz", ["province", "agency"]).is_empty());
    }
}
