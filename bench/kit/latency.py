"""Search latency at concurrency 1: each query of the search scenario through the product's search API
(GET /api/v1/search?q=…, one keep-alive connection, client-side time to the last byte), then the same queries by
bench/RawLucene.java on the same index directory; the overhead ratio of the medians.

    python3 latency.py WORK INDEX_DIR LIB_DIR

BENCH_LATENCY_WARMUP and BENCH_LATENCY_PASSES (default 2 and 3) set the passes over the query list.
Writes WORK/latency-results.json.
"""

import http.client
import json
import os
import pathlib
import subprocess
import sys
import time
import urllib.parse

from common import BASE, fail, log, median, percentile

KIT = pathlib.Path(__file__).parent


def queries(work):
	lines = (pathlib.Path(work) / "paths" / "search.app").read_text(encoding="utf-8").splitlines()
	return [urllib.parse.unquote(line.split("?q=", 1)[1]) for line in lines if "?q=" in line]


def api_times(query_list, warmup, passes):
	url = urllib.parse.urlparse(BASE)
	connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
	times = {q: [] for q in query_list}
	totals = {}
	for n in range(warmup + passes):
		for q in query_list:
			start = time.perf_counter()
			# no-cache: the search engine itself, not the kept results of an identical search (search.KeptSearches)
			connection.request("GET", "/api/v1/search?q=" + urllib.parse.quote(q), headers={"Cache-Control": "no-cache"})
			response = connection.getresponse()
			body = response.read()
			took = (time.perf_counter() - start) * 1000
			if response.status != 200:
				fail(f"search API answered {response.status} for {q!r}")
			if n >= warmup:
				times[q].append(took)
			totals[q] = json.loads(body)["total"]
	return times, totals


def raw_times(index_dir, lib_dir, query_file, warmup, passes):
	command = ["java", "-Xmx256m", "-cp", f"{lib_dir}/*", str(KIT.parent / "RawLucene.java"), str(index_dir),
			str(query_file), str(warmup), str(passes)]
	result = subprocess.run(command, capture_output=True, text=True)
	if result.returncode != 0:
		fail("RawLucene failed: " + result.stderr[-2000:])
	rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
	return {row["q"]: row for row in rows}


def main(work, index_dir, lib_dir):
	warmup = int(os.environ.get("BENCH_LATENCY_WARMUP", 2))
	passes = int(os.environ.get("BENCH_LATENCY_PASSES", 3))
	query_list = queries(work)
	query_file = pathlib.Path(work) / "queries.txt"
	query_file.write_text("\n".join(query_list) + "\n", encoding="utf-8")
	log(f"search latency: {len(query_list)} queries, {warmup} warm-up and {passes} measured passes")
	api, api_totals = api_times(query_list, warmup, passes)
	raw = raw_times(index_dir, lib_dir, query_file, warmup, passes)
	api_all = [t for q in query_list for t in api[q]]
	raw_all = [t for q in query_list for t in raw[q]["ms"]]
	same_totals = [q for q in query_list if raw[q]["total"] == api_totals[q]]
	per_query = [{"q": q, "api_ms": median(api[q]), "raw_ms": median(raw[q]["ms"]), "api_total": api_totals[q],
			"raw_total": raw[q]["total"]} for q in query_list]
	result = {"queries": len(query_list), "passes": passes, "api_median_ms": median(api_all),
			"api_p99_ms": percentile(api_all, 99), "raw_median_ms": median(raw_all), "raw_p99_ms": percentile(raw_all, 99),
			"ratio": median(api_all) / median(raw_all), "same_total_hits": len(same_totals), "per_query": per_query}
	(pathlib.Path(work) / "latency-results.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
	log(f"search latency: API median {result['api_median_ms']:.1f} ms, p99 {result['api_p99_ms']:.1f} ms; raw Lucene "
			f"median {result['raw_median_ms']:.2f} ms; ratio {result['ratio']:.1f}; same total hits for "
			f"{len(same_totals)} of {len(query_list)} queries")


if __name__ == "__main__":
	if len(sys.argv) != 4:
		fail(__doc__)
	main(sys.argv[1], sys.argv[2], sys.argv[3])
