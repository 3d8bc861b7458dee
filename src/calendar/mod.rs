//! The Vietnamese working calendar (being written: see issue 5).
