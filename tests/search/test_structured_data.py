import json

import pytest

from home.models import ContentPage, SiteSettings
from tests.factories.home import ContentPageFactory
from tests.html import items_of_type, json_ld_items, parse_head
from wijraad import page_cache

pytestmark = pytest.mark.django_db


def test_home_page_describes_the_organisation(client, site, home):
    site_settings = SiteSettings.for_site(site)
    site_settings.secretary_email = "secretaris@wijraad.example.org"
    site_settings.phone = "050 123 45 67"
    site_settings.save()

    organisations = items_of_type(client.get("/"), "Organization")

    assert len(organisations) == 1
    organisation = organisations[0]
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == "WIJ-raad Groningen"
    assert organisation["url"] == "http://localhost/"
    assert organisation["email"] == "secretaris@wijraad.example.org"
    assert organisation["telephone"] == "050 123 45 67"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Groningen",
        "addressCountry": "NL",
    }


def test_english_home_page_describes_the_organisation_with_its_own_url(client, english_home):
    organisations = items_of_type(client.get("/en/"), "Organization")

    assert [organisation["url"] for organisation in organisations] == ["http://localhost/en/"]


def test_other_pages_do_not_repeat_the_organisation(client, home):
    ContentPageFactory(parent=home, title="Contact", slug="contact-info")

    assert json_ld_items(client.get("/contact-info/")) == []


def test_page_structured_data_is_rendered_from_a_dict_or_a_list(client, home, monkeypatch):
    ContentPageFactory(parent=home, title="Met data", slug="met-data")

    monkeypatch.setattr(
        ContentPage,
        "structured_data",
        lambda page, request: {"@type": "WebPage", "name": page.title, "url": page.get_full_url(request)},
        raising=False,
    )
    assert json_ld_items(client.get("/met-data/")) == [
        {"@context": "https://schema.org", "@type": "WebPage", "name": "Met data", "url": "http://localhost/met-data/"}
    ]

    monkeypatch.setattr(
        ContentPage,
        "structured_data",
        lambda page, request: [{"@type": "WebPage", "name": "een"}, {"@type": "Thing", "name": "twee"}],
        raising=False,
    )
    page_cache.reset()  # other code is a new process: nothing rendered by the old code is kept
    response = client.get("/met-data/")
    assert len(parse_head(response).json_ld) == 2
    assert [item["name"] for item in json_ld_items(response)] == ["een", "twee"]

    monkeypatch.setattr(ContentPage, "structured_data", lambda page, request: None, raising=False)
    page_cache.reset()
    assert json_ld_items(client.get("/met-data/")) == []


def test_json_ld_cannot_break_out_of_its_script_element(client, home, monkeypatch):
    hostile = '</script><script>alert("x")</script><!-- & café Groningen \u2028'
    ContentPageFactory(parent=home, title="Vreemde tekst", slug="vreemde-tekst")
    monkeypatch.setattr(
        ContentPage, "structured_data", lambda page, request: {"@type": "Thing", "name": hostile}, raising=False
    )

    response = client.get("/vreemde-tekst/")

    html = response.content.decode()
    assert "<script>alert" not in html
    assert html.count("</script>") == html.count("<script")
    block = parse_head(response).json_ld[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003c/script\\u003e" in block
    assert json.loads(block)["name"] == hostile
