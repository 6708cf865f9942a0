import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from demo.translation import translate
from tests.factories.home import ContentPageFactory
from tests.html import alternates, html_lang, switcher_links

pytestmark = pytest.mark.django_db


def test_english_home_page_is_in_english(client, demo):
    response = client.get("/en/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert "Welcome to the WIJ-raad" in html
    assert "Skip to content" in html and "Naar de inhoud" not in html
    assert 'aria-label="Main menu"' in html
    assert "Phone:" in html
    assert 'href="/en/your-opinion-counts/"' in html


def test_dutch_home_page_is_in_dutch(client, demo):
    response = client.get("/")

    assert html_lang(response) == "nl"
    assert "Naar de inhoud" in response.content.decode()


def test_switcher_on_every_demo_page_leads_to_a_page_in_the_other_language(client, demo):
    pages = Page.objects.filter(depth__gt=1).live().select_related("locale")
    assert pages.filter(locale__language_code="en").count() >= 4

    for page in pages:
        response = client.get(page.url)
        links = switcher_links(response)
        assert [lang for _href, lang, _hreflang, _text in links] != [page.locale.language_code], page.url
        for href, lang, hreflang, _text in links:
            target = client.get(href)
            assert target.status_code == 200, f"{page.url} -> {href}"
            assert lang == hreflang
            assert html_lang(target) == lang, f"{page.url} -> {href}"


def test_switcher_links_to_the_translation_of_the_page(client, demo):
    links = switcher_links(client.get("/jouw-mening-telt/"))

    assert links == [("/en/your-opinion-counts/", "en", "en", "English")]
    assert switcher_links(client.get("/en/your-opinion-counts/")) == [("/jouw-mening-telt/", "nl", "nl", "Nederlands")]


def test_untranslated_page_switches_to_the_other_languages_home_page(client, demo, home):
    page = ContentPageFactory(parent=home, title="Alleen in het Nederlands", slug="alleen-nl")

    assert switcher_links(client.get(page.url)) == [("/en/", "en", "en", "English")]


def test_draft_translation_is_not_offered(client, demo, home):
    page = ContentPageFactory(parent=home, title="Nog niet vertaald", slug="nog-niet")
    translated, _changed = translate(page, "en", {"Nog niet vertaald": "Not translated yet", "nog-niet": "not-yet"})
    translated.unpublish()

    assert switcher_links(client.get(page.url)) == [("/en/", "en", "en", "English")]


def test_not_found_page_has_a_working_switcher(client, demo):
    dutch = client.get("/bestaat-niet/")
    english = client.get("/en/does-not-exist/")

    assert dutch.status_code == english.status_code == 404
    assert html_lang(dutch) == "nl" and html_lang(english) == "en"
    assert "Page not found" in english.content.decode()
    assert switcher_links(dutch) == [("/en/", "en", "en", "English")]
    assert switcher_links(english) == [("/", "nl", "nl", "Nederlands")]
    assert client.get("/en/").status_code == client.get("/").status_code == 200


def test_translated_page_has_hreflang_links_with_x_default(client, demo):
    links = alternates(client.get("/en/your-opinion-counts/"))

    assert links == {
        "nl": "http://localhost/jouw-mening-telt/",
        "en": "http://localhost/en/your-opinion-counts/",
        "x-default": "http://localhost/jouw-mening-telt/",
    }
    assert alternates(client.get("/jouw-mening-telt/")) == links


def test_untranslated_page_has_no_hreflang_links(client, demo, home):
    page = ContentPageFactory(parent=home, title="Alleen in het Nederlands", slug="alleen-nl")

    assert alternates(client.get(page.url)) == {}


# Every page type's budget (tests/performance/test_query_budget.py): the menu, footer and language versions come
# from the page cache once the process has served a page.
@pytest.mark.parametrize("url", ["/jouw-mening-telt/", "/en/your-opinion-counts/"])
def test_translated_page_query_budget(client, demo, url, django_assert_max_num_queries):
    client.get(url)  # warm up: the page cache is filled by the first request

    with django_assert_max_num_queries(10):
        response = client.get(url)

    assert response.status_code == 200


THREE_LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch")]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_third_language_is_a_settings_change_and_costs_no_extra_query(client, demo, settings):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = THREE_LANGUAGES
    Locale.objects.create(language_code="de")  # what adding the language in the admin does
    client.get("/jouw-mening-telt/")
    queries_with_one_translation = count_queries(client, "/jouw-mening-telt/")

    links = switcher_links(client.get("/jouw-mening-telt/"))
    assert links == [
        ("/en/your-opinion-counts/", "en", "en", "English"),
        ("/de/", "de", "de", "Deutsch"),
    ]
    assert client.get("/de/").status_code == 200

    home, page = Page.objects.get(url_path="/home/"), Page.objects.get(url_path="/home/jouw-mening-telt/")
    translate(home, "de", {"home": "home-de", "Welkom bij de WIJ-raad": "Willkommen beim WIJ-raad"})
    translate(page, "de", {"jouw-mening-telt": "deine-meinung-zaehlt", "Jouw mening telt": "Deine Meinung zählt"})

    german = client.get("/de/deine-meinung-zaehlt/")
    assert german.status_code == 200
    assert html_lang(german) == "de"
    assert set(alternates(german)) == {"nl", "en", "de", "x-default"}
    assert switcher_links(client.get("/jouw-mening-telt/"))[1] == ("/de/deine-meinung-zaehlt/", "de", "de", "Deutsch")
    # Warm again (the translations started a new generation of the page cache), then the same count as before.
    client.get("/jouw-mening-telt/")
    assert count_queries(client, "/jouw-mening-telt/") == queries_with_one_translation
