//! Assembling and validating a dataset from its files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::records::{InstrumentMeta, Jurisdiction};
use super::toml_records::TomlFile;
use super::{Dataset, MAX_FILE_BYTES};
use crate::agency::Agency;
use crate::error::DataProblem;
use crate::import::{Correction, ImportOptions};
use crate::model::{Instrument, InstrumentRef, NATIONAL};
use crate::obligation::{Duty, Obligation};
use crate::{Error, Result};

/// Reads every regular file under `dir` (relative paths with `/`), refusing oversized files.
pub(super) fn read_dir(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let io = |path: &Path, e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let meta = std::fs::metadata(dir).map_err(|e| io(dir, e))?;
    if !meta.is_dir() {
        return Err(Error::Io {
            path: dir.to_path_buf(),
            message: "not a directory".into(),
        });
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| io(&d, e))? {
            let entry = entry.map_err(|e| io(&d, e))?;
            let path = entry.path();
            let ft = entry.file_type().map_err(|e| io(&path, e))?;
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() {
                let len = entry.metadata().map_err(|e| io(&path, e))?.len();
                if len > MAX_FILE_BYTES {
                    problems.push(DataProblem { file: rel, line: None, field: None, message: format!("the file is {len} bytes, over the limit of {MAX_FILE_BYTES}; it was not read") });
                    continue;
                }
                out.push((rel, std::fs::read(&path).map_err(|e| io(&path, e))?));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::Dataset { problems });
    }
    out.sort();
    Ok(out)
}

/// Everything read so far, and every problem found.
#[derive(Default)]
struct Builder {
    problems: Vec<DataProblem>,
    jurisdictions: Vec<Jurisdiction>,
    agencies: Vec<(Agency, String, usize)>,
    instruments: BTreeMap<String, Instrument>,
    metas: BTreeMap<String, (InstrumentMeta, String)>,
    /// Every instrument with a readable instrument.toml, loaded or not (so that one failure is
    /// reported once, not again by every record that names it).
    declared: BTreeSet<String>,
    diagnostics: BTreeMap<String, Vec<crate::import::Diagnostic>>,
    duties: Vec<(Duty, String, usize)>,
    succession: crate::succession::Succession,
    obligations: Vec<(Obligation, String, usize)>,
}

pub(super) fn load(files: &[(String, Vec<u8>)]) -> Result<Dataset> {
    let mut b = Builder::default();
    let mut texts: BTreeMap<&str, &str> = BTreeMap::new();
    for (path, bytes) in files {
        match std::str::from_utf8(bytes) {
            Ok(t) => {
                texts.insert(path.as_str(), t);
            }
            Err(e) => b.problems.push(DataProblem {
                file: path.clone(),
                line: Some(super::toml_records::line_of(
                    &String::from_utf8_lossy(bytes),
                    e.valid_up_to(),
                )),
                field: None,
                message: format!(
                    "the file is not UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            }),
        }
    }
    for (path, text) in &texts {
        if *path == "jurisdictions.toml" {
            b.read_jurisdictions(path, text);
        } else if path.starts_with("agencies/") && path.ends_with(".toml") {
            b.read_agencies(path, text);
        }
    }
    for (path, text) in &texts {
        if let Some(id) = path
            .strip_prefix("instruments/")
            .and_then(|p| p.strip_suffix("/instrument.toml"))
        {
            b.read_instrument(id, path, text, &texts);
        }
    }
    b.resolve_instrument_refs();
    for (path, text) in &texts {
        if let Some(id) = path
            .strip_prefix("instruments/")
            .and_then(|p| p.strip_suffix("/rules.toml"))
        {
            b.read_rules(id, path, text);
        }
    }
    b.read_succession(&texts);
    b.check_files(&texts);
    b.validate();
    b.finish()
}

impl Builder {
    fn read_jurisdictions(&mut self, path: &str, text: &str) {
        let file = match TomlFile::parse(path, text) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        file.unknown_keys(&["jurisdiction"], &mut self.problems);
        let mut seen = BTreeSet::new();
        for (j, line) in file.records::<Jurisdiction>("jurisdiction", &mut self.problems) {
            if !seen.insert(j.id.clone()) {
                self.problems.push(file.problem(
                    Some(line),
                    Some("id"),
                    format!("duplicate jurisdiction id {:?}", j.id),
                ));
            }
            self.jurisdictions.push(j);
        }
    }

    fn read_succession(&mut self, texts: &BTreeMap<&str, &str>) {
        let files = texts
            .iter()
            .filter(|(p, _)| p.starts_with("succession/") && p.ends_with(".toml"))
            .map(|(p, t)| (*p, *t));
        match crate::succession::Succession::from_files(files) {
            Ok(s) => self.succession = s,
            Err(Error::Dataset { problems }) => self.problems.extend(problems),
            Err(e) => self.problems.push(DataProblem {
                file: "succession/".into(),
                line: None,
                field: None,
                message: e.to_string(),
            }),
        }
    }

    fn read_agencies(&mut self, path: &str, text: &str) {
        let file = match TomlFile::parse(path, text) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        file.unknown_keys(&["agency"], &mut self.problems);
        for (a, line) in file.records::<Agency>("agency", &mut self.problems) {
            self.agencies.push((a, path.to_owned(), line));
        }
    }

    fn read_instrument(&mut self, id: &str, path: &str, text: &str, texts: &BTreeMap<&str, &str>) {
        let file = match TomlFile::parse(path, text) {
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
                    None,
                    Some("id"),
                    format!("the id {given:?} differs from the directory, which gives {id:?}"),
                ));
            }
        }
        let dir_jurisdiction = id.split('/').next().unwrap_or_default();
        if meta.jurisdiction != dir_jurisdiction {
            self.problems.push(file.problem(
                None,
                Some("jurisdiction"),
                format!(
                    "{:?} differs from the directory's jurisdiction {dir_jurisdiction:?}",
                    meta.jurisdiction
                ),
            ));
        }
        let mut instrument = match &meta.text {
            Some(name) => match self.import_text(id, name, texts) {
                Some(i) => i,
                None => return,
            },
            None => empty_instrument(id),
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
        let file = match TomlFile::parse(path, text) {
            Ok(f) => f,
            Err(p) => {
                self.problems.push(p);
                return Vec::new();
            }
        };
        file.unknown_keys(&["correction"], &mut self.problems);
        file.records::<Correction>("correction", &mut self.problems)
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    /// Gives ids to the instruments that bases and replacement clauses name by number.
    fn resolve_instrument_refs(&mut self) {
        let by_number: BTreeMap<String, String> = self
            .instruments
            .values()
            .filter_map(|i| {
                i.number
                    .as_ref()
                    .map(|n| (crate::text::fold_compact(n), i.id.clone()))
            })
            .collect();
        let by_title: Vec<(String, Vec<String>, String)> = self
            .instruments
            .values()
            .filter_map(|i| {
                Some((
                    crate::text::fold(i.title.as_deref()?),
                    date_forms(i.signed_on?),
                    i.id.clone(),
                ))
            })
            .collect();
        let known: BTreeSet<String> = self.declared.clone();
        let resolve = |r: &mut InstrumentRef| {
            // The importer predicts ids by convention; keep only those the dataset holds.
            if r.id.as_ref().is_some_and(|id| !known.contains(id)) {
                r.id = None;
            }
            if r.id.is_none() {
                r.id = r
                    .number
                    .as_ref()
                    .and_then(|n| by_number.get(&crate::text::fold_compact(n)).cloned());
            }
            // Named by title and date only ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015").
            if r.id.is_none() && r.number.is_none() {
                let quote = crate::text::fold(&r.quote);
                let hits: Vec<&String> = by_title
                    .iter()
                    .filter(|(t, dates, _)| {
                        quote.contains(t.as_str())
                            && dates.iter().any(|d| quote.contains(d.as_str()))
                    })
                    .map(|(_, _, id)| id)
                    .collect();
                if let [one] = hits.as_slice() {
                    r.id = Some((*one).clone());
                }
            }
        };
        for inst in self.instruments.values_mut() {
            inst.bases.iter_mut().for_each(resolve);
            inst.replaces.iter_mut().for_each(resolve);
            for r in &mut inst.references {
                if r.instrument.as_ref().is_some_and(|id| !known.contains(id)) {
                    r.instrument = None;
                }
                if r.instrument.is_none() {
                    r.instrument = r
                        .instrument_number
                        .as_ref()
                        .and_then(|n| by_number.get(&crate::text::fold_compact(n)).cloned());
                }
            }
        }
    }

    fn read_rules(&mut self, id: &str, path: &str, text: &str) {
        let file = match TomlFile::parse(path, text) {
            Ok(f) => f,
            Err(p) => return self.problems.push(p),
        };
        file.unknown_keys(&["duty", "obligation"], &mut self.problems);
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
        for (mut d, line) in file.records::<Duty>("duty", &mut self.problems) {
            d.id = format!("{id}/{}", d.id);
            d.instrument_id = id.to_owned();
            d.province = province.clone();
            match check_quote(inst, &d.eid, &d.quote) {
                Ok(citation) => d.citation = citation,
                Err(m) => self
                    .problems
                    .push(file.problem(Some(line), Some("quote"), m)),
            }
            self.duties.push((d, path.to_owned(), line));
        }
        for (mut o, line) in file.records::<Obligation>("obligation", &mut self.problems) {
            o.id = format!("{id}/{}", o.id);
            o.instrument_id = id.to_owned();
            o.province = province.clone();
            match check_quote(inst, &o.eid, &o.quote) {
                Ok(citation) => o.citation = citation,
                Err(m) => self
                    .problems
                    .push(file.problem(Some(line), Some("quote"), m)),
            }
            for p in o.schedule.problems() {
                self.problems
                    .push(file.problem(Some(line), Some("schedule"), p));
            }
            self.obligations.push((o, path.to_owned(), line));
        }
    }

    /// Files in places the loader does not read are reported, not silently ignored.
    fn check_files(&mut self, texts: &BTreeMap<&str, &str>) {
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

    fn validate(&mut self) {
        let jurisdictions: BTreeSet<String> =
            self.jurisdictions.iter().map(|j| j.id.clone()).collect();
        let mut agency_ids = BTreeSet::new();
        for (a, file, line) in &self.agencies {
            let p = |field: &str, message: String| DataProblem {
                file: file.clone(),
                line: Some(*line),
                field: Some(field.into()),
                message,
            };
            if !agency_ids.insert(a.id.clone()) {
                self.problems
                    .push(p("id", format!("duplicate agency id {:?}", a.id)));
            }
            if let Some(prov) = &a.province {
                if !jurisdictions.contains(prov) {
                    self.problems.push(p(
                        "province",
                        format!("unknown province {prov:?} (not in jurisdictions.toml)"),
                    ));
                }
            }
        }
        for (a, file, line) in &self.agencies {
            for m in &a.members {
                if !agency_ids.contains(m) {
                    self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("members".into()),
                        message: format!("unknown agency id {m:?}"),
                    });
                }
            }
        }
        let unknown = |ids: &mut dyn Iterator<Item = &String>| {
            ids.filter(|id| !agency_ids.contains(*id))
                .cloned()
                .collect::<Vec<_>>()
        };
        let mut seen = BTreeSet::new();
        for (d, file, line) in &self.duties {
            let mut ids = std::iter::once(&d.bearer).chain(d.counterparts.iter());
            for id in unknown(&mut ids) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("bearer/counterparts".into()),
                    message: format!("unknown agency id {id:?}"),
                });
            }
            if !seen.insert(d.id.clone()) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("id".into()),
                    message: format!("duplicate duty id {:?}", d.id),
                });
            }
        }
        for (o, file, line) in &self.obligations {
            let mut ids = o.from.iter().chain(o.to.iter());
            for id in unknown(&mut ids) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("from/to".into()),
                    message: format!("unknown agency id {id:?}"),
                });
            }
            if o.from.is_empty() || o.to.is_empty() {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("from/to".into()),
                    message: "an obligation needs at least one body in `from` and one in `to`"
                        .into(),
                });
            }
            if !seen.insert(o.id.clone()) {
                self.problems.push(DataProblem {
                    file: file.clone(),
                    line: Some(*line),
                    field: Some("id".into()),
                    message: format!("duplicate obligation id {:?}", o.id),
                });
            }
            if let Some(t) = &o.template {
                match self.instruments.get(&t.instrument) {
                    Some(i) if i.find_eid(&t.eid).is_some() => {}
                    None if self.declared.contains(&t.instrument) => {}
                    Some(_) => self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("template".into()),
                        message: format!("{} has no provision {}", t.instrument, t.eid),
                    }),
                    None => self.problems.push(DataProblem {
                        file: file.clone(),
                        line: Some(*line),
                        field: Some("template".into()),
                        message: format!("unknown instrument {:?}", t.instrument),
                    }),
                }
            }
        }
        let links =
            crate::obligation::check_schedule_links(&mut self.obligations, &self.instruments);
        self.problems.extend(links);
        self.validate_instrument_links(&jurisdictions);
        let agencies: Vec<Agency> = self.agencies.iter().map(|(a, _, _)| a.clone()).collect();
        for message in self.succession.validate_against(&agencies) {
            self.problems.push(DataProblem {
                file: "succession/".into(),
                line: None,
                field: None,
                message,
            });
        }
        for j in self
            .succession
            .jurisdictions
            .iter()
            .filter(|j| !jurisdictions.contains(&j.id))
        {
            self.problems.push(DataProblem {
                file: "succession/jurisdictions.toml".into(),
                line: None,
                field: Some("id".into()),
                message: format!("jurisdiction {:?} is not in jurisdictions.toml", j.id),
            });
        }
    }

    fn validate_instrument_links(&mut self, jurisdictions: &BTreeSet<String>) {
        for (id, (meta, file)) in &self.metas {
            let p = |field: &str, message: String| DataProblem {
                file: file.clone(),
                line: None,
                field: Some(field.into()),
                message,
            };
            if !jurisdictions.contains(&meta.jurisdiction) {
                self.problems.push(p(
                    "jurisdiction",
                    format!(
                        "unknown jurisdiction {:?} (not in jurisdictions.toml)",
                        meta.jurisdiction
                    ),
                ));
            }
            for target in meta
                .replaces
                .iter()
                .chain(meta.bases.iter())
                .chain(meta.replaced_by.iter())
            {
                if !self.declared.contains(target) {
                    self.problems.push(p(
                        "replaces/bases/replaced_by",
                        format!("unknown instrument id {target:?}"),
                    ));
                }
                if target == id {
                    self.problems.push(p(
                        "replaces/bases/replaced_by",
                        format!("{id} refers to itself"),
                    ));
                }
            }
        }
        // A cycle of replacements (A replaces B replaces ... A) cannot be law. Both ways of
        // saying it count: B's text says it replaces A, or A's metadata says `replaced_by` B.
        let mut edges: BTreeMap<&str, Vec<&str>> = self
            .instruments
            .values()
            .map(|i| {
                (
                    i.id.as_str(),
                    i.replaces.iter().filter_map(|r| r.id.as_deref()).collect(),
                )
            })
            .collect();
        for (id, (meta, _)) in &self.metas {
            if let Some(by) = meta.replaced_by.as_deref() {
                edges.entry(by).or_default().push(id.as_str());
            }
        }
        for start in edges.keys() {
            if let Some(cycle) = find_cycle(start, &edges) {
                let file = self
                    .metas
                    .get(*start)
                    .map(|(_, f)| f.clone())
                    .unwrap_or_default();
                self.problems.push(DataProblem {
                    file,
                    line: None,
                    field: Some("replaces".into()),
                    message: format!("a cycle of replacements: {}", cycle.join(" → ")),
                });
                break;
            }
        }
    }

    fn finish(self) -> Result<Dataset> {
        if !self.problems.is_empty() {
            return Err(Error::Dataset {
                problems: self.problems,
            });
        }
        let restored = self
            .metas
            .iter()
            .filter(|(_, (m, _))| !m.restored.is_empty())
            .map(|(id, (m, _))| (id.clone(), m.restored.clone()))
            .collect();
        let replaced_by = self
            .metas
            .iter()
            .filter_map(|(id, (m, _))| m.replaced_by.clone().map(|by| (id.clone(), by)))
            .collect();
        let agencies: Vec<Agency> = self.agencies.into_iter().map(|(a, _, _)| a).collect();
        let agency_index = agency_index(&agencies);
        Ok(Dataset {
            // In id order: `Dataset::instrument` searches ids by bisection.
            instruments: self.instruments.into_values().collect(),
            jurisdictions: self.jurisdictions,
            agencies,
            agency_index,
            duties: self.duties.into_iter().map(|(d, _, _)| d).collect(),
            obligations: self.obligations.into_iter().map(|(o, _, _)| o).collect(),
            diagnostics: self.diagnostics,
            restored,
            replaced_by,
            succession: self.succession,
        })
    }
}

/// Agency id → position in `agencies`.
pub(super) fn agency_index(agencies: &[Agency]) -> BTreeMap<String, usize> {
    // Reversed, so that the first agency of a (refused anyway) duplicate id wins.
    agencies
        .iter()
        .enumerate()
        .rev()
        .map(|(n, a)| (a.id.clone(), n))
        .collect()
}

/// The ways a text writes a date, folded: "ngay 19 thang 6 nam 2015", "ngay 19 thang 06 nam 2015", "19 6 2015".
fn date_forms(d: chrono::NaiveDate) -> Vec<String> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    vec![
        format!("ngay {day} thang {m} nam {y}"),
        format!("ngay {day:02} thang {m:02} nam {y}"),
        format!("ngay {day:02} thang {m} nam {y}"),
        format!("ngay {day} thang {m:02} nam {y}"),
        format!("{day} {m} {y}"),
        format!("{day:02} {m:02} {y}"),
    ]
}

fn empty_instrument(id: &str) -> Instrument {
    Instrument {
        id: id.to_owned(),
        number: None,
        kind: crate::model::InstrumentKind::Other,
        title: None,
        issuer: None,
        jurisdiction: String::new(),
        signer: None,
        place: None,
        signed_on: None,
        effective_from: None,
        status: crate::model::Status::Unknown,
        replaces: Vec::new(),
        bases: Vec::new(),
        verified_on: None,
        body: Vec::new(),
        attachments: Vec::new(),
        references: Vec::new(),
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

fn find_cycle<'a>(start: &'a str, edges: &BTreeMap<&'a str, Vec<&'a str>>) -> Option<Vec<&'a str>> {
    let mut path = vec![start];
    let mut stack: Vec<(usize, &'a str)> = edges
        .get(start)
        .map(|v| v.iter().map(|n| (1usize, *n)).collect())
        .unwrap_or_default();
    while let Some((depth, node)) = stack.pop() {
        path.truncate(depth);
        if node == start {
            path.push(node);
            return Some(path);
        }
        if path.contains(&node) || depth > edges.len() {
            continue;
        }
        path.push(node);
        if let Some(next) = edges.get(node) {
            stack.extend(next.iter().map(|n| (depth.saturating_add(1), *n)));
        }
    }
    None
}
