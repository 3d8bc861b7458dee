//! `quyche serve`: the query layer over HTTP.
//!
//! A thin edge: every endpoint builds a [`quyche::query::Request`] from its parameters and
//! answers with the query layer's own text, so the HTTP answers are the CLI's, the C ABI's and
//! Python's. The crate holds the router ([`app::router`]), the parameter mapping
//! ([`params`], [`fields`]), the OpenAPI document ([`openapi`]), counters ([`metrics`]), the
//! dataset swapped on reload ([`state`]) and the server loop ([`run`], [`start`]).
//!
//! # Example
//! ```no_run
//! # async fn demo() -> Result<(), String> {
//! let running = quyche_server::start(quyche_server::Config::default()).await?;
//! println!("listening on http://{}", running.addr);
//! running.stop().await;
//! # Ok(()) }
//! ```

pub mod app;
mod body;
mod caching;
pub mod fields;
pub mod metrics;
pub mod openapi;
mod ops;
pub mod params;
pub mod problem;
pub mod routes;
pub mod state;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

pub use app::App;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per event (with the request id).
    Json,
}

/// The server's settings (`quyche serve` options).
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to listen on (loopback unless told otherwise).
    pub bind: SocketAddr,
    /// A dataset directory instead of the embedded dataset; reloaded on SIGHUP.
    pub data: Option<PathBuf>,
    /// The largest body accepted, in bytes.
    pub max_body: usize,
    /// How long a request may take, body included.
    pub timeout: Duration,
    /// Origins allowed to call from a browser (CORS); none: no CORS headers.
    pub cors: Vec<String>,
    /// Requests answered at once; more get 503.
    pub max_concurrency: usize,
    /// How log lines are written.
    pub log_format: LogFormat,
    /// Test-only endpoints (`/__test/panic`, `/__test/sleep`); never set by the CLI.
    pub test_hooks: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: None,
            max_body: 8 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            cors: Vec::new(),
            max_concurrency: 1024,
            log_format: LogFormat::Text,
            test_hooks: false,
        }
    }
}

/// Starts writing log lines to stderr (`QUYCHE_LOG` filters them, default `info`). Calling it
/// again does nothing.
pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("QUYCHE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.with_ansi(false).try_init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}

/// A server running in this process.
#[derive(Debug)]
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// Its state.
    pub app: Arc<App>,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops it as SIGTERM does: no new connections, the requests in flight finish.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// Loads the dataset, binds, and serves in a task until [`Running::stop`].
///
/// # Errors
/// A sentence: the dataset does not load (every problem listed), the address cannot be bound.
pub async fn start(config: Config) -> Result<Running, String> {
    let (app, listener) = prepare(config).await?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, app.clone(), async move {
        let _ = stopped.await;
    }));
    Ok(Running {
        addr,
        app,
        stop,
        task,
    })
}

async fn prepare(config: Config) -> Result<(Arc<App>, TcpListener), String> {
    let dir = config.data.clone();
    let loaded = tokio::task::spawn_blocking(move || state::Loaded::load(dir.as_deref()))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("the dataset cannot be served: {e}"))?;
    let listener = TcpListener::bind(config.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
    let app = Arc::new(App::new(config, loaded)?);
    Ok((app, listener))
}

/// `quyche serve`: serves until SIGTERM or SIGINT (then lets the requests in flight finish),
/// reloading the dataset on SIGHUP.
///
/// # Errors
/// A sentence when it cannot start.
pub async fn run(config: Config) -> Result<(), String> {
    use tokio::signal::unix::{signal, SignalKind};
    let (app, listener) = prepare(config).await?;
    let sig = |k| signal(k).map_err(|e| format!("cannot listen for signals: {e}"));
    let (mut term, mut int, mut hup) = (
        sig(SignalKind::terminate())?,
        sig(SignalKind::interrupt())?,
        sig(SignalKind::hangup())?,
    );
    let reloader = app.clone();
    tokio::spawn(async move {
        while hup.recv().await.is_some() {
            reload(&reloader).await;
        }
    });
    serve(listener, app, async move {
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM: finishing the requests in flight"),
            _ = int.recv() => tracing::info!("SIGINT: finishing the requests in flight"),
        }
    })
    .await;
    Ok(())
}

/// [`run`] on a runtime of its own, for a `main` that has none (`quyche serve`).
///
/// # Errors
/// As [`run`], and when the runtime cannot start.
pub fn run_blocking(config: Config) -> Result<(), String> {
    init_logging(config.log_format);
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
    tokio::runtime::Builder::new_multi_thread()
        // Answers of the dataset run on the blocking pool; a bounded pool keeps memory flat under
        // load (each thread brings its own stack and allocator arena); requests beyond it wait.
        .max_blocking_threads(8 * cores)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?
        .block_on(run(config))
}

/// Reloads the dataset (SIGHUP): served if it loads, else logged problem by problem while the
/// old one keeps serving.
pub async fn reload(app: &Arc<App>) {
    let a = app.clone();
    let result = tokio::task::spawn_blocking(move || a.data.reload()).await;
    match result {
        Ok(Ok(hash)) => {
            app.metrics.reloaded(true);
            tracing::info!(hash = %format!("{hash:016x}"), "dataset reloaded");
        }
        Ok(Err(e)) => {
            app.metrics.reloaded(false);
            if let quyche::Error::Dataset { problems } = &e {
                for p in problems {
                    tracing::error!(file = %p.file, line = p.line, field = p.field.as_deref(), problem = %p.message, "dataset problem: {p}");
                }
            }
            tracing::error!(error = %e, "the new dataset is rejected; the old one keeps serving");
        }
        Err(e) => {
            app.metrics.reloaded(false);
            tracing::error!(error = %e, "the reload failed; the old dataset keeps serving");
        }
    }
}

/// Accepts connections until `shutdown` completes, then waits for the connections' requests in
/// flight (at most the request timeout and 5 s more).
pub async fn serve(listener: TcpListener, app: Arc<App>, shutdown: impl Future<Output = ()>) {
    let router = app::router(app.clone());
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(app.config.timeout)
        .keep_alive(true);
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(dataset = %app.data.current().source, "listening on http://{addr}");
    }
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(s) => s,
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little rather than spin.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = TowerToHyperService::new(router.clone());
                let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    app.stopping.store(true, Ordering::Relaxed);
    drop(listener);
    let grace = app.config.timeout + Duration::from_secs(5);
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the grace period; closing them");
    }
    tracing::info!("stopped");
}
