/* Rule sets and the JSON query: loading (default, from a directory, every error), queries that
 * succeed, and bad input of every kind: NULL, invalid UTF-8, lengths that lie, malformed JSON,
 * unknown queries and provinces. Usage: test_ruleset DATA_DIR (the project's data/ directory). */
#define _POSIX_C_SOURCE 200809L
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char scratch[] = "/tmp/quyche-c-test-XXXXXX";

static void write_file(const char *dir, const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (f == NULL) { perror(path); exit(2); }
  fputs(text, f);
  fclose(f);
}

static void remove_file(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  unlink(path);
}

/* A dataset with two jurisdictions and nothing else: valid, and independent of the importer. */
static const char *JURISDICTIONS =
    "[[jurisdiction]]\nid = \"vn\"\nname = \"Việt Nam\"\nkind = \"national\"\n\n"
    "[[jurisdiction]]\nid = \"quang-ninh\"\nname = \"Quảng Ninh\"\nkind = \"province\"\n";

static void test_from_dir_errors(void) {
  qc_ruleset *rs = (qc_ruleset *)&scratch; /* a sentinel: must stay untouched on failure */
  qc_ruleset *const sentinel = rs;
  qc_error *err = NULL;

  CHECK_FAILS(qc_ruleset_from_dir(NULL, 5, &rs, &err), QC_STATUS_INVALID_ARGUMENT, err, "`path` is NULL");
  CHECK_FAILS(qc_ruleset_from_dir(NULL, 0, &rs, &err), QC_STATUS_INVALID_ARGUMENT, err, "`path` is empty");
  CHECK_FAILS(qc_ruleset_from_dir(STR("/tmp"), NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK_FAILS(qc_ruleset_from_dir((const uint8_t *)"/tmp/\xff\xfe", 7, &rs, &err), QC_STATUS_INVALID_UTF8, err,
              "offset 5");
  CHECK_FAILS(qc_ruleset_from_dir(STR("/nonexistent/quyche-data"), &rs, &err), QC_STATUS_IO_ERROR, err,
              "/nonexistent/quyche-data");
  /* A length that lies (shorter than the buffer): "/tmp/quyche-c-test-XXXXXX" cut to "/tmp/quy". */
  CHECK_FAILS(qc_ruleset_from_dir((const uint8_t *)scratch, 8, &rs, &err), QC_STATUS_IO_ERROR, err, "/tmp/quy");

  /* Invalid TOML: a data error whose message gives the file and the line. */
  write_file(scratch, "jurisdictions.toml", "[[jurisdiction]]\nid = \"vn\"\nname = 5\n");
  CHECK_FAILS(qc_ruleset_from_dir(STR(scratch), &rs, &err), QC_STATUS_DATA_ERROR, err, "jurisdictions.toml:");
  /* A file instead of a directory. */
  char file[256];
  snprintf(file, sizeof file, "%s/jurisdictions.toml", scratch);
  CHECK_FAILS(qc_ruleset_from_dir(STR(file), &rs, &err), QC_STATUS_IO_ERROR, err, "not a directory");
  CHECK(rs == sentinel, "out was written on failure");
}

static void test_queries_on_a_small_dataset(void) {
  write_file(scratch, "jurisdictions.toml", JURISDICTIONS);
  qc_ruleset *rs = NULL;
  qc_error *err = NULL;
  CHECK_OK(qc_ruleset_from_dir(STR(scratch), &rs, &err), err);
  CHECK(rs != NULL, "no rule set");
  if (rs == NULL) return;

  qc_string *out = NULL;
  CHECK_OK(qc_query_json(rs, STR("{\"query\": \"instruments\"}"), &out, &err), err);
  CHECK(out != NULL && qc_string_len(out) == 2 && memcmp(qc_string_ptr(out), "[]", 2) == 0,
        "an empty dataset has no instruments: %s", out ? (const char *)qc_string_ptr(out) : "(null)");
  qc_string_free(out);

  /* Every bad request: a status and a message, the out-parameter untouched. */
  qc_string *const sentinel = (qc_string *)&scratch;
  out = sentinel;
  CHECK_FAILS(qc_query_json(NULL, STR("{\"query\": \"instruments\"}"), &out, &err), QC_STATUS_INVALID_ARGUMENT, err,
              "`ruleset` is NULL");
  CHECK_FAILS(qc_query_json(rs, NULL, 3, &out, &err), QC_STATUS_INVALID_ARGUMENT, err, "`request` is NULL");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"instruments\"}"), NULL, &err), QC_STATUS_INVALID_ARGUMENT, err,
              "`out` is NULL");
  CHECK_FAILS(qc_query_json(rs, NULL, 0, &out, &err), QC_STATUS_PARSE_ERROR, err, "invalid request");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"instruments\""), &out, &err), QC_STATUS_PARSE_ERROR, err,
              "line 1 column");
  CHECK_FAILS(qc_query_json(rs, STR("not json at all"), &out, &err), QC_STATUS_PARSE_ERROR, err, "invalid request");
  CHECK_FAILS(qc_query_json(rs, STR("[1, 2, 3]"), &out, &err), QC_STATUS_PARSE_ERROR, err, "invalid request");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"launch\"}"), &out, &err), QC_STATUS_PARSE_ERROR, err, "launch");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"agencies\", \"colour\": \"red\"}"), &out, &err),
              QC_STATUS_PARSE_ERROR, err, "colour");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"agencies\", \"province\": 7}"), &out, &err), QC_STATUS_PARSE_ERROR,
              err, "invalid request");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"agencies\", \"province\": \"Atlantis\"}"), &out, &err),
              QC_STATUS_NOT_FOUND, err, "Atlantis");
  /* Invalid UTF-8 inside a JSON string, and a length that cuts "Quảng" inside its "ả" (2 bytes). */
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"agencies\", \"province\": \"Qu\xe1\xba\"}"), &out, &err),
              QC_STATUS_INVALID_UTF8, err, "offset 37");
  const char *cut = "{\"query\": \"agencies\", \"province\": \"Quảng Ninh\"}";
  CHECK_FAILS(qc_query_json(rs, (const uint8_t *)cut, 38, &out, &err), QC_STATUS_INVALID_UTF8, err, "offset 37");
  /* A length that lies but cuts on a character boundary: valid UTF-8, truncated JSON. */
  CHECK_FAILS(qc_query_json(rs, (const uint8_t *)cut, 20, &out, &err), QC_STATUS_PARSE_ERROR, err, "EOF");
  /* Embedded NUL: the length counts, not the terminator. */
  CHECK_FAILS(qc_query_json(rs, (const uint8_t *)"{\"query\": \"instruments\"}\0garbage", 32, &out, &err),
              QC_STATUS_PARSE_ERROR, err, "invalid request");
  CHECK(out == sentinel, "out was written on failure");
  /* err_out NULL: the status still comes back. */
  CHECK(qc_query_json(rs, STR("{"), &out, NULL) == QC_STATUS_PARSE_ERROR, "NULL err_out");

  /* The same query with a correct length (excluding the NUL and the garbage) succeeds. */
  out = NULL;
  CHECK_OK(qc_query_json(rs, (const uint8_t *)"{\"query\": \"instruments\"}\0garbage", 24, &out, &err), err);
  qc_string_free(out);
  qc_ruleset_free(rs);
  remove_file(scratch, "jurisdictions.toml");
}

static void test_default_rules(const char *data_dir) {
  qc_ruleset *rs = NULL;
  qc_error *err = NULL;
  CHECK_OK(qc_ruleset_new_default(&rs, &err), err);
  if (rs == NULL) return;

  /* The five seed instruments are in the default rules, by id and by official number. */
  qc_string *out = NULL;
  CHECK_OK(qc_query_json(rs, STR("{\"query\": \"instruments\"}"), &out, &err), err);
  if (out != NULL) {
    const char *json = (const char *)qc_string_ptr(out);
    CHECK(strlen(json) == qc_string_len(out), "the answer is NUL-terminated at its length");
    const char *ids[] = {"vn/22-2016-tt-btttt", "tra-vinh/21-2017-qd-ubnd", "quang-ninh/38-2018-qd-ubnd",
                         "dien-bien/18-2018-qd-ubnd", "soc-trang/du-thao-2019"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
      CHECK(strstr(json, ids[i]) != NULL, "instrument %s missing", ids[i]);
    CHECK(json[qc_string_len(out) - 1] == ']', "no trailing newline after the JSON");
    qc_string_free(out);
  }
  out = NULL;
  CHECK_OK(qc_query_json(rs, STR("{\"query\": \"show\", \"id\": \"22/2016/TT-BTTTT\"}"), &out, &err), err);
  CHECK(out != NULL && strstr((const char *)qc_string_ptr(out), "vn/22-2016-tt-btttt") != NULL, "show by number");
  qc_string_free(out);

  /* Unknown names are errors that say what was asked for. */
  qc_error *e2 = NULL;
  out = NULL;
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"duties\", \"province\": \"Atlantis\"}"), &out, &e2),
              QC_STATUS_NOT_FOUND, e2, "Atlantis");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"show\", \"id\": \"99/2099/QĐ-UBND\"}"), &out, &e2),
              QC_STATUS_NOT_FOUND, e2, "99/2099");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"show\", \"id\": \"vn/22-2016-tt-btttt\", \"citation\": \"Điều 999\"}"),
                            &out, &e2),
              QC_STATUS_NOT_FOUND, e2, "999");
  /* Deadlines: a real answer, and out-of-range dates and unknown options refused. */
  out = NULL;
  CHECK_OK(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"year\": 2026, \"province\": \"Điện Biên\"}"), &out, &err),
           err);
  CHECK(out != NULL && strstr((const char *)qc_string_ptr(out), "\"due\": \"2026-") != NULL, "no 2026 due date");
  qc_string_free(out);
  out = NULL;
  /* The message names the first day of 1800 the expansion needed (which depends on the data). */
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"year\": 1800}"), &out, &e2), QC_STATUS_OUT_OF_RANGE,
              e2, "1800-");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"year\": 2026, \"province\": \"Atlantis\"}"), &out,
                            &e2),
              QC_STATUS_NOT_FOUND, e2, "Atlantis");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"from\": \"2026-02-30\", \"to\": \"2026-03-01\"}"),
                            &out, &e2),
              QC_STATUS_PARSE_ERROR, e2, "invalid request");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"year\": 99999999999}"), &out, &e2),
              QC_STATUS_PARSE_ERROR, e2, "99999999999");
  CHECK_FAILS(qc_query_json(rs, STR("{\"query\": \"deadlines\", \"year\": 2026, \"shift\": \"sideways\"}"), &out,
                            &e2),
              QC_STATUS_PARSE_ERROR, e2, "sideways");
  CHECK(out == NULL, "out was written on failure");
  qc_ruleset_free(rs);

  /* The project's data/ directory loads like the embedded rules and answers the same. */
  if (data_dir != NULL) {
    qc_ruleset *dir_rs = NULL;
    CHECK_OK(qc_ruleset_from_dir(STR(data_dir), &dir_rs, &err), err);
    qc_ruleset_free(dir_rs);
  }
}

int main(int argc, char **argv) {
  if (mkdtemp(scratch) == NULL) { perror("mkdtemp"); return 2; }
  test_from_dir_errors();
  test_queries_on_a_small_dataset();
  test_default_rules(argc > 1 ? argv[1] : NULL);
  rmdir(scratch);
  return check_summary("test_ruleset");
}
