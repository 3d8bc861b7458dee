//! The legal-document model: instruments, their provision trees, citations and relations.
//!
//! Everything here is plain data (serde-serializable, no I/O). Unknown values are `None`,
//! never made up: a draft has no number and no dates.

mod citation;
mod instrument;
mod provision;
mod relation;

pub(crate) use citation::{anchor_attachments, eid_num, ordinal_value, roman_value};
pub use citation::{with_act, Citation, CitationRef, CitationStep, IssuedWith};
pub use instrument::{Attachment, Instrument, InstrumentKind, InstrumentRef, Status, NATIONAL};
pub use provision::{Provenance, Provision, ProvisionKind};
pub use relation::{Reference, RelationKind};
