-- Shared by the scripts: a number per thread ("index", for its random seed or its share of the ids), and one line
-- with what BENCHMARKS.md reports (wrk --latency prints no 95th percentile).
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
