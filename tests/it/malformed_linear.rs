//! The importer's work grows linearly with its input.
//!
//! Measured deterministically by counting the bytes the import allocates (a counting global
//! allocator in this test binary): a quadratic step that copies or collects (cloning a
//! sibling list per node, rebuilding a string per line) shows up as a quadratic byte count.
//! It cannot see a quadratic loop that allocates nothing; the timed test below (ignored by
//! default, as timings in a shared debug build are noisy) compares time ratios for that.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

use quyche::import::{import_text, ImportOptions};

struct Counting;

static ALLOCATED: AtomicU64 = AtomicU64::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts the bytes asked for.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size() as u64, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size as u64, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A decision of `n` articles, each with a heading, two clauses with a point, a bullet, an
/// unnumbered paragraph and a cross-reference; then an attached regulation of `n` articles.
fn text(n: usize) -> String {
    let mut s = String::from(
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nSố: 1/2020/QĐ-UBND\nTrà Vinh, ngày 01 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\n",
    );
    for part in [
        "",
        "QUY ĐỊNH\n(Ban hành kèm theo Quyết định số 1/2020/QĐ-UBND)\n",
    ] {
        s.push_str(part);
        for i in 1..=n {
            if i % 10 == 1 {
                s.push_str(&format!("Chương {}\nTÊN CHƯƠNG\n", i / 10 + 1));
            }
            s.push_str(&format!(
                "Điều {i}. Trách nhiệm của Sở {i}\nĐoạn mở đầu của điều.\n1. Sở chủ trì theo khoản 2 Điều {i}:\na) lập kế hoạch;\n- gửi báo cáo;\n2. Sở phối hợp.\nĐoạn không đánh số.\n"
            ));
        }
        if part.is_empty() {
            s.push_str("Nơi nhận:\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n");
        }
    }
    s
}

fn allocated_by_import(n: usize) -> u64 {
    let t = text(n);
    let before = ALLOCATED.load(Ordering::Relaxed);
    let im = import_text(&t, &ImportOptions::default()).unwrap();
    let after = ALLOCATED.load(Ordering::Relaxed);
    assert!(im.instrument.find_eid(&format!("art_{n}")).is_some());
    drop(im);
    after - before
}

#[test]
fn import_allocates_linearly() {
    let one = allocated_by_import(20);
    let ten = allocated_by_import(200);
    let hundred = allocated_by_import(2000);
    let (r10, r100) = (ten as f64 / one as f64, hundred as f64 / one as f64);
    println!("bytes allocated: 1x {one}, 10x {ten} ({r10:.1}), 100x {hundred} ({r100:.1})");
    // Linear means about 10 and 100 (less, as fixed costs are amortised); quadratic would be
    // about 100 and 10,000. The bounds leave room for amortised growth of vectors.
    assert!(r10 < 20.0, "10x input allocates {r10:.1}x");
    assert!(r100 < 200.0, "100x input allocates {r100:.1}x");
}

/// Time ratios, for a human to read with `--ignored --nocapture`; generous bounds.
#[test]
#[ignore = "timing; run with --ignored in a quiet release build"]
fn import_time_is_linear() {
    let time = |n: usize| {
        let t = text(n);
        let start = std::time::Instant::now();
        let _ = import_text(&t, &ImportOptions::default()).unwrap();
        start.elapsed().as_secs_f64()
    };
    let _ = time(20);
    let (one, ten, hundred) = (time(50), time(500), time(5000));
    println!("import time: 1x {one:.4} s, 10x {ten:.4} s, 100x {hundred:.4} s");
    assert!(
        hundred / one < 400.0,
        "100x input takes {:.0}x",
        hundred / one
    );
}
