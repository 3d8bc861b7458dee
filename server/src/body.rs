//! Request bodies: the media type, the size limit and the deadline checked before and while the
//! body is read.

use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, StatusCode};
use http_body_util::BodyExt;

use crate::app::App;
use crate::problem::Problem;

/// Reads a text body: its media type checked (415), its declared length checked before any of
/// it is read (413), then read up to the limit (413) before the deadline (408), UTF-8 (400).
pub(crate) async fn read_text(
    app: &App,
    headers: &HeaderMap,
    body: Body,
    accepted: &[&str],
    deadline: Instant,
) -> Result<String, Problem> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut parts = ct.split(';').map(str::trim);
    let essence = parts.next().unwrap_or_default().to_ascii_lowercase();
    let charset_ok = parts.all(|p| {
        p.split_once('=').map_or(true, |(k, v)| {
            !k.trim().eq_ignore_ascii_case("charset")
                || v.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
        })
    });
    if !accepted.contains(&essence.as_str()) || !charset_ok {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            format!(
                "the body's media type is {:?}; this endpoint reads {} (UTF-8)",
                ct,
                accepted.join(" or ")
            ),
        )
        .parameter("Content-Type", ct)
        .expected(accepted.join(" or "))
        .accepted(accepted.iter().copied()));
    }
    let max = app.config.max_body;
    let too_large = |n: String| {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            format!("the body is {n} bytes, over the limit of {max} (--max-body)"),
        )
    };
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if len > u64::try_from(max).unwrap_or(u64::MAX) {
            return Err(too_large(len.to_string()));
        }
    }
    let limited = http_body_util::Limited::new(body, max);
    let bytes: Bytes = match tokio::time::timeout_at(deadline.into(), limited.collect()).await {
        Err(_) => {
            return Err(Problem::new(
                StatusCode::REQUEST_TIMEOUT,
                "body-timeout",
                format!(
                    "the body did not arrive within the server's --timeout of {} s",
                    app.config.timeout.as_secs_f64()
                ),
            ))
        }
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return Err(too_large(format!("more than {max}")))
        }
        Ok(Err(e)) => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "invalid-body",
                format!("the body could not be read: {e}"),
            ))
        }
        Ok(Ok(c)) => c.to_bytes(),
    };
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid-body",
            format!(
                "the body is not UTF-8 text (byte {})",
                e.utf8_error().valid_up_to()
            ),
        )
        .expected("UTF-8 text")
    })
}
