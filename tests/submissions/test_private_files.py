"""The worker's daily sweep deletes private files (CVs) that no row refers to, once they are a day old."""

import datetime
import logging
import os

import pytest
from django.utils import timezone

from submissions import private_files
from submissions.management.commands.worker import Housekeeping
from tests.factories.vacancies import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    (settings.PRIVATE_MEDIA_ROOT / "applications").mkdir(parents=True)
    return settings.PRIVATE_MEDIA_ROOT


def stored_file(root, name, age):
    path = root / name
    path.write_bytes(b"%PDF-1.4\n")
    moment = (timezone.now() - age).timestamp()
    os.utime(path, (moment, moment))
    return path


def test_sweep_deletes_only_old_files_that_no_row_refers_to(private_root, caplog):
    two_days = datetime.timedelta(days=2)
    kept = stored_file(private_root, "applications/kept.pdf", two_days)
    ApplicationFactory(cv="applications/kept.pdf")
    orphan = stored_file(private_root, "applications/orphan.pdf", two_days)
    young_orphan = stored_file(private_root, "applications/being-stored.pdf", datetime.timedelta(hours=1))

    with caplog.at_level(logging.INFO, logger="submissions.private_files"):
        deleted = private_files.delete_orphans()

    assert deleted == 1
    assert not orphan.exists()
    assert kept.exists() and young_orphan.exists()
    assert "Private files: deleted 1 file(s) that no row refers to" in caplog.messages


def test_the_workers_daily_housekeeping_runs_the_sweep(private_root, caplog):
    orphan = stored_file(private_root, "applications/orphan.pdf", datetime.timedelta(days=2))
    housekeeping = Housekeeping(sweep_interval=30, purge_interval=24 * 3600)

    with caplog.at_level(logging.INFO, logger="submissions.private_files"):
        housekeeping.run_once()
        second = stored_file(private_root, "applications/second.pdf", datetime.timedelta(days=2))
        housekeeping.run_once()  # the same day: no second sweep

    assert not orphan.exists()
    assert second.exists()
    assert caplog.messages.count("Private files: deleted 1 file(s) that no row refers to") == 1


def test_sweep_without_a_private_folder_does_nothing(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "missing"

    assert private_files.delete_orphans() == 0
