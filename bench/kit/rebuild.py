"""Times a full rebuild of the search index (重建索引) as staff start it: the console's button (POST
/admin/search/rebuild), then the console page polled every second until the state is no longer 正在重建.

    python3 rebuild.py WORK

Writes WORK/rebuild-results.json.
"""

import json
import pathlib
import re
import sys
import time

from common import BENCH_PASSWORD, BENCH_USER, WebSession, csrf, fail, log

RUNNING = "正在重建"
FINISHED = "已完成"


def main(work):
	session = WebSession(BENCH_USER, BENCH_PASSWORD)
	page = session.get("/admin/search")
	started = time.monotonic()
	status, _, _ = session.post_form("/admin/search/rebuild", {"_csrf": csrf(page)})
	if status != 302:
		fail(f"the rebuild was refused ({status})")
	while True:
		page = session.get("/admin/search")
		if RUNNING not in page:
			break
		time.sleep(1)
	took = time.monotonic() - started
	progress = re.search(r'<progress[^>]*value="(\d+)"[^>]*max="(\d+)"', page)
	result = {"seconds": round(took, 1), "finished": FINISHED in page,
			"indexed": int(progress.group(1)) if progress else None, "rows": int(progress.group(2)) if progress else None}
	(pathlib.Path(work) / "rebuild-results.json").write_text(json.dumps(result, indent=1))
	log(f"index rebuild: {result['indexed']} documents in {took:.1f} s ({'finished' if result['finished'] else 'FAILED'})")


if __name__ == "__main__":
	if len(sys.argv) != 2:
		fail(__doc__)
	main(sys.argv[1])
