import pytest
from django.core.cache import cache
from wagtail_factories import ImageFactory

from home.models import ContentPage
from tests.factories.home import ContentPageFactory
from tests.html import parse_head

from .conftest import translate

pytestmark = pytest.mark.django_db


def assert_page_head(response, *, title, description, url, locale):
    head = parse_head(response)
    assert response.status_code == 200
    assert head.title == f"{title} - WIJ-raad"
    assert head.meta["description"] == description
    assert head.links["canonical"] == url
    assert head.meta["og:title"] == title
    assert head.meta["og:description"] == description
    assert head.meta["og:url"] == url
    assert head.meta["og:type"] == "website"
    assert head.meta["og:locale"] == locale
    assert head.meta["og:site_name"]
    assert head.meta["twitter:card"] == "summary"
    assert head.meta["twitter:title"] == title
    assert head.meta["twitter:description"] == description
    assert "og:image" not in head.meta
    return head


def test_home_page_head(client, home):
    home.title = "Welkom bij de WIJ-raad"
    home.intro = "De WIJ-raad praat mee over WIJ Groningen."
    home.save_revision().publish()

    assert_page_head(
        client.get("/"),
        title="Welkom bij de WIJ-raad",
        description="De WIJ-raad praat mee over WIJ Groningen.",
        url="http://localhost/",
        locale="nl_NL",
    )


def test_content_page_head_prefers_seo_title_and_search_description(client, home):
    ContentPageFactory(
        parent=home,
        title="Privacyverklaring",
        slug="privacy",
        seo_title="Privacy bij de WIJ-raad",
        intro="Hoe wij met uw gegevens omgaan.",
        search_description="Wat wij met uw gegevens doen en hoe lang wij ze bewaren.",
    )

    assert_page_head(
        client.get("/privacy/"),
        title="Privacy bij de WIJ-raad",
        description="Wat wij met uw gegevens doen en hoe lang wij ze bewaren.",
        url="http://localhost/privacy/",
        locale="nl_NL",
    )


def test_english_page_head(client, home, english):
    page = ContentPageFactory(parent=home, title="Toegankelijkheid", slug="toegankelijkheid")
    translate(home, english, title="Welcome")
    translate(page, english, title="Accessibility", slug="accessibility", intro="How we make this site usable.")

    response = client.get("/en/accessibility/")

    assert '<html lang="en">' in response.content.decode()
    assert_page_head(
        response,
        title="Accessibility",
        description="How we make this site usable.",
        url="http://localhost/en/accessibility/",
        locale="en_GB",
    )


def test_meta_content_is_escaped(client, home):
    ContentPageFactory(parent=home, title='Wij & "jullie"', slug="wij-en-jullie", intro="<b>Samen</b> sterk")

    html = client.get("/wij-en-jullie/").content.decode()

    assert '<meta property="og:title" content="Wij &amp; &quot;jullie&quot;">' in html
    assert '<meta property="og:description" content="&lt;b&gt;Samen&lt;/b&gt; sterk">' in html


@pytest.fixture
def page_with_og_image(home, monkeypatch):
    """A page type that exposes `og_image`, as news items and vacancies may."""
    cache.clear()  # renditions are cached by image id, and ids come back after each test's rollback
    image = ImageFactory(title="Bewoners in gesprek", file__width=1600, file__height=900)
    monkeypatch.setattr(ContentPage, "og_image", property(lambda page: image), raising=False)
    page = ContentPageFactory(parent=home, title="Met foto", slug="met-foto", intro="Een pagina met een foto.")
    return page, image


def test_page_with_an_image_shares_it_as_a_large_card(client, page_with_og_image):
    head = parse_head(client.get("/met-foto/"))

    assert head.meta["og:image"].startswith("http://localhost/media/images/")
    assert ".fill-1200x630" in head.meta["og:image"]
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "630")
    assert head.meta["og:image:alt"] == "Bewoners in gesprek"
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["twitter:image"] == head.meta["og:image"]
    assert head.meta["twitter:image:alt"] == "Bewoners in gesprek"


def test_page_whose_image_file_is_missing_still_renders_without_image(client, page_with_og_image):
    _page, image = page_with_og_image
    image.file.storage.delete(image.file.name)

    response = client.get("/met-foto/")

    assert response.status_code == 200
    head = parse_head(response)
    assert "og:image" not in head.meta
    assert head.meta["twitter:card"] == "summary"


def test_search_page_has_a_title_but_no_canonical_or_sharing_tags(client, home):
    head = parse_head(client.get("/zoeken/"))

    assert head.title == "Zoeken - WIJ-raad"
    assert "canonical" not in head.links
    assert "og:title" not in head.meta
    assert head.json_ld == []
