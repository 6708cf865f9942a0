"""Every page of the demo content, whatever its type, can be found and shared: generic checks over all page types."""

import json
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

from tests.html import parse_head

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def demo_pages(demo):
    pages = list(Page.objects.filter(depth__gt=1).live().public().specific())
    assert len({type(page) for page in pages}) >= 2
    return pages


def test_every_page_has_title_canonical_and_sharing_tags(client, demo_pages):
    for page in demo_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url

        head = parse_head(response)
        label = f"{type(page).__name__} {page.url}"
        assert head.title.endswith(" - WIJ-raad"), label
        assert head.links["canonical"] == page.get_full_url(), label
        assert head.meta["og:url"] == page.get_full_url(), label
        assert head.meta["og:title"] == (page.seo_title or page.title), label
        assert head.meta["og:type"], label
        assert head.meta["twitter:card"] in ("summary", "summary_large_image"), label
        if getattr(page, "meta_description", None):
            assert head.meta["description"] == head.meta["og:description"] == page.meta_description, label
        for block in head.json_ld:
            data = json.loads(block)
            for item in data if isinstance(data, list) else [data]:
                assert item["@context"] == "https://schema.org" and item["@type"], label


def test_sitemap_lists_every_demo_page(client, demo_pages):
    response = client.get("/sitemap.xml")

    root = ET.fromstring(response.content)  # noqa: S314 (our own response, parsed as crawlers do)
    locations = [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)]
    # Every page, and the agenda of each news index.
    agendas = [
        page.get_full_url() + "agenda/" for page in demo_pages if page.specific_class.__name__ == "NewsIndexPage"
    ]
    assert sorted(locations) == sorted([page.get_full_url() for page in demo_pages] + agendas)
