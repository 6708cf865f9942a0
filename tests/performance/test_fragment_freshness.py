"""What every page repeats is cached (wijraad/page_cache.py), yet nothing is stale after an edit: the next page
view after an editor publishes, unpublishes, moves or deletes a page, or saves the footer text or the site
settings, shows the change. Each test first fills the cache with a page view, then edits as an editor does."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import SiteSettings
from tests.factories.home import ContentPageFactory, FooterTextFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def menu_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".main-nav a")]


def breadcrumb_titles(response):
    return [item.get_text(strip=True) for item in soup(response).select(".breadcrumbs li")]


def footer_text(response):
    return soup(response).select_one(".site-footer").get_text(" ", strip=True)


@pytest.fixture
def section(home):
    return ContentPageFactory(parent=home, title="Over ons", slug="over-ons", show_in_menus=True)


@pytest.fixture
def other(home):
    return ContentPageFactory(parent=home, title="Nog een pagina", slug="nog-een-pagina")


def publish_in_admin(client, page, **fields):
    """Post the page's edit form with the publish button, as an editor does."""
    page = page.specific
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([("paragraph", rich_text("<p>Tekst</p>"))]),
        "seo_title": "",
        "search_description": "",
        "show_in_menus": "on" if page.show_in_menus else "",
        "action-publish": "action-publish",
    }
    data.update(fields)
    if not data["show_in_menus"]:
        del data["show_in_menus"]
    response = client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))
    assert response.status_code == 302, response.content.decode()[:2000]


def test_the_menu_shows_a_new_title_right_after_the_editor_publishes_it(admin_client, client, section, other):
    assert "Over ons" in menu_titles(client.get(other.url))

    publish_in_admin(admin_client, section, title="Wie wij zijn")

    assert "Wie wij zijn" in menu_titles(client.get(other.url))
    assert "Over ons" not in menu_titles(client.get(other.url))


def test_a_page_added_to_the_menu_shows_at_once(admin_client, client, section, other):
    assert "Nog een pagina" not in menu_titles(client.get(section.url))

    publish_in_admin(admin_client, other, show_in_menus="on")

    assert "Nog een pagina" in menu_titles(client.get(section.url))


def test_an_unpublished_page_leaves_the_menu_at_once(admin_client, client, section, other):
    assert "Over ons" in menu_titles(client.get(other.url))

    response = admin_client.post(f"/admin/pages/{section.pk}/unpublish/")

    assert response.status_code == 302
    assert "Over ons" not in menu_titles(client.get(other.url))
    assert client.get("/over-ons/").status_code == 404


def test_a_deleted_page_leaves_the_menu_and_its_address_at_once(admin_client, client, section, other):
    assert client.get("/over-ons/").status_code == 200

    response = admin_client.post(f"/admin/pages/{section.pk}/delete/")

    assert response.status_code == 302
    assert not Page.objects.filter(pk=section.pk).exists()
    assert "Over ons" not in menu_titles(client.get(other.url))
    assert client.get("/over-ons/").status_code == 404


def test_a_moved_page_is_served_at_its_new_address_with_new_breadcrumbs(admin_client, client, section, other):
    child = ContentPageFactory(parent=other, title="Verslagen", slug="verslagen")
    assert client.get("/nog-een-pagina/verslagen/").status_code == 200

    response = admin_client.post(f"/admin/pages/{child.pk}/move/{section.pk}/confirm/")

    assert response.status_code == 302
    old_address = client.get("/nog-een-pagina/verslagen/")
    assert (old_address.status_code, old_address["Location"]) == (301, "/over-ons/verslagen/")
    moved = client.get("/over-ons/verslagen/")
    assert moved.status_code == 200
    assert breadcrumb_titles(moved) == ["Home", "Over ons", "Verslagen"]


def test_breadcrumbs_show_a_parent_title_right_after_it_is_published(admin_client, client, section):
    child = ContentPageFactory(parent=section, title="Verslagen", slug="verslagen")
    assert breadcrumb_titles(client.get(child.url)) == ["Home", "Over ons", "Verslagen"]

    publish_in_admin(admin_client, section, title="Wie wij zijn")

    assert breadcrumb_titles(client.get(child.url)) == ["Home", "Wie wij zijn", "Verslagen"]


def test_the_footer_shows_new_text_right_after_the_secretary_saves_it(secretary_client, client, section):
    footer = FooterTextFactory(organisation_name="WIJ-raad Groningen", postal_address="Postbus 1\n9700 AA Groningen")
    anonymous = client.__class__()
    assert "Postbus 1" in footer_text(anonymous.get(section.url))

    response = secretary_client.post(
        f"/admin/snippets/home/footertext/edit/{footer.pk}/",
        nested_form_data(
            {
                "organisation_name": "WIJ-raad Groningen",
                "postal_address": "Postbus 2345\n9700 AA Groningen",
                "links": streamfield([]),
            }
        ),
    )

    assert response.status_code == 302
    text = footer_text(anonymous.get(section.url))
    assert "Postbus 2345" in text
    assert "Postbus 1 " not in text


def test_the_footer_shows_new_contact_details_right_after_the_site_settings_are_saved(
    secretary_client, client, site, section
):
    anonymous = client.__class__()
    assert "050 123 45 67" not in footer_text(anonymous.get(section.url))

    response = secretary_client.post(
        f"/admin/settings/home/sitesettings/{site.pk}/",
        {"secretary_email": "raad@wijraad.example.org", "phone": "050 123 45 67"},
    )

    assert response.status_code == 302
    assert SiteSettings.for_site(site).phone == "050 123 45 67"
    text = footer_text(anonymous.get(section.url))
    assert "050 123 45 67" in text
    assert "raad@wijraad.example.org" in text


def test_a_preview_neither_uses_nor_fills_the_cache(admin_client, client, section, other):
    child = ContentPageFactory(parent=section, title="Verslagen", slug="verslagen")
    assert breadcrumb_titles(client.get(child.url)) == ["Home", "Over ons", "Verslagen"]
    data = {
        "title": "Verslagen (concept)",
        "slug": "verslagen",
        "intro": "",
        "body": streamfield([("paragraph", rich_text("<p>Tekst</p>"))]),
        "seo_title": "",
        "search_description": "",
    }
    preview_url = f"/admin/pages/{child.pk}/edit/preview/"

    assert admin_client.post(preview_url, nested_form_data(data)).json()["is_valid"]
    preview = admin_client.get(preview_url)

    assert breadcrumb_titles(preview) == ["Home", "Over ons", "Verslagen (concept)"]
    assert breadcrumb_titles(client.get(child.url)) == ["Home", "Over ons", "Verslagen"]


def test_a_content_page_shows_its_new_text_right_after_it_is_published(admin_client, client, section):
    assert "Tekst" not in soup(client.get(section.url)).select_one(".page-body").get_text()

    publish_in_admin(admin_client, section, intro="Nieuwe inleiding")

    response = client.get(section.url)
    assert soup(response).select_one(".page-body").get_text(strip=True) == "Tekst"
    assert "Nieuwe inleiding" in response.content.decode()


def test_a_content_page_lists_a_new_subpage_at_once(client, section):
    assert soup(client.get(section.url)).select_one(".subpages") is None

    ContentPageFactory(parent=section, title="Verslagen", slug="verslagen")

    assert [link.get_text() for link in soup(client.get(section.url)).select(".subpages a")] == ["Verslagen"]
