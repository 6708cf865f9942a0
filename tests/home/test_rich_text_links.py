"""Page links in rich text go to the page in the reader's language, for one query per text."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.rich_text import expand_db_html

from demo.translation import translate
from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    translate(home, "en", {})
    about = ContentPageFactory(parent=home, title="Over ons", slug="over-ons")
    contact = ContentPageFactory(parent=home, title="Contact", slug="contact")
    translate(about, "en", {"Over ons": "About us", "over-ons": "about-us"})
    return about, contact


def links(about, contact):
    return expand_db_html(
        f'<p>Lees <a linktype="page" id="{about.pk}">over ons</a> of mail via <a linktype="page" id="{contact.pk}">'
        'contact</a>, niet <a linktype="page" id="999999">weg</a>.</p>'
    )


def test_links_follow_the_language_and_cost_one_query(pages):
    about, contact = pages

    with translation.override("nl"), CaptureQueriesContext(connection) as queries:
        dutch = links(about, contact)
    with translation.override("en"):
        english = links(about, contact)

    assert '<a href="/over-ons/">over ons</a>' in dutch
    assert '<a href="/contact/">contact</a>' in dutch
    assert "<a>weg</a>" in dutch
    assert '<a href="/en/about-us/">over ons</a>' in english
    assert '<a href="/contact/">contact</a>' in english  # not translated: the Dutch page
    assert len(queries) == 1
