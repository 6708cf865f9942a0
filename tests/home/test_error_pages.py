"""Error pages in the site's look, each with the secretary's e-mail address and phone number; the 500 page is a
static file that is served without the database."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Site

from home import error_pages
from home.models import SiteSettings
from tests.html import soup

NGINX = Path(__file__).resolve().parents[2] / "site" / "nginx" / "locations.conf"


@pytest.fixture
def contact(db):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site, defaults={"secretary_email": "secretaris@wijraad.example.org", "phone": "050 765 43 21"}
    )


def assert_contact(html, email="secretaris@wijraad.example.org", phone="050 765 43 21"):
    section = html.find("section", class_="error-contact")
    assert section is not None
    assert section.find("a", href=f"mailto:{email}").get_text() == email
    if phone:
        assert section.find("a", href=f"tel:{phone.replace(' ', '')}").get_text() == phone
    assert html.find("link", rel="stylesheet")["href"].endswith(".css")
    header = html.find("header", class_="site-header")
    # The site's own wordmark and tagline, as on every other page.
    assert header.find("svg", role="img").title.get_text() == "WIJ-raad"
    assert header.find(class_="site-logo__tagline").get_text() in {
        "Bewonersraad van WIJ Groningen",
        "Residents\N{RIGHT SINGLE QUOTATION MARK} council of WIJ Groningen",
    }


def test_404_is_in_the_site_look_with_the_secretary(client, home, contact):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Pagina niet gevonden"
    assert_contact(html)
    assert html.find("nav", class_="main-nav") is not None


def test_csrf_failure_is_in_the_site_look_with_the_secretary(home, contact):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/zoeken/", {"q": "x"})

    assert response.status_code == 403
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Niet verstuurd"
    assert_contact(html)


def test_400_for_an_unreadable_form_has_the_secretary(client, home, contact):
    response = client.post(
        "/contact/", b"naam=%FF%FE", content_type="application/x-www-form-urlencoded; charset=latin-1"
    )

    assert response.status_code == 400
    html = soup(response)
    assert html.h1.get_text(strip=True) == "We konden je formulier niet lezen"
    assert_contact(html)


def test_400_handler_has_the_secretary(rf, contact):
    response = error_pages.bad_request(rf.get("/en/contact/"))

    assert response.status_code == 400
    html = soup(response.content.decode())
    assert html.html["lang"] == "en"
    assert_contact(html)


def test_429_after_too_many_logins_outside_the_login_form_has_the_secretary(rf, contact):
    from home.lockouts import lockout_response

    request = rf.get("/admin/")
    response = lockout_response(request)

    assert response.status_code == 429
    html = soup(response.content.decode())
    assert html.h1.get_text(strip=True) == "Even wachten"
    assert "te vaak een verkeerd wachtwoord" in html.find(class_="lead").get_text()
    assert_contact(html)


def test_build_error_pages_writes_static_pages_with_the_contact_details(tmp_path, settings, contact):
    settings.STATIC_ROOT = tmp_path

    call_command("build_error_pages", verbosity=0)

    server_error = soup((tmp_path / "errors" / "500.html").read_text())
    assert server_error.h1.get_text(strip=True) == "Er ging iets mis"
    assert server_error.html["lang"] == "nl"
    assert_contact(server_error)
    assert_contact(soup((tmp_path / "errors" / "429.html").read_text()))


def test_500_is_served_from_the_static_file_without_the_database(tmp_path, settings, contact):
    settings.STATIC_ROOT = tmp_path
    error_pages.build()
    request = RequestFactory().get("/vacatures/lid/")

    # No database from here on: pytest-django refuses any query in a test without the db mark; this one blocks it.
    from django.db import connection

    with connection.execute_wrapper(refuse_queries):
        response = error_pages.server_error(request)

    assert response.status_code == 500
    assert response["Cache-Control"] == "no-store"
    assert_contact(soup(response.content.decode()))


def refuse_queries(execute, sql, params, many, context):
    raise AssertionError(f"the 500 page queried the database: {sql}")


def test_500_without_a_built_page_still_says_how_to_reach_the_secretary(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path  # build_error_pages never ran here

    response = error_pages.server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert_contact(soup(response.content.decode()), email="secretariaat@wijraad.example.org", phone="")


def test_django_uses_these_handlers_for_400_and_500():
    from django.urls import get_resolver

    assert get_resolver().resolve_error_handler(500) is error_pages.server_error
    assert get_resolver().resolve_error_handler(400) is error_pages.bad_request


def test_nginx_shows_the_static_500_page_when_no_app_server_answers():
    conf = NGINX.read_text()

    assert "error_page 502 503 504 /_errors/500.html;" in conf
    assert "alias /srv/wijraad/staticfiles/errors/500.html;" in conf
