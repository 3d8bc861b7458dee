//! `quyche serve` as a process: its JSON answers are byte for byte what `quyche ... --format
//! json` prints (without the final newline), SIGHUP reloads `--data`, SIGTERM lets the request
//! in flight finish.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn quyche(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_quyche"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

struct Server {
    child: Child,
    addr: String,
    log: mpsc::Receiver<String>,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_quyche"))
            .args(extra)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, log) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut server = Server {
            child,
            addr: String::new(),
            log,
        };
        let line = server.wait_for("listening on http://");
        server.addr = line
            .split("listening on http://")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        server
    }

    fn wait_for(&self, text: &str) -> String {
        loop {
            let line = self
                .log
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no log line with {text:?}"));
            if line.contains(text) {
                return line;
            }
        }
    }

    fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .args(["-s", name, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(ok.success());
    }

    /// A request over plain HTTP/1.1: (status, body).
    fn get(&self, target: &str) -> (u16, Vec<u8>) {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "GET {target} HTTP/1.1\r\nHost: quyche\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        let split = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&out[..split]).into_owned();
        let status = head[9..12].parse().unwrap();
        (status, out[split + 4..].to_vec())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[test]
fn every_kind_of_endpoint_answers_the_cli_bytes() {
    let server = Server::start(&[]);
    let tt = enc("Sở TT&TT");
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            "/v1/instruments?as_of=2017-11-05".into(),
            vec!["instruments", "--as-of", "2017-11-05"],
        ),
        (
            "/v1/provinces?as_of=2026-11-23".into(),
            vec!["provinces", "--as-of", "2026-11-23"],
        ),
        (
            format!(
                "/v1/instruments/{}?citation={}",
                enc("21/2017/QĐ-UBND"),
                enc("Khoản 2 Điều 20")
            ),
            vec!["show", "21/2017/QĐ-UBND", "Khoản 2 Điều 20"],
        ),
        (
            "/v1/agencies?province=quang+ninh".into(),
            vec!["agencies", "--province", "quang ninh"],
        ),
        (
            format!("/v1/agencies?history={tt}&province=tra+vinh"),
            vec![
                "agencies",
                "--history",
                "Sở TT&TT",
                "--province",
                "tra vinh",
            ],
        ),
        (
            format!("/v1/duties?province=quang+ninh&agency={tt}"),
            vec!["duties", "--province", "quang ninh", "--agency", "Sở TT&TT"],
        ),
        (
            "/v1/obligations?province=dien+bien&frequency=annual".into(),
            vec![
                "obligations",
                "--province",
                "dien bien",
                "--frequency",
                "annual",
            ],
        ),
        (
            "/v1/deadlines?year=2026&province=tra+vinh&as_of=2026-11-23&current_bearers=true"
                .into(),
            vec![
                "deadlines",
                "--year",
                "2026",
                "--province",
                "tra vinh",
                "--as-of",
                "2026-11-23",
                "--current-bearers",
            ],
        ),
        (
            "/v1/deadlines?from=2026-01-01&to=2026-03-31&shift=next".into(),
            vec![
                "deadlines",
                "--from",
                "2026-01-01",
                "--to",
                "2026-03-31",
                "--shift",
                "next",
            ],
        ),
        (
            "/v1/calendar/2026?calendar=labour".into(),
            vec!["calendar", "2026", "--calendar", "labour"],
        ),
        (
            "/v1/workdays/add?date=2026-08-28&n=1".into(),
            vec!["workdays", "add", "2026-08-28", "1"],
        ),
        (
            "/v1/workdays/add?date=2026-09-07&n=-4&calendar=labour".into(),
            vec![
                "workdays",
                "add",
                "2026-09-07",
                "-4",
                "--calendar",
                "labour",
            ],
        ),
        (
            "/v1/workdays/between?from=2026-01-01&to=2027-01-01".into(),
            vec!["workdays", "between", "2026-01-01", "2027-01-01"],
        ),
        (
            "/v1/workdays/is?date=2026-09-02".into(),
            vec!["workdays", "is", "2026-09-02"],
        ),
        (
            "/v1/lunar/from-solar?date=2026-02-17".into(),
            vec!["lunar", "from-solar", "2026-02-17"],
        ),
        (
            "/v1/lunar/to-solar?date=2025-06-01&leap=true".into(),
            vec!["lunar", "to-solar", "2025-06-01", "--leap"],
        ),
        (
            "/v1/check?province=dien+bien".into(),
            vec!["check", "--province", "dien bien"],
        ),
        (
            "/v1/compare?what=duties".into(),
            vec!["compare", "--what", "duties"],
        ),
    ];
    for (target, args) in cases {
        let mut cli_args = args.clone();
        cli_args.extend(["--format", "json"]);
        let mut expected = quyche(&cli_args);
        assert_eq!(expected.pop(), Some(b'\n'), "{args:?}");
        let (status, body) = server.get(&target);
        assert_eq!(status, 200, "{target}: {}", String::from_utf8_lossy(&body));
        assert!(
            body == expected,
            "{target}: differs from quyche {}",
            args.join(" ")
        );
    }
    // The other formats: the same bytes as the CLI's.
    for (target, args) in [
        (
            "/v1/deadlines.csv?year=2026&province=quang+ninh",
            vec![
                "deadlines",
                "--year",
                "2026",
                "--province",
                "quang ninh",
                "--format",
                "csv",
            ],
        ),
        (
            "/v1/compare.csv?what=duties",
            vec!["compare", "--what", "duties", "--format", "csv"],
        ),
        ("/v1/compare.html", vec!["compare", "--format", "html"]),
    ] {
        let (status, body) = server.get(target);
        assert_eq!(status, 200);
        assert!(body == quyche(&args), "{target}");
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn sighup_reloads_and_sigterm_finishes_in_flight() {
    let dir = std::env::temp_dir().join(format!("quyche-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"),
        &dir,
    );
    let server = Server::start(&["--data", dir.to_str().unwrap()]);
    let (_, before) = server.get("/readyz");
    // A broken file: rejected with its file and line, the old dataset keeps serving.
    std::fs::write(dir.join("agencies/zz-broken.toml"), "[[agency]]\nid = \n").unwrap();
    server.signal("HUP");
    let line = server.wait_for("dataset problem");
    assert!(line.contains("agencies/zz-broken.toml"), "{line}");
    server.wait_for("the old one keeps serving");
    assert_eq!(server.get("/readyz").1, before);
    assert_eq!(server.get("/v1/workdays/is?date=2026-09-02").0, 200);
    // Fixed with a change: served.
    std::fs::remove_file(dir.join("agencies/zz-broken.toml")).unwrap();
    let f = dir.join("agencies/dien-bien.toml");
    let text =
        std::fs::read_to_string(&f)
            .unwrap()
            .replacen("aliases = [", "aliases = [\"Sở thử\", ", 1);
    std::fs::write(&f, text).unwrap();
    server.signal("HUP");
    server.wait_for("dataset reloaded");
    assert_ne!(server.get("/readyz").1, before);
    // SIGTERM while a request is being answered: it finishes, then the process exits 0.
    let addr = server.addr.clone();
    let slow = std::thread::spawn(move || {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(
            s,
            "GET /v1/compare.html?what=duties HTTP/1.1\r\nHost: q\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        out
    });
    // Long enough for the connection to be accepted, shorter than the answer takes.
    std::thread::sleep(Duration::from_millis(20));
    server.signal("TERM");
    let answer = slow.join().unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200 OK"),
        "{}",
        String::from_utf8_lossy(&answer[..answer.len().min(200)])
    );
    let mut server = server;
    let status = server.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
