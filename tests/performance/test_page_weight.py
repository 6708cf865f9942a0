"""Every page is light on a phone: its HTML, CSS and JavaScript together weigh at most 30 KB compressed."""

import gzip

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.html import soup
from tests.performance.test_query_budget import PAGES

MAX_COMPRESSED_BYTES = 30 * 1024


def static_file(url):
    assert url.startswith(settings.STATIC_URL), url
    path = finders.find(url[len(settings.STATIC_URL) :].split("?")[0])
    assert path, f"{url} is not a static file of the site"
    with open(path, "rb") as file:
        return file.read()


def page_weight(response):
    """Compressed bytes of the HTML and of every stylesheet and script it loads from the site."""
    document = soup(response)
    assets = [link["href"] for link in document.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in document.select("script[src]")]
    assert all(asset.startswith("/") for asset in assets), f"a page loads from another site: {assets}"
    files = [response.content] + [static_file(asset) for asset in assets]
    return sum(len(gzip.compress(content, compresslevel=9)) for content in files)


@pytest.mark.parametrize("url", PAGES)
def test_html_css_and_javascript_of_every_page_weigh_at_most_30_kb_compressed(client, demo, url):
    response = client.get(url)

    assert response.status_code in (200, 404)
    if response["Content-Type"].startswith("text/html"):
        assert page_weight(response) <= MAX_COMPRESSED_BYTES
