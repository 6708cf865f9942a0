import pytest
from django.db import IntegrityError
from django.utils.translation import override

from demo.translation import translate
from home.models import FooterText, SiteSettings
from tests.factories.home import ContentPageFactory, FooterTextFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_footer(home):
    privacy = ContentPageFactory(parent=home, title="Privacyverklaring", slug="privacy")
    return FooterTextFactory(
        postal_address="t.a.v. de ambtelijk secretaris\nPostbus 1234",
        links=[
            ("link", {"page": privacy, "url": "", "text": ""}),
            ("link", {"page": None, "url": "https://wij.nl/", "text": "WIJ Groningen"}),
        ],
    )


def footer_html(response):
    html = response.content.decode()
    return html[html.index("<footer") :]


def test_footer_shows_the_dutch_texts_and_routing_data(client, site, dutch_footer):
    site_settings = SiteSettings.for_site(site)
    site_settings.phone = "050 123 45 67"
    site_settings.save()

    footer = footer_html(client.get("/"))

    assert "<strong>WIJ-raad Groningen</strong>" in footer
    assert "t.a.v. de ambtelijk secretaris<br>Postbus 1234" in footer
    assert f'href="mailto:{site_settings.secretary_email}"' in footer
    assert 'href="tel:0501234567"' in footer
    assert '<a href="/privacy/">Privacyverklaring</a>' in footer
    assert '<a href="https://wij.nl/">WIJ Groningen</a>' in footer


def test_english_pages_show_the_english_footer_with_english_links(client, home, english_home, dutch_footer):
    privacy = dutch_footer.links[0].value["page"]
    translate(privacy, "en", {"Privacyverklaring": "Privacy statement", "privacy": "privacy"})
    translate(
        dutch_footer, "en", {"t.a.v. de ambtelijk secretaris<br/>Postbus 1234": "Attn. the secretary<br/>Postbus 1234"}
    )

    footer = footer_html(client.get("/en/"))

    assert "Attn. the secretary<br>Postbus 1234" in footer
    assert not soup(footer).find("strong").parent.has_attr("lang")
    assert '<a href="/en/privacy/">Privacy statement</a>' in footer


def test_english_pages_fall_back_to_the_dutch_footer_marked_as_dutch(client, english_home, dutch_footer):
    footer = soup(footer_html(client.get("/en/")))

    address = footer.find("strong").parent
    assert "t.a.v. de ambtelijk secretaris" in address.get_text()
    assert address["lang"] == "nl"
    assert not soup(footer_html(client.get("/"))).find("strong").parent.has_attr("lang")


def test_organisation_name_follows_the_language(site, dutch_footer):
    translate(dutch_footer, "en", {"WIJ-raad Groningen": "WIJ Council Groningen"})
    site_settings = SiteSettings.for_site(site)

    with override("nl"):
        assert site_settings.organisation_name == "WIJ-raad Groningen"
    with override("en"):
        assert site_settings.organisation_name == "WIJ Council Groningen"


def test_organisation_name_has_a_default_without_footer_texts(site):
    with override("en"):
        assert SiteSettings.for_site(site).organisation_name == "WIJ-raad Groningen"


def test_one_footer_per_language(dutch_footer):
    with pytest.raises(IntegrityError):
        FooterText.objects.create(locale=dutch_footer.locale)


def test_footer_shows_the_organisation_name_once_when_the_address_starts_with_it(client, home):
    # Footers moved from the old site settings kept an address that starts with the name.
    FooterTextFactory(postal_address="WIJ-raad Groningen\nt.a.v. de ambtelijk secretaris\nPostbus 1234")

    footer = soup(footer_html(client.get("/")))

    address = footer.find("strong").parent
    assert address.get_text("|", strip=True) == "WIJ-raad Groningen|t.a.v. de ambtelijk secretaris|Postbus 1234"
    assert footer.get_text().count("WIJ-raad Groningen") == 1
