"""Sending the outbox: every mail is delivered at least once; failures are retried with back-off over about a day.

A mail is claimed with a conditional UPDATE (pending and due, or claimed by a worker that died) before it is sent,
so two workers never send the same mail. It is marked sent the moment the SMTP server has accepted it, before the
connection is closed. Only a worker that dies in the milliseconds between that acceptance and the database update
leaves a sent mail marked "sending": it is sent again once its claim expires (MAIL_CLAIM_SECONDS), with the same
Message-ID. django-tasks only triggers sending; the worker's periodic `sweep()` picks up whatever is pending or stuck.
"""

import contextlib
import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.utils import timezone

from .addresses import can_be_encoded
from .models import MailState, OutgoingMail
from .safe_log import log_exception

logger = logging.getLogger(__name__)

STUCK_AFTER = timedelta(minutes=30)


def max_attempts():
    return len(settings.MAIL_RETRY_DELAYS) + 1


def _due(now):
    return Q(state=MailState.PENDING, next_attempt_at__lte=now) | Q(state=MailState.SENDING, claimed_until__lt=now)


def _claim(pk):
    now = timezone.now()
    return (
        OutgoingMail.objects.filter(_due(now), pk=pk).update(
            state=MailState.SENDING,
            claimed_until=now + timedelta(seconds=settings.MAIL_CLAIM_SECONDS),
            attempts=F("attempts") + 1,
        )
        == 1
    )


def _message(mail, connection):
    reply_to = [address for address in mail.reply_to if can_be_encoded(address)]
    if len(reply_to) < len(mail.reply_to):
        # The mail itself can go; only answering by "Reply" would not work. Never hold the secretary's mail back.
        logger.warning("Mail %s: a Reply-To address cannot be encoded and is left out", mail.pk)
    message = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=mail.to,
        reply_to=reply_to or None,
        headers={"Message-ID": mail.message_id, "Auto-Submitted": "auto-generated"},
        connection=connection,
    )
    for attachment in mail.attachments.all():
        message.attach(attachment.filename, bytes(attachment.content), attachment.mimetype)
    return message


def is_permanent(exc):
    """An SMTP 5xx answer will not change by trying again, and neither will an address that cannot be encoded."""
    if isinstance(exc, ValueError):  # UnicodeError and Django's "Invalid address" are ValueErrors
        return True
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _text in exc.recipients.values())
    code = getattr(exc, "smtp_code", None)
    return isinstance(code, int) and code >= 500


def describe(exc):
    """The error for the admin: the SMTP answer, or the kind of failure."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{code} {text.decode(errors='replace')}" for code, text in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{exc.smtp_code} {error}"
    return f"{type(exc).__name__}: {exc}"


def deliver(pk, connection=None):
    """Send one mail if it is due and nobody else is sending it. Returns the state it ended in, or None if skipped."""
    if not _claim(pk):
        return None
    mail = OutgoingMail.objects.get(pk=pk)
    own_connection = connection is None
    connection = connection or get_connection(fail_silently=False)
    try:
        # Opened here, not inside send(): send() would then also close it (QUIT), and a worker dying during that
        # wait would leave an accepted mail unmarked.
        connection.open()
        _message(mail, connection).send()
    except Exception as exc:
        _close_quietly(connection)  # the next mail starts on a fresh connection
        return _failed(mail, exc)
    _mark_sent(mail)
    if own_connection:
        _close_quietly(connection)
    return MailState.SENT


def _mark_sent(mail):
    OutgoingMail.objects.filter(pk=mail.pk, state=MailState.SENDING).update(
        state=MailState.SENT, sent_at=timezone.now(), claimed_until=None, last_error=""
    )
    logger.info("Mail %s sent (attempt %s)", mail.pk, mail.attempts)


def _failed(mail, exc):
    now = timezone.now()
    delays = settings.MAIL_RETRY_DELAYS
    final = is_permanent(exc) or mail.attempts > len(delays)
    update = {"claimed_until": None, "last_error": describe(exc)[:2000]}
    if final:
        update["state"] = MailState.FAILED
        log_exception(logger, "Mail %s failed for good after %s attempt(s)", mail.pk, mail.attempts, exc=exc)
    else:
        update["state"] = MailState.PENDING
        update["next_attempt_at"] = now + timedelta(seconds=delays[mail.attempts - 1])
        log_exception(
            logger, "Mail %s not sent (attempt %s), will retry", mail.pk, mail.attempts, exc=exc, level=logging.WARNING
        )
    OutgoingMail.objects.filter(pk=mail.pk, state=MailState.SENDING).update(**update)
    return update["state"]


def send_mails(mail_ids):
    """Send these mails over one connection; a mail another worker holds is skipped. Never raises."""
    connection = get_connection(fail_silently=False)
    states = []
    try:
        # One connection for all of them. If the server is down, each mail records that when it tries itself.
        with contextlib.suppress(Exception):
            connection.open()
        for pk in mail_ids:
            try:
                states.append(deliver(pk, connection))
            except Exception as exc:  # a database hiccup: the sweep tries again later
                log_exception(logger, "Sending mail %s stopped", pk, exc=exc)
    finally:
        _close_quietly(connection)
    return states


def _close_quietly(connection):
    try:
        connection.close()
    except Exception as exc:
        log_exception(logger, "Closing the SMTP connection failed", exc=exc, level=logging.WARNING)


def due_mail_ids(limit=100):
    return list(
        OutgoingMail.objects.filter(_due(timezone.now()))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def sweep():
    """Send everything that is due (pending, or stuck with a worker that died). Returns the number sent."""
    sent = 0
    seen = set()
    while ids := [pk for pk in due_mail_ids() if pk not in seen]:
        seen.update(ids)
        sent += send_mails(ids).count(MailState.SENT)
    return sent


def health(now=None):
    """Counts for the health check: mails waiting longer than 30 minutes, and mails that failed."""
    now = now or timezone.now()
    waiting = OutgoingMail.objects.filter(
        state__in=[MailState.PENDING, MailState.SENDING], created_at__lt=now - STUCK_AFTER
    ).count()
    failed = OutgoingMail.objects.filter(state=MailState.FAILED).count()
    return {"waiting": waiting, "failed": failed}
