"""A contact form refused by Django's CSRF check comes back in the language of the page it was sent from, with the
input kept and nothing stored."""

import pytest
from django.test import Client

from submissions.models import OutgoingMail, Submission
from tests.factories.contact import protected_post
from tests.html import soup

from .test_csrf_failure import MESSAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize(
    ("path", "lang", "message"),
    [
        ("/contact/", "nl", "Je formulier is nog niet verstuurd. De pagina stond te lang open"),
        ("/en/contact/", "en", "Your form has not been sent yet. The page was open too long"),
    ],
)
def test_contact_form_without_csrf_cookie_is_shown_again_with_the_input(strict_client, demo, path, lang, message):
    response = strict_client.post(path, protected_post(MESSAGE))

    assert response.status_code == 403
    html = soup(response)
    assert html.find("html")["lang"] == lang
    assert message in html.get_text(" ", strip=True)
    assert html.find("input", attrs={"name": "name"})["value"] == "Anna Bakker"
    assert html.find("input", attrs={"name": "email"})["value"] == "anna.bakker@example.org"
    assert html.find("textarea", attrs={"name": "message"}).get_text().strip() == MESSAGE["message"]
    assert "CSRF" not in response.content.decode()
    assert not Submission.objects.exists() and not OutgoingMail.objects.exists()
