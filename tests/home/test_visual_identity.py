"""The site's own look: the WIJ-raad wordmark in the header, a logo the secretary can set instead, and an optional
picture at the top of a text page that always has a text for who cannot see it."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from home.models import SiteSettings
from tests.factories.home import ContentPageFactory, FooterTextFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

ALT_ERROR = "Vul de alternatieve tekst in. Die is nodig voor wie de afbeelding niet ziet."


def header_logo(response):
    return soup(response).select_one("header.site-header a.site-logo")


def save_site_settings(client, site, **fields):
    data = {"secretary_email": "secretariaat@wijraad.example.org", "phone": "", "privacy_page": "", "logo": ""}
    data.update(fields)
    response = client.post(f"/admin/settings/home/sitesettings/{site.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def page(home):
    return ContentPageFactory(parent=home, title="Over de WIJ-raad", slug="over-de-wij-raad")


def test_the_header_shows_the_wordmark_named_wij_raad(client, page):
    link = header_logo(client.get(page.url))

    svg = link.find("svg")
    assert svg["role"] == "img"
    assert link.find(id=svg["aria-labelledby"]).get_text() == "WIJ-raad"
    assert (svg["width"], svg["height"]) == ("190", "48")
    assert link["href"] == "/"
    assert link.find("img") is None


def test_a_logo_set_in_the_site_settings_replaces_the_wordmark_at_once(secretary_client, client, site, page):
    FooterTextFactory(organisation_name="WIJ-raad Groningen")
    logo = ImageFactory(title="Logo", file__width=600, file__height=192)
    anonymous = client.__class__()
    assert header_logo(anonymous.get(page.url)).find("svg") is not None  # the header is now cached

    save_site_settings(secretary_client, site, logo=logo.pk)

    assert SiteSettings.for_site(site).logo == logo
    link = header_logo(anonymous.get(page.url))
    assert link.find("svg") is None
    image = link.find("img")
    assert image["alt"] == "WIJ-raad Groningen"
    assert (image["width"], image["height"]) == ("300", "96")


def test_removing_the_logo_brings_the_wordmark_back_at_once(secretary_client, client, site, page):
    save_site_settings(secretary_client, site, logo=ImageFactory().pk)
    anonymous = client.__class__()
    assert header_logo(anonymous.get(page.url)).find("img") is not None

    save_site_settings(secretary_client, site, logo="")

    link = header_logo(anonymous.get(page.url))
    assert link.find("img") is None and link.find("svg") is not None


def test_a_hero_image_without_a_text_for_who_cannot_see_it_is_refused(page):
    page.hero_image = ImageFactory()
    page.hero_alt = "  "

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert refused.value.message_dict["hero_alt"] == [ALT_ERROR]


def test_the_editor_sees_the_missing_alt_text_error_when_publishing(admin_client, page):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": "",
        "hero_image": ImageFactory().pk,
        "hero_alt": "",
        "body": streamfield([("paragraph", rich_text("<p>Tekst</p>"))]),
        "seo_title": "",
        "search_description": "",
        "action-publish": "action-publish",
    }

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))

    assert response.status_code == 200
    assert ALT_ERROR in response.content.decode()
    page.refresh_from_db()
    assert page.hero_image is None


def test_a_hero_image_shows_below_the_title_with_its_alt_text_and_size(client, home):
    page = ContentPageFactory(
        parent=home,
        slug="met-foto",
        hero_image=ImageFactory(file__width=1600, file__height=900),
        hero_alt="Bewoners praten met elkaar aan een lange tafel",
    )

    response = client.get(page.url)

    figure = soup(response).select_one("main h1 ~ figure.hero-image")
    image = figure.find("img")
    assert image["alt"] == "Bewoners praten met elkaar aan een lange tafel"
    assert image["width"] and image["height"]
    assert figure.find("source", type="image/avif")["srcset"].count("w,") == 2


def test_a_page_with_a_hero_image_stays_within_the_query_budget(client, home):
    page = ContentPageFactory(parent=home, slug="met-foto", hero_image=ImageFactory(), hero_alt="Een zaal vol mensen")
    client.get(page.url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)

    assert "Een zaal vol mensen" in response.content.decode()
    assert len(queries) <= 10


def test_a_page_title_keeps_the_council_name_on_one_line_and_stays_escaped(client, home):
    page = ContentPageFactory(parent=home, slug="titel", title="<Over> de WIJ-raad & wij-raad")

    heading = soup(client.get(page.url)).select_one("main h1")

    assert heading.get_text() == "<Over> de WIJ-raad & wij-raad"
    assert [span.get_text() for span in heading.select("span.nowrap")] == ["WIJ-raad", "wij-raad"]
