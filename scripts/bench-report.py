"""Measures the Python peers and writes BENCHMARKS.md from the figures scripts/bench collected.

Run by scripts/bench (inside its venv); not meant to be run alone. Inputs, all under target/:
criterion's estimates (target/criterion/), one-shot figures and peer outputs
(target/quyche-bench/), and the civil-service holiday list exported from Rust.
"""
import datetime as dt
import json
import pathlib
import platform
import subprocess
import sys
import timeit

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "target" / "quyche-bench"
CRIT = ROOT / "target" / "criterion"


def crit(path):
    """criterion's mean (ns per iteration) and its throughput (elements or bytes) or None."""
    base = CRIT / path / "new"
    try:
        ns = json.loads((base / "estimates.json").read_text())["mean"]["point_estimate"]
    except (OSError, KeyError, ValueError):
        return None, None
    try:
        tp = json.loads((base / "benchmark.json").read_text()).get("throughput") or {}
        items = next(iter(tp.values()), None)
    except (OSError, ValueError):
        items = None
    return ns, items


def oneshot(name):
    try:
        return json.loads((OUT / f"{name}.json").read_text())
    except (OSError, ValueError):
        return None


def jsonl(name):
    try:
        return [json.loads(line) for line in (OUT / name).read_text().splitlines() if line.strip()]
    except (OSError, ValueError):
        return []


def text(name, default=""):
    try:
        return (OUT / name).read_text()
    except OSError:
        return default


def peak_kb(name):
    """Maximum resident set size and wall time from a `/usr/bin/time -v` log."""
    kb, wall = None, None
    for line in text(name).splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size"):
            kb = int(line.rsplit(":", 1)[1])
        if line.startswith("Elapsed (wall clock)"):
            wall = line.rsplit(" ", 1)[1]
    return kb, wall


def per_call_ns(stmt, number, names):
    return min(timeit.repeat(stmt, number=number, repeat=5, globals=names)) / number * 1e9


def fmt_ns(ns):
    if ns is None:
        return "n/a"
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def ratio(peer, ours, higher_is_better=False):
    if not peer or not ours:
        return "n/a"
    r = ours / peer if higher_is_better else peer / ours
    return f"{r:.1f}×" if r >= 1 else f"{r:.2f}× (peer {1 / r:.0f}× faster)"


def calendar_peers():
    """numpy and holidays on the same work as the Rust calendar benches, per call."""
    import numpy as np

    rows = [line.split(",") for line in (OUT / "holidays.csv").read_text().splitlines()[1:] if line]
    off = [np.datetime64(d) for d, k in rows if k == "off"]
    work = {dt.date.fromisoformat(d) for d, k in rows if k == "work"}
    cal = np.busdaycalendar(weekmask="1111100", holidays=off)
    rng = np.random.default_rng(7)
    n = 1_000_000
    days = rng.integers(0, 73_000, size=n)
    batch = np.datetime64("2000-01-01") + days.astype("timedelta64[D]")
    ends = batch + rng.integers(0, 400, size=n).astype("timedelta64[D]")
    g = {"np": np, "cal": cal, "d": batch[12345], "e": ends[12345]}
    peers = {
        "add_working_days": [
            ("numpy.busday_offset, scalar", per_call_ns("np.busday_offset(d, 10, roll='forward', busdaycal=cal)", 20_000, g)),
            ("numpy.busday_offset, batch of 1M (per date)",
             min(timeit.repeat(lambda: np.busday_offset(batch, 10, roll="forward", busdaycal=cal), number=1, repeat=3)) / n * 1e9),
        ],
        "working_days_between": [
            ("numpy.busday_count, scalar", per_call_ns("np.busday_count(d, e, busdaycal=cal)", 20_000, g)),
            ("numpy.busday_count, batch of 1M (per pair)",
             min(timeit.repeat(lambda: np.busday_count(batch, ends, busdaycal=cal), number=1, repeat=3)) / n * 1e9),
        ],
        "is_working_day": [
            ("numpy.is_busday, scalar", per_call_ns("np.is_busday(d, busdaycal=cal)", 20_000, g)),
            ("numpy.is_busday, batch of 1M (per date)",
             min(timeit.repeat(lambda: np.is_busday(batch, busdaycal=cal), number=1, repeat=3)) / n * 1e9),
        ],
    }
    notes = ["numpy's busdaycalendar cannot express Saturdays worked by swap (làm bù); "
             f"{len(work)} such days of 2000–2199 are missing from its calendar."]
    try:
        import holidays

        vn = holidays.Vietnam(years=range(2000, 2200))
        pyd = [dt.date(2000, 1, 1) + dt.timedelta(days=int(x)) for x in days[:20_000]]
        t = min(timeit.repeat(lambda: [p.weekday() < 5 and p not in vn for p in pyd], number=1, repeat=5))
        peers["is_working_day"].append(("holidays.Vietnam: `d.weekday() < 5 and d not in vn`, scalar", t / len(pyd) * 1e9))
        t = min(timeit.repeat(lambda: holidays.Vietnam(years=range(1900, 2100)), number=1, repeat=3))
        peers["working_calendar_new"] = [("holidays.Vietnam(years=range(1900, 2100))", t * 1e9)]
        notes.append(f"holidays {holidays.__version__} knows the statutory holidays only (no compensatory days, no "
                     "yearly swaps), so it answers a simpler question.")
    except ImportError:
        notes.append("holidays not installed: its rows are missing.")
    try:
        from lunardate import LunarDate

        pyd = [dt.date(2000, 1, 1) + dt.timedelta(days=int(x)) for x in days[:20_000]]
        t = min(timeit.repeat(lambda: [LunarDate.from_solar_date(p.year, p.month, p.day) for p in pyd], number=1, repeat=3))
        peers["lunar_from_solar"] = [("lunardate.LunarDate.from_solar_date (Chinese calendar, table-based)", t / len(pyd) * 1e9)]
    except ImportError:
        notes.append("lunardate not installed: no lunar peer.")
    return peers, notes


def versions():
    out = {"Python": platform.python_version()}
    for mod in ["numpy", "holidays", "lunardate"]:
        try:
            m = __import__(mod)
            out[mod] = getattr(m, "__version__", "installed")
        except ImportError:
            out[mod] = "not installed"
    out.update(json.loads(text("versions.json", "{}")))
    return out


def main():
    peers, notes = calendar_peers()
    md = []
    w = md.append
    w("# Benchmarks\n")
    w(f"Generated by `scripts/bench` on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC "
      f"(total {text('elapsed.txt', '?').strip()}); do not edit by hand. Every peer figure was measured in the same "
      "run on the same machine. Ratios are peer ÷ quyche for times (higher = quyche faster).\n")
    if text("rerun.txt").strip():
        w("**Re-measured:** " + text("rerun.txt").strip() + "\n")
    w("## Machine and versions\n")
    w("```")
    w(text("lscpu.txt").strip())
    w("```\n")
    for k, v in versions().items():
        w(f"- {k}: {v}")
    w("")

    # Calendar.
    w("## Calendar (ns per call)\n")
    w("| workload | quyche (Rust) | peer | peer figure | ratio | target | met? |")
    w("|---|---|---|---|---|---|---|")
    cal_targets = {
        "add_working_days": ("≥10× numpy per call", lambda r: r >= 10),
        "working_days_between": ("≥10× numpy per call", lambda r: r >= 10),
        "is_working_day": ("—", None),
        "lunar_from_solar": ("≤50 ns per date", None),
        "lunar_to_solar": ("≤50 ns per date", None),
        "working_calendar_new": ("—", None),
    }
    for name, (target, test) in cal_targets.items():
        ours, _ = crit(name)
        rows = peers.get(name) or [("—", None)]
        for j, (peer, peer_ns) in enumerate(rows):
            met = ""
            if name.startswith("lunar"):
                met = ("yes" if ours and ours <= 50 else f"no ({ours / 50:.1f}× over)" if ours else "n/a") if j == 0 else ""
            elif test and peer_ns and ours and "scalar" in peer:
                r = peer_ns / ours
                met = "yes" if test(r) else f"no ({r:.1f}×)"
            w(f"| {name} | {fmt_ns(ours)} | {peer} | {fmt_ns(peer_ns)} | {ratio(peer_ns, ours)} | {target if j == 0 else ''} | {met} |")
    for n in notes:
        w(f"\n- {n}")
    w("")

    # Bindings.
    for title, fname in [("C ABI (tests/c/bench_add_working_days.c)", "c_bench.txt"),
                         ("Python bindings (benches/python/bindings_peers.py)", "bindings_peers.txt")]:
        w(f"## {title}\n")
        body = text(fname).strip()
        w("```\n" + body + "\n```\n" if body else "Not available in this checkout (the bindings are not merged yet).\n")

    # Importer.
    w("## Importer throughput (MB/s)\n")
    w("| input | quyche `import_text` | peer: Python regex splitter | ratio |")
    w("|---|---|---|---|")
    peer_imp = {r["name"]: r for r in jsonl("peer_import.jsonl")}
    for name in ["seeds", "law700"]:
        ns, size = crit(f"import/{name}")
        mbs = size / ns * 1e3 if ns and size else None
        p = peer_imp.get(name, {}).get("mb_per_s")
        w(f"| {name} ({(size or 0) / 1e3:.0f} kB) | {mbs:.1f} MB/s | {p:.1f} MB/s | {ratio(p, mbs, True)} |" if mbs and p
          else f"| {name} | {mbs} | {p} | n/a |")
    w(text("law700_note.txt").strip())
    w("\nThe peer only splits lines by regular expressions; quyche also cleans the text, applies corrections, builds "
      "eIds and citations, reads the header and references and reports diagnostics.\n")

    # Loading.
    w("## Loading rulesets\n")
    ns, _ = crit("dataset/embedded")
    w("| workload | quyche | target | met? |")
    w("|---|---|---|---|")
    met = "yes" if ns and ns <= 1e6 else f"no ({ns / 1e6:.0f}× over)" if ns else "n/a"
    w(f"| default ruleset, `Dataset::embedded()` | {fmt_ns(ns)} | ≤1 ms | {met} |")
    for n in [34, 1000]:
        o = oneshot(f"load_{n}_provinces")
        if o:
            w(f"| data/ + {n} synthetic provinces, `Dataset::from_files` | {o['seconds']:.2f} s | — | |")
    imp, _ = crit("import/seeds")
    if ns and imp:
        w(f"\n**Why the 1 ms target is missed.** `Dataset::embedded()` does all the work of loading every time: it "
          f"imports the five seed texts (164 kB; `import/seeds` alone takes {fmt_ns(imp)}, {imp / ns:.0%} of the load), "
          "then parses every TOML file and validates the whole dataset (ids, references, every quote searched in its "
          "provision). Nothing is precomputed. Proposed fix, in order of effect: (1) snapshot the validated dataset at "
          "build time (build.rs runs the importer and the validation, which needs them in a module build.rs can "
          "`include!`, and emits a compact serialized form that `embedded()` deserializes; the checks then run once "
          "per build, not per process); (2) meanwhile, cache the loaded dataset in a `OnceLock` inside `embedded()` so "
          "that later calls in a process cost a clone; (3) speed up the importer's reference scan (`import::refs`: "
          "per-word lowercase conversions and substring searches dominate a profile of `quyche import`).\n")

    # Deadlines.
    w("## Deadline expansion for 2026 (due dates per second)\n")
    w("| provinces | due dates | quyche untraced | quyche traced | peer: plain Python | ratio (untraced) | target ≥5 M/s |")
    w("|---|---|---|---|---|---|---|")
    for n in [34, 1000]:
        un, items = crit(f"deadlines_{n}/expand_untraced")
        tr, _ = crit(f"deadlines_{n}/expand_traced")
        ups = items / un * 1e9 if un and items else None
        tps = items / tr * 1e9 if tr and items else None
        peer = oneshot(f"peer_deadlines_{n}")
        pps = peer.get("per_second") if peer else None
        pcount = f" ({peer['due_dates']} due dates)" if peer else ""
        met = "n/a" if not ups else "yes" if ups >= 5e6 else f"no ({5e6 / ups:.1f}× short)"
        w(f"| {n} | {items} | {ups / 1e6:.2f} M/s | {tps / 1e6:.2f} M/s | {(pps or 0) / 1e6:.3f} M/s{pcount} | "
          f"{ratio(pps, ups, True)} | {met} |" if ups and tps else f"| {n} | {items} | n/a | n/a | n/a | n/a | n/a |")
    w("\nquyche's figure is `deadline::expand` over every obligation of the dataset (instruments resolved once), "
      "`ExpandOptions { trace: false, .. }` for the bulk figure; the traced figure builds every trace step with its "
      "reasons. The peer expands the same obligations (read from the same rules.toml files) on the same holiday list.\n")
    un, items = crit("deadlines_1000/expand_untraced")
    if un and items:
        per = un / items
        w(f"Per due date, untraced: {per:.0f} ns (200 ns needed for 5 M/s). Each `expand` call "
          "allocates its result vector and the list of periods, looks up the calendar per day for the shift, and "
          "for yearly schedules walks two years of periods (the year before too, since a due date may fall after its "
          "period); most obligations produce one due date a year, so the per-call overhead is not amortised, "
          "and the undated obligations (on request, after an event: about half) cost a call each and count for "
          "nothing. Per date the 1,000-province case is slower than the 34-province one: its working set (17,000 "
          "obligations with their ids and instruments) leaves the cache. Untraced expansion used to format every "
          "in-force reason and undated note anyway (chrono's date formatting was the top of the profile, 0.23 M/s); "
          "it no longer does. Next steps: expand into a caller's buffer instead of a `Vec` per call, and skip the "
          "look-back year for annual schedules whose day falls inside the period. The query layer (`quyche deadlines`) adds views with agency names, sorting and JSON on top.\n")

    # Check.
    w("## Compliance check\n")
    for n in [1000]:
        o = oneshot(f"check_{n}_provinces")
        if o:
            w(f"- `check::check` over data/ + {n} synthetic provinces, 2026: **{o['seconds'] * 1e3:.1f} ms**, "
              f"{o['items']} findings (best of 3, dataset already loaded).")
    w("")

    # Memory.
    w("## Peak memory (CLI, `/usr/bin/time -v`, release build)\n")
    w("| command | peak RSS | wall time |")
    w("|---|---|---|")
    for label, f in [("`quyche instruments` (loads the default ruleset)", "mem_default.txt"),
                     ("`quyche --data <34 provinces> deadlines --year 2026 --format json`", "mem_deadlines_34.txt"),
                     ("`quyche --data <1,000 provinces> instruments` (load only)", "mem_load_1000.txt"),
                     ("`quyche --data <1,000 provinces> deadlines --year 2026 --format json`", "mem_deadlines_1000.txt"),
                     ("`quyche --data <1,000 provinces> check --format json`", "mem_check_1000.txt")]:
        kb, wall = peak_kb(f)
        w(f"| {label} | {kb / 1024:.1f} MiB | {wall} |" if kb else f"| {label} | n/a | n/a |")
    w("")

    w("## Scale test\n")
    w("`cargo test --release -p quyche --test scale -- --include-ignored` (1,000 provinces: counts, every quote "
      "verbatim in its provision, every dated deadline on its moved day; wall time includes the release build):\n")
    w("```\n" + (text("scale_test.txt").strip() or "not run") + "\n```\n")
    w("## Reproduce\n")
    w("`scripts/bench` (add `--quick` for a smoke run on 100 provinces). Synthetic data: `scripts/gen-provinces N "
      "OUT_DIR` writes data/ plus N provinces copied from the four seed provinces (renamed, deadlines moved by 1–5 "
      "days in schedule and text alike); the synthetic law of 700 articles is generated by benches/support/law.rs.")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(md) + "\n")
    print("wrote BENCHMARKS.md")


if __name__ == "__main__":
    sys.exit(main())
