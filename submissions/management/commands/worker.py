"""`manage.py worker`: django-tasks-db's db_worker plus the outbox sweep, the daily retention purge and the daily
sweep of orphaned private files.

Run this one command beside the site (see README, "Mail worker"). It takes every db_worker option
(--interval, --batch, --queue-name, ...). With --batch it sends everything that is due and exits.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection
from django_tasks_db.compat import TASKS_LOGGER
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from submissions import kinds, outbox, private_files
from submissions.safe_log import log_exception

logger = logging.getLogger("submissions.worker")


class Housekeeping:
    """The periodic part: send what is pending or stuck, and once a day delete what passed its retention period
    and the private files no row refers to."""

    def __init__(self, sweep_interval, purge_interval):
        self.sweep_interval = sweep_interval
        self.purge_interval = purge_interval
        self.last_purge = None
        self.stop = threading.Event()

    def run_once(self):
        try:
            sent = outbox.sweep()
            if sent:
                logger.info("Sweep sent %s mail(s)", sent)
            if self.purge_interval and (
                self.last_purge is None or time.monotonic() - self.last_purge >= self.purge_interval
            ):
                self.last_purge = time.monotonic()
                deleted = sum(kinds.purge().values())
                if deleted:
                    logger.info("Retention: deleted %s submission(s)", deleted)
                private_files.delete_orphans()
        except Exception as exc:  # keep the loop alive: the next round tries again
            log_exception(logger, "Worker housekeeping failed", exc=exc)

    def loop(self):
        while not self.stop.is_set():
            close_old_connections()  # this thread has its own database connection: drop it if it went stale
            self.run_once()
            self.stop.wait(self.sweep_interval)
        connection.close()


class Command(DbWorkerCommand):
    help = "Run the background worker: queued tasks (django-tasks-db), the mail outbox sweep and retention."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--sweep-interval",
            type=float,
            default=30,
            help="Seconds between sweeps of the mail outbox for pending or stuck mail (default: %(default)s).",
        )
        parser.add_argument(
            "--purge-interval",
            type=float,
            default=24 * 3600,
            help="Seconds between retention purges; 0 switches them off (default: one day).",
        )

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        if verbosity == 1 and settings.DEBUG:
            # In development (`make run`) a line per task would bury the site's own output: warnings only.
            for name in (TASKS_LOGGER, "django_tasks_db"):
                logging.getLogger(name).setLevel(logging.WARNING)

    def handle(self, *args, sweep_interval, purge_interval, **options):
        # The autoreloader would run the sweep in two processes; a worker restarts cleanly instead.
        options["reload"] = False
        housekeeping = Housekeeping(sweep_interval, purge_interval)
        if options["batch"]:
            housekeeping.run_once()
            return super().handle(*args, **options)
        thread = threading.Thread(target=housekeeping.loop, name="outbox-sweep", daemon=True)
        thread.start()
        try:
            return super().handle(*args, **options)
        finally:
            housekeeping.stop.set()
            thread.join(timeout=60)
