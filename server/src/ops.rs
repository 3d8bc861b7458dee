//! The operational endpoints: `/healthz`, `/readyz`, `/metrics`, `/openapi.json` and the
//! problem-type documents.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::app::App;
use crate::caching::stamp;
use crate::params;
use crate::problem::{self, Problem};

pub(crate) fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub(crate) async fn healthz() -> Response {
    no_store(
        (
            [(header::CONTENT_TYPE, "application/json")],
            "{\"status\": \"ok\"}",
        )
            .into_response(),
    )
}

pub(crate) async fn readyz(State(app): State<Arc<App>>) -> Response {
    if app.stopping.load(Ordering::Relaxed) {
        return Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting-down",
            "the server is stopping",
        )
        .into_response();
    }
    let loaded = app.data.current();
    let body = serde_json::json!({
        "status": "ready",
        "dataset": {
            "hash": format!("{:016x}", loaded.hash),
            "source": loaded.source,
            "loaded_at": stamp(loaded.loaded_at).format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        }
    });
    no_store(
        (
            [(header::CONTENT_TYPE, "application/json")],
            serde_json::to_string_pretty(&body).unwrap_or_default(),
        )
            .into_response(),
    )
}

pub(crate) async fn metrics(State(app): State<Arc<App>>) -> Response {
    let hash = app.data.current().hash;
    no_store(
        (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            app.metrics.render(hash),
        )
            .into_response(),
    )
}

pub(crate) async fn openapi(State(app): State<Arc<App>>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        app.openapi.clone(),
    )
        .into_response()
}

pub(crate) async fn problem_doc(Path(kind): Path<String>) -> Response {
    match problem::KINDS.iter().find(|(k, _, _)| *k == kind) {
        Some((_, title, text)) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
            ],
            format!("{title}\n\n{text}\n"),
        )
            .into_response(),
        None => Problem::new(
            StatusCode::NOT_FOUND,
            "no-such-endpoint",
            format!("there is no problem type {kind:?}"),
        )
        .suggestions(params::close_matches(
            &kind,
            problem::KINDS.iter().map(|(k, _, _)| *k),
        ))
        .into_response(),
    }
}
