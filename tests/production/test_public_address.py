"""One public address (SITE_URL): every absolute link the site makes uses it, the Wagtail Site follows it, and
production refuses to start without it."""

import re
import subprocess
import sys

import pytest
from defusedxml import ElementTree
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from wagtail.models import Site

from home.site_address import check_site_address, sync_site
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.vacancies import VacancyIndexPageFactory, VacancyPageFactory
from tests.formpages.form_pages import make_signup_form, signup
from tests.html import soup
from tests.production.topology import ROOT
from tests.vacancies.applications_support import apply, pdf

PUBLIC = "https://wijraad.example.org"
URL = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture
def public_address(settings, db):
    settings.SITE_URL = PUBLIC
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    sync_site()
    return PUBLIC


def links_in(text):
    return URL.findall(text)


def test_migrate_gives_the_wagtail_site_the_public_address(public_address):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("wijraad.example.org", 443, PUBLIC)


def test_canonical_open_graph_and_hreflang_use_the_public_address(client, public_address, home):
    news_index = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news_index, slug="brief")

    html = client.get(item.url).content.decode()

    head = soup(html).head
    assert head.find("link", rel="canonical")["href"] == f"{PUBLIC}/nieuws/brief/"
    assert head.find("meta", property="og:url")["content"] == f"{PUBLIC}/nieuws/brief/"
    absolute = [link for link in links_in(str(head)) if "schema.org" not in link]
    assert absolute
    assert all(link.startswith(f"{PUBLIC}/") for link in absolute), absolute


def test_sitemap_robots_and_feeds_use_the_public_address(client, public_address, home):
    news_index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news_index, slug="brief")

    sitemap = client.get("/sitemap.xml").content.decode()
    locations = [element.text for element in ElementTree.fromstring(sitemap).iter() if element.tag.endswith("loc")]
    assert f"{PUBLIC}/nieuws/brief/" in locations
    assert all(location.startswith(f"{PUBLIC}/") for location in locations)

    assert f"Sitemap: {PUBLIC}/sitemap.xml" in client.get("/robots.txt").content.decode()

    for feed in ("/nieuws/feed/", "/nieuws/feed/atom/"):
        links = [link for link in links_in(client.get(feed).content.decode()) if "w3.org" not in link]
        assert f"{PUBLIC}/nieuws/brief/" in links
        assert all(link.startswith(f"{PUBLIC}/") for link in links), links

    index_html = client.get("/nieuws/").content.decode()
    assert f'href="{PUBLIC}/nieuws/feed/"' in index_html


def test_every_link_in_the_sign_up_mails_uses_the_public_address(
    client, public_address, home, mailoutbox, django_capture_on_commit_callbacks
):
    make_signup_form(home, max_signups=20)

    with django_capture_on_commit_callbacks(execute=True):
        assert signup(client).status_code == 302

    assert len(mailoutbox) == 2
    links = [link for mail in mailoutbox for link in links_in(mail.body)]
    cancel_links = [link for link in links if link.startswith(f"{PUBLIC}/aanmelden/") and len(link) > 40]
    assert len(cancel_links) == 1, links  # /aanmelden/<cancel route>/<token>/ in the confirmation
    assert f"{PUBLIC}/admin/forms/submissions/" in " ".join(links)  # the submissions for the secretary
    assert all(link.startswith(f"{PUBLIC}/") for link in links), links


def test_every_link_in_the_application_mails_uses_the_public_address(
    client, public_address, home, mailoutbox, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="lid")

    with django_capture_on_commit_callbacks(execute=True):
        assert apply(client, vacancy, upload=pdf()).status_code == 302

    assert len(mailoutbox) == 2
    links = [link for mail in mailoutbox for link in links_in(mail.body)]
    assert any("/aanmelding/" in link for link in links), links  # the applicant's status page
    assert any("/admin/applications/cv/" in link for link in links), links  # the CV for the secretary
    assert all(link.startswith(f"{PUBLIC}/") for link in links), links


def test_system_check_fails_while_the_site_still_says_localhost(settings, db):
    settings.CHECK_SITE_ADDRESS = True
    settings.SITE_URL = PUBLIC
    assert Site.objects.get(is_default_site=True).hostname == "localhost"

    errors = check_site_address(None)
    assert [error.id for error in errors] == ["home.E001"]
    assert "http://localhost" in errors[0].msg
    with pytest.raises(SystemCheckError, match=r"home\.E001"):
        call_command("check", deploy=True)
    call_command("check")  # migrate and sync_site_url, which put it right, still run

    call_command("sync_site_url")
    assert check_site_address(None) == []


def production_start(**environment):
    """Load the production settings in a fresh process, as gunicorn does; returns (exit code, stderr)."""
    base = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
        "SECRET_KEY": "a-long-random-production-key-for-this-test-only-1234567890",
        "SITE_URL": PUBLIC,
        "DEFAULT_FROM_EMAIL": "WIJ-raad <noreply@wijraad.nl>",
    }
    base.update(environment)
    script = "import django; django.setup(); from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={name: value for name, value in base.items() if value is not None},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def test_production_starts_with_a_public_address_and_derives_the_admin_address_from_it():
    code, output = production_start()
    assert code == 0, output
    assert output.strip() == PUBLIC


@pytest.mark.parametrize("value", [None, "", "wijraad.example.org", "https://wijraad.example.org/site/"])
def test_production_refuses_to_start_without_a_usable_public_address(value):
    code, output = production_start(SITE_URL=value)
    assert code != 0
    assert "SITE_URL" in output


@pytest.mark.parametrize("value", [None, "WIJ-raad <noreply@wijraad.example.org>", "root@localhost"])
def test_production_refuses_to_start_without_a_real_sender_address(value):
    code, output = production_start(DEFAULT_FROM_EMAIL=value)
    assert code != 0
    assert "DEFAULT_FROM_EMAIL" in output


def test_make_run_on_another_port_gives_mail_links_that_port(
    settings, client, home, mailoutbox, django_capture_on_commit_callbacks
):
    shown = subprocess.run(
        ["make", "-s", "--eval", "site-url: ; @echo $$SITE_URL", "site-url", "PORT=8123"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = shown.stdout.strip()

    sync_site()

    assert settings.SITE_URL == "http://127.0.0.1:8123"
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8123"
    make_signup_form(home, max_signups=20)
    with django_capture_on_commit_callbacks(execute=True):
        assert signup(client).status_code == 302
    links = [link for mail in mailoutbox for link in links_in(mail.body)]
    assert len(links) >= 2
    assert all(link.startswith("http://127.0.0.1:8123/") for link in links), links
