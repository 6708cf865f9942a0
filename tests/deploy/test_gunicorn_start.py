"""The master process of gunicorn (site/gunicorn.conf.py) runs the deployment check before it forks the workers."""

import os
import subprocess
import sys

import pytest
from django.db import connection

from tests import migrated_db

# What gunicorn's master does before the fork, then the database connections it still holds.
MASTER = """
import runpy
from django.core.management.base import SystemCheckError
from django.db import connections
try:
    runpy.run_path("site/gunicorn.conf.py")["on_starting"](None)
except SystemCheckError:
    pass  # a refused start: the connections must be closed all the same
print(sorted(alias for alias in connections if connections[alias].connection is not None))
"""


@pytest.fixture
def scratch_database():
    url = migrated_db.scratch_url(
        migrated_db.url_of(connection.settings_dict, connection.settings_dict["NAME"]), f"gunicorn-start-{os.getpid()}"
    )
    migrated_db.copy_to(url)
    yield url
    migrated_db.drop(url)


@pytest.mark.own_database
def test_the_master_forks_its_workers_without_an_open_database_connection(scratch_database, tmp_path):
    """Every worker would inherit such a connection: two processes on one PostgreSQL socket read each other's
    answers, and a page fails ("generator raised StopIteration") or hangs until the worker is killed."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
        "SECRET_KEY": "a-long-random-production-key-for-this-test-only-1234567890",
        "SITE_URL": "http://localhost",
        "DEFAULT_FROM_EMAIL": "WIJ-raad <noreply@wijraad.nl>",
        "DATABASE_URL": scratch_database,
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", MASTER],
        cwd=migrated_db.ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
