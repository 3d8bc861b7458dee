//! The `quyche` command-line tool.
fn main() {}
