/* Nanoseconds per call of the calendar functions through the C ABI (a report, not a test: no timed
 * assertion). The inputs and loops are those of bindings/c/examples/bench_calendar.rs (the same
 * calls made directly in Rust) and benches/python/interfaces.py, so the three figures compare:
 * 4,096 dates spread over 2000-2199 (2000-01-01 plus i * 7919 mod 73,000 days), cycled through.
 * Prints one JSON object per workload: {"interface": "c", "workload": ..., "ns": ...}. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <quyche.h>

#define INPUTS 4096
#define REPEATS 3

static long CALLS = 1000000L; /* calls per run; the first argument overrides it */
static qc_date dates[INPUTS];
static qc_lunar_date lunar[INPUTS];

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* The civil date `days` after 1970-01-01 (proleptic Gregorian, by 400-year eras). */
static qc_date civil(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  qc_date out = {(int32_t)(yoe + era * 400 + (m <= 2)), (uint8_t)m, (uint8_t)d};
  return out;
}

static void report(const char *workload, double ns, long checksum) {
  printf("{\"interface\": \"c\", \"workload\": \"%s\", \"ns\": %.2f, \"checksum\": %ld}\n", workload, ns,
         checksum);
}

/* Best of REPEATS runs of CALLS calls of one workload; fails (returns 1) on any error status. */
#define MEASURE(NAME, BODY)                                        \
  do {                                                             \
    double best = 1e300;                                           \
    long sum = 0;                                                  \
    for (int r = 0; r < REPEATS; r++) {                            \
      sum = 0;                                                     \
      double t0 = now_ns();                                        \
      for (long k = 0; k < CALLS; k++) {                           \
        long i = k & (INPUTS - 1);                                 \
        BODY                                                       \
      }                                                            \
      double ns = (now_ns() - t0) / (double)CALLS;                 \
      if (ns < best) best = ns;                                    \
    }                                                              \
    report(NAME, best, sum);                                       \
  } while (0)

int main(int argc, char **argv) {
  if (argc > 1) CALLS = strtol(argv[1], NULL, 10);
  if (CALLS < 1) return 2;
  qc_calendar *cal = NULL;
  if (qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, &cal, NULL) != QC_STATUS_OK) return 1;
  int64_t first = 10957; /* 2000-01-01 */
  for (long i = 0; i < INPUTS; i++) {
    dates[i] = civil(first + (i * 7919) % 73000);
    if (qc_lunar_from_solar(dates[i], &lunar[i], NULL) != QC_STATUS_OK) return 1;
  }

  MEASURE("is_working_day", {
    bool w;
    if (qc_is_working_day(cal, dates[i], &w, NULL) != QC_STATUS_OK) return 1;
    sum += w;
  });
  MEASURE("add_working_days", {
    qc_date out;
    if (qc_add_working_days(cal, dates[i], 10, &out, NULL) != QC_STATUS_OK) return 1;
    sum += out.day;
  });
  MEASURE("working_days_between", {
    int64_t n;
    if (qc_working_days_between(cal, dates[i], dates[(i + 1) & (INPUTS - 1)], &n, NULL) != QC_STATUS_OK) return 1;
    sum += (long)n;
  });
  MEASURE("lunar_from_solar", {
    qc_lunar_date out;
    if (qc_lunar_from_solar(dates[i], &out, NULL) != QC_STATUS_OK) return 1;
    sum += out.day;
  });
  MEASURE("lunar_to_solar", {
    qc_date out;
    if (qc_lunar_to_solar(lunar[i], &out, NULL) != QC_STATUS_OK) return 1;
    sum += out.day;
  });
  qc_calendar_free(cal);
  return 0;
}
