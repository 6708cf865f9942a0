"""Private links (an applicant's status page, withdrawing, cancelling a sign-up) keep their token to themselves:
no Referer to anyone, and gunicorn's access log writes [token] instead."""

import re
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from formpages.models import FormPage, FormPageSubmission
from tests.factories.contact import ContactPageFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup
from wijraad.private_links import redact

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "Qm9vZ2llLXdvb2dpZS10b2tlbi1mb3ItdGhlLXRlc3Qx"


@pytest.mark.django_db
def test_status_and_withdraw_pages_send_no_referrer(client):
    application = ApplicationFactory()

    for path in [application.status_path("nl"), application.withdraw_path("nl"), application.status_path("en")]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Referrer-Policy"] == "no-referrer", path


@pytest.mark.django_db
def test_cancel_link_of_a_sign_up_sends_no_referrer(client, home):
    make_signup_form(home)
    signup(client)
    token = FormPageSubmission.objects.get().cancel_token

    assert client.get(f"/aanmelden/afmelden/{token}/")["Referrer-Policy"] == "no-referrer"
    assert client.post(f"/aanmelden/afmelden/{token}/")["Referrer-Policy"] == "no-referrer"


@pytest.mark.django_db
def test_a_wrong_token_gets_no_referrer_either_and_other_pages_keep_same_origin(client, home):
    response = client.get(f"/aanmelding/{TOKEN}/")

    assert response.status_code == 404
    assert response["Referrer-Policy"] == "no-referrer"
    assert client.get("/")["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_private_links_of_every_language_are_recognised(home, settings):
    make_signup_form(home)
    page = FormPage.objects.get()
    application = ApplicationFactory()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths = [
                application.status_path(language),
                application.withdraw_path(language),
                f"/{language}/aanmelden/{page.reverse_subpage('cancel', args=[application.token])}",
            ]
            for path in paths:
                assert redact(path).count("[token]") == 1, path
                assert application.token not in redact(path), path


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_access_log_leaves_the_tokens_out(tmp_path):
    port = free_port()
    log = tmp_path / "access.log"
    # The access log settings of site/gunicorn.conf.py, around a plain app (the config's start-up check needs the
    # production settings).
    config = runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--logger-class", config["logger_class"], "--bind", f"127.0.0.1:{port}"]
        + ["--access-logformat", config["access_log_format"], "--workers", "1", "--access-logfile", str(log)]
        + ["tests.deploy.plain_app:application"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        paths = [f"/aanmelding/{TOKEN}/", f"/en/application/{TOKEN}/withdraw/", f"/aanmelden/afmelden/{TOKEN}/"]
        for path in paths:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}{path}?x=1", headers={"Referer": f"https://wijraad.example.org{path}"}
            )
            for _attempt in range(100):
                try:
                    urllib.request.urlopen(request, timeout=5).read()  # noqa: S310 (loopback only)
                    break
                except OSError:
                    time.sleep(0.1)
        time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)

    lines = log.read_text().splitlines()
    assert len(lines) == 3
    assert TOKEN not in log.read_text()
    assert '"GET /aanmelding/[token]/ HTTP/1.1" 200' in lines[0]
    assert '"GET /en/application/[token]/withdraw/ HTTP/1.1" 200' in lines[1]
    assert '"https://wijraad.example.org/aanmelden/afmelden/[token]/"' in lines[2]
    assert "x=1" not in lines[0]


def csrf_token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.django_db
@pytest.mark.parametrize("secure", [False, True])
def test_the_browser_can_send_the_cancel_form_of_a_private_link(home, settings, secure):
    # With `no-referrer` a browser sends `Origin: null` and no Referer with the page's form (seen in Chromium).
    settings.SECURE_SSL_REDIRECT = False
    make_signup_form(home)
    signup(Client())
    token = FormPageSubmission.objects.get().cancel_token
    browser = Client(enforce_csrf_checks=True)
    path = f"/aanmelden/afmelden/{token}/"
    form = csrf_token(browser.get(path, secure=secure))

    response = browser.post(path, {"csrfmiddlewaretoken": form}, HTTP_ORIGIN="null", secure=secure)

    assert response.status_code == 302
    assert FormPageSubmission.objects.get().cancelled_at is not None


@pytest.mark.django_db
def test_a_private_link_still_needs_the_csrf_token_and_other_pages_refuse_a_null_origin(home):
    ContactPageFactory(parent=home)
    make_signup_form(home)
    signup(Client())
    token = FormPageSubmission.objects.get().cancel_token
    browser = Client(enforce_csrf_checks=True)
    browser.get(f"/aanmelden/afmelden/{token}/")
    contact_form = csrf_token(browser.get("/contact/"))

    refused = browser.post(f"/aanmelden/afmelden/{token}/", {}, HTTP_ORIGIN="null")
    elsewhere = browser.post("/contact/", {"csrfmiddlewaretoken": contact_form}, HTTP_ORIGIN="null")

    assert refused.status_code == 403
    assert FormPageSubmission.objects.get().cancelled_at is None
    assert elsewhere.status_code == 403
