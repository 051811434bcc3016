"""What every step of the kit shares: the app's address, a staff web session (form login, CSRF), the staff
API with a bearer token, and small helpers. Standard library only."""

import http.cookiejar
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE = os.environ.get("BENCH_APP_URL", "http://127.0.0.1:18480")
BENCH_USER = "bench"
BENCH_PASSWORD = os.environ.get("BENCH_STAFF_PASSWORD", "bench-pass-local-1")
ADMIN_PASSWORD = os.environ.get("GONGKAI_ADMIN_PASSWORD", "admin-pass-local-1")
OFFICE_HEAD_PASSWORD = os.environ.get("GONGKAI_OFFICE_HEAD_PASSWORD", "officehead-pass-local-1")

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"|value="([^"]+)"\s+name="_csrf"')


def log(message):
	print(time.strftime("%H:%M:%S"), message, file=sys.stderr, flush=True)


def fail(message):
	log("ERROR: " + message)
	sys.exit(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
	"""Hands 3xx back to the caller, which needs the Location of an import job."""

	def redirect_request(self, req, fp, code, msg, headers, newurl):
		return None


class WebSession:
	"""A signed-in staff browser: cookies, and the CSRF token of the last page read."""

	def __init__(self, username, password):
		self.jar = http.cookiejar.CookieJar()
		self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
		page = self.get("/admin/login")
		status, headers, _ = self.post_form("/admin/login",
				{"username": username, "password": password, "_csrf": csrf(page)})
		if status != 302 or "error" in headers.get("Location", ""):
			fail(f"login of {username} failed ({status} {headers.get('Location')})")

	def request(self, path, data=None, headers=None, method=None):
		req = urllib.request.Request(BASE + path, data=data, headers=headers or {}, method=method)
		try:
			with self.opener.open(req, timeout=3600) as response:
				return response.status, response.headers, response.read()
		except urllib.error.HTTPError as error:
			return error.code, error.headers, error.read()

	def get(self, path):
		status, _, body = self.request(path)
		if status != 200:
			fail(f"GET {path} answered {status}")
		return body.decode("utf-8")

	def post_form(self, path, fields):
		data = urllib.parse.urlencode(fields).encode()
		return self.request(path, data, {"Content-Type": "application/x-www-form-urlencoded"}, "POST")

	def post_multipart(self, path, fields, files):
		"""files: name -> (file name, content type, bytes)."""
		boundary = "----bench" + uuid.uuid4().hex
		parts = []
		for name, value in fields.items():
			parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
		for name, (file_name, content_type, content) in files.items():
			head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{file_name}"\r\n'
					f'Content-Type: {content_type}\r\n\r\n')
			parts.append(head.encode() + content + b"\r\n")
		parts.append(f"--{boundary}--\r\n".encode())
		return self.request(path, b"".join(parts), {"Content-Type": "multipart/form-data; boundary=" + boundary},
				"POST")


def csrf(page):
	match = CSRF.search(page)
	if not match:
		fail("no CSRF token on the page")
	return match.group(1) or match.group(2)


class StaffApi:
	"""The staff API (/api/v1/admin/**) with a bearer token: no slow password hash per call."""

	def __init__(self, token):
		self.headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json",
				"Accept": "application/json"}

	def call(self, method, path, body=None):
		data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
		req = urllib.request.Request(BASE + "/api/v1/admin" + path, data=data, headers=self.headers, method=method)
		try:
			with urllib.request.urlopen(req, timeout=120) as response:
				return response.status, json.loads(response.read() or b"null")
		except urllib.error.HTTPError as error:
			return error.code, error.read().decode("utf-8", "replace")


def basic_json(method, path, body, username, password):
	"""One staff API call with HTTP Basic (used once, to create the bench account)."""
	import base64
	auth = base64.b64encode(f"{username}:{password}".encode()).decode()
	data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
	req = urllib.request.Request(BASE + "/api/v1/admin" + path, data=data, method=method,
			headers={"Authorization": "Basic " + auth, "Content-Type": "application/json"})
	try:
		with urllib.request.urlopen(req, timeout=60) as response:
			return response.status, json.loads(response.read() or b"null")
	except urllib.error.HTTPError as error:
		return error.code, error.read().decode("utf-8", "replace")


def ensure_bench_account():
	"""The account the kit works as: disclosure office and its head, system administrator, unit agency.

	Roles that open applicants' personal data are granted only by the head of the disclosure office (issue 14), so
	`officehead` (GONGKAI_OFFICE_HEAD_PASSWORD, set by bench/run) creates the account with the office roles and the
	administrator then adds the administration role.
	"""
	status, units = basic_json("GET", "/units", None, "admin", ADMIN_PASSWORD)
	if status != 200:
		fail(f"admin cannot list units ({status}): is GONGKAI_ADMIN_PASSWORD the one of this data dir? {units}")
	agency = next(u["id"] for u in units if u["code"] == "agency")
	status, users = basic_json("GET", "/users", None, "admin", ADMIN_PASSWORD)
	if status == 200 and any(u.get("username") == BENCH_USER for u in users):
		return {u["code"]: u["id"] for u in units}
	status, created = basic_json("POST", "/users", {"username": BENCH_USER, "displayName": "基准测试", "email": None,
			"unitId": agency, "roles": ["DISCLOSURE_OFFICE", "DISCLOSURE_OFFICE_HEAD"],
			"password": BENCH_PASSWORD}, "officehead", OFFICE_HEAD_PASSWORD)
	if status not in (200, 201):
		fail(f"officehead could not create the bench account ({status}): is GONGKAI_OFFICE_HEAD_PASSWORD the one "
				f"of this data dir? {created}")
	status, body = basic_json("PUT", f"/users/{created['id']}", {"displayName": created["displayName"],
			"email": None, "unitId": agency, "roles": created["roles"] + ["SYSTEM_ADMIN"], "enabled": True},
			"admin", ADMIN_PASSWORD)
	if status != 200:
		fail(f"admin could not make the bench account an administrator ({status}): {body}")
	return {u["code"]: u["id"] for u in units}


def issue_token(session):
	"""A fresh API token of the signed-in account, read from the page that shows it once."""
	page = session.get("/admin/tokens")
	status, headers, _ = session.post_form("/admin/tokens",
			{"name": "bench-" + uuid.uuid4().hex[:8], "validDays": "2", "_csrf": csrf(page)})
	if status != 302:
		fail(f"token creation answered {status}")
	page = session.get("/admin/tokens")
	match = re.search(r'class="token">\s*(gk_[^<\s]+)', page)
	if not match:
		fail("the issued token is not on the tokens page")
	return match.group(1)


def percentile(values, p):
	"""Nearest-rank percentile of a list of numbers (p in 0..100)."""
	if not values:
		return float("nan")
	ordered = sorted(values)
	rank = max(1, int(round(p / 100 * len(ordered) + 0.4999)))
	return ordered[min(rank, len(ordered)) - 1]


def median(values):
	ordered = sorted(values)
	n = len(ordered)
	if n == 0:
		return float("nan")
	return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
