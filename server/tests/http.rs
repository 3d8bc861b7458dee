//! The server over real HTTP: every endpoint answers the query layer's bytes, errors are problem
//! details with the right status, caching, metrics, reload, overload, timeout and panics.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{config, enc, start, Http};
use quyche::query::{DeadlineQuery, Request, RuleSet, StatusQuery};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (address, the same request as qc_query_json takes).
fn cases() -> Vec<(String, String)> {
    let tt = "Sở TT&TT";
    let c = |a: String, r: &str| (a, r.to_owned());
    vec![
        c("/v1/instruments".into(), r#"{"query": "instruments"}"#),
        c(
            "/v1/instruments?as_of=2017-11-05".into(),
            r#"{"query": "instruments", "as_of": "2017-11-05"}"#,
        ),
        c(
            format!("/v1/instruments/{}", enc("22/2016/TT-BTTTT")),
            r#"{"query": "show", "id": "22/2016/TT-BTTTT"}"#,
        ),
        c(
            format!(
                "/v1/instruments/{}?citation={}",
                enc("21/2017/QĐ-UBND"),
                enc("Khoản 2 Điều 20")
            ),
            r#"{"query": "show", "id": "21/2017/QĐ-UBND", "citation": "Khoản 2 Điều 20"}"#,
        ),
        c(
            "/v1/agencies?province=quang+ninh".into(),
            r#"{"query": "agencies", "province": "quang ninh"}"#,
        ),
        c(
            format!(
                "/v1/agencies?history={}&province={}",
                enc(tt),
                enc("Trà Vinh")
            ),
            r#"{"query": "history", "name": "Sở TT&TT", "province": "Trà Vinh"}"#,
        ),
        c(
            format!(
                "/v1/duties?province=quang+ninh&agency={}&role=lead",
                enc(tt)
            ),
            r#"{"query": "duties", "province": "quang ninh", "agency": "Sở TT&TT", "role": "lead"}"#,
        ),
        c(
            format!(
                "/v1/duties?province={}&as_of=2026-11-23&current_bearers=true",
                enc("Trà Vinh")
            ),
            r#"{"query": "duties", "province": "Trà Vinh", "as_of": "2026-11-23", "current_bearers": true}"#,
        ),
        c(
            format!(
                "/v1/obligations?province={}&frequency=annual",
                enc("Điện Biên")
            ),
            r#"{"query": "obligations", "province": "Điện Biên", "frequency": "annual"}"#,
        ),
        c(
            "/v1/deadlines?year=2026&province=dien+bien&shift=next".into(),
            r#"{"query": "deadlines", "year": 2026, "province": "dien bien", "shift": "next"}"#,
        ),
        c(
            "/v1/deadlines?from=2026-01-01&to=2026-06-30&calendar=labour".into(),
            r#"{"query": "deadlines", "from": "2026-01-01", "to": "2026-06-30", "calendar": "labour"}"#,
        ),
        c(
            "/v1/calendar/2026".into(),
            r#"{"query": "calendar", "year": 2026}"#,
        ),
        c(
            "/v1/calendar/2025?calendar=labour".into(),
            r#"{"query": "calendar", "year": 2025, "calendar": "labour"}"#,
        ),
        c(
            "/v1/workdays/add?date=2026-08-28&n=1".into(),
            r#"{"query": "workdays_add", "date": "2026-08-28", "n": 1}"#,
        ),
        c(
            "/v1/workdays/add?date=2026-09-03&n=-3".into(),
            r#"{"query": "workdays_add", "date": "2026-09-03", "n": -3}"#,
        ),
        c(
            "/v1/workdays/between?from=2026-01-01&to=2027-01-01".into(),
            r#"{"query": "workdays_between", "from": "2026-01-01", "to": "2027-01-01"}"#,
        ),
        c(
            "/v1/workdays/is?date=2026-09-02".into(),
            r#"{"query": "workdays_is", "date": "2026-09-02"}"#,
        ),
        c(
            "/v1/lunar/from-solar?date=2026-02-17".into(),
            r#"{"query": "lunar_from_solar", "date": "2026-02-17"}"#,
        ),
        c(
            "/v1/lunar/to-solar?date=2025-06-01&leap=true".into(),
            r#"{"query": "lunar_to_solar", "date": "2025-06-01", "leap": true}"#,
        ),
        c(
            "/v1/check?province=dien+bien&year=2026".into(),
            r#"{"query": "check", "province": "dien bien", "year": 2026}"#,
        ),
        c(
            "/v1/compare?what=duties".into(),
            r#"{"query": "compare", "what": "duties"}"#,
        ),
        c("/v1/compare".into(), r#"{"query": "compare"}"#),
        c("/v1/provinces".into(), r#"{"query": "provinces"}"#),
        c(
            "/v1/provinces?as_of=2025-01-01".into(),
            r#"{"query": "provinces", "as_of": "2025-01-01"}"#,
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_answers_the_query_layers_bytes() {
    let (running, http) = start(config()).await;
    let rules = RuleSet::embedded().unwrap();
    for (address, request) in cases() {
        let expected = rules.answer_json(&request).unwrap();
        let a = http.get(&address).await;
        assert_eq!(a.status, 200, "{address}: {}", a.text());
        assert_eq!(a.header("content-type"), Some("application/json"));
        assert!(
            a.text() == expected,
            "{address}: the body differs from answer_json({request})"
        );
        // POST /v1/query: exactly qc_query_json's answer.
        let q = http
            .post("/v1/query", "application/json", request.as_bytes())
            .await;
        assert_eq!(q.status, 200, "{request}: {}", q.text());
        assert!(q.text() == expected, "POST /v1/query {request}");
    }
    // The bodies of POST endpoints.
    let csv = std::fs::read_to_string(root().join("examples/status/submissions-2026.csv")).unwrap();
    let req = Request::Status(StatusQuery::new(2026, csv.clone()));
    let a = http
        .post("/v1/status?year=2026", "text/csv", csv.as_bytes())
        .await;
    assert_eq!(a.status, 200, "{}", a.text());
    assert!(a.text() == rules.answer(&req).unwrap());
    let text =
        std::fs::read_to_string(root().join("data/instruments/dien-bien/18-2018-qd-ubnd/text.txt"))
            .unwrap();
    let a = http
        .post("/v1/import", "text/plain; charset=utf-8", text.as_bytes())
        .await;
    assert_eq!(a.status, 200, "{}", a.text());
    let req = Request::from_json(&serde_json::json!({"query": "import", "text": text}).to_string())
        .unwrap();
    assert!(a.text() == rules.answer(&req).unwrap());
    // An Akoma Ntoso export, through the same parameter mapping.
    let a = http
        .get(&format!(
            "/v1/instruments/{}?format=akn",
            enc("22/2016/TT-BTTTT")
        ))
        .await;
    assert_eq!(a.status, 200, "{}", a.text());
    assert!(
        a.text()
            == rules
                .answer_json(r#"{"query": "show", "id": "22/2016/TT-BTTTT", "format": "akn"}"#)
                .unwrap()
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_ics_and_html_are_the_cli_formats() {
    let (running, http) = start(config()).await;
    let rules = RuleSet::embedded().unwrap();
    let q = DeadlineQuery::year(2026).unwrap().province("quang ninh");
    let rows = rules.deadlines(&q).unwrap();
    let a = http
        .get("/v1/deadlines.csv?year=2026&province=quang+ninh")
        .await;
    assert_eq!(
        (a.status, a.header("content-type")),
        (200, Some("text/csv; charset=utf-8"))
    );
    assert_eq!(a.text(), quyche::query::csv(&rows));
    let a = http
        .get("/v1/deadlines.ics?year=2026&province=quang+ninh")
        .await;
    assert_eq!(
        (a.status, a.header("content-type")),
        (200, Some("text/calendar; charset=utf-8"))
    );
    let loaded = running.app.data.current().loaded_at;
    let secs = loaded
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let stamp = chrono::DateTime::from_timestamp(secs as i64, 0)
        .unwrap()
        .naive_utc();
    assert_eq!(a.text(), quyche::query::ics(&rows, stamp));
    // A feed without a year: this year and the next.
    let a = http
        .get(&format!(
            "/v1/deadlines.ics?agency={}&province=quang+ninh",
            enc("Sở TT&TT")
        ))
        .await;
    assert_eq!(a.status, 200, "{}", a.text());
    assert!(a.text().starts_with("BEGIN:VCALENDAR\r\n") && a.text().contains("BEGIN:VEVENT"));
    let cmp = quyche::check::compare(rules.dataset(), "duties").unwrap();
    let a = http.get("/v1/compare.csv?what=duties").await;
    assert_eq!(a.text(), quyche::check::compare_csv(&cmp));
    let a = http.get("/v1/compare.html?what=duties").await;
    assert_eq!(a.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(a.text(), quyche::check::compare_html(&cmp));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn etags_and_cache_control() {
    let (running, http) = start(config()).await;
    let a = http.get("/v1/deadlines?year=2026&province=dien+bien").await;
    let tag = a.header("etag").unwrap().to_owned();
    assert_eq!(a.header("cache-control"), Some("public, max-age=300"));
    let b = http
        .send(
            "GET",
            "/v1/deadlines?year=2026&province=dien+bien",
            &[("if-none-match", &tag)],
            vec![],
        )
        .await;
    assert_eq!(b.status, 304);
    assert!(b.body.is_empty());
    assert_eq!(b.header("etag"), Some(tag.as_str()));
    // Another query, another tag; the same query in another parameter order, the same tag.
    let c = http.get("/v1/deadlines?year=2027&province=dien+bien").await;
    assert_ne!(c.header("etag"), Some(tag.as_str()));
    let d = http.get("/v1/deadlines?province=dien+bien&year=2026").await;
    assert_eq!(d.header("etag"), Some(tag.as_str()));
    let e = http
        .send(
            "GET",
            "/v1/deadlines?year=2027&province=dien+bien",
            &[("if-none-match", &tag)],
            vec![],
        )
        .await;
    assert_eq!(e.status, 200);
    assert_eq!(
        http.get("/v1/workdays/is?date=2026-09-02")
            .await
            .header("cache-control"),
        Some("public, max-age=86400")
    );
    assert_eq!(
        http.get("/v1/deadlines.ics?year=2026")
            .await
            .header("cache-control"),
        Some("public, max-age=3600")
    );
    let p = http
        .post(
            "/v1/query",
            "application/json",
            br#"{"query": "instruments"}"#,
        )
        .await;
    assert_eq!(p.header("cache-control"), Some("no-store"));
    assert!(p.header("etag").is_none());
    let bad = http.get("/v1/deadlines?year=abc").await;
    assert_eq!(bad.header("cache-control"), Some("no-store"));
    // HEAD: the GET answer's head.
    let h = http
        .send(
            "HEAD",
            "/v1/deadlines?year=2026&province=dien+bien",
            &[],
            vec![],
        )
        .await;
    assert_eq!((h.status, h.header("etag")), (200, Some(tag.as_str())));
    assert!(h.body.is_empty());
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_problem_details_that_name_the_parameter() {
    let (running, http) = start(config()).await;
    let check = |p: serde_json::Value, param: &str, value: &str| {
        assert_eq!(
            (p["parameter"].as_str(), p["value"].as_str()),
            (Some(param), Some(value)),
            "{p}"
        );
        assert!(p["expected"].is_string(), "{p}");
    };
    let a = http.get("/v1/deadlines?year=abc").await;
    assert_eq!(a.status, 400);
    check(a.problem(), "year", "abc");
    let a = http.get("/v1/workdays/is?date=2026-02-30").await;
    assert_eq!(a.status, 400);
    check(a.problem(), "date", "2026-02-30");
    let a = http.get("/v1/deadlines?year=2026&shift=sideways").await;
    assert_eq!(a.status, 400);
    let p = a.problem();
    assert_eq!(
        (p["parameter"].as_str(), p["value"].as_str()),
        (Some("shift"), Some("sideways")),
        "{p}"
    );
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("previous, next or none"),
        "{p}"
    );
    assert_eq!(p["expected"], "one of previous, next, none", "{p}");
    let a = http.get("/v1/instruments/nope").await;
    assert_eq!(a.status, 404);
    assert_eq!(a.problem()["expected"], "an instrument of the dataset");
    let a = http.get("/v1/duties?provice=x").await;
    assert_eq!(a.status, 400);
    let p = a.problem();
    assert_eq!(p["type"], "/problems/unknown-parameter");
    assert_eq!(p["suggestions"][0], "province");
    assert!(p["accepted"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x == "current_bearers"));
    let a = http.get("/v1/workdays/add?date=2026-01-05").await;
    assert_eq!(
        (a.status, a.problem()["type"].as_str()),
        (400, Some("/problems/missing-parameter"))
    );
    // 404 with the close matches the CLI gives.
    let a = http
        .get(&format!("/v1/duties?agency={}", enc("Sở TTTTT")))
        .await;
    assert_eq!(a.status, 404, "{}", a.text());
    let p = a.problem();
    assert_eq!(p["parameter"], "agency");
    let cli = RuleSet::embedded()
        .unwrap()
        .answer_json(r#"{"query": "duties", "agency": "Sở TTTTT"}"#)
        .unwrap_err();
    if let quyche::Error::NotFound { suggestions, .. } = cli {
        assert!(!suggestions.is_empty());
        assert_eq!(p["suggestions"], serde_json::json!(suggestions));
    } else {
        panic!("expected not found");
    }
    let a = http.get("/v1/deadlines?year=2026&province=atlantis").await;
    assert_eq!(
        (a.status, a.problem()["parameter"].as_str()),
        (404, Some("province"))
    );
    let a = http
        .get(&format!("/v1/instruments/{}", enc("99/2099/QĐ-UBND")))
        .await;
    assert_eq!(
        (a.status, a.problem()["parameter"].as_str()),
        (404, Some("id"))
    );
    let a = http.get("/v1/deadline").await;
    assert_eq!(a.status, 404);
    assert_eq!(a.problem()["suggestions"][0], "/v1/deadlines");
    // 405 with Allow.
    let a = http.send("DELETE", "/v1/deadlines", &[], vec![]).await;
    assert_eq!((a.status, a.header("allow")), (405, Some("GET, HEAD")));
    a.problem();
    let a = http.get("/v1/query").await;
    assert_eq!((a.status, a.header("allow")), (405, Some("POST")));
    // 415 and 413.
    let a = http
        .post("/v1/query", "text/plain", br#"{"query": "instruments"}"#)
        .await;
    assert_eq!(a.status, 415);
    assert_eq!(a.problem()["parameter"], "Content-Type");
    let a = http
        .post("/v1/import", "text/plain; charset=latin1", b"x")
        .await;
    assert_eq!(a.status, 415);
    let a = http
        .post("/v1/query", "application/json", b"{\"query\": ")
        .await;
    assert_eq!(
        (a.status, a.problem()["type"].as_str()),
        (400, Some("/problems/invalid-body"))
    );
    let a = http
        .post(
            "/v1/query",
            "application/json",
            br#"{"query": "deadlines", "year": 2026, "colour": "red"}"#,
        )
        .await;
    assert_eq!(a.status, 400);
    assert!(a.problem()["detail"].as_str().unwrap().contains("colour"));
    running.stop().await;

    let mut small = config();
    small.max_body = 1000;
    let (running, http) = start(small).await;
    let a = http
        .post("/v1/import", "text/plain", &vec![b'a'; 1001])
        .await;
    assert_eq!(a.status, 413);
    a.problem();
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_is_a_500_and_the_server_keeps_serving() {
    let (running, http) = start(config()).await;
    for _ in 0..3 {
        let a = http.get("/__test/panic").await;
        assert_eq!(a.status, 500);
        assert_eq!(a.problem()["type"], "/problems/internal");
        assert_eq!(http.get("/healthz").await.status, 200);
    }
    let m = http.get("/metrics").await.text();
    assert!(
        m.contains("quyche_http_errors_total{status=\"500\"} 3"),
        "{m}"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_is_503_and_a_slow_answer_times_out() {
    let mut one = config();
    one.max_concurrency = 1;
    let (running, http) = start(one).await;
    let slow = {
        let http = http.clone();
        tokio::spawn(async move { http.get("/__test/sleep").await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let a = http.get("/v1/instruments").await;
    assert_eq!((a.status, a.header("retry-after")), (503, Some("1")));
    assert_eq!(a.problem()["type"], "/problems/overloaded");
    // Monitoring stays outside the limit.
    assert_eq!(http.get("/healthz").await.status, 200);
    assert_eq!(slow.await.unwrap().status, 204);
    assert_eq!(http.get("/v1/instruments").await.status, 200);
    running.stop().await;

    let mut quick = config();
    quick.timeout = Duration::from_millis(100);
    let (running, http) = start(quick).await;
    let a = http.get("/__test/sleep").await;
    assert_eq!(a.status, 503);
    assert_eq!(a.problem()["type"], "/problems/timeout");
    assert_eq!(http.get("/healthz").await.status, 200);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operations_endpoints() {
    let (running, http) = start(config()).await;
    http.get("/v1/instruments").await;
    http.get("/v1/deadlines?year=nope").await;
    let m = http.get("/metrics").await;
    assert_eq!(
        m.header("content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let m = m.text();
    assert!(
        m.contains("quyche_http_requests_total{endpoint=\"GET /v1/instruments\",status=\"200\"} 1"),
        "{m}"
    );
    assert!(
        m.contains("quyche_http_requests_total{endpoint=\"GET /v1/deadlines\",status=\"400\"} 1"),
        "{m}"
    );
    assert!(m.contains("quyche_http_request_duration_seconds_bucket{endpoint=\"GET /v1/instruments\",le=\"+Inf\"} 1"), "{m}");
    let r = http.get("/readyz").await.json();
    assert_eq!(r["status"], "ready");
    assert_eq!(r["dataset"]["source"], "embedded");
    let doc = http.get("/openapi.json").await.text();
    let committed = std::fs::read_to_string(root().join("schema/openapi.json")).unwrap();
    assert!(
        doc == committed,
        "GET /openapi.json is the committed schema/openapi.json"
    );
    let p = http.get("/problems/not-found").await;
    assert_eq!(p.status, 200);
    assert!(p.text().starts_with("Nothing has this name"));
    // Request ids: made up, or the client's own, echoed.
    let a = http.get("/healthz").await;
    assert!(a.header("x-request-id").is_some_and(|id| !id.is_empty()));
    let a = http
        .send("GET", "/healthz", &[("x-request-id", "portal-42")], vec![])
        .await;
    assert_eq!(a.header("x-request-id"), Some("portal-42"));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_only_for_the_origins_given() {
    let mut c = config();
    c.cors = vec!["https://portal.example".into()];
    let (running, http) = start(c).await;
    let a = http
        .send(
            "GET",
            "/v1/instruments",
            &[("origin", "https://portal.example")],
            vec![],
        )
        .await;
    assert_eq!(
        a.header("access-control-allow-origin"),
        Some("https://portal.example")
    );
    let a = http
        .send(
            "GET",
            "/v1/instruments",
            &[("origin", "https://elsewhere.example")],
            vec![],
        )
        .await;
    assert!(a.header("access-control-allow-origin").is_none());
    running.stop().await;
}

/// Copies the dataset directory so a test can change it.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_swaps_a_good_dataset_and_rejects_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(&root().join("data"), &data);
    let mut c = config();
    c.data = Some(data.clone());
    let (running, http) = start(c).await;
    let before = http.get("/v1/deadlines?year=2026&province=dien+bien").await;
    let tag = before.header("etag").unwrap().to_owned();
    // Break the dataset: a file that is not TOML.
    let broken = data.join("agencies/zz-broken.toml");
    std::fs::write(&broken, "this is = = not toml\n").unwrap();
    quyche_server::reload(&running.app).await;
    let after = http.get("/v1/deadlines?year=2026&province=dien+bien").await;
    assert_eq!(
        (after.status, after.header("etag")),
        (200, Some(tag.as_str()))
    );
    assert!(after.body == before.body, "the old dataset keeps serving");
    assert!(http
        .get("/metrics")
        .await
        .text()
        .contains("quyche_dataset_reloads_total{result=\"rejected\"} 1"));
    // Repair it with a real change: the ETag of every answer moves with the content.
    std::fs::remove_file(&broken).unwrap();
    let agencies = data.join("agencies/dien-bien.toml");
    let text = std::fs::read_to_string(&agencies).unwrap();
    std::fs::write(&agencies, format!("{text}\n# reviewed\n")).unwrap();
    quyche_server::reload(&running.app).await;
    assert!(http
        .get("/metrics")
        .await
        .text()
        .contains("quyche_dataset_reloads_total{result=\"ok\"} 1"));
    // A comment changes no content: the same hash.
    let same = http.get("/v1/deadlines?year=2026&province=dien+bien").await;
    assert_eq!(same.header("etag"), Some(tag.as_str()));
    let with_alias = text.replacen("aliases = [", "aliases = [\"Sở TTTT thử nghiệm\", ", 1);
    assert_ne!(with_alias, text, "{} has aliases", agencies.display());
    std::fs::write(&agencies, with_alias).unwrap();
    quyche_server::reload(&running.app).await;
    let changed = http.get("/v1/deadlines?year=2026&province=dien+bien").await;
    assert_ne!(changed.header("etag"), Some(tag.as_str()));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_in_flight_finish_on_shutdown() {
    let (running, http) = start(config()).await;
    let slow = {
        let http: Http = http.clone();
        tokio::spawn(async move { http.get("/__test/sleep").await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    running.stop().await;
    assert_eq!(slow.await.unwrap().status, 204);
    // No new connection is taken.
    assert!(std::net::TcpStream::connect(http.addr).is_err());
}
