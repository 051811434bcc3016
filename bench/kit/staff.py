"""The staff side at scale (issue 16, item 5): the handlers' inbox and the console's overdue count, as a signed-in
member of the disclosure office uses them, timed one request at a time (the targets are latencies: p95).

    python3 staff.py WORK

Scenarios, each BENCH_STAFF_WARMUP (default 20) unmeasured then BENCH_STAFF_REQUESTS (default 200) measured
requests, time to the last byte measured by the client:
  inbox-first   /admin/requests: the first page of the open applications by due date (the console's page, signed in)
  inbox-later   /admin/requests?page=K: the last page of the same list (the deepest offset)
  inbox-middle  /admin/requests?sort=received&page=K/2: a middle page in another order
  inbox-overdue /admin/requests?view=overdue: the overdue filter
  overdue-count /api/v1/admin/requests?view=overdue&size=1 with a bearer token: the badge's count (one indexed
                count, and one row)
Writes WORK/staff-results.json with p50/p95/p99/max per scenario, and the number of open applications.
"""

import json
import os
import pathlib
import sys
import time

from common import BENCH_PASSWORD, BENCH_USER, StaffApi, WebSession, fail, issue_token, log, median, percentile


def setting(name, default):
	return int(os.environ.get(name, default))


def timed(call, warmup, requests):
	for _ in range(warmup):
		call()
	times = []
	for _ in range(requests):
		started = time.perf_counter()
		status = call()
		times.append((time.perf_counter() - started) * 1000)
		if status != 200:
			fail(f"answered {status}")
	return {"requests": requests, "p50_ms": round(median(times), 2), "p95_ms": round(percentile(times, 95), 2),
			"p99_ms": round(percentile(times, 99), 2), "max_ms": round(max(times), 2)}


def main(work):
	warmup = setting("BENCH_STAFF_WARMUP", 20)
	requests = setting("BENCH_STAFF_REQUESTS", 200)
	session = WebSession(BENCH_USER, BENCH_PASSWORD)
	api = StaffApi(issue_token(session))
	status, first = api.call("GET", "/requests?size=20")
	if status != 200:
		fail(f"the inbox API answered {status}: {first}")
	open_total, pages = first["totalItems"], max(first["totalPages"], 1)
	status, closed = api.call("GET", "/requests?view=closed&size=1")
	log(f"inbox: {open_total} open applications ({pages} pages of 20), {closed['totalItems']} concluded")

	def page(path):
		return lambda: session.request(path)[0]

	scenarios = {
		"inbox-first": page("/admin/requests"),
		"inbox-later": page(f"/admin/requests?page={pages - 1}"),
		"inbox-middle": page(f"/admin/requests?sort=received&page={pages // 2}"),
		"inbox-overdue": page("/admin/requests?view=overdue"),
		"overdue-count": lambda: api.call("GET", "/requests?view=overdue&size=1")[0],
	}
	results = {"open": open_total, "concluded": closed["totalItems"], "pages": pages, "warmup": warmup,
			"scenarios": {}}
	for name, call in scenarios.items():
		result = timed(call, warmup, requests)
		results["scenarios"][name] = result
		log(f"{name}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms")
	(pathlib.Path(work) / "staff-results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
	if len(sys.argv) != 2:
		fail(__doc__)
	main(sys.argv[1])
