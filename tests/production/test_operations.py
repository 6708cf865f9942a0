"""Running the site: the health check, error mails to ADMINS through the outbox, Sentry, shared media storage."""

import logging
import subprocess
import sys

import pytest
from django.test import RequestFactory

from submissions.models import OutgoingMail
from tests.production.topology import ROOT
from wijraad.storage import PrivateMediaStorage, PublicMediaStorage


def test_health_check_reads_the_database_once_and_says_nothing_more(client, db, django_assert_num_queries):
    with django_assert_num_queries(1) as queries:
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert queries.captured_queries[0]["sql"].strip().upper() == "SELECT 1"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_says_503_when_the_cache_is_unreachable(client, db, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}


def test_a_server_error_is_mailed_to_the_admins_through_the_outbox_without_what_was_typed(db, settings):
    settings.ADMINS = [("Beheer", "beheer@wijraad.example.org")]
    request = RequestFactory().post("/contact/", {"name": "Jan Bakker", "message": "Mijn BSN is 123456789"})
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("django.request").error(
            "Internal Server Error: /contact/", exc_info=True, extra={"status_code": 500, "request": request}
        )

    mail = OutgoingMail.objects.get()
    assert mail.to == ["beheer@wijraad.example.org"]
    assert "Internal Server Error: /contact/" in mail.subject
    assert "RuntimeError" in mail.body
    assert "name" in mail.body and "message" in mail.body
    assert "Jan Bakker" not in mail.body
    assert "123456789" not in mail.body


def test_without_admins_no_error_mail_is_queued(db, settings):
    settings.ADMINS = []
    logging.getLogger("django.request").error("Internal Server Error: /x/", extra={"status_code": 500})
    assert not OutgoingMail.objects.exists()


def sentry_active(**environment):
    script = (
        "import django; django.setup(); import sentry_sdk; "
        "client = sentry_sdk.get_client(); print(client.is_active(), client.options['send_default_pii'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "wijraad.settings.dev", **environment},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split()


def test_sentry_reports_only_when_a_dsn_is_set():
    assert sentry_active()[0] == "False"
    assert sentry_active(SENTRY_DSN="http://public@127.0.0.1:9/1") == ["True", "False"]


def test_public_media_in_a_bucket_are_linked_on_the_site_itself():
    storage = PublicMediaStorage(bucket_name="wijraad-media")
    assert storage.url("images/raad.width-300.png") == "/media/images/raad.width-300.png"


def test_private_files_in_a_bucket_have_no_address():
    with pytest.raises(ValueError, match="no public URL"):
        PrivateMediaStorage(bucket_name="wijraad-private").url("applications/cv.pdf")
