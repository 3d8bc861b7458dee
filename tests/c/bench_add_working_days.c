/* Nanoseconds per call of qc_add_working_days from C (a report, not a test: no timed assertion).
 * Mirrors the Rust figure of bindings/c/examples/bench_add_working_days.rs: same dates, same steps. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>

#include <quyche.h>

#define CALLS 2000000L

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int main(void) {
  qc_calendar *cal = NULL;
  if (qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, &cal, NULL) != QC_STATUS_OK) return 1;
  qc_date start = {2026, 1, 1};
  long sum = 0;
  double t0 = now_ns();
  for (long i = 0; i < CALLS; i++) {
    qc_date out;
    /* Steps 0..63: dates through 2026 and into 2027, a mix of holidays and weekends. */
    if (qc_add_working_days(cal, start, (int64_t)(i & 63), &out, NULL) != QC_STATUS_OK) return 1;
    sum += out.day;
  }
  double ns = (now_ns() - t0) / (double)CALLS;
  printf("qc_add_working_days from C: %.1f ns per call (%ld calls, checksum %ld)\n", ns, CALLS, sum);
  qc_calendar_free(cal);
  return 0;
}
