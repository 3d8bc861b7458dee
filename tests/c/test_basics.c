/* Version, handles freed with NULL, accessors given NULL, and the error handle itself. */
#include "check.h"

int main(void) {
  /* qc_version: a static string of the form MAJOR.MINOR.PATCH. */
  const char *v = qc_version();
  CHECK(v != NULL, "qc_version returned NULL");
  if (v != NULL) {
    unsigned a, b, c;
    CHECK(sscanf(v, "%u.%u.%u", &a, &b, &c) == 3, "version \"%s\" is not MAJOR.MINOR.PATCH", v);
    CHECK(qc_version() == v, "the version string is not static");
  }

  /* Every _free accepts NULL. */
  qc_string_free(NULL);
  qc_error_free(NULL);
  qc_ruleset_free(NULL);
  CHECK(1, "free(NULL) returned");

  /* String accessors on NULL. */
  CHECK(qc_string_ptr(NULL) == NULL, "qc_string_ptr(NULL) is not NULL");
  CHECK(qc_string_len(NULL) == 0, "qc_string_len(NULL) is not 0");

  /* Error accessors on NULL. */
  const uint8_t *p = (const uint8_t *)"sentinel";
  size_t n = 12345;
  CHECK(qc_error_message(NULL, &p, &n) == QC_STATUS_INVALID_ARGUMENT, "qc_error_message(NULL, ...)");
  CHECK(p == (const uint8_t *)"sentinel" || strcmp((const char *)p, "sentinel") == 0, "ptr written on failure");
  CHECK(n == 12345, "len written on failure");
  CHECK(qc_error_status(NULL) == QC_STATUS_INVALID_ARGUMENT, "qc_error_status(NULL)");

  /* A real error: a NULL out-parameter. Its message names the function and the argument. */
  qc_error *err = NULL;
  qc_status st = qc_ruleset_new_default(NULL, &err);
  CHECK(st == QC_STATUS_INVALID_ARGUMENT, "status %d", (int)st);
  CHECK(err != NULL, "no error handle");
  if (err != NULL) {
    CHECK(qc_error_status(err) == QC_STATUS_INVALID_ARGUMENT, "error status");
    CHECK(qc_error_message(err, NULL, &n) == QC_STATUS_INVALID_ARGUMENT, "NULL ptr_out accepted");
    CHECK(qc_error_message(err, &p, NULL) == QC_STATUS_INVALID_ARGUMENT, "NULL len_out accepted");
    CHECK(qc_error_message(err, &p, &n) == QC_STATUS_OK, "qc_error_message failed");
    CHECK(n == strlen((const char *)p), "the message is not NUL-terminated at its length");
    CHECK(strstr((const char *)p, "qc_ruleset_new_default") != NULL, "the message does not name the function: %s", p);
    CHECK(strstr((const char *)p, "`out`") != NULL, "the message does not name the argument: %s", p);
    qc_error_free(err);
  }

  /* err_out may be NULL: the status alone comes back. */
  CHECK(qc_ruleset_new_default(NULL, NULL) == QC_STATUS_INVALID_ARGUMENT, "NULL err_out");

  return check_summary("test_basics");
}
