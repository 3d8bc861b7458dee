//! Reading the dataset's files one by one into the builder, each problem with its file and line.

use std::collections::BTreeMap;

use super::load::Builder;
use super::records::{InstrumentMeta, ProvincialBody};
use crate::agency::Agency;
use crate::error::DataProblem;
use crate::import::{Correction, ImportOptions};
use crate::location::TomlFile;
use crate::model::{Instrument, InstrumentRef, NATIONAL};
use crate::obligation::{Duty, Obligation};
use crate::schedule::Schedule;

impl Builder {
    pub(super) fn read_jurisdictions(&mut self, path: &str, text: &str) {
        let s = crate::succession::read_tables(path, text, &["jurisdiction"], &mut self.problems);
        self.jurisdictions.extend(s.jurisdictions);
    }

    /// The succession files, with the jurisdictions of `jurisdictions.toml` (which the
    /// succession files do not repeat) and the links those imply.
    pub(super) fn read_succession(&mut self, texts: &BTreeMap<&str, &str>) {
        let mut all = crate::succession::Succession::default();
        for (path, text) in texts
            .iter()
            .filter(|(p, _)| p.starts_with("succession/") && p.ends_with(".toml"))
        {
            let s =
                crate::succession::read_tables(path, text, &["link", "status"], &mut self.problems);
            all.extend(s);
        }
        all.jurisdictions = self.jurisdictions.clone();
        self.succession = all.with_unit_links();
    }

    pub(super) fn read_agencies(&mut self, path: &str, text: &str) {
        const TABLES: &[&str] = &["agency", "in_every_province"];
        let file = match TomlFile::parse(path, text, TABLES) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        file.unknown_keys(TABLES, &mut self.problems);
        for (a, line) in file.read_records::<Agency>("agency", &mut self.problems) {
            self.agencies.push((a, path.to_owned(), line));
        }
        for (p, line) in
            file.read_records::<ProvincialBody>("in_every_province", &mut self.problems)
        {
            self.provincial_bodies.push((p, path.to_owned(), line));
        }
    }

    pub(super) fn read_instrument(
        &mut self,
        id: &str,
        path: &str,
        text: &str,
        texts: &BTreeMap<&str, &str>,
    ) {
        let file = match TomlFile::parse(path, text, &["restored"]) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        let Some(meta) = file.whole::<InstrumentMeta>(&mut self.problems) else {
            return;
        };
        self.declared.insert(id.to_owned());
        if let Some(given) = &meta.id {
            if given != id {
                self.problems.push(file.problem(
                    file.key_line("id"),
                    Some("id"),
                    format!("the id {given:?} differs from the directory, which gives {id:?}"),
                ));
            }
        }
        let dir_jurisdiction = id.split('/').next().unwrap_or_default();
        if meta.jurisdiction != dir_jurisdiction {
            self.problems.push(file.problem(
                file.key_line("jurisdiction"),
                Some("jurisdiction"),
                format!(
                    "{:?} differs from the directory's jurisdiction {dir_jurisdiction:?}",
                    meta.jurisdiction
                ),
            ));
        }
        if !meta.verified && meta.note.as_deref().map_or(true, |n| n.trim().is_empty()) {
            self.problems.push(file.problem(
                file.key_line("verified"),
                Some("note"),
                "an instrument with `verified = false` needs a `note` saying what is known and from where",
            ));
        }
        let mut instrument = match &meta.text {
            Some(name) => match self.import_text(id, name, texts) {
                Some(i) => i,
                None => return,
            },
            None => Instrument::blank(id.to_owned(), String::new()),
        };
        apply_meta(&mut instrument, &meta);
        // The metadata may set the number or the draft status that attachment citations name.
        crate::model::anchor_attachments(&mut instrument);
        self.metas.insert(id.to_owned(), (meta, path.to_owned()));
        self.instruments.insert(id.to_owned(), instrument);
    }

    fn import_text(
        &mut self,
        id: &str,
        name: &str,
        texts: &BTreeMap<&str, &str>,
    ) -> Option<Instrument> {
        let dir = format!("instruments/{id}");
        let text_path = format!("{dir}/{name}");
        let Some(text) = texts.get(text_path.as_str()) else {
            self.problems.push(DataProblem {
                file: format!("{dir}/instrument.toml"),
                line: None,
                field: Some("text".into()),
                message: format!("the text file {text_path} does not exist"),
            });
            return None;
        };
        let corrections_path = format!("{dir}/corrections.toml");
        let corrections = match texts.get(corrections_path.as_str()) {
            Some(c) => self.read_corrections(&corrections_path, c),
            None => Vec::new(),
        };
        let options = ImportOptions {
            id: Some(id.to_owned()),
            jurisdiction: id.split('/').next().map(str::to_owned),
            corrections,
        };
        match crate::import::import_text(text, &options) {
            Ok(imported) => {
                self.diagnostics.insert(id.to_owned(), imported.diagnostics);
                Some(imported.instrument)
            }
            Err(e) => {
                self.problems.push(DataProblem {
                    file: text_path,
                    line: None,
                    field: None,
                    message: e.to_string(),
                });
                None
            }
        }
    }

    fn read_corrections(&mut self, path: &str, text: &str) -> Vec<Correction> {
        let file = match TomlFile::parse(path, text, &["correction"]) {
            Ok(f) => f,
            Err(p) => {
                self.problems.push(p);
                return Vec::new();
            }
        };
        file.unknown_keys(&["correction"], &mut self.problems);
        file.read_records::<Correction>("correction", &mut self.problems)
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    pub(super) fn read_rules(&mut self, id: &str, path: &str, text: &str) {
        const TABLES: &[&str] = &["duty", "obligation"];
        let file = match TomlFile::parse(path, text, TABLES) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        file.unknown_keys(TABLES, &mut self.problems);
        let Some(inst) = self.instruments.get(id) else {
            if !self.declared.contains(id) {
                self.problems.push(file.problem(
                    None,
                    None,
                    format!("there is no instrument.toml for {id:?} beside this file"),
                ));
            }
            return;
        };
        let province = (inst.jurisdiction != NATIONAL).then(|| inst.jurisdiction.clone());
        let quote_line = |n: usize| {
            file.records("duty")
                .iter()
                .chain(file.records("obligation"))
                .find(|r| r.line == n)
                .map_or(n, |r| r.field_line("quote"))
        };
        for (mut d, line) in file.read_records::<Duty>("duty", &mut self.problems) {
            d.id = format!("{id}/{}", d.id);
            d.instrument_id = id.to_owned();
            d.province = province.clone();
            if let Err(m) = summary_vi(&mut d.summary_vi) {
                self.problems
                    .push(file.problem(Some(line), Some("summary_vi"), m));
            }
            match check_quote(inst, &d.eid, &d.quote) {
                Ok(citation) => d.citation = citation,
                Err(m) => {
                    self.problems
                        .push(file.problem(Some(quote_line(line)), Some("quote"), m))
                }
            }
            self.duties.push((d, path.to_owned(), line));
        }
        for (mut o, line) in file.read_records::<Obligation>("obligation", &mut self.problems) {
            o.id = format!("{id}/{}", o.id);
            o.instrument_id = id.to_owned();
            o.province = province.clone();
            if let Err(m) = summary_vi(&mut o.summary_vi) {
                self.problems
                    .push(file.problem(Some(line), Some("summary_vi"), m));
            }
            match check_quote(inst, &o.eid, &o.quote) {
                Ok(citation) => o.citation = citation,
                Err(m) => {
                    self.problems
                        .push(file.problem(Some(quote_line(line)), Some("quote"), m))
                }
            }
            for p in o.schedule.problems() {
                self.problems
                    .push(file.problem(Some(line), Some("schedule"), p));
            }
            for m in event_vi(&mut o.schedule) {
                self.problems
                    .push(file.problem(Some(line), Some("event_vi"), m));
            }
            self.obligations.push((o, path.to_owned(), line));
        }
    }

    /// Files in places the loader does not read are reported, not silently ignored.
    pub(super) fn check_files(&mut self, texts: &BTreeMap<&str, &str>) {
        for path in texts.keys() {
            let known = *path == "jurisdictions.toml"
                || (path.starts_with("agencies/") && path.ends_with(".toml"))
                || path.starts_with("succession/")
                || path.starts_with("calendar/")
                || path.ends_with(".md")
                || path.starts_with("instruments/");
            if !known {
                self.problems.push(DataProblem {
                    file: (*path).to_owned(),
                    line: None,
                    field: None,
                    message:
                        "the dataset does not read files here (see docs/dataset.md for the layout)"
                            .into(),
                });
            }
        }
    }
}

/// The metadata file wins over what the importer read; lists given there are added.
fn apply_meta(inst: &mut Instrument, meta: &InstrumentMeta) {
    inst.id
        .clone_from(&meta.id.clone().unwrap_or_else(|| inst.id.clone()));
    inst.kind = meta.kind;
    inst.jurisdiction.clone_from(&meta.jurisdiction);
    inst.status = meta.status;
    inst.verified_on = meta.verified_on;
    let set = |slot: &mut Option<_>, v: &Option<_>| {
        if v.is_some() {
            slot.clone_from(v);
        }
    };
    set(&mut inst.number, &meta.number);
    set(&mut inst.title, &meta.title);
    set(&mut inst.issuer, &meta.issuer);
    set(&mut inst.signer, &meta.signer);
    set(&mut inst.place, &meta.place);
    if meta.signed_on.is_some() {
        inst.signed_on = meta.signed_on;
    }
    if meta.effective_from.is_some() {
        inst.effective_from = meta.effective_from;
    }
    // A draft has no number and no dates, whatever placeholders its text carries.
    if meta.status == crate::model::Status::Draft {
        if meta.number.is_none() {
            inst.number = None;
        }
        if meta.signed_on.is_none() {
            inst.signed_on = None;
        }
        if meta.effective_from.is_none() {
            inst.effective_from = None;
        }
    }
    for id in &meta.replaces {
        if !inst.replaces.iter().any(|r| r.id.as_deref() == Some(id)) {
            inst.replaces.push(InstrumentRef {
                id: Some(id.clone()),
                number: None,
                quote: String::new(),
            });
        }
    }
    for id in &meta.bases {
        if !inst.bases.iter().any(|r| r.id.as_deref() == Some(id)) {
            inst.bases.push(InstrumentRef {
                id: Some(id.clone()),
                number: None,
                quote: String::new(),
            });
        }
    }
}

/// A Vietnamese summary, given or not, but never empty; stored in NFC like every text.
fn summary_vi(s: &mut Option<String>) -> std::result::Result<(), String> {
    match s.as_mut() {
        Some(text) if text.trim().is_empty() => {
            Err("summary_vi is empty: give the Vietnamese summary or leave the key out".to_owned())
        }
        Some(text) => {
            *text = crate::text::nfc(text);
            Ok(())
        }
        None => Ok(()),
    }
}

/// The Vietnamese words of an event schedule (or of the events among alternatives), given or
/// not, but never empty; stored in NFC like every text. Returns what is wrong.
fn event_vi(schedule: &mut Schedule) -> Vec<String> {
    match schedule {
        Schedule::Event {
            event_vi: Some(text),
            ..
        } if text.trim().is_empty() => {
            vec!["event_vi is empty: give the event in Vietnamese or leave the key out".to_owned()]
        }
        Schedule::Event {
            event_vi: Some(text),
            ..
        } => {
            *text = crate::text::nfc(text);
            Vec::new()
        }
        Schedule::Alternatives { options } => options
            .iter_mut()
            .flat_map(|o| event_vi(&mut o.schedule))
            .collect(),
        _ => Vec::new(),
    }
}

/// The citation of the provision `eid`, if `quote` is found verbatim in its text.
fn check_quote(inst: &Instrument, eid: &str, quote: &str) -> std::result::Result<String, String> {
    let Some(node) = inst.find_eid(eid) else {
        return Err(format!("{} has no provision with eId {eid:?}", inst.id));
    };
    let quote = crate::text::nfc(quote);
    if quote.trim().is_empty() {
        return Err(format!("the quote for {} ({eid}) is empty", node.citation));
    }
    if node.text.contains(&quote) || node.heading.as_deref().is_some_and(|h| h.contains(&quote)) {
        Ok(node.citation.clone())
    } else {
        Err(format!(
            "the quote {:?} is not in the text of {} ({eid}) of {}",
            shorten(&quote),
            node.citation,
            inst.id
        ))
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(80).collect::<String>())
    } else {
        s.to_owned()
    }
}
