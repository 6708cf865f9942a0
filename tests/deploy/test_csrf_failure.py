"""A form refused by Django's CSRF check (session expired, cookie blocked) shows the site's own page in the page's
language with what the resident typed, stores nothing, and can simply be sent again."""

import pytest
from django.test import Client

from formpages.models import FormPageSubmission
from submissions.models import Submission
from tests.factories.contact import ContactPageFactory, protected_post
from tests.formpages.form_pages import make_signup_form, signup
from tests.html import soup

pytestmark = pytest.mark.django_db

MESSAGE = {
    "name": "Anna Bakker",
    "email": "anna.bakker@example.org",
    "subject": "Vraag over de WIJ-raad",
    "message": "Wanneer is de volgende vergadering?",
    "consent": "on",
}


@pytest.fixture
def strict_client():
    """A browser whose CSRF cookie is gone: Django's CSRF check runs, as for every real visitor."""
    return Client(enforce_csrf_checks=True)


def test_the_form_shown_again_can_be_sent(strict_client, home):
    ContactPageFactory(parent=home)
    refused = soup(strict_client.post("/contact/", protected_post(MESSAGE)))
    form = refused.find("input", attrs={"name": "csrfmiddlewaretoken"}).find_parent("form")
    data = {field["name"]: field.get("value", "") for field in form.find_all("input") if field.get("name")}
    data.update(message=MESSAGE["message"], consent="on", subject=MESSAGE["subject"])

    response = strict_client.post("/contact/", data)

    assert response.status_code == 302
    assert Submission.objects.get().sender_name == "Anna Bakker"


def test_a_sign_up_without_csrf_cookie_is_not_stored(strict_client, home):
    make_signup_form(home)

    response = signup(strict_client, name="Bert de Vries", email="bert@example.org")

    assert response.status_code == 403
    assert soup(response).find("input", attrs={"name": "naam"})["value"] == "Bert de Vries"
    assert not FormPageSubmission.objects.exists()


def test_a_cancel_link_without_csrf_cookie_asks_again_and_cancels_nothing(strict_client, client, home):
    make_signup_form(home)
    signup(client)
    registration = FormPageSubmission.objects.get()

    response = strict_client.post(f"/aanmelden/afmelden/{registration.cancel_token}/")

    assert response.status_code == 403
    assert soup(response).find("form").find("button")
    registration.refresh_from_db()
    assert registration.cancelled_at is None


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/aanmelding/" + "a" * 43 + "/intrekken/", "nl", "Niet verstuurd"), ("/en/search/", "en", "Not sent")],
)
def test_other_posts_get_the_sites_own_page_in_its_language(strict_client, home, path, lang, heading):
    response = strict_client.post(path, {"q": "vergadering"})

    assert response.status_code == 403
    html = soup(response)
    assert html.find("html")["lang"] == lang
    assert html.find("h1").get_text(strip=True) == heading
    assert "CSRF" not in response.content.decode()
