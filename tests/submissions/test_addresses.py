"""E-mail addresses the mailer cannot encode are refused with a clear message; a mail that can never be encoded
fails at once (not after 10 attempts) and never holds back the other mails of its submission."""

import pytest

from submissions import outbox
from submissions.mails import Mail, enqueue
from submissions.models import MailState, OutgoingMail, Submission
from tests.factories.contact import SubmissionFactory, protected_post
from tests.formpages import test_form_page_fields
from tests.vacancies.applications_support import VALID_DATA as APPLICATION_DATA

pytestmark = pytest.mark.django_db

every_type_page = test_form_page_fields.every_type_page

UNENCODABLE = [
    "anna@exa\u200bmple.org",  # zero-width space: IDNA drops it silently, the mail would go elsewhere
    "anna@exa\u00admple.org",  # soft hyphen, same
    "anna@ex\ufffdample.org",  # IDNA refuses it: every attempt fails
    "anna@ex\u0378ample.org",  # an unassigned code point
    "anna@exa\u202emple.org",  # right-to-left override
]
MESSAGE = "Naar dit e-mailadres kunnen we geen e-mail sturen"


@pytest.mark.parametrize("address", UNENCODABLE)
def test_contact_form_refuses_an_address_the_mailer_cannot_encode(client, contact_page, valid_data, address):
    response = client.post("/contact/", protected_post({**valid_data, "email": address}))

    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert Submission.objects.count() == 0


def test_non_ascii_before_the_at_is_refused_as_not_an_address(client, contact_page, valid_data):
    response = client.post("/contact/", protected_post({**valid_data, "email": "jos\u00e9@example.org"}))

    assert "Vul een e-mailadres in zoals naam@voorbeeld.nl." in response.content.decode()
    assert Submission.objects.count() == 0


def test_application_and_form_page_refuse_it_too(client, every_type_page, home):
    from tests.factories.vacancies import VacancyIndexPageFactory, VacancyPageFactory

    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="lid")
    response = client.post(vacancy.url, protected_post({**APPLICATION_DATA, "email": UNENCODABLE[0]}))
    assert MESSAGE in response.content.decode()

    response = client.post(
        "/alles/", protected_post({**test_form_page_fields.VALID, "e_mailadres": UNENCODABLE[2]}), REMOTE_ADDR="1.2.3.9"
    )
    assert MESSAGE in response.content.decode()
    assert Submission.objects.count() == 0


def test_international_domains_are_still_taken(client, contact_page, valid_data):
    response = client.post("/contact/", protected_post({**valid_data, "email": "anna@münchen.de"}))

    assert response.status_code == 302


def test_an_unencodable_mail_fails_at_once_and_the_secretary_still_gets_hers(
    smtp_server, django_capture_on_commit_callbacks
):
    """Stored before this check existed (or by another way in): the outbox must cope on its own."""
    bad = "anna@ex\ufffdample.org"
    submission = SubmissionFactory(sender_email=bad)
    with django_capture_on_commit_callbacks(execute=True):
        enqueue(
            [
                Mail(
                    to=["secretariaat@wijraad.example.org"],
                    reply_to=[bad],
                    template="mail/contact/message_to_secretary",
                    for_staff=True,
                ),
                Mail(to=[bad], template="mail/contact/confirmation"),
            ],
            submission=submission,
        )

    (delivered,) = smtp_server.wait_for(1, timeout=10)
    assert delivered.recipients == ["secretariaat@wijraad.example.org"]
    assert delivered.message["Reply-To"] is None
    to_secretary, confirmation = OutgoingMail.objects.order_by("pk")
    assert to_secretary.state == MailState.SENT
    assert confirmation.state == MailState.FAILED
    assert confirmation.attempts == 1
    assert confirmation.last_error

    assert outbox.sweep() == 0
    confirmation.refresh_from_db()
    assert confirmation.attempts == 1
