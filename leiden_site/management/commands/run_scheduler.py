"""`manage.py run_scheduler`: run the registered periodic jobs when they are due.

Safe to run on every app server at once: each job's run is claimed in the database first.
"""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from leiden_site.scheduler import default_runner_id, registered_jobs, run_due_jobs


class Command(BaseCommand):
    help = "Run the periodic jobs (scheduled publishing, reminders, link check) when due."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=15,
            help="Seconds between looks for due jobs (default: %(default)s).",
        )
        parser.add_argument(
            "--once", action="store_true", help="Run what is due now, then stop (for cron)."
        )

    def handle(self, *args, interval, once, **options):
        self.running, self.busy = True, False
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        runner = default_runner_id()
        names = ", ".join(job.name for job in registered_jobs())
        self.stdout.write(f"Scheduler {runner} runs: {names}")
        while self.running:
            self.busy = True
            for name in run_due_jobs(runner):
                self.stdout.write(f"ran {name}")
            self.busy = False
            if once:
                break
            close_old_connections()
            time.sleep(interval)

    def stop(self, signum, frame):
        # A job in hand is finished first; a sleep is cut short.
        self.running = False
        if not self.busy:
            raise SystemExit(0)
