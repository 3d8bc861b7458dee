//! Caching and dates of answers: `Cache-Control` per route, `ETag` matching and `304`, the
//! server's clock as a date, and the range a calendar feed covers.

use std::time::SystemTime;

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::routes::{Repr, Route};

pub(crate) fn stamp(t: SystemTime) -> chrono::NaiveDateTime {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0)
        .unwrap_or_default()
        .naive_utc()
}

/// This year and the next, as `from`/`to`, the year taken in Viet Nam (UTC+7).
pub(crate) fn feed_range(now: SystemTime) -> (String, String) {
    let local = stamp(now) + chrono::Duration::hours(7);
    let year = chrono::Datelike::year(&local);
    (
        format!("{year:04}-01-01"),
        format!("{:04}-12-31", year.saturating_add(1)),
    )
}

/// Whether a query's answer comes from the working calendar alone (a day, a year): bounded work,
/// the same for every dataset.
pub(crate) fn calendar_only(query: &str) -> bool {
    query.starts_with("workdays_") || query.starts_with("lunar_") || query == "calendar"
}

pub(crate) fn cache_control(route: &Route) -> &'static str {
    match (route.method, route.repr, route.query) {
        ("POST", _, _) => "no-store",
        // Feeds: calendar programs poll; an hour is their usual pace.
        (_, Repr::Ics, _) => "public, max-age=3600",
        // Answers of the calendar alone change only with a new build of the server.
        (_, _, q) if calendar_only(q) => "public, max-age=86400",
        // Answers of the dataset change on reload: short, then revalidate with the ETag.
        _ => "public, max-age=300",
    }
}

pub(crate) fn matches_etag(headers: &HeaderMap, tag: &str) -> bool {
    headers.get_all(header::IF_NONE_MATCH).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .map(str::trim)
                .any(|t| t == "*" || t == tag || t.strip_prefix("W/") == Some(tag))
        })
    })
}

pub(crate) fn not_modified(tag: &str, cache: &'static str) -> Response {
    let mut response = StatusCode::NOT_MODIFIED.into_response();
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    use axum::http::HeaderValue;

    #[test]
    fn the_feed_covers_this_year_and_the_next_in_viet_nam() {
        // 2026-12-31T18:00:00Z is already 1 January 2027 in Viet Nam (UTC+7).
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_798_740_000);
        assert_eq!(feed_range(t), ("2027-01-01".into(), "2028-12-31".into()));
    }

    #[test]
    fn if_none_match_lists_and_weak_tags() {
        let mut h = HeaderMap::new();
        h.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"a\", W/\"b\""),
        );
        assert!(
            matches_etag(&h, "\"b\"") && matches_etag(&h, "\"a\"") && !matches_etag(&h, "\"c\"")
        );
    }
}
