import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.home import ContentPageFactory

from .conftest import translate

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    """{location: {hreflang: href}} from /sitemap.xml, read with an XML parser."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response, parsed as crawlers do)
    entries = {}
    for url in root.findall("s:url", NS):
        location = url.findtext("s:loc", namespaces=NS)
        assert location not in entries, f"{location} is listed twice"
        entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
    return entries


@pytest.fixture
def bilingual_site(home, english):
    """A Dutch tree with one page translated into English, plus pages that must stay out of the sitemap."""
    about = ContentPageFactory(parent=home, title="Over ons", slug="over-ons")
    dutch_only = ContentPageFactory(parent=about, title="Alleen Nederlands", slug="alleen-nederlands")
    draft = ContentPageFactory(parent=home, title="Concept", slug="concept", live=False)
    private = ContentPageFactory(parent=home, title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    english_home = translate(home, english, title="Welcome")
    english_about = translate(about, english, title="About us", slug="about-us")
    return {
        "home": home,
        "about": about,
        "dutch_only": dutch_only,
        "draft": draft,
        "private": private,
        "english_home": english_home,
        "english_about": english_about,
    }


def test_sitemap_lists_every_live_public_page_in_both_languages(client, bilingual_site):
    entries = sitemap_entries(client)

    assert set(entries) == {
        "http://localhost/",
        "http://localhost/over-ons/",
        "http://localhost/over-ons/alleen-nederlands/",
        "http://localhost/en/",
        "http://localhost/en/about-us/",
    }
    assert set(entries) == {
        page.get_full_url() for name, page in bilingual_site.items() if name not in ("draft", "private")
    }


def test_sitemap_links_translations_with_hreflang(client, bilingual_site):
    entries = sitemap_entries(client)

    about_links = {"nl": "http://localhost/over-ons/", "en": "http://localhost/en/about-us/"}
    expected = {**about_links, "x-default": "http://localhost/over-ons/"}
    assert entries["http://localhost/over-ons/"] == expected
    assert entries["http://localhost/en/about-us/"] == expected
    assert entries["http://localhost/en/"] == {
        "nl": "http://localhost/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/",
    }
    assert entries["http://localhost/over-ons/alleen-nederlands/"] == {}


def test_sitemap_drops_a_page_once_it_is_unpublished(client, bilingual_site):
    assert "http://localhost/en/about-us/" in sitemap_entries(client)

    bilingual_site["english_about"].unpublish()

    entries = sitemap_entries(client)

    assert "http://localhost/en/about-us/" not in entries
    assert entries["http://localhost/over-ons/"] == {}


def test_sitemap_query_count_does_not_grow_with_the_number_of_pages(client, home, django_assert_max_num_queries):
    client.get("/sitemap.xml")
    for number in range(3):
        ContentPageFactory(parent=home, title=f"Pagina {number}")
    with django_assert_max_num_queries(8) as few:
        client.get("/sitemap.xml")

    for number in range(3, 30):
        ContentPageFactory(parent=home, title=f"Pagina {number}")
    with django_assert_max_num_queries(8) as many:
        client.get("/sitemap.xml")

    assert len(many.captured_queries) == len(few.captured_queries)


def test_an_unchanged_sitemap_is_not_built_again(client, bilingual_site, django_assert_max_num_queries):
    first = client.get("/sitemap.xml")

    with django_assert_max_num_queries(1):
        again = client.get("/sitemap.xml")

    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"] == "application/xml"


def test_robots_txt_points_to_the_sitemap_and_keeps_admin_and_search_out(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        "Disallow: /en/search/",
        "Sitemap: http://localhost/sitemap.xml",
    ]
