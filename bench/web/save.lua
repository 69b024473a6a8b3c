-- PUT new actuals into editable evaluations, each of which the server re-scores and audits. Every thread saves its
-- own share of the ids (no two threads race for a row) and takes the next version from the answer. The file has
-- "id version" lines. Usage: wrk -tT ... -s save.lua URL -- IDS_FILE T
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
local ids = {}
local versions = {}
local next_index = 0
function init(args)
  local n = 0
  for line in io.lines(args[1]) do
    n = n + 1
    -- round-robin split of the ids between the threads (common.lua numbers them 1..t)
    if (n - index) % tonumber(args[2]) == 0 then
      local id, version = string.match(line, "^(%d+) (%d+)")
      id = tonumber(id)
      ids[#ids + 1] = id
      versions[id] = tonumber(version)
    end
  end
  math.randomseed(os.time() * 1000 + index)
end

function request()
  next_index = next_index % #ids + 1
  local id = ids[next_index]
  local body = string.format('{"version":%d,"actuals":[{"index":%d,"actual":"%d"}]}',
    versions[id], math.random(0, 3), math.random(1, 120))
  -- wrk.format takes the headers given instead of the -H ones: carry those over
  local headers = {["Content-Type"] = "application/json"}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("PUT", "/api/evaluations/" .. id .. "/actuals", headers, body)
end

-- A refused save (wrk counts it under "Non-2xx") does not name its id; a ring of hundreds of ids per thread keeps
-- one id from being in flight twice, so refusals mean a bug, not a race.
function response(status, headers, body)
  if status == 200 then
    local id, version = string.match(body, '^{"id":(%d+),.-"version":(%d+)')
    versions[tonumber(id)] = tonumber(version)
  end
end
