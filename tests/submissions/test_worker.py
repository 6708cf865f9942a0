"""The real worker process (`manage.py worker`) against a real SMTP server: nothing a resident sends is lost.

These tests commit to the test database (transactional) so the worker, a separate process, sees the data.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from submissions.models import MailState, OutgoingMail, Submission
from tests.contact.conftest import MESSAGE
from tests.factories.contact import ContactPageFactory, protected_post

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.expensive]

ROOT = Path(__file__).resolve().parents[2]


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Workers:
    def __init__(self, smtp_server, log_path):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.submissions.worker_settings",
            "DATABASE_URL": database_url(),
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_server.port),
        }
        self.log_path = log_path
        self.processes = []

    def start(self):
        log = self.log_path.open("ab")
        process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "worker",
                "--interval",
                "0.2",
                "--sweep-interval",
                "0.5",
                "--no-startup-delay",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes.append(process)
        return process

    def log(self):
        return self.log_path.read_text(errors="replace")

    def stop_all(self):
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def workers(smtp_server, settings, tmp_path):
    # The site side queues the task in the database, as in production; the worker process picks it up.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    workers = Workers(smtp_server, tmp_path / "worker.log")
    yield workers
    workers.stop_all()


def wait_until(condition, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def send_contact_form(client, valid_data):
    response = client.post("/contact/", protected_post(valid_data), follow=True)
    assert response.status_code == 200
    assert Submission.objects.get().reference in response.content.decode()
    return Submission.objects.get()


def assert_no_personal_data(text, valid_data):
    for value in (valid_data["email"], valid_data["phone"], MESSAGE, valid_data["name"]):
        assert value not in text


def test_worker_delivers_mail_queued_by_the_site_and_stops_cleanly(client, home, valid_data, smtp_server, workers):
    ContactPageFactory(parent=home)
    process = workers.start()

    submission = send_contact_form(client, valid_data)

    delivered = smtp_server.wait_for(2)
    assert sorted(item.recipients[0] for item in delivered) == [
        "anna.bakker@example.org",
        "secretariaat@wijraad.example.org",
    ]
    assert wait_until(lambda: all(mail.state == MailState.SENT for mail in submission.mails.all()))
    assert_no_personal_data(workers.log(), valid_data)
    process.terminate()  # what systemd does on stop
    assert process.wait(timeout=30) == 0, workers.log()[-3000:]


def test_mail_sent_while_the_smtp_server_is_down_arrives_once_it_is_back(
    client, home, valid_data, smtp_server, workers
):
    ContactPageFactory(parent=home)
    smtp_server.stop()
    workers.start()

    submission = send_contact_form(client, valid_data)

    # The worker tried and failed; nothing is lost, the mails wait for their next attempt.
    assert wait_until(lambda: all(mail.attempts >= 1 for mail in submission.mails.all()))
    assert set(submission.mails.values_list("state", flat=True)) <= {MailState.PENDING, MailState.SENDING}
    assert submission.mails.exclude(last_error="").exists()

    smtp_server.start()

    assert len(smtp_server.wait_for(2)) == 2
    assert wait_until(lambda: all(mail.state == MailState.SENT for mail in submission.mails.all()))
    time.sleep(1.5)  # a few more sweeps: nothing is sent twice
    assert len(smtp_server.delivered) == 2
    assert_no_personal_data(workers.log(), valid_data)


def test_worker_killed_while_sending_delivers_after_restart_without_duplicates(
    client, home, valid_data, smtp_server, workers
):
    ContactPageFactory(parent=home)
    smtp_server.handler.mode = "hold"  # every mail hangs inside the SMTP conversation until released
    first = workers.start()

    submission = send_contact_form(client, valid_data)
    assert smtp_server.handler.holding.wait(timeout=30)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    smtp_server.handler.release.set()
    assert smtp_server.delivered == []

    workers.start()

    delivered = smtp_server.wait_for(2, timeout=40)
    assert wait_until(lambda: all(mail.state == MailState.SENT for mail in submission.mails.all()))
    time.sleep(1.5)  # a few more sweeps: nothing is sent twice
    delivered = smtp_server.delivered
    assert len(delivered) == 2
    assert len({item.message["Message-ID"] for item in delivered}) == 2
    assert sorted(item.recipients[0] for item in delivered) == [
        "anna.bakker@example.org",
        "secretariaat@wijraad.example.org",
    ]
    assert max(OutgoingMail.objects.values_list("attempts", flat=True)) == 2


def test_worker_alone_in_batch_mode_delivers_everything_pending(client, home, valid_data, smtp_server, settings):
    ContactPageFactory(parent=home)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_contact_form(client, valid_data)
    assert OutgoingMail.objects.filter(state=MailState.PENDING).count() == 2

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.submissions.worker_settings",
        "DATABASE_URL": database_url(),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.port),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert len(smtp_server.delivered) == 2
    assert OutgoingMail.objects.filter(state=MailState.SENT).count() == 2
