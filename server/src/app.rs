//! The router: the endpoints of [`crate::routes`], `POST /v1/query`, the operational endpoints,
//! and the middleware every request goes through (request id, log line, metrics, concurrency
//! limit, panic boundary, CORS).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use axum::extract::{FromRequestParts, MatchedPath, Path, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, on, MethodFilter};
use axum::Router;
use quyche::query::Request;
use tokio::sync::Semaphore;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tracing::Instrument;

use crate::body::read_text;
use crate::caching::{cache_control, calendar_only, feed_range, matches_etag, not_modified, stamp};
use crate::metrics::Metrics;
use crate::ops::{healthz, metrics, openapi, problem_doc, readyz};
use crate::params::{self, Catalog};
use crate::problem::{self, Problem};
use crate::routes::{Repr, Route, ROUTES};
use crate::state::{Data, Fnv, Loaded};
use crate::Config;

/// The header carrying the request id (taken from the client when it sends a usable one).
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Everything a request handler needs.
#[derive(Debug)]
pub struct App {
    /// The dataset in service.
    pub data: Data,
    /// The queries and their fields.
    pub catalog: Catalog,
    /// The configuration.
    pub config: Config,
    /// The counters.
    pub metrics: Metrics,
    /// The OpenAPI document.
    pub openapi: String,
    /// Set when a shutdown signal arrived: `/readyz` answers 503.
    pub stopping: AtomicBool,
    permits: Arc<Semaphore>,
}

impl App {
    /// The application state for a loaded dataset.
    ///
    /// # Errors
    /// A sentence when the request type cannot be understood.
    pub fn new(config: Config, loaded: Loaded) -> Result<Self, String> {
        let catalog = Catalog::discover()?;
        let mut labels: Vec<String> = ROUTES.iter().map(Route::label).collect();
        labels.extend(OPS.iter().map(|(m, p)| format!("{m} {p}")));
        let openapi = crate::openapi::document(&catalog)
            .map_err(|e| format!("cannot write the OpenAPI document: {e}"))?;
        Ok(App {
            data: Data::new(loaded, config.data.clone()),
            catalog,
            metrics: Metrics::new(labels),
            openapi,
            stopping: AtomicBool::new(false),
            permits: Arc::new(Semaphore::new(config.max_concurrency.max(1))),
            config,
        })
    }
}

/// The operational endpoints (outside the concurrency limit, so monitoring works under load).
const OPS: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/openapi.json"),
    ("GET", "/problems/{kind}"),
    ("POST", "/v1/query"),
];

/// The router with every endpoint and layer.
pub fn router(app: Arc<App>) -> Router {
    let mut r = Router::new();
    for route in ROUTES {
        let filter = if route.method == "POST" {
            MethodFilter::POST
        } else {
            MethodFilter::GET
        };
        r = r.route(
            route.path,
            on(
                filter,
                move |State(app): State<Arc<App>>, req: axum::extract::Request| {
                    endpoint(app, route, req)
                },
            ),
        );
    }
    r = r
        .route("/v1/query", axum::routing::post(query))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi))
        .route("/problems/{kind}", get(problem_doc));
    if app.config.test_hooks {
        r = r
            .route(
                "/__test/panic",
                get(|| async {
                    if std::hint::black_box(true) {
                        panic!("a panic on purpose (test hook)");
                    }
                    StatusCode::NO_CONTENT
                }),
            )
            .route(
                "/__test/sleep",
                get(|State(app): State<Arc<App>>| async move {
                    let deadline = Instant::now() + app.config.timeout;
                    run(deadline, || {
                        std::thread::sleep(Duration::from_millis(300));
                        Ok(Vec::new())
                    })
                    .await
                    .map_or_else(
                        |e| e.into_problem(&[]).into_response(),
                        |_| StatusCode::NO_CONTENT.into_response(),
                    )
                }),
            );
    }
    let mut r = r
        .fallback(no_such_endpoint)
        .layer(CatchPanicLayer::custom(panicked));
    if !app.config.cors.is_empty() {
        let origins: Vec<HeaderValue> = app
            .config
            .cors
            .iter()
            .filter_map(|o| HeaderValue::from_str(o).ok())
            .collect();
        r = r.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::HEAD, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::IF_NONE_MATCH])
                .expose_headers([header::ETAG, REQUEST_ID]),
        );
    }
    r.layer(axum::middleware::from_fn_with_state(app.clone(), observe))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, Ids::default()))
        .with_state(app)
}

/// Request ids: the process's start time and a counter (`18c2f0a1b2-2a`).
#[derive(Clone, Default)]
struct Ids(Arc<std::sync::atomic::AtomicU64>);

impl MakeRequestId for Ids {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        static START: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        let start = START.get_or_init(|| {
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(0))
        });
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{start:x}-{n:x}"))
            .ok()
            .map(RequestId::new)
    }
}

/// Every request: the concurrency limit, one log line, the counters, problem bodies for the
/// router's own 404 and 405.
async fn observe(State(app): State<Arc<App>>, req: axum::extract::Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let uri = req.uri().clone();
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let matched = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let label = matched.as_deref().map_or_else(
        || "other".to_owned(),
        |p| {
            // HEAD is answered by the GET endpoint.
            let m = if method == Method::HEAD {
                "GET"
            } else {
                method.as_str()
            };
            format!("{m} {p}")
        },
    );
    let index = app.metrics.index(&label);
    app.metrics.started();
    let ops = matches!(
        matched.as_deref(),
        Some("/healthz" | "/readyz" | "/metrics")
    );
    let permit = if ops {
        None
    } else {
        app.permits.clone().try_acquire_owned().ok()
    };
    let response = if !ops && permit.is_none() {
        Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            format!(
                "the server is answering {} requests, its limit (--max-concurrency)",
                app.config.max_concurrency
            ),
        )
        .header(header::RETRY_AFTER, "1")
        .into_response()
    } else {
        let span = tracing::info_span!("request", id = %id);
        let response = next.run(req).instrument(span).await;
        drop(permit);
        fix_router_answer(response, &uri, matched.as_deref())
    };
    let took = started.elapsed();
    let status = response.status().as_u16();
    app.metrics.answered(index, status, took);
    let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
    if status >= 500 {
        tracing::error!(target: "quyche_server::access", id = %id, method = %method, uri = %uri, endpoint = %label, status, micros, "answered");
    } else {
        tracing::info!(target: "quyche_server::access", id = %id, method = %method, uri = %uri, endpoint = %label, status, micros, "answered");
    }
    response
}

/// The router answers 405 (and path-extraction failures) with an empty body: give them a
/// problem body.
fn fix_router_answer(response: Response, uri: &axum::http::Uri, matched: Option<&str>) -> Response {
    if response.headers().contains_key(header::CONTENT_TYPE) {
        return response;
    }
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        let mut methods: Vec<&str> = Vec::new();
        let on_path = ROUTES
            .iter()
            .map(|r| (r.method, r.path))
            .chain(OPS.iter().copied())
            .filter(|(_, p)| Some(*p) == matched);
        for (m, _) in on_path {
            methods.extend(if m == "GET" {
                &["GET", "HEAD"][..]
            } else {
                &["POST"][..]
            });
        }
        let allow = methods.join(", ");
        return Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            format!("{} answers {allow}", uri.path()),
        )
        .accepted(
            allow
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        )
        .header(header::ALLOW, allow)
        .into_response();
    }
    response
}

fn panicked(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = err
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| err.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %what, "a handler panicked; the server keeps serving");
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the server failed on this request (logged with its request id)",
    )
    .into_response()
}

async fn no_such_endpoint(uri: axum::http::Uri) -> Response {
    let paths: Vec<&str> = ROUTES
        .iter()
        .map(|r| r.path)
        .chain(OPS.iter().map(|(_, p)| *p))
        .collect();
    let path = uri.path();
    let mut suggestions = params::close_matches(path, paths.iter().copied());
    if suggestions.is_empty() {
        // `/deadlines` for `/v1/deadlines`: the same last segment.
        let last = path.rsplit('/').next().unwrap_or_default();
        suggestions = paths
            .iter()
            .filter(|p| !last.is_empty() && p.rsplit('/').next() == Some(last))
            .map(|p| (*p).to_owned())
            .collect();
    }
    Problem::new(
        StatusCode::NOT_FOUND,
        "no-such-endpoint",
        format!("there is no endpoint at {path}; GET /openapi.json lists them"),
    )
    .suggestions(suggestions)
    .into_response()
}

/// Why a computation gave no answer.
enum Failed {
    Core(quyche::Error),
    Timeout(Duration),
    Panicked,
}

impl Failed {
    fn into_problem(self, params: &[(String, String)]) -> Problem {
        match self {
            Failed::Core(e) => problem::from_core(&e, params),
            Failed::Timeout(t) => Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                format!(
                    "the answer took longer than the server's --timeout of {} s",
                    t.as_secs_f64()
                ),
            ),
            Failed::Panicked => Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the server failed on this request (logged with its request id)",
            ),
        }
    }
}

/// Runs a computation on the blocking pool (it may take long; the async workers keep
/// serving), giving up at `deadline`. A computation past its deadline runs to its end; its
/// answer is dropped.
async fn run(
    deadline: Instant,
    f: impl FnOnce() -> quyche::Result<Vec<u8>> + Send + 'static,
) -> Result<Vec<u8>, Failed> {
    let started = Instant::now();
    let task = tokio::task::spawn_blocking(f);
    match tokio::time::timeout_at(deadline.into(), task).await {
        Err(_) => Err(Failed::Timeout(deadline.saturating_duration_since(started))),
        Ok(Err(join)) => {
            if join.is_panic() {
                let p = join.into_panic();
                let what = p
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                tracing::error!(panic = %what, "a computation panicked; the server keeps serving");
            }
            Err(Failed::Panicked)
        }
        Ok(Ok(Err(e))) => Err(Failed::Core(e)),
        Ok(Ok(Ok(bytes))) => Ok(bytes),
    }
}

/// One endpoint of [`ROUTES`].
async fn endpoint(app: Arc<App>, route: &'static Route, req: axum::extract::Request) -> Response {
    let deadline = Instant::now() + app.config.timeout;
    let (mut parts, body) = req.into_parts();
    let path = match Path::<Vec<(String, String)>>::from_request_parts(&mut parts, &()).await {
        Ok(Path(p)) => p,
        Err(e) => {
            return Problem::new(
                StatusCode::BAD_REQUEST,
                "malformed-query",
                format!("a path parameter cannot be read: {}", e.body_text()),
            )
            .into_response()
        }
    };
    let mut query = match params::parse_query(parts.uri.query()) {
        Ok(q) => q,
        Err(p) => return p.into_response(),
    };
    let text = match route.body {
        Some(b) => match read_text(&app, &parts.headers, body, b.media_types, deadline).await {
            Ok(t) => Some(t),
            Err(p) => return p.into_response(),
        },
        None => None,
    };
    let loaded = app.data.current();
    if route.repr == Repr::Ics
        && !query
            .iter()
            .any(|(n, _)| ["year", "from", "to"].contains(&n.as_str()))
    {
        // A feed to subscribe to: this year and the next, in Viet Nam's time.
        let (from, to) = feed_range(SystemTime::now());
        query.push(("from".into(), from));
        query.push(("to".into(), to));
    }
    let request = match params::request(&app.catalog, route, &path, &query, text) {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    let stamp = stamp(loaded.loaded_at);
    let etag = (route.method == "GET").then(|| {
        let mut h = Fnv::default();
        h.add(route.repr.name().as_bytes());
        h.add(
            serde_json::to_string(&request)
                .unwrap_or_default()
                .as_bytes(),
        );
        if route.repr == Repr::Ics {
            h.add(stamp.to_string().as_bytes());
        }
        format!("\"{:016x}{:016x}\"", loaded.hash, h.0)
    });
    let cache = cache_control(route);
    if let Some(tag) = &etag {
        if matches_etag(&parts.headers, tag) {
            return not_modified(tag, cache);
        }
    }
    let repr = route.repr;
    let answer = if calendar_only(route.query) {
        // Bounded and measured in microseconds: computed here, without the blocking pool's
        // hand-over to another thread.
        render(&loaded, repr, &request, stamp).map_err(Failed::Core)
    } else {
        run(deadline, move || render(&loaded, repr, &request, stamp)).await
    };
    match answer {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(repr.media_type()),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            if let Some(v) = etag.and_then(|t| HeaderValue::from_str(&t).ok()) {
                h.insert(header::ETAG, v);
            }
            response
        }
        Err(f) => {
            let mut params = query;
            params.extend(path);
            f.into_problem(&params).into_response()
        }
    }
}

/// The answer's bytes in the representation asked for.
fn render(
    loaded: &Loaded,
    repr: Repr,
    request: &Request,
    stamp: chrono::NaiveDateTime,
) -> quyche::Result<Vec<u8>> {
    let rules = &loaded.rules;
    let io = |e: std::io::Error| quyche::Error::Io {
        path: "<answer>".into(),
        message: e.to_string(),
    };
    match (repr, request) {
        (Repr::Json, _) => Ok(rules.answer(request)?.into_bytes()),
        (Repr::Csv, Request::Compare(q)) => {
            Ok(quyche::check::compare_csv(&rules.compare(q)?).into_bytes())
        }
        (Repr::Html, Request::Compare(q)) => {
            Ok(quyche::check::compare_html(&rules.compare(q)?).into_bytes())
        }
        (Repr::Csv, Request::Deadlines(q)) => {
            let rows = rules.deadlines(q)?;
            let mut out = Vec::new();
            quyche::query::write_csv(&rows, &mut out).map_err(io)?;
            Ok(out)
        }
        (Repr::Ics, Request::Deadlines(q)) => {
            let rows = rules.deadlines(q)?;
            let mut out = Vec::new();
            quyche::query::write_ics(&rows, stamp, &mut out).map_err(io)?;
            Ok(out)
        }
        // The routes give these representations to compare and deadlines only.
        (_, _) => Err(quyche::Error::Request {
            what: format!("{} is not available for this query", repr.essence()),
            what_vi: format!("{} không dùng được cho truy vấn này", repr.essence()),
        }),
    }
}

/// `POST /v1/query`: the JSON request of `qc_query_json` in, its answer out.
async fn query(State(app): State<Arc<App>>, req: axum::extract::Request) -> Response {
    let deadline = Instant::now() + app.config.timeout;
    let (parts, body) = req.into_parts();
    match params::parse_query(parts.uri.query()) {
        Ok(q) if q.is_empty() => {}
        Ok(q) => {
            let (name, value) = q.into_iter().next().unwrap_or_default();
            return Problem::new(
                StatusCode::BAD_REQUEST,
                "unknown-parameter",
                "POST /v1/query takes no parameter: the request is the body",
            )
            .parameter(&name, &value)
            .accepted(Vec::<String>::new())
            .into_response();
        }
        Err(p) => return p.into_response(),
    }
    let text = match read_text(&app, &parts.headers, body, &["application/json"], deadline).await {
        Ok(t) => t,
        Err(p) => return p.into_response(),
    };
    let request =
        match Request::from_json(&text) {
            Ok(r) => r,
            // An option word that is no word of its option: the query's own error, answered as
            // any error of the query.
            Err(e) if Request::bad_word(&text).is_some_and(|w| w.to_string() == e.to_string()) => {
                return problem::from_core(&e, &[]).into_response()
            }
            Err(e) => return Problem::new(StatusCode::BAD_REQUEST, "invalid-body", e.to_string())
                .expected(
                    "a JSON request object, as qc_query_json takes (see the QueryRequest schema)",
                )
                .into_response(),
        };
    let loaded = app.data.current();
    match run(deadline, move || {
        loaded.rules.answer(&request).map(String::into_bytes)
    })
    .await
    {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(f) => f.into_problem(&[]).into_response(),
    }
}
