"""A live copy of the site for the browser tests, in a child process with its own database.

The parent (the pytest fixture) picks a database of its own next to the one the test run uses,
starts `python -m tests.browser.liveserver`, and waits for the child to print the port it listens on.
The child makes that database a copy of the migrated template (tests/migrated_db.py), gives it the demo
content (tests/demo_snapshot.py: loaded by the first process that needs it, copied by the others), adds the
secretary's admin account (a member of the Secretariaat group, not a superuser) and serves the site (static and
media files included) until it is stopped.

A separate process and database keep the live site apart from pytest-django, which empties
the test database between transactional tests.
"""

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
SECRETARY_USERNAME = "secretaris"
SECRETARY_PASSWORD = "browser-test-wachtwoord"
READY_PREFIX = "listening on port "
# The browser sends forms faster than a person and many times from one address; the spam checks
# (minimum fill time, rate limit) have their own tests in tests/submissions.
BROWSER_SETTINGS = {"FORMS_MIN_FILL_SECONDS": 0, "FORMS_RATE_LIMIT": None}
START_TIMEOUT = 180


class LiveServer:
    """Start and stop the child process; create and drop a PostgreSQL database when one is used.

    `launch()` returns at once so the site can be prepared while other tests run; `wait()` blocks
    until it answers.
    """

    def __init__(self):
        self.tmp_dir = Path(tempfile.mkdtemp(prefix="wijraad-browser-"))
        # One live site per pytest-xdist worker, each with a log of its own.
        worker = os.environ.get("PYTEST_XDIST_WORKER")
        self.log_path = ARTIFACTS / (f"browser-server-{worker}.log" if worker else "browser-server.log")
        self.database_url, self.postgres_name = self._database_url()
        self.process = None
        self.url = None

    def _database_url(self):
        base = os.environ.get("DATABASE_URL", "")
        if not base.startswith(("postgres://", "postgresql://")):
            return f"sqlite:///{self.tmp_dir / 'browser.sqlite3'}", None
        parts = urlsplit(base)
        name = f"{parts.path.lstrip('/') or 'wijraad'}_live_{os.getpid()}"
        return urlunsplit(parts._replace(path=f"/{name}")), name

    def _postgres(self, statement):
        import psycopg
        from psycopg import sql

        admin_url = urlunsplit(urlsplit(self.database_url)._replace(path="/postgres"))
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(self.postgres_name)))

    def launch(self):
        if self.process is not None:
            return self
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "wijraad.settings.test",
            "DATABASE_URL": self.database_url,
            "PYTHONUNBUFFERED": "1",
        }
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.browser.liveserver"],
                cwd=REPO_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        return self

    def wait(self):
        if self.url is None:
            ready, _, _ = select.select([self.process.stdout], [], [], START_TIMEOUT)
            line = self.process.stdout.readline() if ready else ""
            if not line.startswith(READY_PREFIX):
                self.stop()
                log_tail = self.log_path.read_text()[-3000:]
                raise RuntimeError(f"The live server did not start (see {self.log_path}):\n{log_tail}")
            self.url = f"http://127.0.0.1:{int(line.removeprefix(READY_PREFIX))}"
        return self

    def stop(self):
        if self.process is not None:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGTERM)
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            self.process.stdout.close()
            self.process = None
            if self.postgres_name:
                self._postgres("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        shutil.rmtree(self.tmp_dir, ignore_errors=True)


def _serve():
    """Child process: prepare the database, then serve the site on a free loopback port."""
    import django

    from tests import migrated_db

    migrated_db.copy_to(os.environ["DATABASE_URL"])
    django.setup()

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler, get_internal_wsgi_application
    from django.test import override_settings
    from django.test.testcases import FSFilesHandler

    class MediaFilesHandler(FSFilesHandler):
        """Serve uploaded images and documents, as the web server does in production."""

        def get_base_dir(self):
            return settings.MEDIA_ROOT

        def get_base_url(self):
            return settings.MEDIA_URL

    from django.db import transaction

    from tests import demo_snapshot

    override_settings(**BROWSER_SETTINGS).enable()
    call_command("migrate", interactive=False, verbosity=0)
    with transaction.atomic():
        demo_snapshot.load_or_restore()
    secretary = get_user_model().objects.create_user(
        SECRETARY_USERNAME, f"{SECRETARY_USERNAME}@wijraad.example.org", SECRETARY_PASSWORD
    )
    secretary.groups.add(Group.objects.get(name="Secretariaat"))

    server = ThreadedWSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(StaticFilesHandler(MediaFilesHandler(get_internal_wsgi_application())))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"{READY_PREFIX}{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    _serve()
