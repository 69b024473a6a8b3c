-- GET the filtered list with filters and a page drawn at random, as people page through it: a year, a tab, one of
-- the first five pages. Usage: wrk ... -s list.lua URL -- PATH (/api/evaluations or /evaluations)
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
local path
local tabs = {"DRAFT", "IN_REVIEW", "REVIEWED", "RETURNED"}
function init(args)
  path = args[1]
  math.randomseed(os.time() * 1000 + index)
end

function request()
  return wrk.format("GET", string.format("%s?year=%d&tab=%s&page=%d&size=20", path, math.random(2019, 2024),
    tabs[math.random(#tabs)], math.random(0, 4)))
end
