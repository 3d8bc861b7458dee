-- wrk script for scripts/load-test: an optional POST body, a bound on the number of answers per
-- thread (LOAD_MAX_PER_THREAD), and one JSON line of results at the end.
local body = os.getenv("LOAD_BODY")
if body and #body > 0 then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = os.getenv("LOAD_CONTENT_TYPE") or "application/json"
end
local max = tonumber(os.getenv("LOAD_MAX_PER_THREAD") or "0")
local answered = 0

function response(status, headers, body)
  answered = answered + 1
  if max > 0 and answered >= max then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "socket_errors": %d, "non_2xx": %d}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
