/* The calendar through the C ABI. Expected values come from the calendar and the law, not from the
 * library: 30/4 and 1/5 are public holidays (Bộ luật Lao động 2019, Điều 112); civil servants rest on
 * Saturday and Sunday (Quyết định 188/1999/QĐ-TTg), workers on Sunday by default (Điều 111); Tết
 * Bính Ngọ is 17 February 2026 and Tết Ất Tỵ 29 January 2025; lunar 2025 has a leap sixth month
 * starting 25 July 2025, lunar 2026 has none; Tết Trung thu (15/8 lunar) 2026 is 25 September 2026. */
#include <stdint.h>

#include "check.h"

static qc_date d(int32_t y, uint8_t m, uint8_t day) {
  qc_date r = {y, m, day};
  return r;
}

static int same(qc_date a, qc_date b) { return a.year == b.year && a.month == b.month && a.day == b.day; }

static void working_days(void) {
  qc_calendar *civil = NULL, *labour = NULL;
  qc_error *err = NULL;
  CHECK_OK(qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, &civil, &err), err);
  CHECK_OK(qc_calendar_new_vietnam(QC_CALENDAR_LABOUR, &labour, &err), err);
  if (civil == NULL || labour == NULL) return;

  bool w = true;
  CHECK_OK(qc_is_working_day(civil, d(2026, 5, 1), &w, &err), err);
  CHECK(!w, "1/5/2026 (Labour Day) is a working day");
  w = true;
  CHECK_OK(qc_is_working_day(civil, d(2026, 4, 30), &w, &err), err);
  CHECK(!w, "30/4/2026 is a working day");
  w = false;
  CHECK_OK(qc_is_working_day(civil, d(2026, 11, 23), &w, &err), err);
  CHECK(w, "Monday 23/11/2026 is not a working day");
  w = true;
  CHECK_OK(qc_is_working_day(civil, d(2026, 11, 28), &w, &err), err);
  CHECK(!w, "Saturday 28/11/2026 is a civil working day");
  w = false;
  CHECK_OK(qc_is_working_day(labour, d(2026, 11, 28), &w, &err), err);
  CHECK(w, "Saturday 28/11/2026 is not a labour working day");
  w = true;
  CHECK_OK(qc_is_working_day(labour, d(2026, 11, 29), &w, &err), err);
  CHECK(!w, "Sunday 29/11/2026 is a labour working day");

  /* Wednesday 29/4 + 1 working day: over 30/4 (Thu), 1/5 (Fri) and the weekend to Monday 4/5. */
  qc_date r = {0, 0, 0};
  CHECK_OK(qc_add_working_days(civil, d(2026, 4, 29), 1, &r, &err), err);
  CHECK(same(r, d(2026, 5, 4)), "29/4/2026 + 1 = %d-%d-%d", r.year, r.month, r.day);
  CHECK_OK(qc_add_working_days(civil, d(2026, 5, 4), -1, &r, &err), err);
  CHECK(same(r, d(2026, 4, 29)), "4/5/2026 - 1 = %d-%d-%d", r.year, r.month, r.day);
  CHECK_OK(qc_add_working_days(civil, d(2026, 11, 29), 0, &r, &err), err);
  CHECK(same(r, d(2026, 11, 29)), "n = 0 moved the date");
  /* Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam (a holiday from 01/07/2026). Monday 23/11 + 5
     working days: 25, 26, 27/11, Monday 30/11, Tuesday 01/12. */
  w = true;
  CHECK_OK(qc_is_working_day(civil, d(2026, 11, 24), &w, &err), err);
  CHECK(!w, "24/11/2026 (Ngày Văn hóa Việt Nam) is a working day");
  CHECK_OK(qc_add_working_days(civil, d(2026, 11, 23), 5, &r, &err), err);
  CHECK(same(r, d(2026, 12, 1)), "23/11/2026 + 5 = %d-%d-%d", r.year, r.month, r.day);

  int64_t n = 0;
  CHECK_OK(qc_working_days_between(civil, d(2026, 11, 23), d(2026, 11, 30), &n, &err), err);
  CHECK(n == 4, "[23/11, 30/11) has %lld working days", (long long)n);
  CHECK_OK(qc_working_days_between(civil, d(2026, 11, 30), d(2026, 11, 23), &n, &err), err);
  CHECK(n == -4, "reversed range gives %lld", (long long)n);
  CHECK_OK(qc_working_days_between(labour, d(2026, 11, 23), d(2026, 11, 30), &n, &err), err);
  CHECK(n == 5, "labour [23/11, 30/11) has %lld working days", (long long)n);

  /* Errors: each a status and a message; out-parameters untouched. */
  qc_calendar *cal_sentinel = (qc_calendar *)&n;
  qc_calendar *cal = cal_sentinel;
  CHECK_FAILS(qc_calendar_new_vietnam(7, &cal, &err), QC_STATUS_INVALID_ARGUMENT, err, "unknown calendar kind 7");
  CHECK_FAILS(qc_calendar_new_vietnam(QC_CALENDAR_CIVIL, NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK(cal == cal_sentinel, "out written on failure");
  w = true;
  CHECK_FAILS(qc_is_working_day(NULL, d(2026, 1, 5), &w, &err), QC_STATUS_INVALID_ARGUMENT, err, "`calendar` is NULL");
  CHECK_FAILS(qc_is_working_day(civil, d(2026, 1, 5), NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK_FAILS(qc_is_working_day(civil, d(2026, 2, 30), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "2026-02-30 is not a date");
  CHECK_FAILS(qc_is_working_day(civil, d(2019, 2, 29), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "2019-02-29");
  CHECK_FAILS(qc_is_working_day(civil, d(2026, 4, 31), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "2026-04-31");
  CHECK_FAILS(qc_is_working_day(civil, d(2026, 13, 1), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "2026-13-01");
  CHECK_FAILS(qc_is_working_day(civil, d(2026, 0, 0), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "qc_is_working_day");
  CHECK_FAILS(qc_is_working_day(civil, d(1800, 1, 6), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "1800");
  CHECK_FAILS(qc_is_working_day(civil, d(INT32_MAX, 1, 1), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "qc_is_working_day");
  CHECK_FAILS(qc_is_working_day(civil, d(INT32_MIN, 1, 1), &w, &err), QC_STATUS_OUT_OF_RANGE, err, "qc_is_working_day");
  CHECK(w == true, "out written on failure");
  r = d(1, 1, 1);
  CHECK_FAILS(qc_add_working_days(civil, d(2026, 5, 4), INT64_MAX, &r, &err), QC_STATUS_OUT_OF_RANGE, err,
              "qc_add_working_days");
  CHECK_FAILS(qc_add_working_days(civil, d(2026, 5, 4), INT64_MIN, &r, &err), QC_STATUS_OUT_OF_RANGE, err,
              "qc_add_working_days");
  CHECK_FAILS(qc_add_working_days(NULL, d(2026, 5, 4), 1, &r, &err), QC_STATUS_INVALID_ARGUMENT, err, "`calendar`");
  CHECK_FAILS(qc_add_working_days(civil, d(2026, 5, 4), 1, NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out`");
  CHECK_FAILS(qc_add_working_days(civil, d(2026, 6, 31), 1, &r, &err), QC_STATUS_OUT_OF_RANGE, err, "2026-06-31");
  CHECK(same(r, d(1, 1, 1)), "out written on failure");
  n = 42;
  CHECK_FAILS(qc_working_days_between(civil, d(2026, 1, 1), d(2026, 2, 29), &n, &err), QC_STATUS_OUT_OF_RANGE, err,
              "`to` 2026-02-29");
  CHECK_FAILS(qc_working_days_between(civil, d(2026, 1, 32), d(2026, 2, 1), &n, &err), QC_STATUS_OUT_OF_RANGE, err,
              "`from` 2026-01-32");
  CHECK_FAILS(qc_working_days_between(civil, d(1900, 1, 1), d(2026, 2, 1), &n, &err), QC_STATUS_OUT_OF_RANGE, err,
              "1900");
  CHECK_FAILS(qc_working_days_between(NULL, d(2026, 1, 1), d(2026, 2, 1), &n, &err), QC_STATUS_INVALID_ARGUMENT, err,
              "`calendar`");
  CHECK_FAILS(qc_working_days_between(civil, d(2026, 1, 1), d(2026, 2, 1), NULL, &err), QC_STATUS_INVALID_ARGUMENT,
              err, "`out`");
  CHECK(n == 42, "out written on failure");

  qc_calendar_free(civil);
  qc_calendar_free(labour);
  qc_calendar_free(NULL);
}

static void lunar(void) {
  qc_error *err = NULL;
  qc_lunar_date l = {0, 0, 0, true};
  CHECK_OK(qc_lunar_from_solar(d(2026, 2, 17), &l, &err), err);
  CHECK(l.year == 2026 && l.month == 1 && l.day == 1 && !l.leap, "17/2/2026 is %d/%d/%d leap=%d", l.day, l.month,
        l.year, l.leap);
  CHECK_OK(qc_lunar_from_solar(d(2026, 9, 25), &l, &err), err);
  CHECK(l.year == 2026 && l.month == 8 && l.day == 15 && !l.leap, "25/9/2026 is %d/%d/%d", l.day, l.month, l.year);
  CHECK_OK(qc_lunar_from_solar(d(2025, 7, 25), &l, &err), err);
  CHECK(l.year == 2025 && l.month == 6 && l.day == 1 && l.leap, "25/7/2025 is %d/%d%s/%d", l.day, l.month,
        l.leap ? " (leap)" : "", l.year);
  /* The day before Tết Ất Tỵ is the last day of the twelfth month of lunar 2024. */
  CHECK_OK(qc_lunar_from_solar(d(2025, 1, 28), &l, &err), err);
  CHECK(l.year == 2024 && l.month == 12 && !l.leap, "28/1/2025 is %d/%d/%d", l.day, l.month, l.year);

  qc_date s = {0, 0, 0};
  qc_lunar_date tet2025 = {2025, 1, 1, false};
  CHECK_OK(qc_lunar_to_solar(tet2025, &s, &err), err);
  CHECK(same(s, d(2025, 1, 29)), "Tết 2025 is %d-%d-%d", s.year, s.month, s.day);
  qc_lunar_date leap6 = {2025, 6, 1, true};
  CHECK_OK(qc_lunar_to_solar(leap6, &s, &err), err);
  CHECK(same(s, d(2025, 7, 25)), "leap 6/2025 starts %d-%d-%d", s.year, s.month, s.day);

  /* Errors. */
  s = d(1, 1, 1);
  qc_lunar_date no_leap = {2026, 6, 1, true};
  CHECK_FAILS(qc_lunar_to_solar(no_leap, &s, &err), QC_STATUS_OUT_OF_RANGE, err, "");
  qc_lunar_date day31 = {2026, 1, 31, false};
  CHECK_FAILS(qc_lunar_to_solar(day31, &s, &err), QC_STATUS_OUT_OF_RANGE, err, "");
  qc_lunar_date month13 = {2026, 13, 1, false};
  CHECK_FAILS(qc_lunar_to_solar(month13, &s, &err), QC_STATUS_OUT_OF_RANGE, err, "");
  qc_lunar_date far = {3000, 1, 1, false};
  CHECK_FAILS(qc_lunar_to_solar(far, &s, &err), QC_STATUS_OUT_OF_RANGE, err, "");
  CHECK_FAILS(qc_lunar_to_solar(tet2025, NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK(same(s, d(1, 1, 1)), "out written on failure");
  l.year = -1;
  CHECK_FAILS(qc_lunar_from_solar(d(2026, 2, 29), &l, &err), QC_STATUS_OUT_OF_RANGE, err, "2026-02-29 is not a date");
  CHECK_FAILS(qc_lunar_from_solar(d(1800, 1, 1), &l, &err), QC_STATUS_OUT_OF_RANGE, err, "1800");
  CHECK_FAILS(qc_lunar_from_solar(d(2026, 1, 1), NULL, &err), QC_STATUS_INVALID_ARGUMENT, err, "`out` is NULL");
  CHECK(l.year == -1, "out written on failure");
}

int main(void) {
  working_days();
  lunar();
  return check_summary("test_calendar");
}
