"""The outbox against a real SMTP server on 127.0.0.1: claimed once per worker, retries, a visible failed state."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from submissions import outbox
from submissions.mails import Attachment, Mail, enqueue
from submissions.models import MailState, OutgoingMail, Submission
from tests.contact.conftest import MESSAGE
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory, protected_post

pytestmark = pytest.mark.django_db


def send_form(client, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", protected_post(data))
    assert response.status_code == 302
    return Submission.objects.get()


def test_valid_message_gives_one_mail_to_the_secretary_and_one_confirmation(
    client, contact_page, valid_data, smtp_server, django_capture_on_commit_callbacks
):
    submission = send_form(client, valid_data, django_capture_on_commit_callbacks)

    delivered = smtp_server.wait_for(2, timeout=10)
    assert len(delivered) == 2
    by_recipient = {item.recipients[0]: item for item in delivered}
    to_secretary = by_recipient["secretariaat@wijraad.example.org"]
    assert to_secretary.recipients == ["secretariaat@wijraad.example.org"]
    assert to_secretary.message["Reply-To"] == "anna.bakker@example.org"
    assert to_secretary.message["Subject"] == f"Contactformulier: Vraag over de WIJ-raad ({submission.reference})"
    assert MESSAGE in to_secretary.body
    assert "050 765 43 21" in to_secretary.body
    assert f"/admin/submissions/inspect/{submission.pk}/" in to_secretary.body
    confirmation = by_recipient["anna.bakker@example.org"]
    assert confirmation.message["Subject"] == f"We hebben je bericht ontvangen ({submission.reference})"
    assert confirmation.message["Reply-To"] == "secretariaat@wijraad.example.org"
    assert submission.reference in confirmation.body
    assert "binnen vijf werkdagen" in confirmation.body
    assert MESSAGE not in confirmation.body
    assert all(mail.state == MailState.SENT and mail.sent_at for mail in submission.mails.all())
    assert {item.message["Message-ID"] for item in delivered} == set(
        submission.mails.values_list("message_id", flat=True)
    )


def test_smtp_server_down_still_thanks_the_resident_and_keeps_the_mail(
    client, contact_page, valid_data, smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.stop()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", protected_post(valid_data), follow=True)

    assert response.status_code == 200
    submission = Submission.objects.get()
    assert submission.reference in response.content.decode()
    mails = list(submission.mails.all())
    assert len(mails) == 2  # to the secretary and the confirmation
    for mail in mails:
        assert mail.state == MailState.PENDING
        assert mail.attempts == 1
        assert "ConnectionRefusedError" in mail.last_error
        assert mail.next_attempt_at > timezone.now()


def test_permanent_refusal_ends_failed_after_one_attempt_and_shows_in_the_admin(
    client, contact_page, valid_data, smtp_server, django_capture_on_commit_callbacks, admin_client, caplog
):
    smtp_server.handler.mode = "refuse"

    submission = send_form(client, valid_data, django_capture_on_commit_callbacks)

    mails = list(submission.mails.all())
    assert [mail.state for mail in mails] == [MailState.FAILED, MailState.FAILED]
    assert all(mail.attempts == 1 and mail.last_error.startswith("550 5.7.1") for mail in mails)
    assert smtp_server.delivered == []
    assert "failed for good" in caplog.text
    listing = admin_client.get("/admin/submissions/").content.decode()
    assert "Mislukt" in listing
    detail = admin_client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    assert "550 5.7.1 Message refused by policy" in detail
    assert "Mislukt" in admin_client.get("/admin/outgoing_mail/?state=failed").content.decode()


def test_temporary_failures_are_retried_with_back_off_until_the_last_attempt(smtp_server, caplog, settings):
    smtp_server.handler.mode = "defer"
    mail = OutgoingMailFactory()
    delays = settings.MAIL_RETRY_DELAYS
    assert 20 * 3600 < sum(delays) < 28 * 3600

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for attempt, delay in enumerate(delays, start=1):
            assert outbox.sweep() == 0
            mail.refresh_from_db()
            assert (mail.state, mail.attempts) == (MailState.PENDING, attempt)
            assert mail.next_attempt_at == timezone.now() + timedelta(seconds=delay)
            assert outbox.sweep() == 0, "retried before its time"
            traveller.shift(delay)
        outbox.sweep()

    mail.refresh_from_db()
    assert (mail.state, mail.attempts) == (MailState.FAILED, len(delays) + 1)
    assert mail.last_error.startswith("451 4.3.0")
    assert any(record.levelno == logging.ERROR and "failed for good" in record.message for record in caplog.records)
    assert smtp_server.delivered == []


def test_mail_is_delivered_when_the_server_accepts_it_again(smtp_server):
    smtp_server.handler.mode = "defer"
    mail = OutgoingMailFactory()
    outbox.sweep()
    smtp_server.handler.mode = "accept"

    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        assert outbox.sweep() == 1

    mail.refresh_from_db()
    assert (mail.state, mail.attempts, mail.last_error) == (MailState.SENT, 2, "")
    assert len(smtp_server.delivered) == 1


def test_a_mail_is_claimed_once_so_two_workers_never_both_send_it(smtp_server):
    mail = OutgoingMailFactory()

    assert outbox.deliver(mail.pk) == MailState.SENT
    assert outbox.deliver(mail.pk) is None
    assert outbox.send_mails([mail.pk, mail.pk]) == [None, None]

    assert len(smtp_server.delivered) == 1


def test_a_mail_being_sent_is_not_taken_over_until_its_claim_expires(smtp_server, settings):
    now = timezone.now()
    busy = OutgoingMailFactory(state=MailState.SENDING, claimed_until=now + timedelta(seconds=60), attempts=1)
    stuck = OutgoingMailFactory(state=MailState.SENDING, claimed_until=now - timedelta(seconds=1), attempts=1)

    assert outbox.sweep() == 1

    busy.refresh_from_db()
    stuck.refresh_from_db()
    assert busy.state == MailState.SENDING
    assert (stuck.state, stuck.attempts) == (MailState.SENT, 2)
    assert [item.message["Message-ID"] for item in smtp_server.delivered] == [stuck.message_id]


def test_sent_and_failed_mails_are_left_alone_by_the_sweep(smtp_server):
    OutgoingMailFactory(state=MailState.SENT, sent_at=timezone.now())
    OutgoingMailFactory(state=MailState.FAILED, attempts=10)

    assert outbox.sweep() == 0
    assert smtp_server.delivered == []


def test_attachments_and_language_reach_the_recipient(smtp_server, django_capture_on_commit_callbacks):
    submission = SubmissionFactory(language="en")
    invitation = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"

    with django_capture_on_commit_callbacks(execute=True):
        enqueue(
            [
                Mail(
                    to=["anna.bakker@example.org"],
                    template="mail/contact/confirmation",
                    context={"organisation_name": "WIJ-raad", "thank_you_text": "Tot ziens."},
                    language="en",
                    attachments=[Attachment("uitnodiging.ics", invitation, "text/calendar")],
                )
            ],
            submission=submission,
        )

    (delivered,) = smtp_server.wait_for(1, timeout=10)
    (attachment,) = list(delivered.message.iter_attachments())
    assert attachment.get_filename() == "uitnodiging.ics"
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_content().replace("\r\n", "\n") == invitation.decode().replace("\r\n", "\n")
    assert OutgoingMail.objects.get().language == "en"


def test_smtp_errors_are_logged_without_addresses(smtp_server, caplog):
    smtp_server.handler.mode = "refuse"
    OutgoingMailFactory(to=["geheim.adres@example.org"])

    with caplog.at_level(logging.DEBUG):
        outbox.sweep()

    assert "SMTP" in caplog.text
    assert "geheim.adres@example.org" not in caplog.text


@pytest.mark.expensive
def test_burst_of_200_submissions_stores_200_and_delivers_400_mails(
    client, contact_page, valid_data, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.FORMS_RATE_LIMIT = None
    settings.FORMS_CONFIRMATION_LIMIT = None  # one address, 200 times: this test is about throughput

    statuses = []
    for number in range(200):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/contact/", protected_post({**valid_data, "message": f"Bericht {number}"}))
        statuses.append(response.status_code)

    assert statuses == [302] * 200
    assert Submission.objects.count() == 200
    assert len(smtp_server.wait_for(400, timeout=60)) == 400
    assert OutgoingMail.objects.filter(state=MailState.SENT).count() == 400
    assert OutgoingMail.objects.exclude(last_error="").count() == 0
    assert len({item.message["Message-ID"] for item in smtp_server.delivered}) == 400
