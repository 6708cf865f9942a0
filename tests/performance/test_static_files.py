"""Static files reach browsers compressed and under names that change with their content, so browsers and the
front cache may keep them for a year (WhiteNoise with Django's manifest storage, as in production)."""

import gzip
import re

import pytest
from django.core.management import call_command
from django.test import Client

from tests.html import soup

pytestmark = pytest.mark.django_db

PRODUCTION_STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


@pytest.fixture
def collected(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PRODUCTION_STATIC}
    settings.STATIC_ROOT = tmp_path / "static"
    # Only the site's own files: the admin's thousands would only slow the test down.
    call_command(
        "collectstatic",
        interactive=False,
        verbosity=0,
        ignore_patterns=[
            "wagtail*",
            "admin",
            "rest_framework",
            "treebeard",
            "telepath",
            "modelsearch",
            "django_recaptcha",
            "axes",
            "django_tasks*",
        ],
    )
    return Client()  # a new client: WhiteNoise reads STATIC_ROOT when the middleware starts


def stylesheet_url(client, home):
    response = client.get(home.url)
    return soup(response).select_one('link[rel="stylesheet"]')["href"]


def test_the_stylesheet_has_a_name_that_changes_with_its_content(collected, home):
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet_url(collected, home))


def test_the_stylesheet_may_be_kept_for_a_year_and_comes_compressed(collected, home):
    response = collected.get(stylesheet_url(collected, home), HTTP_ACCEPT_ENCODING="gzip, br")

    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= 365 * 24 * 3600
    assert response["Content-Encoding"] in {"gzip", "br"}
    assert "Accept-Encoding" in response["Vary"]


def test_pages_come_compressed_to_a_browser_that_asks_for_it(client, home):

    plain = client.get(home.url)
    compressed = client.get(home.url, HTTP_ACCEPT_ENCODING="gzip")

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content).count(b"<main") == plain.content.count(b"<main") == 1
    assert len(compressed.content) < len(plain.content) / 2
