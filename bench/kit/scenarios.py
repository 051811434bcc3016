"""Runs the load scenarios with wrk against the app and, alternately in the same run, against nginx serving the
static copies: per scenario and repetition a warm-up run and a measured run on each (the app's first warm-up
of a scenario twice as long); after each scenario the
app's heap after a full GC (jcmd GC.run, then GC.heap_info), to show whether it grows.

    python3 scenarios.py WORK APP_PID NGINX_URL

Settings from the environment: BENCH_SCENARIOS (comma-separated, default all), BENCH_DURATION, BENCH_WARMUP,
BENCH_NGINX_WARMUP (seconds), BENCH_REPS, BENCH_CONNECTIONS, BENCH_THREADS. Writes WORK/scenario-results.json.
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import time

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
	duration = setting("BENCH_DURATION", 8)
	warmup = setting("BENCH_WARMUP", 5)
	nginx_warmup = setting("BENCH_NGINX_WARMUP", 1)
	reps = setting("BENCH_REPS", 3)
	results = {"settings": {"duration_s": duration, "warmup_s": warmup, "nginx_warmup_s": nginx_warmup,
			"reps": reps, "connections": setting("BENCH_CONNECTIONS", 64), "threads": setting("BENCH_THREADS", 2)},
			"heap_before_mb": heap_after_gc(pid), "scenarios": {}}
	out = work / "wrk-out.json"
	for name in [s for s in ORDER if s in chosen]:
		runs = {"app": [], "nginx": []}
		for rep in range(reps):
			first = 2 if rep == 0 else 1
			for target, base, wait in (("app", BASE, warmup * first), ("nginx", nginx_url, nginx_warmup)):
				paths = work / "paths" / f"{name}.{target}"
				if wait > 0:
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
