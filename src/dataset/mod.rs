//! The dataset (being written: see issue 3).
