/* A tiny check harness for the C tests of libquyche: counts checks, prints every failure with its
 * line, and ends with "<name>: N passed, M failed"; the exit status is 1 when any check failed. */
#ifndef QUYCHE_TEST_CHECK_H
#define QUYCHE_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <quyche.h>

static int check_passed = 0;
static int check_failed = 0;

#define CHECK(cond, ...)                                                  \
  do {                                                                    \
    if (cond) {                                                           \
      check_passed++;                                                     \
    } else {                                                              \
      check_failed++;                                                     \
      fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);     \
      fprintf(stderr, __VA_ARGS__);                                       \
      fputc('\n', stderr);                                                \
    }                                                                     \
  } while (0)

/* The message of an error handle as a C string ("" for NULL). */
static inline const char *err_text(const qc_error *err) {
  const uint8_t *p = NULL;
  size_t n = 0;
  if (err == NULL || qc_error_message(err, &p, &n) != QC_STATUS_OK) return "";
  return (const char *)p;
}

/* Checks that `got` is `want` and, on failure, that the error says `fragment`; frees `*err`. */
#define CHECK_FAILS(got, want, err, fragment)                                           \
  do {                                                                                  \
    qc_status got_ = (got);                                                             \
    CHECK(got_ == (want), "status %d, want %d (%s)", (int)got_, (int)(want), err_text(err)); \
    CHECK((err) != NULL, "no error handle for status %d", (int)got_);                   \
    if ((err) != NULL) {                                                                \
      CHECK(qc_error_status(err) == (want), "error status %d", (int)qc_error_status(err)); \
      CHECK(strstr(err_text(err), (fragment)) != NULL, "message \"%s\" lacks \"%s\"",  \
            err_text(err), (fragment));                                                 \
    }                                                                                   \
    qc_error_free(err);                                                                 \
    (err) = NULL;                                                                       \
  } while (0)

/* Checks that `got` is QC_STATUS_OK; prints the error otherwise and frees it. */
#define CHECK_OK(got, err)                                                              \
  do {                                                                                  \
    qc_status got_ = (got);                                                             \
    CHECK(got_ == QC_STATUS_OK, "status %d: %s", (int)got_, err_text(err));             \
    qc_error_free(err);                                                                 \
    (err) = NULL;                                                                       \
  } while (0)

/* A (pointer, length) pair for a C string literal or buffer. */
#define STR(s) (const uint8_t *)(s), strlen(s)

static inline int check_summary(const char *name) {
  printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
