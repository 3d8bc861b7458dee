//! Writes the project's dataset plus N synthetic provinces to a directory:
//! `cargo run --release --example gen_provinces -- N OUT_DIR [DATA_DIR]` (wrapped by
//! `scripts/gen-provinces`). The output loads with `quyche --data OUT_DIR ...`.

use quyche_test_support::synthetic;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: gen_provinces N OUT_DIR [DATA_DIR]");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("N must be a number, not {n:?}");
        return ExitCode::from(2);
    };
    let data = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"));
    let result = synthetic::read_data(&data)
        .map_err(|e| format!("{}: {e}", data.display()))
        .and_then(|base| synthetic::generate(&base, n))
        .and_then(|files| {
            let out = PathBuf::from(out);
            if out.exists() {
                std::fs::remove_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
            }
            synthetic::write_data(&files, &out).map_err(|e| format!("{}: {e}", out.display()))
        });
    match result {
        Ok(()) => {
            println!("wrote {n} synthetic provinces to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_provinces: {e}");
            ExitCode::FAILURE
        }
    }
}
