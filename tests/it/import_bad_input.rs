//! Bad input: each gives a clear error (what and where) or diagnostics, never a panic.

use quyche::import::{import_bytes, import_text, ImportOptions, MAX_INPUT_BYTES};
use quyche::Error;

fn err(bytes: &[u8]) -> String {
    match import_bytes(bytes, &ImportOptions::default()) {
        Err(e @ Error::Input { .. }) => e.to_string(),
        Err(e) => panic!("wrong error kind: {e}"),
        Ok(_) => panic!("accepted bad input"),
    }
}

#[test]
fn empty_and_blank_inputs_are_refused() {
    assert!(err(b"").contains("empty"));
    assert!(err(b"  \n\t\r\n ").contains("only whitespace"));
    assert!(
        err("\u{feff}".as_bytes()).contains("whitespace")
            || err("\u{feff}".as_bytes()).contains("empty")
    );
    assert!(import_text("   \n", &ImportOptions::default()).is_err());
}

#[test]
fn binary_data_is_refused_with_offset_and_line() {
    let msg = err(b"Dieu 1.\nabc\x00def");
    assert!(
        msg.contains("binary") && msg.contains("offset 11") && msg.contains("line 2"),
        "{msg}"
    );
}

#[test]
fn utf16_is_refused() {
    assert!(err(&[0xFF, 0xFE, b'a', 0]).contains("UTF-16"));
    assert!(err(&[0xFE, 0xFF, 0, b'a']).contains("UTF-16"));
}

#[test]
fn legacy_encodings_are_refused_with_a_hint() {
    // "Điều" in Windows-1258 / Latin-1-like bytes: 0xD0 then "i" is not valid UTF-8.
    let mut bytes = b"QUYET DINH\nline two\n".to_vec();
    bytes.extend_from_slice(&[0xD0, b'i', 0xEA, b'u']);
    let msg = err(&bytes);
    assert!(msg.contains("not UTF-8"), "{msg}");
    assert!(
        msg.contains("0xD0") && msg.contains("offset 20") && msg.contains("line 3"),
        "{msg}"
    );
    assert!(msg.contains("TCVN3") && msg.contains("VNI"), "{msg}");
}

#[test]
fn utf8_bom_is_stripped() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("Số: 1/2020/QĐ-UBND\nĐiều 1. Quyết định này có hiệu lực.\n".as_bytes());
    let im = import_bytes(&bytes, &ImportOptions::default()).expect("imports");
    assert_eq!(im.instrument.number.as_deref(), Some("1/2020/QĐ-UBND"));
    assert_eq!(im.instrument.body.len(), 1);
}

#[test]
fn too_large_input_is_refused() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    let msg = err(&big);
    assert!(
        msg.contains("too large") && msg.contains(&MAX_INPUT_BYTES.to_string()),
        "{msg}"
    );
}

#[test]
fn a_ten_megabyte_line_is_read() {
    let mut line = String::with_capacity(10 * 1024 * 1024 + 64);
    line.push_str("Điều 1. ");
    while line.len() < 10 * 1024 * 1024 {
        line.push_str("văn bản rất dài khoản 2 Điều 3 Thông tư 22 … ../2019 ");
    }
    let im = import_bytes(line.as_bytes(), &ImportOptions::default()).expect("no error");
    let art = im.instrument.find_eid("art_1").expect("the article");
    assert!(art.text.len() > 10 * 1024 * 1024 - 100);
    // One single line of dots, stars and bookmarks too.
    let odd = "*".repeat(3_000_000) + &"[bookmark: x]".repeat(100_000) + &".".repeat(3_000_000);
    assert!(import_text(&odd, &ImportOptions::default()).is_ok());
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A fixed pseudo-random sequence over a Vietnamese-legal alphabet and raw bytes.
    let pieces: [&[u8]; 16] = [
        "Điều ".as_bytes(),
        b"1. ",
        b"a) ",
        "Chương ".as_bytes(),
        b"IV\n",
        b"**",
        b"\n",
        "PHỤ LỤC ".as_bytes(),
        b"[bookmark: dieu_2]",
        "Mục ".as_bytes(),
        b"|\t",
        "…/2019".as_bytes(),
        "QUY ĐỊNH\n".as_bytes(),
        "(Ban hành kèm theo".as_bytes(),
        b"\xC3",
        b"TM. ",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..400 {
        let mut doc = Vec::new();
        for _ in 0..60 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let idx = usize::try_from(state % 16).unwrap_or(0);
            doc.extend_from_slice(pieces.get(idx).copied().unwrap_or(b""));
        }
        let _ = import_bytes(&doc, &ImportOptions::default());
        if let Ok(s) = std::str::from_utf8(&doc) {
            let _ = import_text(s, &ImportOptions::default());
        }
    }
}
