-- GET a 复核 or 概览 page of the caller's own organisation (for bench-province, the province: 25,150 evaluations) for
-- a budget year drawn at random, and one of the first three pages of the ranked list.
-- Usage: wrk ... -s recheck.lua URL -- PATH (/recheck, /api/recheck or /overview)
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
local path
function init(args)
  path = args[1]
  math.randomseed(os.time() * 1000 + index)
end

function request()
  return wrk.format("GET", string.format("%s?year=%d&page=%d", path, math.random(2019, 2024), math.random(0, 2)))
end
