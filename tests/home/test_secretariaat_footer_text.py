"""The secretary keeps the footer texts herself: she finds them under Settings, adds one for a language and edits it."""

import pytest
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import FooterText
from tests.factories.home import FooterTextFactory
from tests.roles import user_with_role

from .secretariaat import group_codenames, sidebar_links

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/home/footertext/"


def footer_form(**fields):
    return nested_form_data(
        {
            "organisation_name": fields.get("organisation_name", "WIJ-raad Groningen"),
            "postal_address": fields.get("postal_address", ""),
            "links": streamfield(fields.get("links", [])),
        }
    )


def test_secretariaat_group_may_add_and_change_footer_texts_but_not_delete_them():
    codenames = group_codenames("home")

    assert {"add_footertext", "change_footertext"} <= codenames
    assert "delete_footertext" not in codenames


def test_secretary_finds_the_footer_text_under_settings(secretary_client):
    assert ("Instellingen", "Voettekst", LIST_URL) in sidebar_links(secretary_client)


def test_secretary_opens_the_list_of_footer_texts(secretary_client):
    FooterTextFactory(organisation_name="WIJ-raad Groningen (test)")

    response = secretary_client.get(LIST_URL)

    assert response.status_code == 200
    assert "WIJ-raad Groningen (test)" in response.content.decode()


def test_secretary_adds_the_footer_text_for_a_language(secretary_client):
    FooterTextFactory()
    english = Locale.objects.get(language_code="en")

    response = secretary_client.post(
        f"{LIST_URL}add/?locale=en",
        footer_form(organisation_name="WIJ council Groningen", postal_address="PO Box 1234\n9700 AA Groningen"),
    )

    assert response.status_code == 302
    added = FooterText.objects.get(locale=english)
    assert added.organisation_name == "WIJ council Groningen"
    assert added.postal_address == "PO Box 1234\n9700 AA Groningen"
    assert FooterText.objects.count() == 2


def test_secretary_edits_the_footer_text(secretary_client):
    footer = FooterTextFactory()

    assert secretary_client.get(f"{LIST_URL}edit/{footer.pk}/").status_code == 200
    response = secretary_client.post(
        f"{LIST_URL}edit/{footer.pk}/",
        footer_form(
            postal_address="Postbus 4321\n9700 AB Groningen",
            links=[("link", {"page": "", "url": "https://www.wij.groningen.nl/", "text": "WIJ Groningen"})],
        ),
    )

    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.postal_address == "Postbus 4321\n9700 AB Groningen"
    assert footer.links[0].value["url"] == "https://www.wij.groningen.nl/"
    assert footer.links[0].value["text"] == "WIJ Groningen"


def test_secretary_cannot_delete_a_footer_text(secretary_client):
    footer = FooterTextFactory()

    response = secretary_client.post(f"{LIST_URL}delete/{footer.pk}/")

    assert response.status_code in (302, 403)
    assert FooterText.objects.filter(pk=footer.pk).exists()


def test_other_editors_do_not_get_the_footer_texts(client, django_user_model):
    client.force_login(user_with_role("editor"))

    assert client.get(LIST_URL).status_code in (302, 403)
    assert LIST_URL not in [url for _submenu, _label, url in sidebar_links(client)]
