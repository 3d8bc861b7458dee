//! The malformed-request corpus: requests no well-behaved client sends, over raw TCP (and a few
//! well-formed requests with bad content). Each gets a documented answer (or a closed
//! connection), never an undocumented 5xx; afterwards `/healthz` answers and the memory of the
//! process is back near where it was.

mod common;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use common::{config, raw, rss_kib, start};

/// What a case must get back.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// One of these statuses.
    Status(&'static [u16]),
    /// One of these statuses, or the connection closed without an answer.
    StatusOrClosed(&'static [u16]),
}

struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    expect: Expect,
}

fn get(target: &[u8]) -> Vec<u8> {
    let mut out = b"GET ".to_vec();
    out.extend_from_slice(target);
    out.extend_from_slice(b" HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    out
}

fn post(target: &str, content_type: Option<&str>, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "POST {target} HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    )
    .into_bytes();
    if let Some(ct) = content_type {
        out.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

fn query(body: &str) -> Vec<u8> {
    post("/v1/query", Some("application/json"), body.as_bytes())
}

const BAD: &[u16] = &[400];

fn corpus() -> Vec<Case> {
    use Expect::{Status, StatusOrClosed};
    let c = |name, bytes, expect| Case {
        name,
        bytes,
        expect,
    };
    let deep_object = format!(
        "{}{}",
        r#"{"query": "instruments", "as_of": "#.to_owned() + &"{\"a\": ".repeat(10_000),
        "}".repeat(10_001)
    );
    let deep_array = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let mut long_query = b"/v1/deadlines?year=2026&province=".to_vec();
    long_query.extend(vec![b'a'; 100 * 1024]);
    let mut long_path = b"/v1/".to_vec();
    long_path.extend(vec![b'x'; 100 * 1024]);
    let many_params: String = (0..2000).map(|i| format!("p{i}=1&")).collect();
    let many_headers: String = (0..500).map(|i| format!("X-H{i}: v\r\n")).collect();
    let pipelined: Vec<u8> = (0..50)
        .flat_map(|_| b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n".to_vec())
        .chain(get(b"/healthz"))
        .collect();
    vec![
        c("invalid UTF-8, percent-encoded", get(b"/v1/deadlines?year=2026&province=%FF%FE"), Status(BAD)),
        c("invalid UTF-8, raw in the request line", get(b"/v1/deadlines?province=\xff\xfe"), StatusOrClosed(BAD)),
        c("overlong UTF-8 encoding of /", get(b"/v1/deadlines?province=%C0%AF"), Status(BAD)),
        c("NUL, percent-encoded", get(b"/v1/deadlines?year=2026&province=a%00b"), Status(BAD)),
        c("NUL, raw in the request line", get(b"/v1/deadlines?province=a\x00b"), StatusOrClosed(BAD)),
        c("NUL in a parameter name", get(b"/v1/deadlines?ye%00ar=2026"), Status(BAD)),
        c("line feed in a value", get(b"/v1/deadlines?province=a%0Ab"), Status(BAD)),
        c("malformed percent-escape", get(b"/v1/deadlines?province=%G1"), Status(BAD)),
        c("truncated percent-escape", get(b"/v1/deadlines?province=%4"), Status(BAD)),
        c("100 KB query string", get(&long_query), StatusOrClosed(&[414, 431, 400])),
        c("100 KB path", get(&long_path), StatusOrClosed(&[404, 414, 431, 400])),
        c("2,000 parameters", get(format!("/v1/deadlines?{many_params}").as_bytes()), Status(&[400, 414])),
        c("parameter given twice", get(b"/v1/deadlines?year=2026&year=2027"), Status(BAD)),
        c("empty parameter names", get(b"/v1/deadlines?&&&=&=x"), Status(BAD)),
        c("year far out of range", get(b"/v1/deadlines?year=-99999999999999999999"), Status(BAD)),
        c("year with a trailing space", get(b"/v1/deadlines?year=2026%20"), Status(BAD)),
        c("year beyond the calendar", get(b"/v1/calendar/99999"), Status(BAD)),
        c("year that is a word", get(b"/v1/calendar/abc"), Status(BAD)),
        c("date that does not exist", get(b"/v1/workdays/is?date=2026-02-30"), Status(BAD)),
        c("working days far past the calendar", get(b"/v1/workdays/add?date=2026-01-05&n=999999999999"), Status(BAD)),
        c("lunar month 13", get(b"/v1/lunar/to-solar?date=2026-13-01"), Status(BAD)),
        c("empty range", get(b"/v1/deadlines?from=2026-12-31&to=2026-01-01"), Status(BAD)),
        c("range of eight thousand years", get(b"/v1/deadlines?from=0001-01-01&to=9999-12-31"), Status(&[400, 503])),
        c("invalid UTF-8 in a path parameter", get(b"/v1/instruments/%FF"), Status(BAD)),
        c("path traversal in an id", get(b"/v1/instruments/..%2F..%2Fetc%2Fpasswd"), Status(&[404])),
        c("boolean that is not one", get(b"/v1/duties?as_of=2026-01-01&current_bearers=yes"), Status(BAD)),
        c("unknown method", b"BREW /v1/deadlines HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".to_vec(), Status(&[405])),
        c("DELETE", b"DELETE /v1/instruments HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".to_vec(), Status(&[405])),
        c("CONNECT", b"CONNECT t:443 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".to_vec(), StatusOrClosed(&[400, 404, 405])),
        c("OPTIONS *", b"OPTIONS * HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".to_vec(), StatusOrClosed(&[400, 404, 405])),
        c("method with invalid characters", b"G(T /healthz HTTP/1.1\r\nHost: t\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("HTTP/0.9 request", b"GET /healthz\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("HTTP/2 preface on HTTP/1", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec(), StatusOrClosed(&[400, 505])),
        c("HTTP/3.0 version", b"GET /healthz HTTP/3.0\r\nHost: t\r\n\r\n".to_vec(), StatusOrClosed(&[400, 505])),
        c("header without a colon", b"GET /healthz HTTP/1.1\r\nHost: t\r\nBroken header\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("500 headers", format!("GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n{many_headers}\r\n").into_bytes(), StatusOrClosed(&[400, 431])),
        c("100 KB header", format!("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: {}\r\n\r\n", "a".repeat(100 * 1024)).into_bytes(), StatusOrClosed(&[200, 400, 431])),
        c("Content-Length and Transfer-Encoding", b"POST /v1/query HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("two different Content-Lengths", b"POST /v1/query HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}".to_vec(), StatusOrClosed(BAD)),
        c("negative Content-Length", b"POST /v1/query HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("malformed chunked body", b"POST /v1/query HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n".to_vec(), StatusOrClosed(BAD)),
        c("body above --max-body, declared (refused before it is sent)", b"POST /v1/import HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 9000000000\r\n\r\n".to_vec(), Status(&[413])),
        c("body above --max-body, chunked", {
            let mut b = b"POST /v1/import HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
            for _ in 0..3 { b.extend_from_slice(format!("{:x}\r\n{}\r\n", 40_000, "a".repeat(40_000)).as_bytes()); }
            b.extend_from_slice(b"0\r\n\r\n");
            b
        }, Status(&[413])),
        c("10,000-deep JSON object", query(&deep_object), Status(BAD)),
        c("10,000-deep JSON array", query(&deep_array), Status(BAD)),
        c("invalid UTF-8 body", post("/v1/query", Some("application/json"), b"{\"query\": \"\xff\"}"), Status(BAD)),
        c("NUL inside a JSON string", query(r#"{"query": "deadlines", "year": 2026, "province": "a\u0000b"}"#), Status(&[400, 404])),
        c("number too large for JSON", query(r#"{"query": "deadlines", "year": 1e400}"#), Status(BAD)),
        c("year as a string", query(r#"{"query": "deadlines", "year": "2026"}"#), Status(BAD)),
        c("unknown query", query(r#"{"query": "drop_tables"}"#), Status(BAD)),
        c("empty body", query(""), Status(BAD)),
        c("JSON array body", query("[1, 2, 3]"), Status(BAD)),
        c("no Content-Type", post("/v1/query", None, br#"{"query": "instruments"}"#), Status(&[415])),
        c("form Content-Type", post("/v1/query", Some("application/x-www-form-urlencoded"), b"query=instruments"), Status(&[415])),
        c("status without a year", post("/v1/status", Some("text/csv"), b"agency,obligation,period,submitted\r\n"), Status(BAD)),
        c("status with a CSV of garbage", post("/v1/status?year=2026", Some("text/csv"), b"\x01,\x02\n,,,,,,\n\"unterminated"), Status(&[200, 400])),
        c("import of binary", post("/v1/import", Some("text/plain"), &[0u8, 1, 2, 3, 0xff, 0xfe]), Status(BAD)),
        c("query parameters on POST /v1/query", post("/v1/query?x=1", Some("application/json"), br#"{"query": "instruments"}"#), Status(BAD)),
        c("If-None-Match garbage", b"GET /v1/instruments HTTP/1.1\r\nHost: t\r\nConnection: close\r\nIf-None-Match: \xff\xfe,,,*x\r\n\r\n".to_vec(), Status(&[200])),
        c("absolute-form target", get(b"http://elsewhere.example/v1/instruments"), Status(&[200])),
        c("51 pipelined requests", pipelined, Status(&[200])),
        c("half-sent request line", b"GET /v1/dead".to_vec(), StatusOrClosed(&[408])),
        c("half-sent headers", b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Partial: ".to_vec(), StatusOrClosed(&[408])),
        c("body that never ends (Content-Length)", b"POST /v1/import HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 50000\r\n\r\nstarted but".to_vec(), Status(&[408])),
        c("body that never ends (chunked)", b"POST /v1/query HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"que".to_vec(), Status(&[408])),
    ]
}

/// Sends a request one byte at a time, slower than the header timeout allows.
fn slowloris(addr: SocketAddr, timeout: Duration) -> bool {
    let mut s = TcpStream::connect(addr).unwrap();
    let started = Instant::now();
    for b in b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
        if s.write_all(&[*b]).is_err() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
        if started.elapsed() > timeout * 4 {
            return false;
        }
    }
    false
}

fn run_corpus(addr: SocketAddr, failures: &mut Vec<String>) -> usize {
    let cases = corpus();
    for case in &cases {
        let (status, text) = raw(addr, &case.bytes, Duration::from_secs(5));
        let ok = match (case.expect, status) {
            (Expect::Status(ok), Some(s)) | (Expect::StatusOrClosed(ok), Some(s)) => {
                ok.contains(&s)
            }
            (Expect::StatusOrClosed(_), None) => true,
            (Expect::Status(_), None) => false,
        };
        // Every answer with a body from the server itself is a problem detail.
        let problem_ok = match status {
            Some(s) if s >= 400 && text.contains("\r\ncontent-type: ") => {
                text.contains("application/problem+json")
            }
            _ => true,
        };
        if !ok || !problem_ok {
            failures.push(format!(
                "{}: got {status:?}, expected {:?}: {}",
                case.name,
                case.expect,
                text.chars().take(300).collect::<String>()
            ));
        }
        if case.name.contains("pipelined") {
            let answers = text.matches("HTTP/1.1 200 OK").count();
            if answers != 51 {
                failures.push(format!("{}: {answers} answers of 51", case.name));
            }
        }
    }
    cases.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_malformed_corpus_gets_clear_answers_and_breaks_nothing() {
    let mut c = config();
    c.timeout = Duration::from_secs(1);
    c.max_body = 100_000;
    let (running, http) = start(c).await;
    let addr = running.addr;
    let n = tokio::task::spawn_blocking(move || {
        let mut failures = Vec::new();
        // Once to warm up (first-use allocations), then measure memory over three more rounds.
        let n = run_corpus(addr, &mut failures);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(slowloris(addr, Duration::from_secs(1)), "a request sent byte by byte is cut off at the header timeout");
        let before = rss_kib();
        for _ in 0..3 {
            run_corpus(addr, &mut failures);
        }
        std::thread::sleep(Duration::from_millis(1500));
        let after = rss_kib();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // Back near where it was: within 10 % (and 8 MiB) of the warm figure.
        assert!(
            after <= before + (before / 10).max(8 * 1024),
            "resident memory grew from {before} KiB to {after} KiB over three rounds of the corpus"
        );
        eprintln!("malformed corpus: {n} requests; RSS {before} KiB -> {after} KiB after three more rounds");
        n
    })
    .await
    .unwrap();
    assert!(n >= 40, "the corpus has {n} requests");
    assert_eq!(http.get("/healthz").await.status, 200);
    assert_eq!(
        http.get("/v1/workdays/add?date=2026-08-28&n=1")
            .await
            .status,
        200
    );
    let m = http.get("/metrics").await.text();
    assert!(
        !m.contains("status=\"500\""),
        "no request of the corpus is a 500:\n{m}"
    );
    running.stop().await;
}
