/* qc_import_text and qc_import_bytes: every error path, the size limit, and a real seed text once the importer exists.
 * Usage: test_import [SEED_TEXT_FILE]. */
#include "check.h"

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (bigger == NULL) { free(buf); buf = NULL; }
      else buf = bigger;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  qc_string *const sentinel = (qc_string *)&argc;
  qc_string *out = sentinel;
  qc_error *err = NULL;

  CHECK_FAILS(qc_import_text(NULL, 10, &out, &err), QC_STATUS_INVALID_ARGUMENT, err, "`text` is NULL");
  CHECK_FAILS(qc_import_text(STR("Điều 1. Phạm vi"), NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK_FAILS(qc_import_text((const uint8_t *)"\xff\xfe\x00\x00", 4, &out, &err), QC_STATUS_INVALID_UTF8, err, "offset 0");
  /* Latin-1 "Điều" is not UTF-8. */
  CHECK_FAILS(qc_import_text((const uint8_t *)"\xd0i\xeau 1.", 7, &out, &err), QC_STATUS_INVALID_UTF8, err, "offset 0");
  /* A length that lies and cuts "Đ" (2 bytes) in half. */
  CHECK_FAILS(qc_import_text((const uint8_t *)"Điều 1.", 1, &out, &err), QC_STATUS_INVALID_UTF8, err, "offset 0");
  /* Nothing usable: empty text. */
  CHECK_FAILS(qc_import_text(NULL, 0, &out, &err), QC_STATUS_INVALID_INPUT, err, "");
  CHECK_FAILS(qc_import_text(STR(""), &out, &err), QC_STATUS_INVALID_INPUT, err, "");
  CHECK(out == sentinel, "out was written on failure");

  /* qc_import_bytes reads bytes of unknown encoding and says what they seem to be. */
  CHECK_FAILS(qc_import_bytes(NULL, 3, &out, &err), QC_STATUS_INVALID_ARGUMENT, err, "`bytes` is NULL");
  CHECK_FAILS(qc_import_bytes((const uint8_t *)"\xd0i\xeau 1.", 7, &out, &err), QC_STATUS_INVALID_INPUT, err,
              "legacy Vietnamese encoding");
  CHECK_FAILS(qc_import_bytes((const uint8_t *)"\xff\xfe\x00\x00", 4, &out, &err), QC_STATUS_INVALID_INPUT, err,
              "UTF-16");
  CHECK_FAILS(qc_import_bytes(STR(" \n\t"), &out, &err), QC_STATUS_INVALID_INPUT, err, "only whitespace");
  CHECK(out == sentinel, "out was written on failure");

  /* One byte over the 64 MiB limit (67,108,864 bytes) is refused by both, whatever the bytes. */
  {
    size_t big = (size_t)64 * 1024 * 1024 + 1;
    uint8_t *buf = malloc(big);
    CHECK(buf != NULL, "cannot allocate %zu bytes", big);
    if (buf != NULL) {
      memset(buf, 'a', big);
      CHECK_FAILS(qc_import_text(buf, big, &out, &err), QC_STATUS_INVALID_INPUT, err, "the input is too large: 67108865 bytes");
      buf[0] = 0xd0; /* not UTF-8 either: the size is still what is reported */
      CHECK_FAILS(qc_import_text(buf, big, &out, &err), QC_STATUS_INVALID_INPUT, err, "too large");
      CHECK_FAILS(qc_import_bytes(buf, big, &out, &err), QC_STATUS_INVALID_INPUT, err, "the limit is 67108864 bytes");
      free(buf);
    }
  }
  CHECK(out == sentinel, "out was written on failure");

  if (argc > 1) {
    size_t len = 0;
    char *text = read_all(argv[1], &len);
    CHECK(text != NULL, "cannot read %s", argv[1]);
    if (text != NULL) {
      out = NULL;
      CHECK_OK(qc_import_text((const uint8_t *)text, len, &out, &err), err);
      qc_string *from_bytes = NULL;
      CHECK_OK(qc_import_bytes((const uint8_t *)text, len, &from_bytes, &err), err);
      if (out != NULL && from_bytes != NULL) {
        CHECK(qc_string_len(out) == qc_string_len(from_bytes) &&
                  memcmp(qc_string_ptr(out), qc_string_ptr(from_bytes), qc_string_len(out)) == 0,
              "qc_import_bytes and qc_import_text disagree on a UTF-8 text");
      }
      qc_string_free(from_bytes);
      if (out != NULL) {
        const char *json = (const char *)qc_string_ptr(out);
        CHECK(json[0] == '{' && json[qc_string_len(out) - 1] == '}', "not a JSON object");
        CHECK(strstr(json, "\"art_1\"") != NULL, "no Điều 1 (eId art_1) in the imported tree");
        qc_string_free(out);
      }
      free(text);
    }
  }
  return check_summary("test_import");
}
