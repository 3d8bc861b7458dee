/* Prints qc_query_json's answer to a request, followed by a newline as the CLI's println does,
 * so scripts/test-c can compare it byte for byte with `quyche ... --format json`.
 * Usage: cli_json REQUEST_JSON [DATA_DIR]. Exit 2 with the message on stderr on failure. */
#include <stdio.h>
#include <string.h>

#include <quyche.h>

int main(int argc, char **argv) {
  if (argc < 2) { fputs("usage: cli_json REQUEST_JSON [DATA_DIR]\n", stderr); return 64; }
  qc_ruleset *rs = NULL;
  qc_error *err = NULL;
  qc_status st = argc > 2 ? qc_ruleset_from_dir((const uint8_t *)argv[2], strlen(argv[2]), &rs, &err)
                          : qc_ruleset_new_default(&rs, &err);
  qc_string *out = NULL;
  if (st == QC_STATUS_OK) st = qc_query_json(rs, (const uint8_t *)argv[1], strlen(argv[1]), &out, &err);
  if (st != QC_STATUS_OK) {
    const uint8_t *p = NULL;
    size_t n = 0;
    if (qc_error_message(err, &p, &n) == QC_STATUS_OK) fprintf(stderr, "error (%d): %.*s\n", (int)st, (int)n, (const char *)p);
    qc_error_free(err);
    qc_ruleset_free(rs);
    return 2;
  }
  fwrite(qc_string_ptr(out), 1, qc_string_len(out), stdout);
  fputc('\n', stdout);
  qc_string_free(out);
  qc_ruleset_free(rs);
  return 0;
}
