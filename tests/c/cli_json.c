/* Prints what the C ABI answers, followed by a newline as the CLI's println does, so scripts/test-c
 * can compare it byte for byte with `quyche ... --format json`.
 * Usage: cli_json REQUEST_JSON [DATA_DIR]   (qc_query_json)
 *        cli_json --import FILE             (qc_import_text)
 * Exit 2 with the message on stderr on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <quyche.h>

static int report(qc_status st, qc_error *err) {
  const uint8_t *p = NULL;
  size_t n = 0;
  if (qc_error_message(err, &p, &n) == QC_STATUS_OK) fprintf(stderr, "error (%d): %.*s\n", (int)st, (int)n, (const char *)p);
  qc_error_free(err);
  return 2;
}

static int print(qc_string *out) {
  fwrite(qc_string_ptr(out), 1, qc_string_len(out), stdout);
  fputc('\n', stdout);
  qc_string_free(out);
  return 0;
}

static int import_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) { perror(path); return 2; }
  size_t cap = 1 << 20, n = 0, got;
  char *buf = malloc(cap);
  while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (bigger == NULL) free(buf);
      buf = bigger;
    }
  }
  fclose(f);
  if (buf == NULL) return 2;
  qc_string *out = NULL;
  qc_error *err = NULL;
  qc_status st = qc_import_text((const uint8_t *)buf, n, &out, &err);
  free(buf);
  return st == QC_STATUS_OK ? print(out) : report(st, err);
}

int main(int argc, char **argv) {
  if (argc < 2) { fputs("usage: cli_json REQUEST_JSON [DATA_DIR] | cli_json --import FILE\n", stderr); return 64; }
  if (strcmp(argv[1], "--import") == 0) return argc > 2 ? import_file(argv[2]) : 64;
  qc_ruleset *rs = NULL;
  qc_error *err = NULL;
  qc_status st = argc > 2 ? qc_ruleset_from_dir((const uint8_t *)argv[2], strlen(argv[2]), &rs, &err)
                          : qc_ruleset_new_default(&rs, &err);
  qc_string *out = NULL;
  if (st == QC_STATUS_OK) st = qc_query_json(rs, (const uint8_t *)argv[1], strlen(argv[1]), &out, &err);
  qc_ruleset_free(rs);
  return st == QC_STATUS_OK ? print(out) : report(st, err);
}
