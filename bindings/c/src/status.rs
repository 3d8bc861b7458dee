//! The status every fallible function returns, and its mapping from the core's error kinds.

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
    /// The status of an error of the core, from its stable kind name.
    pub(crate) fn from_kind(kind: &str) -> Self {
        match kind {
            "input" => qc_status::InvalidInput,
            "not_found" => qc_status::NotFound,
            "ambiguous" => qc_status::Ambiguous,
            "dataset" => qc_status::DataError,
            "date" => qc_status::OutOfRange,
            "request" => qc_status::ParseError,
            "io" => qc_status::IoError,
            _ => qc_status::OtherError,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::qc_status;

    #[test]
    fn every_core_kind_has_its_own_status() {
        let kinds = [
            "input",
            "not_found",
            "ambiguous",
            "dataset",
            "date",
            "request",
            "io",
        ];
        let statuses: Vec<qc_status> = kinds.iter().map(|k| qc_status::from_kind(k)).collect();
        for (i, s) in statuses.iter().enumerate() {
            assert_ne!(*s, qc_status::OtherError, "kind {}", kinds[i]);
            assert_eq!(
                statuses.iter().filter(|t| *t == s).count(),
                1,
                "kind {} shares its status",
                kinds[i]
            );
        }
        assert_eq!(qc_status::from_kind("something_new"), qc_status::OtherError);
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
