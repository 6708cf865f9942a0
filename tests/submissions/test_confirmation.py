"""The confirmation to the sender is no relay: it repeats nothing the sender typed (only the reference and the next
steps), and one address gets at most FORMS_CONFIRMATION_LIMIT confirmations per window."""

import pytest

from submissions.models import OutgoingMail, Submission
from tests.factories.contact import protected_post
from tests.formpages import test_form_page_fields
from tests.vacancies.applications_support import VALID_DATA as APPLICATION_DATA

pytestmark = pytest.mark.django_db

every_type_page = test_form_page_fields.every_type_page
SPAM = "Koop nu goedkope horloges op http://spam.example"


def confirmation():
    submission = Submission.objects.get()
    mails = OutgoingMail.objects.filter(submission=submission)
    return next(mail for mail in mails if mail.to == [submission.sender_email])


def assert_no_echo(mail, *texts):
    for text in texts:
        assert text not in mail.subject
        assert text not in mail.body
    assert Submission.objects.get().reference in mail.body


def test_contact_confirmation_repeats_nothing_the_sender_typed(client, contact_page, valid_data):
    data = {**valid_data, "name": SPAM[:60], "message": SPAM, "phone": "050 999 99 99"}
    assert client.post("/contact/", protected_post(data)).status_code == 302

    assert_no_echo(confirmation(), SPAM[:60], SPAM, "050 999 99 99", "horloges")


def test_form_page_confirmation_repeats_no_typed_answer(client, every_type_page):
    data = {**test_form_page_fields.VALID, "naam": SPAM[:60], "toelichting": SPAM}
    assert client.post("/alles/", protected_post(data)).status_code == 302

    mail = confirmation()
    assert_no_echo(mail, "horloges", "050 123 45 67")
    # What the form offered and the resident picked may be repeated: it carries no text of the sender's own.
    assert "Veiligheid" in mail.body


def test_application_confirmation_repeats_no_name_or_motivation(client, home, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    from tests.factories.vacancies import VacancyIndexPageFactory, VacancyPageFactory

    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="lid")
    data = {**APPLICATION_DATA, "name": SPAM[:60], "motivation": SPAM, "neighbourhood": "horloges"}
    assert client.post(vacancy.url, protected_post(data)).status_code == 302

    assert_no_echo(confirmation(), "horloges", "06 12 34 56 78")


def test_one_address_gets_at_most_three_confirmations_a_day(client, contact_page, valid_data, settings):
    assert settings.FORMS_CONFIRMATION_LIMIT == (3, 24 * 3600)
    addresses = [
        "slachtoffer@example.org",
        "Slachtoffer@example.org",
        "slachtoffer@EXAMPLE.org",
        "slachtoffer@example.org",
    ]
    for number, address in enumerate(addresses):
        response = client.post(
            "/contact/",
            protected_post({**valid_data, "email": address, "message": f"Bericht {number}"}),
            REMOTE_ADDR=f"192.0.2.{number + 10}",
        )
        assert response.status_code == 302

    assert Submission.objects.count() == 4
    to_secretary = OutgoingMail.objects.filter(to=["secretariaat@wijraad.example.org"]).count()
    confirmations = OutgoingMail.objects.exclude(to=["secretariaat@wijraad.example.org"]).count()
    assert (to_secretary, confirmations) == (4, 3)

    other = client.post(
        "/contact/", protected_post({**valid_data, "email": "ander@example.org"}), REMOTE_ADDR="192.0.2.99"
    )
    assert other.status_code == 302
    assert OutgoingMail.objects.filter(to=["ander@example.org"]).count() == 1


def test_the_thank_you_page_says_so_when_the_confirmation_is_held_back(client, contact_page, valid_data):
    pages = []
    for number in range(4):
        response = client.post(
            "/contact/",
            protected_post({**valid_data, "email": "slachtoffer@example.org", "message": f"Bericht {number}"}),
            REMOTE_ADDR=f"192.0.2.{number + 10}",
        )
        pages.append(client.get(response["Location"]).content.decode())

    assert all("Je krijgt ook een bevestiging per e-mail." in page for page in pages[:3])
    assert "Je krijgt ook een bevestiging per e-mail." not in pages[3]
    assert "Je krijgt deze keer geen bevestiging per e-mail" in pages[3]
    assert "Je bericht is wel goed aangekomen." in pages[3]
