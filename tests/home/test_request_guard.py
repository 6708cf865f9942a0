"""Requests the site cannot read are refused before parsing: 400 for another charset or invalid bytes, 413 for a
body over the limit. The resident sees the site's own page; the log gets one line, not a traceback."""

import logging

import pytest
from django.test import Client

from tests.contact import conftest as contact_conftest

pytestmark = pytest.mark.django_db

contact_page = contact_conftest.contact_page

URLENCODED = "application/x-www-form-urlencoded"
CHARSETS = ["latin1", "iso-8859-1", "utf-7", "utf-16", "windows-1252", "nonsense", '"ebcdic"']


def raw_post(client, path, body, content_type, **extra):
    return client.generic("POST", path, data=body, content_type=content_type, **extra)


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("path", ["/", "/contact/", "/en/contact/", "/zoeken/", "/admin/login/", "/bestaat-niet/"])
def test_a_post_in_another_charset_gets_the_sites_400_page(client, contact_page, caplog, path, charset):
    with caplog.at_level(logging.INFO):
        response = raw_post(client, path, b"name=Anna&message=Hallo", f"{URLENCODED}; charset={charset}")

    assert response.status_code == 400
    assert "We konden je formulier niet lezen" in response.content.decode() or (
        path.startswith("/en/") and "We could not read your form" in response.content.decode()
    )
    problems = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(problems) == 1
    assert problems[0].exc_info is None
    assert len(problems[0].getMessage()) < 200


@pytest.mark.parametrize(
    "body",
    [b"name=Anna\xff\xfe&message=Hallo", b"name=%ff%fe&message=Hallo", b"message=caf%C3", b"\xc0\xaf=1"],
    ids=["raw-bytes", "percent-encoded", "cut-off-sequence", "overlong-slash"],
)
def test_a_post_with_invalid_utf8_gets_400(client, contact_page, body):
    response = raw_post(client, "/contact/", body, URLENCODED)

    assert response.status_code == 400
    assert "We konden je formulier niet lezen" in response.content.decode()


def test_a_multipart_post_in_another_charset_gets_400(client, contact_page):
    response = raw_post(client, "/contact/", b"--x\r\n\r\n--x--\r\n", "multipart/form-data; boundary=x; charset=latin1")

    assert response.status_code == 400


def test_the_400_page_is_english_under_en(client, contact_page):
    response = raw_post(client, "/en/contact/", b"a=b", f"{URLENCODED}; charset=latin1")

    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "We could not read your form" in html


def test_utf8_posts_still_reach_the_form(client, contact_page):
    response = raw_post(client, "/contact/", "name=Zoë".encode(), f"{URLENCODED}; charset=UTF-8")

    assert response.status_code == 200
    assert "Zoë" in response.content.decode()


class ExplodingInput:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_a_body_over_the_limit_is_refused_from_its_content_length_without_reading_it(contact_page, settings, caplog):
    client = Client()
    with caplog.at_level(logging.INFO):
        response = client.generic(
            "POST",
            "/contact/",
            content_type="multipart/form-data; boundary=x",
            CONTENT_LENGTH=str(200 * 1024 * 1024),
            **{"wsgi.input": ExplodingInput()},
        )

    assert response.status_code == 413
    assert "Wat je stuurde is te groot" in response.content.decode()
    assert [record.levelno for record in caplog.records if record.levelno >= logging.WARNING] == [logging.WARNING]


def test_the_front_proxy_has_the_same_limits(settings):
    from pathlib import Path

    nginx = (Path(settings.BASE_DIR) / "site" / "nginx" / "locations.conf").read_text()
    public_mb = settings.PUBLIC_MAX_REQUEST_BYTES // (1024 * 1024)
    admin_mb = settings.ADMIN_MAX_REQUEST_BYTES // (1024 * 1024)
    assert f"\nclient_max_body_size {public_mb}m;" in nginx
    assert f"    client_max_body_size {admin_mb}m;" in nginx


def test_a_body_just_under_the_limit_is_read_as_usual(client, contact_page, settings):
    settings.PUBLIC_MAX_REQUEST_BYTES = 1000
    response = raw_post(client, "/contact/", b"name=" + b"a" * 900, URLENCODED)
    assert response.status_code == 200

    response = raw_post(client, "/contact/", b"name=" + b"a" * 1000, URLENCODED)
    assert response.status_code == 413


def test_the_admin_has_its_own_larger_limit(client, settings):
    settings.PUBLIC_MAX_REQUEST_BYTES = 1000
    response = raw_post(client, "/admin/login/", b"username=" + b"a" * 2000, URLENCODED)

    assert response.status_code != 413
