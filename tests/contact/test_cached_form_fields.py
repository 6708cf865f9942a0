"""The empty form's questions are rendered once per generation of the content (ProtectedFormMixin.
visible_fields_html): what one resident typed never reaches another, and an edit to the page shows at once."""

import pytest
from django.test import Client

from tests.factories.contact import protected_post
from tests.html import soup

pytestmark = pytest.mark.django_db


def subjects(response):
    return [label.get_text(strip=True) for label in soup(response).select("#id_subject label, [for^=id_subject_]")]


def test_what_one_resident_typed_is_not_shown_to_the_next(client, contact_page, valid_data):
    client.get("/contact/")  # the empty form's questions are now kept
    typed = {**valid_data, "email": "anna.example.org", "message": "Mijn eigen vraag"}

    again = soup(client.post("/contact/", protected_post(typed)))
    fresh = soup(Client().get("/contact/"))

    assert again.find(id="id_email")["value"] == "anna.example.org"
    assert "Mijn eigen vraag" in again.find(id="id_message").text
    assert fresh.find(id="id_email").get("value") is None
    assert fresh.find(id="id_message").text.strip() == ""
    assert fresh.select_one(".error-summary") is None


def test_each_view_gets_its_own_form_token(client, contact_page):
    tokens = {soup(client.get("/contact/")).find("input", attrs={"name": "form_token"})["value"] for _ in range(2)}

    assert len(tokens) == 2


def test_new_subjects_show_right_after_the_page_is_published(client, contact_page):
    assert "Een nieuw onderwerp" not in subjects(client.get("/contact/"))

    contact_page.subjects.append(("subject", "Een nieuw onderwerp"))
    contact_page.save_revision().publish()

    assert "Een nieuw onderwerp" in subjects(client.get("/contact/"))
