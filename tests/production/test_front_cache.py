"""What the front cache may keep (Cache-Control from FrontCacheMiddleware) and what it is told to forget when
content changes (purges sent to a real HTTP server on the loopback, standing in for nginx)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from home.models import FooterText
from tests.factories.home import ContentPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.vacancies import VacancyIndexPageFactory
from tests.formpages.form_pages import make_signup_form


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(404 if self.path.endswith("/nooit/") else 200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    """A PURGE endpoint like nginx's; the site sends its purges there (FRONT_CACHE_PURGE_URLS)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "nginx1": {
            "BACKEND": "wijraad.front_cache.NginxPurgeBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server.purged
    server.shutdown()
    server.server_close()


def purged_paths(purged):
    assert {host for host, _path in purged} == {"localhost"}
    return {path.removeprefix("/_purge") for _host, path in purged}


# What may be kept ---------------------------------------------------------------------------------------------


def test_an_anonymous_page_view_may_be_kept_by_the_front_cache_and_sets_no_cookie(client, home):
    ContentPageFactory(parent=home, slug="over-ons")

    response = client.get("/over-ons/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "Accept-Language" not in response.get("Vary", "")


def test_a_page_asked_for_plain_is_one_copy_for_every_visitor_and_a_compressed_one_says_it_varies(client, home):
    """nginx asks for pages plain and compresses them itself: it must keep one copy per address, which a purge
    reaches. A page sent compressed (no nginx in front) still says that it varies by Accept-Encoding."""
    ContentPageFactory(parent=home, slug="over-ons")

    plain = client.get("/over-ons/")
    compressed = client.get("/over-ons/", HTTP_ACCEPT_ENCODING="gzip")

    assert "Content-Encoding" not in plain
    assert "Vary" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert compressed["Vary"] == "Accept-Encoding"
    assert compressed["Cache-Control"] == "public, max-age=0, s-maxage=600"


def test_feeds_and_the_sitemap_may_be_kept(client, home):
    NewsIndexPageFactory(parent=home)
    for path in ("/nieuws/feed/", "/nieuws/feed/atom/", "/sitemap.xml", "/robots.txt"):
        assert "s-maxage=600" in client.get(path)["Cache-Control"], path


def test_a_page_with_a_form_is_never_kept(client, home):
    make_signup_form(home)

    response = client.get("/aanmelden/")

    assert "csrftoken" in response.cookies
    assert "public" not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_a_logged_in_editor_never_gets_a_cacheable_page(client, home):
    ContentPageFactory(parent=home, slug="over-ons")
    editor = get_user_model().objects.create_superuser("redacteur", "redacteur@example.org", "geheim-wachtwoord")
    client.force_login(editor)

    response = client.get("/over-ons/")

    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_posts_the_admin_previews_and_the_health_check_are_never_kept(admin_client, client, home):
    page = ContentPageFactory(parent=home, slug="over-ons")

    assert "public" not in client.post("/over-ons/")["Cache-Control"]
    assert "public" not in client.get("/healthz")["Cache-Control"]
    assert "public" not in admin_client.get("/admin/")["Cache-Control"]
    preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=")
    assert "public" not in preview.get("Cache-Control", "private")


def test_a_404_is_not_kept(client, home):
    assert "public" not in client.get("/bestaat-niet/")["Cache-Control"]


# What is forgotten --------------------------------------------------------------------------------------------


def test_publishing_a_news_item_purges_it_and_the_pages_that_list_it(
    front_cache, home, django_capture_on_commit_callbacks
):
    news_index = NewsIndexPageFactory(parent=home)
    VacancyIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news_index, slug="brief")
    front_cache.clear()

    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()

    assert {
        "/nieuws/brief/",
        "/nieuws/",
        "/nieuws/feed/",
        "/nieuws/feed/atom/",
        "/vacatures/",
        "/",
        "/sitemap.xml",
    } <= purged_paths(front_cache)
    assert "/over-ons/" not in purged_paths(front_cache)


def test_unpublishing_a_news_item_purges_it_and_the_news_index(front_cache, home, django_capture_on_commit_callbacks):
    news_index = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news_index, slug="brief")
    front_cache.clear()

    with django_capture_on_commit_callbacks(execute=True):
        item.unpublish()

    assert {"/nieuws/brief/", "/nieuws/", "/nieuws/feed/", "/", "/sitemap.xml"} <= purged_paths(front_cache)


def test_moving_a_page_purges_its_old_and_new_address(front_cache, home, django_capture_on_commit_callbacks):
    first = ContentPageFactory(parent=home, slug="eerste")
    second = ContentPageFactory(parent=home, slug="tweede")
    page = ContentPageFactory(parent=first, slug="verhuisd")
    front_cache.clear()

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).move(second, pos="last-child")

    assert {"/eerste/verhuisd/", "/tweede/verhuisd/", "/", "/sitemap.xml"} <= purged_paths(front_cache)


def test_changing_the_footer_text_purges_every_page(front_cache, home, django_capture_on_commit_callbacks):
    pages = [ContentPageFactory(parent=home, slug=slug) for slug in ("over-ons", "privacy")]
    footer = FooterText.objects.filter(locale=home.locale).first() or FooterText.objects.create(locale=home.locale)
    front_cache.clear()

    with django_capture_on_commit_callbacks(execute=True):
        footer.save()

    assert {"/", "/sitemap.xml", *(page.url for page in pages)} <= purged_paths(front_cache)


def test_a_page_the_cache_did_not_hold_is_no_error(front_cache, caplog):
    from wijraad.front_cache import NginxPurgeBackend

    backend = NginxPurgeBackend({"LOCATION": next(iter(_locations()))})
    backend.purge("http://localhost/nooit/")

    assert ("localhost", "/_purge/nooit/") in front_cache
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def _locations():
    from django.conf import settings

    return [backend["LOCATION"] for backend in settings.WAGTAILFRONTENDCACHE.values()]
