"""The crash test of issue 14: nothing acknowledged is lost when the process dies.

Each round starts the real jar on a fresh data directory (and, with --jdbc-url, on the PostgreSQL database given),
publishes a document through the staff API, sends concurrent applications to POST /api/v1/requests, kills the
process with SIGKILL once half of them were answered 201 (a second document is published meanwhile), restarts it
on the same data and checks:
  - every acknowledged application is there and trackable with its query code, with its own content;
  - no tracking number is given twice (applications sent after the restart get numbers nobody else holds);
  - the audit chain verifies (POST /api/v1/admin/audit/verify);
  - every document whose publication was answered before the kill is found by search after the restart.
With --measure it instead times applications per second (no kill). Standard library only.
Usage: see bench/crash --help.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import pathlib
import random
import shutil
import signal
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import base64
import http.client

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from generate import resident_id  # noqa: E402

ADMIN_PASSWORD = "crash-admin-pass-1"
DEMO_PASSWORD = "crash-demo-pass-1"
H2_URL = ("jdbc:h2:file:{dir}/db/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
		"DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY={delay}")


def log(message):
	print(time.strftime("%H:%M:%S"), message, file=sys.stderr, flush=True)


class App:
	"""The jar as a child process on one port and one data directory."""

	def __init__(self, args, data_dir):
		self.args = args
		self.data_dir = data_dir
		self.base = f"http://127.0.0.1:{args.port}"
		self.process = None
		self.log_file = None

	def command(self):
		a = self.args
		cmd = ["java", a.heap, "-jar", a.jar, f"--server.port={a.port}", "--server.address=127.0.0.1",
				f"--gongkai.data-dir={self.data_dir}",
				# The actuator's own port (8081 by default) next to the app's: two apps on the machine (another run,
				# another developer's) would otherwise collide there and the start fail.
				f"--management.server.port={a.port + 1000}",
				# The public limits count per client address, and this client is one address.
				"--gongkai.rate-limits.apply.requests=1000000", "--gongkai.rate-limits.apply.per=1s",
				"--gongkai.rate-limits.track.requests=1000000", "--gongkai.rate-limits.track.per=1s"]
		if a.jdbc_url:
			# The demo accounts draft and review the documents (the postgres profile turns demo data off).
			cmd += ["--spring.profiles.active=postgres", "--gongkai.demo-data=true"]
		elif a.write_delay is not None:
			cmd += ["--spring.datasource.url=" + H2_URL.format(dir=self.data_dir, delay=a.write_delay)]
		return cmd

	def start(self):
		env = dict(os.environ, GONGKAI_ADMIN_PASSWORD=ADMIN_PASSWORD, GONGKAI_DEMO_PASSWORD=DEMO_PASSWORD,
				GONGKAI_PUBLIC_URL=self.base)
		if self.args.jdbc_url:
			env.update(SPRING_DATASOURCE_URL=self.args.jdbc_url, SPRING_DATASOURCE_USERNAME=self.args.db_user,
					SPRING_DATASOURCE_PASSWORD=self.args.db_password)
		self.log_file = open(os.path.join(self.data_dir, "app.log"), "ab")
		started = time.monotonic()
		self.process = subprocess.Popen(self.command(), env=env, stdout=self.log_file, stderr=subprocess.STDOUT)
		deadline = started + self.args.start_timeout
		while time.monotonic() < deadline:
			if self.process.poll() is not None:
				raise SystemExit(f"the app exited with {self.process.returncode}; see {self.data_dir}/app.log")
			try:
				# Ready once the demo data is in: it is written after the start (the interpretations last), and
				# its long transactions would hold the audit chain against the burst.
				status, body = self.call("GET", "/api/v1/interpretations", fresh=True)
				if status == 200 and body.get("items"):
					return time.monotonic() - started
			except (OSError, http.client.HTTPException, AttributeError):
				pass
			time.sleep(0.5)
		raise SystemExit(f"the app did not answer within {self.args.start_timeout} s; see {self.data_dir}/app.log")

	def kill(self):
		os.kill(self.process.pid, signal.SIGKILL)
		self.process.wait()
		self.log_file.close()

	def stop(self):
		if self.process and self.process.poll() is None:
			self.process.terminate()
			try:
				self.process.wait(60)
			except subprocess.TimeoutExpired:
				self.kill()
		if self.log_file and not self.log_file.closed:
			self.log_file.close()

	def call(self, method, path, body=None, user=None, timeout=120, fresh=False):
		headers = {"Accept": "application/json"}
		if fresh:
			# Past the page cache, which keeps an answer while the public content is unchanged (a rebuild of the
			# index changes none).
			headers["Cache-Control"] = "no-cache"
		data = None
		if body is not None:
			data = json.dumps(body, ensure_ascii=False).encode()
			headers["Content-Type"] = "application/json"
		if user:
			headers["Authorization"] = "Basic " + base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
		req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
		try:
			with urllib.request.urlopen(req, timeout=timeout) as response:
				return response.status, json.loads(response.read() or b"null")
		except urllib.error.HTTPError as error:
			return error.code, error.read().decode("utf-8", "replace")


ADMIN = ("admin", ADMIN_PASSWORD)
OFFICE = ("office", DEMO_PASSWORD)
OFFICE_HEAD = ("officehead", DEMO_PASSWORD)


def application(marker, rng):
	"""A valid application whose requested item carries the marker, to recognise it after the restart."""
	return {"kind": "NATURAL_PERSON", "name": "测试" + rng.choice("伟芳娜敏静丽强磊军洋"), "idType": "RESIDENT_ID",
			"idNumber": resident_id(rng), "contactPerson": None,
			"phone": "138" + f"{rng.randint(0, 99999999):08d}", "email": None, "address": None, "postcode": "",
			"items": [{"description": f"崩溃测试申请 {marker} 的相关文件", "documentNumber": None}],
			"purpose": "崩溃测试", "wantedForm": "ONLINE_DOWNLOAD", "delivery": "ONLINE"}


def publish(app, word):
	"""Drafted, submitted and published by the office, reviewed by the office head (four eyes)."""
	status, me = app.call("GET", "/api/v1/admin/me", user=OFFICE)
	if status != 200:
		raise SystemExit(f"the demo account office cannot sign in ({status}): {me}")
	metadata = {"title": f"关于崩溃测试 {word} 的通知", "summary": f"崩溃测试 {word}", "documentNumber": None,
			"issuingBody": me["unitName"], "unitId": me["unitId"], "categoryId": None,
			"keywords": word, "documentType": "通知公告", "formedOn": datetime.date.today().isoformat(),
			"effectiveOn": None, "expiresOn": None, "disclosure": "PROACTIVE", "exemptionGround": None,
			"body": f"<p>本通知用于崩溃测试，检索词 {word}。</p>"}
	# No API lists the categories: the first id that takes a document (Flyway creates them from 1).
	for category in range(1, 50):
		metadata["categoryId"] = category
		status, created = app.call("POST", "/api/v1/admin/documents", metadata, user=OFFICE)
		if status == 201:
			break
	else:
		raise SystemExit(f"draft refused ({status}): {created}")
	doc = created["id"]
	for path, body, user in ((f"/{doc}/submit", None, OFFICE),
			(f"/{doc}/review", {"conclusion": "DISCLOSABLE", "reason": None}, OFFICE_HEAD),
			(f"/{doc}/publish", None, OFFICE)):
		status, view = app.call("POST", "/api/v1/admin/documents" + path, body, user=user)
		if status != 200:
			raise SystemExit(f"{path} refused ({status}): {view}")
	return doc


def search_hits(app, word):
	status, result = app.call("GET", "/api/v1/search?q=" + urllib.parse.quote(word), fresh=True)
	if status != 200:
		return -1
	return result.get("total", len(result.get("hits", [])))


def random_word(rng):
	return "crash" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


def burst(app, round_no, count, rng, kill_after, concurrency, during=None):
	"""Sends count applications at once; kills the app after kill_after acknowledgements (None: no kill)."""
	acked, errors, lock = [], [], threading.Lock()
	markers = [f"r{round_no}-{i}-{rng.getrandbits(32):08x}" for i in range(count)]
	bodies = [(marker, application(marker, random.Random(marker))) for marker in markers]
	killed = threading.Event()
	during_result = {}

	def one(item):
		marker, body = item
		try:
			status, receipt = app.call("POST", "/api/v1/requests", body, timeout=60)
		except (OSError, http.client.HTTPException) as error:
			# Cut off by the kill (a 201 whose receipt did not arrive whole acknowledged nothing).
			with lock:
				errors.append(type(error).__name__)
			return
		with lock:
			if status == 201:
				acked.append((marker, receipt["trackingNumber"], receipt["queryCode"]))
				if kill_after is not None and len(acked) == kill_after and not killed.is_set():
					killed.set()
					app.kill()
			else:
				errors.append(str(status))

	def side():
		try:
			during_result["doc"] = publish(app, during)
		except (SystemExit, OSError, http.client.HTTPException, KeyError, TypeError) as error:
			during_result["error"] = str(error)[:200]

	started = time.monotonic()
	with concurrent.futures.ThreadPoolExecutor(concurrency + 1) as pool:
		futures = [pool.submit(one, item) for item in bodies]
		if during:
			futures.append(pool.submit(side))
		for f in futures:
			f.result()
	took = time.monotonic() - started
	return acked, errors, took, during_result


def check_restart(app, round_no, acked, words, rng, extra):
	problems = []
	missing = []
	for marker, number, code in acked:
		status, view = app.call("GET", f"/api/v1/requests/{number}?queryCode={urllib.parse.quote(code)}")
		if status != 200:
			missing.append(f"{number} ({status})")
		elif marker not in json.dumps(view, ensure_ascii=False):
			missing.append(f"{number} (holds another application)")
	if missing:
		problems.append(f"{len(missing)} acknowledged applications lost or changed: {missing[:10]}")
	numbers = [n for _, n, _ in acked]
	if len(set(numbers)) != len(numbers):
		problems.append("a tracking number was acknowledged twice before the kill")
	after, errors, _, _ = burst(app, f"{round_no}b", extra, rng, None, min(extra, 20))
	reused = sorted(set(numbers) & {n for _, n, _ in after})
	if reused:
		problems.append(f"{len(reused)} tracking numbers given again after the restart: {reused[:10]}")
	if len(after) != extra:
		# Refused is not lost (nothing was acknowledged), but it is a defect of its own: say so, in the result too.
		log(f"WARNING: {extra - len(after)} applications after the restart refused: {errors[:5]}")
	status, chain = app.call("POST", "/api/v1/admin/audit/verify", user=ADMIN)
	if status != 200 or chain.get("firstBrokenId") is not None:
		problems.append(f"audit chain: {status} {chain}")
	found = {}
	deadline = time.monotonic() + 120
	for word in words:
		while (hits := search_hits(app, word)) < 1 and time.monotonic() < deadline:
			time.sleep(1)
		found[word] = hits
		if hits < 1:
			problems.append(f"document '{word}' published before the kill is not found by search")
	return problems, after, errors, (chain.get("rowsChecked") if isinstance(chain, dict) else None), found


def crash_round(args, round_no, rng):
	data_dir = tempfile.mkdtemp(prefix=f"gongkai-crash-{round_no}-", dir=args.work_dir)
	app = App(args, data_dir)
	try:
		start_s = app.start()
		before = random_word(rng)
		publish(app, before)
		if search_hits(app, before) < 1:
			raise SystemExit("the document published before the burst is not searchable (before any crash)")
		during = random_word(rng)
		acked, errors, took, side = burst(app, round_no, args.applications, rng, args.applications // 2,
				args.applications, during)
		log(f"round {round_no}: {len(acked)} acknowledged (201) before/around the kill, {len(errors)} cut off; "
				f"document during the burst: {side}")
		words = [before] + ([during] if "doc" in side else [])
		restart_s = app.start()
		problems, after, refused, rows, found = check_restart(app, round_no, acked, words, rng, args.after)
		return {"round": round_no, "start_s": start_s, "restart_s": restart_s, "acked": len(acked),
				"cut": len(errors), "after": len(after), "after_refused": refused, "audit_rows": rows, "documents": found,
				"problems": problems, "burst_s": took}
	finally:
		app.stop()
		if not args.keep:
			shutil.rmtree(data_dir, ignore_errors=True)


def chained_rounds(args, rng):
	"""--same-data: one data directory, crashed again and again; every round checks all that was ever acknowledged
	(the applications of earlier rounds, also those sent after a restart) and every document published."""
	data_dir = tempfile.mkdtemp(prefix="gongkai-crash-chain-", dir=args.work_dir)
	app = App(args, data_dir)
	kept, words, results = [], [], []
	try:
		start_s = app.start()
		for round_no in range(1, args.rounds + 1):
			before = random_word(rng)
			publish(app, before)
			during = random_word(rng)
			acked, errors, took, side = burst(app, round_no, args.applications, rng, args.applications // 2,
					args.applications, during)
			words += [before] + ([during] if "doc" in side else [])
			restart_s = app.start()
			problems, after, refused, rows, found = check_restart(app, round_no, kept + acked, words, rng, args.after)
			kept += acked + after
			result = {"round": round_no, "start_s": start_s, "restart_s": restart_s, "acked": len(acked),
					"cut": len(errors), "checked": len(kept) - len(after), "after": len(after),
					"after_refused": refused, "audit_rows": rows,
					"documents": found, "problems": problems, "burst_s": took}
			start_s = None
			report(result)
			results.append(result)
	finally:
		app.stop()
		if not args.keep:
			shutil.rmtree(data_dir, ignore_errors=True)
	return results


def report(result):
	verdict = "OK" if not result["problems"] else "FAILED: " + "; ".join(result["problems"])
	log(f"round {result['round']}: {verdict}")
	print(json.dumps(result, ensure_ascii=False), flush=True)


def measure(args, rng):
	"""Applications per second without a kill: the cost of durable commits."""
	if args.url:
		app = App(args, None)
		app.base = args.url
		return rates_of(app, args, rng)
	data_dir = tempfile.mkdtemp(prefix="gongkai-crash-measure-", dir=args.work_dir)
	app = App(args, data_dir)
	try:
		app.start()
		burst(app, "warm", 200, rng, None, 16)
		return rates_of(app, args, rng)
	finally:
		app.stop()
		shutil.rmtree(data_dir, ignore_errors=True)


def rates_of(app, args, rng):
	rates = []
	for rep in range(args.measure):
		acked, errors, took, _ = burst(app, f"m{rep}", 400, rng, None, 16)
		rates.append(len(acked) / took)
		log(f"measure {rep + 1}: {len(acked)} applications in {took:.2f} s = {rates[-1]:.0f}/s "
				f"({len(errors)} refused)")
	return sorted(rates)[len(rates) // 2], rates


def main():
	p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
	p.add_argument("--jar", required=True)
	p.add_argument("--rounds", type=int, default=3)
	p.add_argument("--applications", type=int, default=200, help="sent at once in each round (default 200)")
	p.add_argument("--after", type=int, default=50, help="applications sent after the restart (default 50)")
	p.add_argument("--port", type=int, default=18610)
	p.add_argument("--heap", default="-Xmx512m")
	p.add_argument("--jdbc-url", help="a PostgreSQL JDBC URL (postgres profile) instead of the embedded H2")
	p.add_argument("--db-user", default=os.environ.get("SPRING_DATASOURCE_USERNAME", "gongkai"))
	p.add_argument("--db-password", default=os.environ.get("SPRING_DATASOURCE_PASSWORD", ""))
	p.add_argument("--write-delay", type=int,
			help="H2 only: run with this WRITE_DELAY (ms) instead of the application's setting; 500 is H2's "
					"default, i.e. without the durability fix, to see the test detect loss")
	p.add_argument("--measure", type=int, default=0, metavar="REPS",
			help="no crash: median applications/s of REPS runs of 400 applications at concurrency 16")
	p.add_argument("--url", help="with --measure: measure the app already running there (started by you)")
	p.add_argument("--work-dir", default=tempfile.gettempdir())
	p.add_argument("--start-timeout", type=int, default=900)
	p.add_argument("--same-data", action="store_true",
			help="all rounds on one data directory, crashed again and again (4 starts instead of 6 for 3 rounds)")
	p.add_argument("--keep", action="store_true", help="keep each round's data directory")
	p.add_argument("--seed", default=None)
	args = p.parse_args()
	rng = random.Random(args.seed)
	if args.measure:
		median_rate, rates = measure(args, rng)
		print(json.dumps({"median_per_s": round(median_rate, 1), "runs": [round(r, 1) for r in rates]}))
		return 0
	failed = 0
	if args.same_data:
		failed = sum(bool(r["problems"]) for r in chained_rounds(args, rng))
	for round_no in range(1, 0 if args.same_data else args.rounds + 1):
		result = crash_round(args, round_no, rng)
		failed += bool(result["problems"])
		report(result)
	log(f"{args.rounds - failed} of {args.rounds} rounds kept everything acknowledged")
	return 1 if failed else 0


if __name__ == "__main__":
	sys.exit(main())
