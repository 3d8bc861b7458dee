/* The malformed-input corpus through the C ABI (bindings/c, include/quyche.h):
 * qc_import_bytes, qc_ruleset_from_dir, qc_query_json.
 * Usage: run_c CASES_TSV (written by cases.py). Prints
 * "malformed/c: N inputs tried, M as expected, K unexpected" and exits 1 when K > 0.
 * Built by scripts/test-malformed against the installed header and library. */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quyche.h"

#define MAX_FIELDS 9

/* The core's error kind (quyche::Error::kind) of a C ABI status. */
static const char *kind_of(qc_status s) {
  switch (s) {
    case QC_STATUS_INVALID_INPUT: return "input";
    /* Not a core kind: qc_import_bytes reads any bytes, so this status would be a runner bug. */
    case QC_STATUS_INVALID_UTF8: return "invalid_utf8";
    case QC_STATUS_NOT_FOUND: return "not_found";
    case QC_STATUS_PARSE_ERROR: return "request";
    case QC_STATUS_OUT_OF_RANGE: return "date";
    case QC_STATUS_DATA_ERROR: return "dataset";
    case QC_STATUS_IO_ERROR: return "io";
    case QC_STATUS_AMBIGUOUS: return "ambiguous";
    case QC_STATUS_PANIC: return "panic";
    default: return "other";
  }
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(n > 0 ? (size_t)n : 1);
  if (buf && n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = n > 0 ? (size_t)n : 0;
  return buf;
}

/* Whether the JSON holds "key": "value" (pretty) or "key":"value" (compact). */
static int has_pair(const char *json, const char *key, const char *value) {
  char a[512], b[512];
  snprintf(a, sizeof a, "\"%s\": \"%s\"", key, value);
  snprintf(b, sizeof b, "\"%s\":\"%s\"", key, value);
  return strstr(json, a) != NULL || strstr(json, b) != NULL;
}

static int has_string(const char *json, const char *value) {
  char a[512];
  snprintf(a, sizeof a, "\"%s\"", value);
  return strstr(json, a) != NULL;
}

/* Checks an error status against the case; returns 1 when as expected. */
static int check_error(char **f, qc_status st, qc_error *err, char *why, size_t wn) {
  const uint8_t *msg = NULL;
  size_t mlen = 0;
  if (err) qc_error_message(err, &msg, &mlen);
  const char *m = msg ? (const char *)msg : "";
  int ok = 1;
  if (strcmp(f[3], "error") != 0) {
    snprintf(why, wn, "expected ok, got status %d: %s", (int)st, m);
    ok = 0;
  } else if (strcmp(kind_of(st), f[4]) != 0) {
    snprintf(why, wn, "expected a %s error, got %s (%d): %s", f[4], kind_of(st), (int)st, m);
    ok = 0;
  } else if (strstr(m, f[5]) == NULL) {
    snprintf(why, wn, "the message lacks \"%s\": %s", f[5], m);
    ok = 0;
  }
  qc_error_free(err);
  return ok;
}

static int check_import_ok(char **f, const char *json, char *why, size_t wn) {
  char list[4096];
  snprintf(list, sizeof list, "%s", f[6]);
  for (char *c = strtok(list, ","); c; c = strtok(NULL, ",")) {
    if (!has_pair(json, "code", c)) {
      snprintf(why, wn, "no %s diagnostic", c);
      return 0;
    }
  }
  snprintf(list, sizeof list, "%s", f[7]);
  for (char *e = strtok(list, ","); e; e = strtok(NULL, ",")) {
    if (!has_string(json, e)) {
      snprintf(why, wn, "no provision %s", e);
      return 0;
    }
  }
  if (strcmp(f[8], "1") == 0 && has_pair(json, "severity", "error")) {
    snprintf(why, wn, "an error diagnostic");
    return 0;
  }
  return 1;
}

static int run(char **f, qc_ruleset *rules, char *why, size_t wn) {
  qc_error *err = NULL;
  qc_string *out = NULL;
  qc_status st;
  if (strcmp(f[1], "import") == 0) {
    size_t len = 0;
    char *bytes = read_file(f[2], &len);
    if (!bytes) {
      snprintf(why, wn, "cannot read %s", f[2]);
      return 0;
    }
    /* Bytes of unknown encoding: the importer says which encoding they seem to be in. */
    st = qc_import_bytes((const uint8_t *)bytes, len, &out, &err);
    free(bytes);
    if (st != QC_STATUS_OK) return check_error(f, st, err, why, wn);
    int ok = strcmp(f[3], "ok") == 0 ? check_import_ok(f, (const char *)qc_string_ptr(out), why, wn) : 0;
    if (strcmp(f[3], "ok") != 0) snprintf(why, wn, "expected an error, got ok");
    qc_string_free(out);
    return ok;
  }
  if (strcmp(f[1], "dataset") == 0) {
    qc_ruleset *r = NULL;
    st = qc_ruleset_from_dir((const uint8_t *)f[2], strlen(f[2]), &r, &err);
    if (st != QC_STATUS_OK) return check_error(f, st, err, why, wn);
    qc_ruleset_free(r);
  } else {
    st = qc_query_json(rules, (const uint8_t *)f[2], strlen(f[2]), &out, &err);
    if (st != QC_STATUS_OK) return check_error(f, st, err, why, wn);
    qc_string_free(out);
  }
  if (strcmp(f[3], "error") == 0) {
    snprintf(why, wn, "expected an error, got ok");
    return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: run_c CASES_TSV\n");
    return 64;
  }
  size_t len = 0;
  char *tsv = read_file(argv[1], &len);
  if (!tsv) return 66;
  char *grown = realloc(tsv, len + 1);
  if (!grown) {
    free(tsv);
    return 71;
  }
  tsv = grown;
  tsv[len] = '\0';
  qc_ruleset *rules = NULL;
  if (qc_ruleset_new_default(&rules, NULL) != QC_STATUS_OK) {
    fprintf(stderr, "the default rule set does not load\n");
    return 1;
  }
  int tried = 0, good = 0;
  char *save = NULL;
  for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    char *f[MAX_FIELDS] = {0};
    int n = 0;
    for (char *p = line; n < MAX_FIELDS; n++) {
      f[n] = p;
      char *tab = strchr(p, '\t');
      if (!tab) {
        n++;
        break;
      }
      *tab = '\0';
      p = tab + 1;
    }
    if (n != MAX_FIELDS) continue;
    char why[2048] = "";
    tried++;
    if (run(f, rules, why, sizeof why)) {
      good++;
    } else {
      fprintf(stderr, "%s: %s\n", f[0], why);
    }
  }
  qc_ruleset_free(rules);
  free(tsv);
  printf("malformed/c: %d inputs tried, %d as expected, %d unexpected\n", tried, good, tried - good);
  return good == tried ? 0 : 1;
}
