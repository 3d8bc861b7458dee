//! Reading a dataset directory from disk: every regular file, by its path relative to the root.

use std::path::Path;

use super::MAX_FILE_BYTES;
use crate::error::DataProblem;
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
                    problems.push(DataProblem {
                        file: rel,
                        line: None,
                        field: None,
                        message: format!(
                            "the file is {len} bytes, over the limit of {MAX_FILE_BYTES}; it was not read"
                        ),
                    });
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
