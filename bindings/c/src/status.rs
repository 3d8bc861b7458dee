//! The status every fallible function returns, and its mapping from the core's error kinds.

use quyche_core::ErrorKind;

/// The outcome of a call. `QC_STATUS_OK` (0) is success; every other value is a failure whose
/// details are in the `qc_error` handle written to `err_out`. The values are part of the ABI and
/// never change; new ones may be added.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum qc_status {
    /// Success.
    Ok = 0,
    /// An argument is invalid: a `NULL` pointer where one is required, a length beyond `PTRDIFF_MAX`,
    /// an unknown enum value.
    InvalidArgument = 1,
    /// A string argument is not valid UTF-8.
    InvalidUtf8 = 2,
    /// A lookup found nothing (unknown province, agency, instrument, provision).
    NotFound = 3,
    /// A request or text could not be parsed (malformed JSON, unknown query or option).
    ParseError = 4,
    /// A date is invalid or outside the supported range, or a date computation left it.
    OutOfRange = 5,
    /// A dataset is invalid (the message lists every problem with its file and line).
    DataError = 6,
    /// A file or directory could not be read.
    IoError = 7,
    /// A name matches several things and the call cannot choose.
    Ambiguous = 8,
    /// The input text is not usable (empty, binary, too large).
    InvalidInput = 9,
    /// A Rust panic was caught at the boundary: a bug in quyche; please report it with the message.
    Panic = 10,
    /// An error of a kind this version of the C ABI does not know.
    OtherError = 11,
}

impl qc_status {
    /// The status of an error of the core, by its kind: exhaustive, so a new kind in the core
    /// does not compile here until it has a status (the table `bindings/error-kinds.txt`, which
    /// the Python tests check too, says which).
    pub(crate) fn from_kind(kind: ErrorKind) -> Self {
        match kind {
            ErrorKind::Input => qc_status::InvalidInput,
            ErrorKind::NotFound => qc_status::NotFound,
            ErrorKind::Ambiguous => qc_status::Ambiguous,
            ErrorKind::Dataset => qc_status::DataError,
            ErrorKind::Date => qc_status::OutOfRange,
            ErrorKind::Request => qc_status::ParseError,
            ErrorKind::Io => qc_status::IoError,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::qc_status;
    use quyche_core::ErrorKind;

    /// The shared table of the bindings: `kind`, C status, Python exception, one kind a line.
    const TABLE: &str = include_str!("../../error-kinds.txt");

    fn rows() -> Vec<Vec<&'static str>> {
        TABLE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split_whitespace().collect())
            .collect()
    }

    /// The value the committed header gives a status name (`QC_STATUS_NOT_FOUND = 3`).
    fn header_value(name: &str) -> i64 {
        let header = include_str!("../../../include/quyche.h");
        let line = header
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{name} =")))
            .unwrap_or_else(|| panic!("{name} is not in include/quyche.h"));
        line.split('=')
            .nth(1)
            .unwrap()
            .trim()
            .trim_end_matches(',')
            .parse()
            .unwrap()
    }

    #[test]
    fn every_core_kind_has_the_status_the_shared_table_gives_it() {
        let rows = rows();
        for kind in ErrorKind::ALL {
            let row = rows
                .iter()
                .find(|r| r[0] == kind.as_str())
                .unwrap_or_else(|| panic!("{kind} is missing from bindings/error-kinds.txt"));
            assert_eq!(
                qc_status::from_kind(kind) as i64,
                header_value(row[1]),
                "{kind}: the table says {}",
                row[1]
            );
        }
        assert_eq!(rows.len(), ErrorKind::ALL.len(), "one row per kind");
    }

    #[test]
    fn every_core_kind_has_its_own_status() {
        let statuses: Vec<qc_status> = ErrorKind::ALL
            .iter()
            .map(|k| qc_status::from_kind(*k))
            .collect();
        for (kind, s) in ErrorKind::ALL.iter().zip(&statuses) {
            assert_eq!(
                statuses.iter().filter(|t| *t == s).count(),
                1,
                "kind {kind} shares its status"
            );
        }
    }

    #[test]
    fn a_real_core_error_maps_by_its_kind() {
        let e = quyche_core::Error::NotFound {
            what: "province",
            name: "atlantis".into(),
            suggestions: vec![],
        };
        assert_eq!(qc_status::from_kind(e.kind()), qc_status::NotFound);
    }
}
