/* One rule set and one calendar shared read-only by 8 threads at once: every thread must get the
 * answers the main thread got alone, and nothing may race (run under ASan, valgrind). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>

#include "check.h"

#define THREADS 8
#define ROUNDS 20

static qc_ruleset *rules;
static qc_calendar *calendar;
/* The first round asks for deadlines (a large answer), the others for obligations (a small one), so
 * that the test stays quick under valgrind, which runs the threads one at a time. */
static const char *REQUESTS[2] = {"{\"query\": \"deadlines\", \"year\": 2026, \"province\": \"Quảng Ninh\"}",
                                  "{\"query\": \"obligations\", \"province\": \"Quảng Ninh\"}"};
static char *expected_json[2];
static size_t expected_len[2];
static const qc_date START = {2026, 4, 29};
static qc_date expected_next;
static qc_lunar_date expected_lunar;

/* Returns the number of wrong answers this thread saw. */
static void *work(void *arg) {
  (void)arg;
  size_t wrong = 0;
  for (int i = 0; i < ROUNDS; i++) {
    int r = i == 0 ? 0 : 1;
    qc_string *out = NULL;
    if (qc_query_json(rules, STR(REQUESTS[r]), &out, NULL) != QC_STATUS_OK || qc_string_len(out) != expected_len[r] ||
        memcmp(qc_string_ptr(out), expected_json[r], expected_len[r]) != 0)
      wrong++;
    qc_string_free(out);

    qc_date next = {0, 0, 0};
    if (qc_add_working_days(calendar, START, 1, &next, NULL) != QC_STATUS_OK || next.year != expected_next.year ||
        next.month != expected_next.month || next.day != expected_next.day)
      wrong++;
    bool working = true;
    qc_date may_day = {2026, 5, 1};
    if (qc_is_working_day(calendar, may_day, &working, NULL) != QC_STATUS_OK || working) wrong++;
    qc_lunar_date l = {0, 0, 0, false};
    if (qc_lunar_from_solar(START, &l, NULL) != QC_STATUS_OK || l.year != expected_lunar.year ||
        l.month != expected_lunar.month || l.day != expected_lunar.day || l.leap != expected_lunar.leap)
      wrong++;
    /* An error path too: errors are per call, never shared. */
    qc_error *err = NULL;
    qc_date bad = {2026, 2, 30};
    if (qc_is_working_day(calendar, bad, &working, &err) != QC_STATUS_OUT_OF_RANGE || err == NULL) wrong++;
    qc_error_free(err);
  }
  return (void *)wrong;
}

int main(void) {
  qc_error *err = NULL;
  CHECK_OK(qc_ruleset_new_default(&rules, &err), err);
  CHECK_OK(qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, &calendar, &err), err);
  if (rules == NULL || calendar == NULL) return check_summary("test_threads");

  /* The answers computed alone, before the threads start. */
  for (int r = 0; r < 2; r++) {
    qc_string *out = NULL;
    CHECK_OK(qc_query_json(rules, STR(REQUESTS[r]), &out, &err), err);
    if (out == NULL) return check_summary("test_threads");
    expected_len[r] = qc_string_len(out);
    expected_json[r] = malloc(expected_len[r] + 1);
    if (expected_json[r] == NULL) return 2;
    memcpy(expected_json[r], qc_string_ptr(out), expected_len[r] + 1);
    qc_string_free(out);
  }
  CHECK_OK(qc_add_working_days(calendar, START, 1, &expected_next, &err), err);
  CHECK_OK(qc_lunar_from_solar(START, &expected_lunar, &err), err);

  pthread_t threads[THREADS];
  int started = 0;
  for (int i = 0; i < THREADS; i++) {
    if (pthread_create(&threads[i], NULL, work, NULL) == 0) started++;
    else break;
  }
  CHECK(started == THREADS, "only %d threads started", started);
  for (int i = 0; i < started; i++) {
    void *wrong = NULL;
    pthread_join(threads[i], &wrong);
    CHECK((size_t)wrong == 0, "thread %d saw %zu wrong answers", i, (size_t)wrong);
  }

  free(expected_json[0]);
  free(expected_json[1]);
  qc_calendar_free(calendar);
  qc_ruleset_free(rules);
  return check_summary("test_threads");
}
