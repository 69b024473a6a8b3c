-- GET a path for an evaluation picked at random from a file of ids, so reads spread over the table rather than
-- hitting one cached row. Usage: wrk ... -s ids.lua URL -- IDS_FILE PATH_TEMPLATE (e.g. /api/evaluations/%d)
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
local ids = {}
local template
function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = tonumber(line)
  end
  template = args[2]
  math.randomseed(os.time() * 1000 + index)
end

function request()
  return wrk.format("GET", string.format(template, ids[math.random(#ids)]))
end
