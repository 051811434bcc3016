"""Loads the generated data through the product: documents by the console's bulk import (批量导入, one file of at
most 10,000 rows per request, the next file checked while the previous one is imported), applications by the
staff API (registration by the disclosure office, then the handling steps of each case), several at a time.

    python3 load.py DATA_DIR DOCUMENTS APPLICATIONS SEED

Re-runnable: finished import files are noted in DATA_DIR/bench/load-state.json (and the import itself skips
documents already present); registered applications are noted in DATA_DIR/bench/applications.tsv with their
tracking number and query code (the tracking scenario reads them).
"""

import concurrent.futures
import datetime
import json
import os
import pathlib
import re
import sys
import threading
import time

from common import StaffApi, WebSession, BENCH_USER, BENCH_PASSWORD, csrf, ensure_bench_account, fail, issue_token, log
from generate import ApplicationGenerator, Corpus, DocumentGenerator, import_batches

# Applications registered at once (BENCH_LOAD_WORKERS): each takes its case through several API calls, and the
# serial of a receipt year is one locked row, so more than a few per core only queue.
WORKERS = int(os.environ.get("BENCH_LOAD_WORKERS", "8"))


def main(data_dir, documents, applications, seed):
	state_dir = pathlib.Path(data_dir) / "bench"
	state_dir.mkdir(parents=True, exist_ok=True)
	state_file = state_dir / "load-state.json"
	state = json.loads(state_file.read_text()) if state_file.exists() else {"batches": {}, "timings": {}}
	today = datetime.date.today()
	unit_ids = ensure_bench_account()
	session = WebSession(BENCH_USER, BENCH_PASSWORD)
	corpus = Corpus()
	started = time.monotonic()
	load_documents(session, DocumentGenerator(documents, seed, today, corpus), state, state_file, state_dir)
	add_time(state, "documents_s", time.monotonic() - started)
	state_file.write_text(json.dumps(state, indent=1))
	wait_until_indexed(session)
	token = issue_token(session)
	started_requests = time.monotonic()
	load_applications(StaffApi(token), ApplicationGenerator(applications, seed, today, unit_ids), state_dir)
	add_time(state, "applications_s", time.monotonic() - started_requests)
	add_time(state, "total_s", time.monotonic() - started)
	state_file.write_text(json.dumps(state, indent=1))
	log(f"load took {state['timings']['total_s']} s (all runs): documents {state['timings']['documents_s']} s, "
			f"applications {state['timings']['applications_s']} s")


def add_time(state, key, seconds):
	"""Times add up over the runs of an interrupted load."""
	state["timings"][key] = round(state["timings"].get(key, 0) + seconds, 1)


def load_documents(session, generator, state, state_file, state_dir):
	running = None
	for first, last, csv_bytes, zip_bytes in import_batches(generator):
		key = f"{first}-{last}"
		if state["batches"].get(key, {}).get("finished"):
			continue
		job = submit(session, key, csv_bytes, zip_bytes)
		if running:
			finish(session, running, state, state_file)
		running = job
	if running:
		finish(session, running, state, state_file)
	queries = [title for title, _ in generator.samples] + [number for _, number in generator.samples if number]
	(state_dir / "titles.txt").write_text("\n".join(queries) + "\n", encoding="utf-8")


def wait_until_indexed(session, limit_s=600):
	"""The console warns while the index holds fewer documents than are public (indexing may trail the import)."""
	deadline = time.monotonic() + limit_s
	while 'class="notice warning"' in session.get("/admin/search"):
		if time.monotonic() > deadline:
			fail("the search index still lags the catalogue after the import")
		time.sleep(2)


def submit(session, key, csv_bytes, zip_bytes):
	page = session.get("/admin/documents/import")
	files = {"file": (f"bench-{key}.csv", "text/csv", csv_bytes)}
	if zip_bytes:
		files["archive"] = (f"bench-{key}.zip", "application/zip", zip_bytes)
	token = csrf(page)
	started = time.monotonic()
	status, headers, body = session.post_multipart("/admin/documents/import?_csrf=" + token,
			{"_csrf": token, "dryRun": "false"}, files)
	location = headers.get("Location", "") if headers else ""
	match = re.search(r"/admin/documents/import/([0-9a-f-]{36})", location)
	if status != 302 or not match:
		problems = re.findall(r"<td>([^<]{3,200})</td>", body.decode("utf-8", "replace"))[:12]
		fail(f"import of rows {key} refused ({status}): {problems}")
	checked = time.monotonic() - started
	log(f"rows {key}: {len(csv_bytes) / 1e6:.1f} MB CSV, {len(zip_bytes or b'') / 1e6:.1f} MB ZIP, "
			f"checked and queued in {checked:.1f} s (job {match.group(1)})")
	return {"key": key, "id": match.group(1), "submitted": time.monotonic(), "check_s": round(checked, 1)}


def finish(session, job, state, state_file):
	path = f"/admin/documents/import/{job['id']}"
	while True:
		page = session.get(path)
		if f'href="{path}"' not in page:
			break
		time.sleep(2)
	progress = re.search(r'<progress[^>]*value="(\d+)"[^>]*max="(\d+)"', page)
	counts = [int(n) for n in re.findall(r"\d+", re.search(r"</progress>\s*<p>([^<]*)</p>", page).group(1))]
	took = time.monotonic() - job["submitted"]
	state["batches"][job["key"]] = {"finished": True, "rows": int(progress.group(2)), "created": counts[0],
			"present": counts[1], "failed": counts[2], "check_s": job["check_s"], "import_s": round(took, 1)}
	state_file.write_text(json.dumps(state, indent=1))
	log(f"rows {job['key']}: imported in {took:.1f} s, created {counts[0]}, present {counts[1]}, failed {counts[2]}")
	if counts[2]:
		log(f"WARNING: {counts[2]} rows failed in import {job['id']}; see the console page {path}")


def load_applications(api, generator, state_dir):
	ledger_path = state_dir / "applications.tsv"
	done = set()
	if ledger_path.exists():
		done = {int(line.split("\t")[0]) for line in ledger_path.read_text().splitlines() if line.strip()}
	todo = [i for i in range(generator.n) if i not in done]
	log(f"applications: {len(done)} already registered, {len(todo)} to go with {WORKERS} workers")
	lock = threading.Lock()
	errors = []
	started = time.monotonic()
	with open(ledger_path, "a", encoding="utf-8") as ledger, \
			concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
		def one(i):
			line = application(api, generator, i, errors)
			with lock:
				ledger.write(line + "\n")
				count = len(done) + 1
				done.add(i)
				if count % 500 == 0:
					rate = (len(done) - (generator.n - len(todo))) / (time.monotonic() - started)
					log(f"applications: {count} of {generator.n} ({rate:.0f}/s)")
		list(pool.map(one, todo))
	if errors:
		log(f"WARNING: {len(errors)} application steps refused; first: {errors[:3]}")


def application(api, generator, i, errors):
	state, registration, steps = generator.plan(i)
	for attempt in range(3):
		status, receipt = api.call("POST", "/requests", registration)
		if status < 500:
			break
		# The first registration of a receipt year creates that year's serial row; two at once collide (500).
		errors.append(f"{i} registration: {status} (attempt {attempt + 1}, retried)")
		time.sleep(0.5)
	if status != 201:
		fail(f"registration of application {i} refused ({status}): {receipt}")
	case_id = receipt["id"]
	reached = "RECEIVED"
	items = []
	for method, path, body in steps:
		paths = [path.format(item=item) for item in items] if "{item}" in path else [path]
		for one_path in paths:
			status, view = api.call(method, f"/requests/{case_id}{one_path}", body)
			if status != 200:
				errors.append(f"{i} {one_path}: {status} {str(view)[:300]}")
				break
			items = [item["id"] for item in view["items"]]
			reached = view["status"]
	return f"{i}\t{receipt['trackingNumber']}\t{receipt['queryCode']}\t{state}\t{reached}"


if __name__ == "__main__":
	if len(sys.argv) != 5:
		fail(__doc__)
	main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
