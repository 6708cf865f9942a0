"""What the outbox promises (README, "Delivery promise"): every mail at least once. A worker that dies after the SMTP
server accepted a mail but before it was marked sent makes the only duplicate: sent again when the claim expires,
with the same Message-ID. The mail is marked sent before anything else happens, even closing the connection."""

from datetime import timedelta

import pytest
import time_machine
from django.core.mail.backends.smtp import EmailBackend
from django.utils import timezone

from submissions import outbox
from submissions.models import MailState, OutgoingMail
from tests.factories.contact import OutgoingMailFactory

pytestmark = pytest.mark.django_db


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing after it runs in this worker."""


def test_a_worker_killed_right_after_the_server_accepted_the_mail_resends_it_with_the_same_message_id(
    smtp_server, settings, monkeypatch
):
    mail = OutgoingMailFactory()
    start = timezone.now()

    def killed(_mail):
        raise WorkerKilled

    with time_machine.travel(start, tick=False):
        monkeypatch.setattr(outbox, "_mark_sent", killed)
        with pytest.raises(WorkerKilled):
            outbox.deliver(mail.pk)
        monkeypatch.undo()
    assert len(smtp_server.delivered) == 1
    assert OutgoingMail.objects.get(pk=mail.pk).state == MailState.SENDING

    with time_machine.travel(start + timedelta(seconds=settings.MAIL_CLAIM_SECONDS - 1), tick=False):
        assert outbox.sweep() == 0  # another worker leaves it alone while the claim holds
    with time_machine.travel(start + timedelta(seconds=settings.MAIL_CLAIM_SECONDS + 1), tick=False):
        assert outbox.sweep() == 1

    first, second = smtp_server.delivered
    assert first.message["Message-ID"] == second.message["Message-ID"] == mail.message_id
    assert first.body == second.body
    mail.refresh_from_db()
    assert (mail.state, mail.attempts) == (MailState.SENT, 2)


@pytest.mark.parametrize("shared_connection", [False, True], ids=["own connection", "shared connection"])
def test_a_mail_is_marked_sent_before_the_connection_is_closed(smtp_server, monkeypatch, shared_connection):
    mail = OutgoingMailFactory()
    state_when_closing = []
    real_close = EmailBackend.close

    def close(backend):
        if backend.connection is not None:
            state_when_closing.append(OutgoingMail.objects.get(pk=mail.pk).state)
        return real_close(backend)

    monkeypatch.setattr(EmailBackend, "close", close)

    if shared_connection:
        assert outbox.send_mails([mail.pk]) == [MailState.SENT]
    else:
        assert outbox.deliver(mail.pk) == MailState.SENT

    assert state_when_closing == [MailState.SENT]
    assert len(smtp_server.delivered) == 1


def test_after_a_failed_mail_the_next_one_on_the_shared_connection_is_marked_before_closing(smtp_server, monkeypatch):
    refused, accepted = OutgoingMailFactory(to=["niemand@example.org"]), OutgoingMailFactory()
    smtp_server.handler.mode = "defer"
    real_deliver = outbox.deliver

    def deliver(pk, connection=None):
        smtp_server.handler.mode = "defer" if pk == refused.pk else "accept"
        return real_deliver(pk, connection)

    states = []
    real_close = EmailBackend.close

    def close(backend):
        if backend.connection is not None:
            states.append(OutgoingMail.objects.get(pk=accepted.pk).state)
        return real_close(backend)

    monkeypatch.setattr(outbox, "deliver", deliver)
    monkeypatch.setattr(EmailBackend, "close", close)

    assert outbox.send_mails([refused.pk, accepted.pk]) == [MailState.PENDING, MailState.SENT]
    assert states[-1] == MailState.SENT
