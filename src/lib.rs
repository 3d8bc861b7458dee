//! # quyche
//!
//! Vietnamese regulations on foreign-information activities (thông tin đối ngoại) as data:
//! instruments and their provision trees, agencies, duties, reporting obligations, and
//! due dates computed on the Vietnamese working calendar.
//!
//! The core does no I/O of its own except in [`dataset::Dataset::from_dir`], which reads a
//! dataset directory on request, and it keeps no global state.
//!
//! ## Modules
//! - [`model`]: instruments, provisions, citations, relations.
//! - [`import`]: raw Vietnamese legal text to a provision tree plus diagnostics.
//! - [`dataset`]: the embedded default dataset and on-disk datasets, with validation.
//! - [`agency`], [`obligation`], [`schedule`]: who must do what, for whom, and when.
//! - [`calendar`]: the Vietnamese lunisolar calendar, holidays and working days (usable alone).
//! - [`deadline`]: obligations expanded to due dates, each with a trace.
//! - [`check`]: compliance analysis.
//! - [`akn`]: Akoma Ntoso 3.0 XML export and import (feature `akn`, on by default).
//! - [`query`]: one request in, one JSON answer out; the CLI, the C ABI and Python answer through it.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panic on any input: library code returns typed errors instead of unwrapping, indexing
// or overflowing. Each allowance in the code carries a comment proving its invariant.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
// Unit tests may unwrap: a panic there is a failed test.
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

/// The words of a unit enum: `ALL` (every value in declaration order) and `name_vi`/`name_en`
/// (how tables and pages say it), from one table so that no value lacks a language.
macro_rules! named_values {
    ($ty:ident, $what:literal { $($variant:ident => ($vi:expr, $en:expr)),* $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order (the words a menu or a validator offers).
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];
        }

        #[doc = concat!($what, " in words.")]
        impl $crate::text::Wording for $ty {
            fn name_vi(self) -> &'static str {
                match self {
                    $($ty::$variant => $vi),*
                }
            }

            fn name_en(self) -> &'static str {
                match self {
                    $($ty::$variant => $en),*
                }
            }
        }
    };
}

pub mod agency;
#[cfg(feature = "akn")]
pub mod akn;
pub mod calendar;
pub mod check;
pub mod dataset;
pub mod deadline;
pub mod error;
pub mod import;
mod location;
pub mod model;
pub mod obligation;
pub mod query;
pub mod schedule;
pub mod status;
pub mod succession;
mod table;
pub mod text;

pub use error::{Error, ErrorKind, Result};
