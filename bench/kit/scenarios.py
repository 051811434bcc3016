"""Runs the load scenarios with wrk against the app and, alternately in the same run, against nginx serving the
static copies.

First the JVM is warmed until its just-in-time compilers have settled: rounds of every scenario at low
concurrency until the compiler threads spent less than BENCH_SETTLE_SHARE percent of a round's time compiling
(read from the JVM's own counters with jcmd PerfCounter.print), for BENCH_SETTLE_MAX seconds at most. Right
after a start the C2 compiler works through a backlog of several thousand methods for minutes and takes a core
of this 2-core machine: figures measured meanwhile are not the app's. Then per scenario one warm-up run on each
(filling the page cache) and, per repetition, a measured run on the app and one on nginx; after each scenario
the app's heap after a full GC (jcmd GC.run, then GC.heap_info), to show whether it grows.

    python3 scenarios.py WORK APP_PID NGINX_URL

Settings from the environment: BENCH_SCENARIOS (comma-separated, default all), BENCH_DURATION, BENCH_WARMUP,
BENCH_NGINX_WARMUP (seconds), BENCH_REPS, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_SETTLE_SHARE (default 5),
BENCH_SETTLE_MAX (default 90). Writes WORK/scenario-results.json.
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

from common import BASE, fail, log, median

ORDER = ["home", "catalogue", "document", "document-304", "document-uncached", "search", "track", "api-document"]
LUA = pathlib.Path(__file__).with_name("scenario.lua")


def setting(name, default):
	return int(os.environ.get(name, default))


def wrk(work, base, paths, seconds, out):
	env = dict(os.environ, WRK_PATHS=str(paths), WRK_OUT=str(out))
	command = ["wrk", "-t", str(setting("BENCH_THREADS", 2)), "-c", str(setting("BENCH_CONNECTIONS", 64)),
			"-d", f"{seconds}s", "--latency", "-s", str(LUA), base]
	result = subprocess.run(command, env=env, capture_output=True, text=True)
	if result.returncode != 0 or not out.exists():
		fail(f"wrk failed: {result.stderr or result.stdout}")
	run = json.loads(out.read_text())
	out.unlink()
	seconds = run["duration_us"] / 1e6
	run["rps"] = run["requests"] / seconds
	run["errors"] = run["connect"] + run["read"] + run["write"] + run["status"] + run["timeout"]
	return run


def prime(paths):
	"""One request for each listed address, one at a time, so that the measured runs do not start with a queue of
	first renderings (a fresh search costs ~50 ms): what a cache that has been serving for a while holds."""
	for line in paths.read_text().splitlines():
		fields = line.split("\t")
		if not fields[0]:
			continue
		headers = dict(f.split(": ", 1) for f in fields[1:])
		try:
			with urllib.request.urlopen(urllib.request.Request(BASE + fields[0], headers=headers), timeout=60) as r:
				r.read()
		except urllib.error.HTTPError:
			pass


def compiler_counters(pid):
	"""The JVM's count of compiled methods and the compiler threads' total time in seconds."""
	out = subprocess.run(["jcmd", str(pid), "PerfCounter.print"], capture_output=True, text=True).stdout
	values = dict(re.findall(r"^(\S+)=(\S+)$", out, re.M))
	frequency = int(values.get("sun.os.hrt.frequency", "1000000000"))
	return int(values.get("sun.ci.totalCompiles", "0")), int(values.get("java.ci.totalTime", "0")) / frequency


def settle(work, pid, names):
	"""Rounds of every scenario (2 s each, 16 connections) until the compilers' share of a round is small."""
	share_limit = setting("BENCH_SETTLE_SHARE", 5) / 100
	limit = setting("BENCH_SETTLE_MAX", 90)
	out = work / "wrk-settle.json"
	start = time.time()
	rounds = []
	while True:
		compiled, busy = compiler_counters(pid)
		began = time.time()
		for name in names:
			env = dict(os.environ, WRK_PATHS=str(work / "paths" / f"{name}.app"), WRK_OUT=str(out))
			subprocess.run(["wrk", "-t", "2", "-c", "16", "-d", "2s", "-s", str(LUA), BASE], env=env,
					capture_output=True, text=True)
		compiled_after, busy_after = compiler_counters(pid)
		share = (busy_after - busy) / (time.time() - began)
		rounds.append({"compiled": compiled_after - compiled, "compiler_share": round(share, 3)})
		log(f"warming: {compiled_after - compiled} methods compiled, compilers {100 * share:.0f} % of the round")
		if share < share_limit or time.time() - start > limit:
			break
	if out.exists():
		out.unlink()
	return {"seconds": round(time.time() - start), "rounds": rounds, "settled": rounds[-1]["compiler_share"] < share_limit}


def heap_after_gc(pid):
	"""Heap in use right after a full collection, in MB (G1 and the other collectors print "used NNNK"). The app
	may still be answering requests wrk gave up on, so it gets a moment and two collections."""
	time.sleep(2)
	for _ in range(2):
		subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, text=True)
	info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
	match = re.search(r"used (\d+)K", info)
	return round(int(match.group(1)) / 1024, 1) if match else None


def main(work, pid, nginx_url):
	work = pathlib.Path(work)
	chosen = os.environ.get("BENCH_SCENARIOS", ",".join(ORDER)).split(",")
	duration = setting("BENCH_DURATION", 6)
	warmup = setting("BENCH_WARMUP", 3)
	nginx_warmup = setting("BENCH_NGINX_WARMUP", 1)
	reps = setting("BENCH_REPS", 3)
	results = {"settings": {"duration_s": duration, "warmup_s": warmup, "nginx_warmup_s": nginx_warmup,
			"reps": reps, "connections": setting("BENCH_CONNECTIONS", 64), "threads": setting("BENCH_THREADS", 2)},
			"scenarios": {}}
	names = [s for s in ORDER if s in chosen]
	results["jit_warmup"] = settle(work, pid, names)
	results["heap_before_mb"] = heap_after_gc(pid)
	out = work / "wrk-out.json"
	for name in names:
		runs = {"app": [], "nginx": []}
		for rep in range(reps):
			for target, base, wait in (("app", BASE, warmup), ("nginx", nginx_url, nginx_warmup)):
				paths = work / "paths" / f"{name}.{target}"
				if target == "app" and rep == 0:
					prime(paths)
				if wait > 0 and rep == 0:
					wrk(work, base, paths, wait, out)
				run = wrk(work, base, paths, duration, out)
				runs[target].append(run)
				log(f"{name} {target} #{rep + 1}: {run['rps']:.0f} req/s, p50 {run['p50_us'] / 1000:.1f} ms, "
						f"p99 {run['p99_us'] / 1000:.1f} ms, errors {run['errors']}")
		heap = heap_after_gc(pid)
		results["scenarios"][name] = {"app": summarise(runs["app"]), "nginx": summarise(runs["nginx"]),
				"heap_after_gc_mb": heap, "runs": runs}
		log(f"{name}: heap after full GC {heap} MB")
	(work / "scenario-results.json").write_text(json.dumps(results, indent=1))


def summarise(runs):
	"""The median over the repetitions of each figure; errors summed."""
	return {"rps": median([r["rps"] for r in runs]), "p50_ms": median([r["p50_us"] for r in runs]) / 1000,
			"p99_ms": median([r["p99_us"] for r in runs]) / 1000, "errors": sum(r["errors"] for r in runs),
			"status_errors": sum(r["status"] for r in runs), "socket_errors": sum(r["errors"] - r["status"] for r in runs),
			"requests": sum(r["requests"] for r in runs)}


if __name__ == "__main__":
	if len(sys.argv) != 4:
		fail(__doc__)
	main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
