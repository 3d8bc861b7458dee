use quyche::import::{import_text, corrections_from_toml, ImportOptions};
use quyche::model::Provision;

fn outline(p: &Provision, depth: usize, out: &mut String) {
    let t: String = p.text.chars().take(50).collect();
    out.push_str(&format!("{}{} [{}] h={:?} {:?} t={:?}\n", "  ".repeat(depth), p.eid, p.citation, p.heading, p.provenance, t));
    for c in &p.children { outline(c, depth + 1, out); }
}

#[test]
fn dump() {
    for dir in ["tra-vinh/21-2017-qd-ubnd","quang-ninh/38-2018-qd-ubnd","dien-bien/18-2018-qd-ubnd","soc-trang/du-thao-2019","vn/22-2016-tt-btttt"] {
        let base = format!("data/instruments/{dir}");
        let text = std::fs::read_to_string(format!("{base}/text.txt")).unwrap();
        let mut opts = ImportOptions::default();
        if std::env::var("CORR").is_ok() {
            if let Ok(c) = std::fs::read_to_string(format!("{base}/corrections.toml")) { opts.corrections = corrections_from_toml(&c).unwrap(); }
        }
        let im = import_text(&text, &opts).unwrap();
        let i = &im.instrument;
        let mut out = format!("=== {dir}\nid={} num={:?} kind={:?} title={:?} issuer={:?} j={} signer={:?} place={:?} signed={:?} eff={:?} status={:?}\n", i.id, i.number, i.kind, i.title, i.issuer, i.jurisdiction, i.signer, i.place, i.signed_on, i.effective_from, i.status);
        for b in &i.bases { out.push_str(&format!(" basis {:?} {:?}\n", b.number, b.id)); }
        for b in &i.replaces { out.push_str(&format!(" replaces {:?} {:?} {:?}\n", b.number, b.id, b.quote)); }
        for p in &i.body { outline(p, 0, &mut out); }
        for a in &i.attachments { out.push_str(&format!("ATT {} {} {:?}\n", a.eid, a.kind, a.title)); for p in &a.body { outline(p, 1, &mut out); } }
        for r in &i.references { out.push_str(&format!(" ref {:?} {} {:?} {:?} {:?} {:?}\n", r.kind, r.from, r.citation, r.instrument, r.instrument_number, r.quote)); }
        for d in &im.diagnostics { out.push_str(&format!(" D {} {:?} L{:?} {:?} {}\n", d.code, d.severity, d.line, d.provision, d.message)); }
        std::fs::write(format!("/tmp/dump_{}.txt", dir.replace('/', "_")), out).unwrap();
    }
}
