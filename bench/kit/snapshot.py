"""Prepares the load scenarios: the requests each one rotates through (WORK/paths/<scenario>.app) and, for nginx,
a static copy of each response's bytes (WORK/nginx/root/<scenario>/<n>, requested as WORK/paths/<scenario>.nginx)
with the same Content-Type, plus nginx's configuration.

    python3 snapshot.py DATA_DIR WORK ROTATE NGINX_PORT

Every URL is fetched once, anonymously; an answer that is not 200 stops the kit (the scenario would measure an
error page).
"""

import json
import os
import pathlib
import random
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

from common import BASE, fail, log

# The header that makes the product render a document page it could otherwise serve from a cache; see README.
UNCACHED = os.environ.get("BENCH_UNCACHED_HEADER", "Cache-Control: no-cache")


def fetch(path, headers=None):
	req = urllib.request.Request(BASE + path, headers=headers or {})
	try:
		with urllib.request.urlopen(req, timeout=120) as response:
			return response.status, response.headers, response.read()
	except urllib.error.HTTPError as error:
		return error.code, error.headers, error.read()


def public_document_ids(count):
	ids = []
	page = 1
	while len(ids) < count:
		status, _, body = fetch(f"/api/v1/documents?size=100&page={page}")
		items = json.loads(body)["items"] if status == 200 else []
		if not items:
			break
		ids += [item["id"] for item in items]
		page += 1
	if not ids:
		fail("no public documents: was the data loaded?")
	return ids[:count]


def catalogue_paths():
	_, _, body = fetch("/api/v1/documents?size=1")
	total = json.loads(body)["total"]
	last = max(1, min(total // 20, 50))
	paths = ["/catalogue", "/catalogue?page=2", f"/catalogue?page={last}", "/catalogue?type=" +
			urllib.parse.quote("行政规范性文件"), "/catalogue?validity=VALID"]
	status, _, page = fetch("/catalogue")
	for category in sorted(set(re.findall(r'href="/catalogue\?category=(\d+)"', page.decode())))[:5]:
		paths.append(f"/catalogue?category={category}")
	return paths


def scenarios(data_dir, rotate):
	"""Scenario name -> list of (path, extra headers)."""
	bench = pathlib.Path(data_dir) / "bench"
	ids = public_document_ids(rotate)
	rng = random.Random(7)
	queries = search_queries(bench)
	tracking = [line.split("\t") for line in (bench / "applications.tsv").read_text().splitlines() if line.strip()]
	tracking = rng.sample(tracking, min(rotate, len(tracking)))
	return {
		"home": [("/", {})],
		"catalogue": [(p, {}) for p in catalogue_paths()],
		"document": [(f"/catalogue/documents/{i}", {}) for i in ids],
		"document-304": [(f"/catalogue/documents/{i}", {"If-None-Match": None}) for i in ids],
		"document-uncached": [(f"/catalogue/documents/{i}", dict([UNCACHED.split(": ", 1)])) for i in ids],
		"search": [("/search?q=" + urllib.parse.quote(q), {}) for q in queries],
		"track": [(f"/api/v1/requests/{t[1]}?queryCode={t[2]}", {}) for t in tracking],
		"api-document": [(f"/api/v1/documents/{i}", {}) for i in ids],
	}


def search_queries(bench):
	"""The corpus's realistic queries, then titles and 文号 of generated documents (titles.txt)."""
	from generate import Corpus
	queries = Corpus().queries()
	titles = bench / "titles.txt"
	if titles.exists():
		queries += [line.strip() for line in titles.read_text(encoding="utf-8").splitlines() if line.strip()]
	return queries


def main(data_dir, work, rotate, nginx_port):
	work = pathlib.Path(work)
	# nginx started as root serves as an unprivileged user, and mktemp made the work directory private.
	work.chmod(0o755)
	root = work / "nginx" / "root"
	paths_dir = work / "paths"
	paths_dir.mkdir(parents=True, exist_ok=True)
	locations = []
	summary = {}
	for name, requests in scenarios(data_dir, rotate).items():
		app_lines, nginx_lines = [], []
		content_type = None
		sizes = []
		(root / name).mkdir(parents=True, exist_ok=True)
		for n, (path, headers) in enumerate(requests):
			conditional = "If-None-Match" in headers
			status, response_headers, body = fetch(path)
			if status != 200:
				fail(f"{name}: GET {path} answered {status}")
			content_type = response_headers.get("Content-Type")
			(root / name / str(n)).write_bytes(body)
			sizes.append(len(body))
			if conditional:
				etag = response_headers.get("ETag")
				if not etag:
					fail(f"{name}: {path} has no ETag")
				status, _, _ = fetch(path, {"If-None-Match": etag})
				if status != 304:
					fail(f"{name}: {path} with its ETag answered {status}, not 304")
				headers = {"If-None-Match": etag}
				stat = (root / name / str(n)).stat()
				nginx_headers = {"If-None-Match": f'"{int(stat.st_mtime):x}-{stat.st_size:x}"'}
			else:
				nginx_headers = {}
			app_lines.append(line(path, headers))
			nginx_lines.append(line(f"/{name}/{n}", nginx_headers))
		(paths_dir / f"{name}.app").write_text("\n".join(app_lines) + "\n", encoding="utf-8")
		(paths_dir / f"{name}.nginx").write_text("\n".join(nginx_lines) + "\n", encoding="utf-8")
		locations.append(f'\t\tlocation /{name}/ {{ default_type "{content_type}"; }}')
		summary[name] = {"urls": len(requests), "content_type": content_type,
				"mean_bytes": round(sum(sizes) / len(sizes)), "example": requests[0][0],
				"headers": sorted(h for h in requests[0][1])}
		log(f"scenario {name}: {len(requests)} URLs, {content_type}, mean {summary[name]['mean_bytes']} bytes")
	(work / "scenarios.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
	write_nginx_conf(work, root, nginx_port, locations)


def line(path, headers):
	return "\t".join([path] + [f"{k}: {v}" for k, v in headers.items()])


def write_nginx_conf(work, root, port, locations):
	nginx = work / "nginx"
	conf = f"""worker_processes {os.cpu_count()};
pid {nginx}/nginx.pid;
error_log {nginx}/error.log warn;
events {{ worker_connections 4096; }}
http {{
	access_log off;
	sendfile on;
	tcp_nopush on;
	client_body_temp_path {nginx}/client_body;
	proxy_temp_path {nginx}/proxy;
	fastcgi_temp_path {nginx}/fastcgi;
	uwsgi_temp_path {nginx}/uwsgi;
	scgi_temp_path {nginx}/scgi;
	server {{
		listen 127.0.0.1:{port};
		root {root};
{chr(10).join(locations)}
	}}
}}
"""
	(nginx / "nginx.conf").write_text(conf)


if __name__ == "__main__":
	if len(sys.argv) != 5:
		fail(__doc__)
	main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
