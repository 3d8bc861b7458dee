<?php
// libquyche from PHP with nothing but PHP's standard FFI extension (php-cli; ffi.enable=preload
// allows FFI in command-line scripts). Run: QUYCHE_LIB=/usr/local/lib/libquyche.so php example.php
declare(strict_types=1);

// The part of include/quyche.h this example uses (PHP's FFI does not run the C preprocessor).
$q = FFI::cdef(<<<'C'
typedef int qc_status;
typedef struct qc_error qc_error;
typedef struct qc_ruleset qc_ruleset;
typedef struct qc_string qc_string;
typedef struct qc_calendar qc_calendar;
typedef struct { int32_t year; uint8_t month; uint8_t day; } qc_date;
const char *qc_version(void);
qc_status qc_error_message(const qc_error *err, const uint8_t **ptr_out, size_t *len_out);
void qc_error_free(qc_error *err);
qc_status qc_ruleset_new_default(qc_ruleset **out, qc_error **err_out);
void qc_ruleset_free(qc_ruleset *ruleset);
// `const char *` here for `const uint8_t *` (same ABI): PHP passes its strings as char pointers.
qc_status qc_query_json(const qc_ruleset *ruleset, const char *request, size_t request_len,
                        qc_string **out, qc_error **err_out);
const uint8_t *qc_string_ptr(const qc_string *s);
size_t qc_string_len(const qc_string *s);
void qc_string_free(qc_string *s);
qc_status qc_calendar_new_vietnam(uint32_t kind, qc_calendar **out, qc_error **err_out);
void qc_calendar_free(qc_calendar *calendar);
qc_status qc_is_working_day(const qc_calendar *calendar, qc_date date, bool *out, qc_error **err_out);
C, getenv('QUYCHE_LIB') ?: 'libquyche.so');

// Throws with the message of a failed call, after freeing its error handle.
function check(FFI $q, int $status, $err, string $what): void {
    if ($status === 0) {
        return;
    }
    $ptr = $q->new('const uint8_t *');
    $len = $q->new('size_t');
    $message = "status $status";
    if ($q->qc_error_message($err, FFI::addr($ptr), FFI::addr($len)) === 0) {
        $message = FFI::string($ptr, $len->cdata);
    }
    $q->qc_error_free($err);
    throw new RuntimeException("$what: $message");
}

// Sends one JSON request and decodes the JSON answer.
function query(FFI $q, $rules, array $request): array {
    $json = json_encode($request, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
    $out = $q->new('qc_string *');
    $err = $q->new('qc_error *');
    check($q, $q->qc_query_json($rules, $json, strlen($json), FFI::addr($out), FFI::addr($err)), $err, 'query');
    $text = FFI::string($q->qc_string_ptr($out), $q->qc_string_len($out));
    $q->qc_string_free($out);
    return json_decode($text, true, 512, JSON_THROW_ON_ERROR);
}

echo 'libquyche ', $q->qc_version(), "\n";  // const char * arrives as a PHP string
$rules = $q->new('qc_ruleset *');
$err = $q->new('qc_error *');
check($q, $q->qc_ruleset_new_default(FFI::addr($rules), FFI::addr($err)), $err, 'loading the rules');
try {
    $deadlines = query($q, $rules, ['query' => 'deadlines', 'year' => 2026, 'province' => 'Quảng Ninh']);
    $annual = array_filter($deadlines, fn ($d) => $d['recurrence'] === 'annual' && $d['due'] !== null);
    printf("Quảng Ninh, 2026: %d due dates, %d of them annual:\n", count($deadlines), count($annual));
    foreach ($annual as $d) {
        echo "  {$d['due']}  {$d['obligation']}\n";
    }
    // An unknown province is an error with a message, not a crash.
    try {
        query($q, $rules, ['query' => 'obligations', 'province' => 'Atlantis']);
        throw new LogicException('an unknown province was accepted');
    } catch (RuntimeException $e) {
        echo "expected error: ", $e->getMessage(), "\n";
    }
} finally {
    $q->qc_ruleset_free($rules);
}

// The calendar: a struct passed by value.
$cal = $q->new('qc_calendar *');
check($q, $q->qc_calendar_new_vietnam(0 /* QC_CALENDAR_CIVIL */, FFI::addr($cal), FFI::addr($err)), $err, 'calendar');
$date = $q->new('qc_date');
$date->year = 2026;
$date->month = 9;
$date->day = 2;
$working = $q->new('bool');
check($q, $q->qc_is_working_day($cal, $date, FFI::addr($working), FFI::addr($err)), $err, 'qc_is_working_day');
echo '2026-09-02 is ', $working->cdata ? '' : 'not ', "a working day\n";
$q->qc_calendar_free($cal);
