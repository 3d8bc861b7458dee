//! Structure-aware generators, one a kind of input, each drawing from any [`Choices`]
//! source, with the tokens (`DICT`) the byte-level mutators insert for that kind.
//!
//! [`Choices`]: crate::choice::Choices

pub mod citation;
pub mod dataset;
pub mod dates;
pub mod request;
pub mod text;
