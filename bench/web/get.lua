-- GET the URL given to wrk, nothing else: the trivial endpoint.
dofile((os.getenv("BENCH_WEB") or "bench/web") .. "/common.lua")
