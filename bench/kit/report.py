"""Writes the results file: the machine, the run's settings, one table per part and the targets of issue 6 met
or not, from the JSON files the other steps left in WORK.

    python3 report.py WORK OUTPUT_MARKDOWN
"""

import json
import pathlib
import sys

from common import fail

CACHED_PAGES = ["home", "catalogue", "document"]
LABELS = {
	"home": "Home page `/`",
	"catalogue": "Catalogue list `/catalogue…`",
	"document": "Document page, anonymous",
	"document-304": "Document page, conditional (If-None-Match → 304)",
	"document-uncached": "Document page, caching disabled",
	"search": "Search page `/search?q=…`",
	"track": "Tracking lookup `/api/v1/requests/{no}`",
	"api-document": "JSON document API `/api/v1/documents/{id}`",
}


STAFF_LABELS = {
	"inbox-first": "Inbox, first page by due date",
	"inbox-later": "Inbox, last page by due date",
	"inbox-middle": "Inbox, middle page by receipt",
	"inbox-overdue": "Inbox, overdue filter",
	"overdue-count": "Overdue count (API, size 1)",
}


def read(work, name):
	path = pathlib.Path(work) / name
	return json.loads(path.read_text()) if path.exists() else None


def ratio(app, nginx):
	return app["rps"] / nginx["rps"] if nginx["rps"] else float("nan")


def mark(ok):
	return "n/a" if ok is None else ("met" if ok else "**not met**")


def main(work, output):
	facts = read(work, "facts.json")
	scenarios = read(work, "scenario-results.json") or {"scenarios": {}, "settings": {}}
	shapes = read(work, "scenarios.json") or {}
	latency = read(work, "latency-results.json")
	rebuild = read(work, "rebuild-results.json")
	staff = read(work, "staff-results.json")
	reminders = read(work, "reminder-results.json")
	load = facts.get("load", {})
	lines = [f"# Benchmark results {facts['date']}", ""]
	if facts.get("label"):
		lines += [f"> {facts['label']}", ""]
	lines += ["## Machine and run", "", "| | |", "|---|---|"]
	for key, label in [("cpu", "CPU"), ("cores", "Cores"), ("ram", "RAM"), ("kernel", "Kernel"), ("java", "Java"),
			("wrk", "wrk"), ("nginx", "nginx"), ("load_before", "Load average before"),
			("load_after", "Load average after"), ("commit", "Commit"), ("jvm", "App JVM options"),
			("kit_seconds", "Kit duration (s, without the data load, the jar build and the CDS archive)")]:
		lines.append(f"| {label} | {facts.get(key, '')} |")
	s = scenarios["settings"]
	lines += [f"| Documents / applications | {facts['n']} / {facts['requests']} |",
			f"| wrk | {s.get('threads')} threads, {s.get('connections')} connections, {s.get('duration_s')} s measured "
			f"after one pass over the scenario's addresses and a {s.get('warmup_s')} s warm-up (nginx "
			f"{s.get('nginx_warmup_s')} s), median of {s.get('reps')} |"]
	jit = scenarios.get("jit_warmup")
	if jit:
		shares = ", ".join(f"{100 * r['compiler_share']:.0f} %" for r in jit["rounds"])
		lines.append(f"| JVM warm-up before the scenarios | {jit['seconds']} s, {len(jit['rounds'])} rounds of every "
				f"scenario; compiler threads' share of each round: {shares}"
				f"{'' if jit['settled'] else ' (stopped at the time limit, not settled)'} |")
	lines.append("")
	lines += ["## Data load (through the product's import and staff API)", "",
			"| Part | Seconds |", "|---|---|"]
	for key, label in [("documents_s", "Documents (bulk import)"), ("applications_s", "Applications (staff API)"),
			("total_s", "Total")]:
		lines.append(f"| {label} | {load.get('timings', {}).get(key, '')} |")
	lines += ["", f"Data directory {'reused' if facts.get('reused') else 'loaded in this run'}: {facts.get('data_dir')}", ""]

	lines += ["## Load scenarios (app and nginx alternately, same run)", "",
			"| Scenario | URLs | App req/s | App p50 ms | App p99 ms | App errors | nginx req/s | nginx p99 ms | nginx errors | "
			"Ratio | Heap after GC MB |", "|---|---|---|---|---|---|---|---|---|---|---|"]
	for name, result in scenarios["scenarios"].items():
		app, nginx = result["app"], result["nginx"]
		lines.append(f"| {LABELS.get(name, name)} | {shapes.get(name, {}).get('urls', '')} | {app['rps']:.0f} | "
				f"{app['p50_ms']:.1f} | {app['p99_ms']:.1f} | {app['errors']} ({app['status_errors']} HTTP) | "
				f"{nginx['rps']:.0f} | {nginx['p99_ms']:.1f} | {nginx['errors']} | {ratio(app, nginx):.3f} | "
				f"{result['heap_after_gc_mb']} |")
	lines += ["", f"Heap after a full GC before the first scenario: {scenarios.get('heap_before_mb')} MB.", ""]

	if latency:
		lines += ["## Search latency at concurrency 1", "",
				"| | Median ms | p99 ms |", "|---|---|---|",
				f"| Product search API `/api/v1/search` | {latency['api_median_ms']:.2f} | {latency['api_p99_ms']:.2f} |",
				f"| Raw Lucene IndexSearcher (bench/RawLucene.java) | {latency['raw_median_ms']:.2f} | "
				f"{latency['raw_p99_ms']:.2f} |", "",
				f"Overhead ratio (median API / median raw): **{latency['ratio']:.1f}×**, over {latency['queries']} "
				f"queries × {latency['passes']} passes. Same total hit count from both for "
				f"{latency['same_total_hits']} of {latency['queries']} queries.", ""]

	if staff:
		lines += ["## Staff side at concurrency 1 (signed in as the disclosure office; issue 16)", "",
				f"{staff['open']} open and {staff['concluded']} concluded applications, {staff['pages']} inbox pages of 20; "
				f"{staff['warmup']} unmeasured requests first.", "",
				"| Scenario | Requests | p50 ms | p95 ms | p99 ms | max ms |", "|---|---|---|---|---|---|"]
		for name, r in staff["scenarios"].items():
			lines.append(f"| {STAFF_LABELS.get(name, name)} | {r['requests']} | {r['p50_ms']} | {r['p95_ms']} | "
					f"{r['p99_ms']} | {r['max_ms']} |")
		lines.append("")
	if reminders and reminders["runs"]:
		runs = reminders["runs"]
		lines += ["## Daily reminder job (runs during the kit on its cron)", "",
				"| Run | Sent | Candidates | ms |", "|---|---|---|---|"]
		lines += [f"| {i + 1} | {r['sent']} | {r['candidates']} | {r['ms']} |" for i, r in enumerate(runs)]
		lines.append("")

	lines += ["## Resources", "", "| | |", "|---|---|",
			f"| Startup to first served request, production start (extracted jar + CDS archive, README) | "
			f"{facts.get('startup_s')} s |",
			f"| Heap after full GC at the end (-Xmx512m) | {facts.get('heap_end_mb')} MB |",
			f"| RSS at the end | {facts.get('rss_end_mb')} MB |",
			f"| Index size on disk | {facts.get('index_mb')} MB |",
			f"| Database size on disk | {facts.get('db_mb')} MB |",
			f"| Full index rebuild | {rebuild['seconds'] if rebuild else ''} s "
			f"({rebuild['indexed'] if rebuild else ''} of {rebuild['rows'] if rebuild else ''} catalogue rows processed) |", ""]

	lines += ["## Targets (issue 6)", "", "| Target | Measured | |", "|---|---|---|"]
	for name in CACHED_PAGES:
		result = scenarios["scenarios"].get(name)
		if result:
			x = ratio(result["app"], result["nginx"])
			lines.append(f"| {LABELS[name]}: ≥ 0.5× nginx, p99 < 20 ms | {x:.3f}×, p99 "
					f"{result['app']['p99_ms']:.1f} ms | {mark(x >= 0.5 and result['app']['p99_ms'] < 20)} |")
	result = scenarios["scenarios"].get("document-uncached")
	if result:
		x = ratio(result["app"], result["nginx"])
		lines.append(f"| Uncached document page ≥ 0.1× nginx | {x:.3f}× | {mark(x >= 0.1)} |")
	result = scenarios["scenarios"].get("search")
	if result:
		lines.append(f"| Search ≥ 1,000 queries/s at {s.get('connections')} connections | {result['app']['rps']:.0f}/s | "
				f"{mark(result['app']['rps'] >= 1000)} |")
	if latency:
		lines.append(f"| Search median at concurrency 1 ≤ 2× raw Lucene | {latency['ratio']:.1f}× | "
				f"{mark(latency['ratio'] <= 2)} |")
	errors = sum(r["app"]["errors"] for r in scenarios["scenarios"].values())
	lines.append(f"| No errors under load | {errors} | {mark(errors == 0)} |")
	heaps = [scenarios.get("heap_before_mb")] + [r["heap_after_gc_mb"] for r in scenarios["scenarios"].values()]
	heaps = [h for h in heaps if h is not None]
	if len(heaps) > 1:
		grew = heaps[-1] > heaps[0] * 1.1 + 5
		lines.append(f"| No heap growth after full GC between runs (last ≤ first + 10 % + 5 MB) | "
				f"{heaps[0]} → {heaps[-1]} MB | {mark(not grew)} |")
	if facts.get("startup_s") is not None:
		lines.append(f"| Startup with the data < 20 s (production start) | {facts['startup_s']} s | "
				f"{mark(facts['startup_s'] < 20)} |")
	if rebuild:
		lines.append(f"| Full reindex < 5 minutes | {rebuild['seconds']} s | "
				f"{mark(rebuild['finished'] and rebuild['seconds'] < 300)} |")
	result = scenarios["scenarios"].get("track")
	if result:
		x = ratio(result["app"], result["nginx"])
		lines.append(f"| Tracking lookup ≥ 0.1× nginx, p99 < 50 ms (issue 16) | {x:.3f}×, p99 "
				f"{result['app']['p99_ms']:.1f} ms | {mark(x >= 0.1 and result['app']['p99_ms'] < 50)} |")
	if staff:
		for name in ("inbox-first", "inbox-later"):
			r = staff["scenarios"].get(name)
			if r:
				lines.append(f"| {STAFF_LABELS[name]}: p95 < 100 ms with {staff['open']} open (issue 16) | "
						f"{r['p95_ms']} ms | {mark(r['p95_ms'] < 100)} |")
	if reminders and reminders["runs"]:
		slowest = max(r["ms"] for r in reminders["runs"])
		lines.append(f"| Daily reminder job over {facts['requests']} applications < 10 s (issue 16) | {slowest} ms | "
				f"{mark(slowest < 10000)} |")
	lines.append(f"| Whole kit < 15 minutes (without the data load, jar and CDS archive) | {facts.get('kit_seconds')} s | "
			f"{mark(facts.get('kit_seconds', 10 ** 9) < 900)} |")
	lines += ["", "## Scenario details", "", "| Scenario | Example request | Extra headers | Content-Type | Mean bytes |",
			"|---|---|---|---|---|"]
	for name, shape in shapes.items():
		lines.append(f"| {name} | `{shape['example']}` | {', '.join(shape['headers']) or '-'} | {shape['content_type']} | "
				f"{shape['mean_bytes']} |")
	if latency:
		lines += ["", "<details><summary>Search latency per query (median ms, total hits)</summary>", "",
				"| Query | API ms | Raw ms | API hits | Raw hits |", "|---|---|---|---|---|"]
		for row in latency["per_query"]:
			lines.append(f"| {row['q']} | {row['api_ms']:.2f} | {row['raw_ms']:.2f} | {row['api_total']} | "
					f"{row['raw_total']} |")
		lines += ["", "</details>"]
	pathlib.Path(output).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
	if len(sys.argv) != 3:
		fail(__doc__)
	main(sys.argv[1], sys.argv[2])
