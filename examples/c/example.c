/* libquyche from C: load the default rules, print the 2026 reporting obligations of one province,
 * free everything. Build: cc example.c $(pkg-config --cflags --libs quyche) */
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

int main(void) {
  printf("libquyche %s\n", qc_version());

  qc_ruleset *rules = NULL;
  qc_error *err = NULL;
  qc_status st = qc_ruleset_new_default(&rules, &err);
  if (st != QC_STATUS_OK) return fail("loading the rules", st, err);

  /* Any query the CLI answers, as JSON in and JSON out. */
  const char *request = "{\"query\": \"obligations\", \"province\": \"Quảng Ninh\"}";
  qc_string *answer = NULL;
  st = qc_query_json(rules, (const uint8_t *)request, strlen(request), &answer, &err);
  if (st != QC_STATUS_OK) {
    qc_ruleset_free(rules);
    return fail("the query", st, err);
  }
  printf("%.*s\n", (int)qc_string_len(answer), (const char *)qc_string_ptr(answer));

  qc_string_free(answer);
  qc_ruleset_free(rules);
  return 0;
}
