//! Error answers as RFC 9457 problem details (`application/problem+json`): what went wrong, the
//! parameter, the value received and what was expected.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The media type of problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The kinds of problem, each with its type URI (`/problems/<kind>`, served by the server), its
/// title and what it means.
pub const KINDS: &[(&str, &str, &str)] = &[
    ("invalid-parameter", "A parameter has a value that cannot be used", "A query-string or path parameter is malformed (a year that is not a number, a date that does not exist, a word outside its list); `parameter`, `value` and `expected` say which and why."),
    ("unknown-parameter", "The endpoint does not take this parameter", "The query string names a parameter the endpoint does not take; `accepted` lists those it takes and `suggestions` the close ones."),
    ("duplicate-parameter", "A parameter is given twice", "Each parameter may be given once."),
    ("missing-parameter", "A required parameter is missing", "`parameter` names it and `expected` says what it takes."),
    ("malformed-query", "The query string cannot be read", "A percent-escape is malformed, a parameter is not UTF-8 or holds a control character."),
    ("invalid-request", "The request cannot be answered as asked", "The query layer refused the request (a range that is empty, a value it does not know); `detail` is its sentence."),
    ("ambiguous", "A name matches several things", "`suggestions` lists what it matches; ask again with one of them."),
    ("not-found", "Nothing has this name", "An instrument, province, agency or provision is not in the dataset; `suggestions` lists the close matches."),
    ("no-such-endpoint", "There is no endpoint at this path", "`suggestions` lists close paths; `GET /openapi.json` lists every endpoint."),
    ("method-not-allowed", "The endpoint does not answer this method", "The `Allow` header lists the methods it answers."),
    ("uri-too-long", "The address is too long", "Addresses are limited to 8 KiB."),
    ("body-too-large", "The body is larger than the server accepts", "The limit is the server's `--max-body` (8 MiB unless set); a `Content-Length` above it is refused before the body is read."),
    ("unsupported-media-type", "The body's media type is not accepted here", "`expected` lists the media types the endpoint reads; text must be UTF-8."),
    ("invalid-body", "The body cannot be read", "The body is not UTF-8 text or not a JSON request."),
    ("body-timeout", "The body did not arrive in time", "The whole body must arrive within the server's `--timeout`."),
    ("timeout", "The answer took longer than the server allows", "The server's `--timeout` passed before the answer was ready."),
    ("overloaded", "The server is answering as many requests as it can", "The concurrency limit is reached; try again after `Retry-After` seconds."),
    ("shutting-down", "The server is stopping", "It finishes the requests it has and takes no new ones."),
    ("internal", "The server failed", "A bug: the server logged it with the request id and keeps serving."),
];

/// A problem answer (boxed: it travels in `Result`s).
#[derive(Debug, Clone)]
pub struct Problem(Box<Details>);

impl std::ops::Deref for Problem {
    type Target = Details;

    fn deref(&self) -> &Details {
        &self.0
    }
}

/// What a problem answer says.
#[derive(Debug, Clone, Serialize)]
pub struct Details {
    /// `/problems/<kind>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The kind's title.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// What happened, as a sentence.
    pub detail: String,
    /// The parameter concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The value received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What was expected instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// The parameters (or media types, or methods) accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Vec<String>>,
    /// Close matches, best first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<Vec<String>>,
    #[serde(skip)]
    headers: Vec<(header::HeaderName, String)>,
}

impl Problem {
    /// A problem of a kind listed in [`KINDS`].
    pub fn new(status: StatusCode, kind: &'static str, detail: impl Into<String>) -> Self {
        let title = KINDS
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map_or("Error", |(_, t, _)| *t);
        Problem(Box::new(Details {
            kind: format!("/problems/{kind}"),
            title,
            status: status.as_u16(),
            detail: detail.into(),
            parameter: None,
            value: None,
            expected: None,
            accepted: None,
            suggestions: None,
            headers: Vec::new(),
        }))
    }

    /// 400 for a malformed value.
    pub fn invalid(parameter: &str, value: &str, expected: impl Into<String>) -> Self {
        let expected = expected.into();
        Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid-parameter",
            format!("parameter {parameter} = {value:?} cannot be used: expected {expected}"),
        )
        .parameter(parameter, value)
        .expected(expected)
    }

    /// Names the parameter and the value received.
    pub fn parameter(mut self, parameter: &str, value: &str) -> Self {
        self.0.parameter = Some(parameter.to_owned());
        self.0.value = Some(value.to_owned());
        self
    }

    /// Says what was expected.
    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.0.expected = Some(expected.into());
        self
    }

    /// Lists what is accepted.
    pub fn accepted<S: Into<String>>(mut self, accepted: impl IntoIterator<Item = S>) -> Self {
        self.0.accepted = Some(accepted.into_iter().map(Into::into).collect());
        self
    }

    /// Lists close matches (none: left out).
    pub fn suggestions(mut self, suggestions: Vec<String>) -> Self {
        if !suggestions.is_empty() {
            self.0.suggestions = Some(suggestions);
        }
        self
    }

    /// Adds a header to the answer (`Allow`, `Retry-After`).
    pub fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> Self {
        self.0.headers.push((name, value.into()));
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::to_string_pretty(&*self.0).unwrap_or_else(|_| {
            // Not expected: the problem is plain strings and numbers.
            format!("{{\"title\": \"Error\", \"status\": {}}}", self.status)
        });
        let mut response = (self.status(), body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        for (name, value) in self.0.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                headers.insert(name, v);
            }
        }
        response
    }
}

/// The problem answer for an error of the query layer, naming the parameter whose value it
/// concerns where one of `params` (name, value) is recognisably the culprit.
pub fn from_core(e: &quyche::Error, params: &[(String, String)]) -> Problem {
    let culprit = |needle: &str| {
        params
            .iter()
            .find(|(_, v)| !v.is_empty() && v == needle)
            .or_else(|| {
                let message = e.to_string();
                params.iter().find(|(_, v)| {
                    !v.is_empty()
                        && (message.contains(&format!("{v:?}"))
                            || (v.chars().count() >= 4 && message.contains(v.as_str())))
                })
            })
            .cloned()
    };
    let mut p = match e {
        quyche::Error::NotFound {
            what, suggestions, ..
        } => Problem::new(StatusCode::NOT_FOUND, "not-found", e.to_string())
            .expected(format!("{} {what} of the dataset", article(what)))
            .suggestions(suggestions.clone()),
        quyche::Error::Ambiguous { candidates, .. } => {
            Problem::new(StatusCode::BAD_REQUEST, "ambiguous", e.to_string())
                .suggestions(candidates.clone())
        }
        quyche::Error::Request { .. }
        | quyche::Error::Date { .. }
        | quyche::Error::Input { .. } => {
            Problem::new(StatusCode::BAD_REQUEST, "invalid-request", e.to_string())
        }
        _ => Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()),
    };
    let name = match e {
        quyche::Error::NotFound { name, .. } | quyche::Error::Ambiguous { name, .. } => {
            name.as_str()
        }
        _ => "",
    };
    if let Some((param, value)) = culprit(name) {
        p = p.parameter(&param, &value);
    }
    p
}

/// "a" or "an", as the word that follows is said ("an agency", "an instrument", "a province").
fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}
