-- GET the monitoring page of the caller's own organisation (for bench-province, the province: its 1–7月 round of 2024
-- over the generator's --monitoring reports) with its tallies, light map and one of the first five pages of reports.
-- Usage: wrk ... -s monitoring.lua URL -- PATH (/monitoring)
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
local path
function init(args)
  path = args[1]
  math.randomseed(os.time() * 1000 + index)
end

function request()
  return wrk.format("GET", string.format("%s?year=2024&page=%d", path, math.random(0, 4)))
end
