"""A contact message follows the language of the page it was sent from: errors, thank-you page, confirmation."""

import pytest

from submissions.outbox import sweep
from tests.factories.contact import protected_post

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Anna Bakker",
    "email": "anna.bakker@example.org",
    "subject": "Vraag over de WIJ-raad",
    "message": "When is the next meeting?",
    "consent": "on",
}


@pytest.mark.parametrize(
    ("path", "error", "required_consent"),
    [
        ("/contact/", "Vul je naam in.", "Zet een vinkje om toestemming te geven."),
        ("/en/contact/", "Please fill in your name.", "Tick the box"),
    ],
)
def test_errors_come_in_the_language_of_the_page(client, demo, path, error, required_consent):
    response = client.post(path, protected_post({**VALID, "name": "", "consent": ""}))

    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    assert required_consent in html
    assert 'value="anna.bakker@example.org"' in html


@pytest.mark.parametrize(
    ("path", "subject", "greeting", "reference_label"),
    [
        ("/contact/", "Vraag over de WIJ-raad", "Hallo,", "Je kenmerk:"),
        ("/en/contact/", "Question about the WIJ-raad", "Hello,", "Your reference number:"),
    ],
)
def test_confirmation_mail_comes_in_the_language_of_the_page(
    client, demo, mailoutbox, path, subject, greeting, reference_label
):
    response = client.post(path, protected_post({**VALID, "subject": subject}))
    sweep()  # what the worker does

    assert response.status_code == 302
    assert response["Location"].startswith(path)
    confirmation = next(mail for mail in mailoutbox if mail.to == ["anna.bakker@example.org"])
    assert confirmation.body.startswith(greeting)
    assert reference_label in confirmation.body
    to_secretary = next(mail for mail in mailoutbox if mail.to == ["secretariaat@wijraad.example.org"])
    assert to_secretary.reply_to == ["anna.bakker@example.org"]
