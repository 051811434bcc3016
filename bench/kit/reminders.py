"""The daily reminder job (到期提醒) over the loaded applications (issue 16, item 5: < 10 s at 100,000): the app
runs it on the cron the kit gives it (gongkai.requests.reminder-cron, BENCH_REMINDER_CRON) and logs each run as
"Deadline reminders: N sent of M candidates in T ms"; this reads those lines from the app's log. The first run
of the day sends; later runs find the reminders sent and only look.

    python3 reminders.py WORK APP_LOG

Writes WORK/reminder-results.json.
"""

import json
import pathlib
import re
import sys

from common import fail, log

LINE = re.compile(r"Deadline reminders: (\d+) sent of (\d+) candidates in (\d+) ms")


def main(work, app_log):
	runs = [{"sent": int(m.group(1)), "candidates": int(m.group(2)), "ms": int(m.group(3))}
			for m in LINE.finditer(pathlib.Path(app_log).read_text(errors="replace"))]
	if not runs:
		log("reminders: the job did not run during the kit (see BENCH_REMINDER_CRON)")
	else:
		log(f"reminders: {len(runs)} runs, first {runs[0]['ms']} ms ({runs[0]['sent']} sent of "
				f"{runs[0]['candidates']} candidates), slowest {max(r['ms'] for r in runs)} ms")
	(pathlib.Path(work) / "reminder-results.json").write_text(json.dumps({"runs": runs}, indent=1))


if __name__ == "__main__":
	if len(sys.argv) != 3:
		fail(__doc__)
	main(sys.argv[1], sys.argv[2])
