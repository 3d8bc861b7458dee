/* libquyche from C: load the default rules, print the 2026 due dates of one province, check a date
 * on the working calendar, free everything.
 * Build: cc example.c $(pkg-config --cflags --libs quyche) */
#include <stdio.h>
#include <string.h>

#include <quyche.h>

/* Prints the error of a failed call and frees it. */
static int fail(const char *what, qc_status status, qc_error *err) {
  const uint8_t *msg = NULL;
  size_t len = 0;
  if (qc_error_message(err, &msg, &len) == QC_STATUS_OK)
    fprintf(stderr, "%s failed (status %d): %.*s\n", what, (int)status, (int)len, (const char *)msg);
  qc_error_free(err);
  return 1;
}

/* Prints the string value of `"key": "..."` found at or after `from`, up to `limit`. A real program
 * would use its JSON library; the answer's keys are sorted, so "due" precedes "obligation". */
static const char *print_field(const char *from, const char *limit, const char *key) {
  char pattern[32];
  snprintf(pattern, sizeof pattern, "\"%s\": \"", key);
  const char *at = strstr(from, pattern);
  if (at == NULL || (limit != NULL && at > limit)) return NULL;
  at += strlen(pattern);
  const char *end = strchr(at, '"');
  if (end == NULL) return NULL;
  printf("%.*s", (int)(end - at), at);
  return end;
}

int main(void) {
  printf("libquyche %s\n", qc_version());

  qc_ruleset *rules = NULL;
  qc_error *err = NULL;
  qc_status st = qc_ruleset_new_default(&rules, &err);
  if (st != QC_STATUS_OK) return fail("loading the rules", st, err);

  /* Any query the CLI answers, as JSON in and the CLI's JSON out. */
  const char *request = "{\"query\": \"deadlines\", \"year\": 2026, \"province\": \"Điện Biên\"}";
  qc_string *answer = NULL;
  st = qc_query_json(rules, (const uint8_t *)request, strlen(request), &answer, &err);
  if (st != QC_STATUS_OK) {
    qc_ruleset_free(rules);
    return fail("the deadlines query", st, err);
  }
  printf("Due dates in 2026, Điện Biên:\n");
  const char *json = (const char *)qc_string_ptr(answer);
  const char *next = json;
  while ((next = strstr(next, "\"due\": \"")) != NULL) {
    const char *after = strstr(next + 1, "\"due\": \"");
    printf("  ");
    const char *end = print_field(next, NULL, "due");
    printf("  ");
    if (end != NULL) print_field(end, after, "obligation");
    printf("\n");
    next = end != NULL ? end : next + 1;
  }
  qc_string_free(answer);
  qc_ruleset_free(rules);

  /* The calendar needs no JSON. */
  qc_calendar *cal = NULL;
  st = qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, &cal, &err);
  if (st != QC_STATUS_OK) return fail("building the calendar", st, err);
  qc_date national_day = {2026, 9, 2};
  bool working = false;
  qc_date after = {0, 0, 0};
  st = qc_is_working_day(cal, national_day, &working, &err);
  if (st == QC_STATUS_OK) st = qc_add_working_days(cal, national_day, 1, &after, &err);
  if (st != QC_STATUS_OK) {
    qc_calendar_free(cal);
    return fail("the calendar", st, err);
  }
  printf("2026-09-02 is %sa working day; the next one is %04d-%02d-%02d\n", working ? "" : "not ", (int)after.year,
         after.month, after.day);
  qc_calendar_free(cal);
  return 0;
}
