//! The dataset being served, swapped whole on reload: a request holds the ruleset it started
//! with until it ends, so no request ever sees half of one dataset and half of another.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use arc_swap::ArcSwap;
use quyche::dataset::Dataset;
use quyche::query::RuleSet;

/// A loaded ruleset and what identifies its content.
#[derive(Debug)]
pub struct Loaded {
    /// The ruleset.
    pub rules: RuleSet,
    /// A hash of the dataset's content (and of the library's version, whose code computes the
    /// answers): the first half of every ETag.
    pub hash: u64,
    /// When this server loaded it (the `DTSTAMP` of calendar feeds).
    pub loaded_at: SystemTime,
    /// `embedded` or the directory it came from.
    pub source: String,
}

impl Loaded {
    /// Loads the embedded dataset, or `dir`.
    ///
    /// # Errors
    /// The library's error: for a directory, every problem with its file, line and field.
    pub fn load(dir: Option<&Path>) -> quyche::Result<Self> {
        let (rules, source) = match dir {
            Some(d) => (RuleSet::from_dir(d)?, d.display().to_string()),
            None => (RuleSet::embedded()?, "embedded".to_owned()),
        };
        let hash = fingerprint(rules.dataset());
        Ok(Loaded {
            rules,
            hash,
            loaded_at: SystemTime::now(),
            source,
        })
    }
}

/// The dataset in service, replaced atomically.
#[derive(Debug)]
pub struct Data {
    current: ArcSwap<Loaded>,
    dir: Option<PathBuf>,
}

impl Data {
    /// Serves `loaded`, reloading from `dir` on [`Data::reload`].
    pub fn new(loaded: Loaded, dir: Option<PathBuf>) -> Self {
        Data {
            current: ArcSwap::from_pointee(loaded),
            dir,
        }
    }

    /// The ruleset in service now; the caller keeps it for the whole request.
    pub fn current(&self) -> Arc<Loaded> {
        self.current.load_full()
    }

    /// Loads the dataset again from its directory and serves it if it loads; otherwise the one
    /// in service stays. Returns the new content hash.
    ///
    /// # Errors
    /// The library's error (every problem of the dataset); nothing was replaced.
    pub fn reload(&self) -> quyche::Result<u64> {
        let loaded = Loaded::load(self.dir.as_deref())?;
        let hash = loaded.hash;
        self.current.store(Arc::new(loaded));
        Ok(hash)
    }
}

/// FNV-1a, 64 bits: a stable hash (the same on every replica and every build of one version),
/// enough to tell datasets apart in ETags (this is no defence against a forger).
#[derive(Debug, Clone, Copy)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Adds bytes.
    pub fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl Write for Fnv {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.add(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The hash of everything in a dataset that an answer can show, written as JSON into the hash
/// (never held in memory whole).
pub fn fingerprint(ds: &Dataset) -> u64 {
    let mut h = Fnv::default();
    h.add(env!("CARGO_PKG_VERSION").as_bytes());
    let mut part = |value: &dyn erased::Json| {
        value.write_json(&mut h);
        h.add(b"\n");
    };
    part(&ds.instruments());
    part(&ds.jurisdictions());
    part(&ds.agencies());
    part(&ds.duties());
    part(&ds.obligations());
    part(&ds.succession());
    for i in ds.instruments() {
        part(&ds.diagnostics(&i.id));
        part(&ds.restored_fields(&i.id));
        part(&ds.replaced_by(&i.id));
    }
    h.0
}

mod erased {
    /// A value written as JSON into a hash.
    pub trait Json {
        fn write_json(&self, h: &mut super::Fnv);
    }

    impl<T: serde::Serialize> Json for T {
        fn write_json(&self, h: &mut super::Fnv) {
            // Writing into a hash cannot fail; a value that cannot be serialised adds its error.
            if let Err(e) = serde_json::to_writer(&mut *h, self) {
                h.add(e.to_string().as_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_its_published_test_vector() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the FNV authors' test suite).
        let mut h = Fnv::default();
        h.add(b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_same_dataset_has_the_same_hash_and_a_changed_one_another() {
        let a = Loaded::load(None).unwrap();
        let b = Loaded::load(None).unwrap();
        assert_eq!(a.hash, b.hash);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let from_dir = Loaded::load(Some(&dir)).unwrap();
        // The embedded dataset is a snapshot of data/: the same content.
        assert_eq!(from_dir.hash, a.hash);
    }
}
