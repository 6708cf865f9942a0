"""Putting mails in the outbox: render them from `.txt` templates and store them with the submission."""

import logging
import uuid
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import partial

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from .models import MailAttachment, OutgoingMail
from .tasks import send_mails

logger = logging.getLogger(__name__)


@dataclass
class Attachment:
    filename: str
    content: bytes
    mimetype: str = "application/octet-stream"


@dataclass
class Mail:
    """One mail to send. `template` names two templates: `<template>.txt` (body) and `<template>_subject.txt`.

    The templates get `submission` plus `context`, rendered in `language` (default: the site's language).
    `for_staff=True` marks a mail to the secretary: a flagged submission gets "[controleren]" in front of its subject.
    `to_sender=True` marks the confirmation to the address the resident typed: it never repeats what they wrote
    (see the README, "What the confirmation contains") and `pipeline.queue_mails` leaves it out once that address has had
    its share of confirmations (settings.FORMS_CONFIRMATION_LIMIT).
    """

    to: list[str]
    template: str
    context: dict = field(default_factory=dict)
    language: str = ""
    reply_to: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    for_staff: bool = False
    to_sender: bool = False


def _message_domain():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def render(mail, submission=None):
    """(subject, body) of `mail`, in its language."""
    context = {"submission": submission, **mail.context}
    with translation.override(mail.language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{mail.template}_subject.txt", context).split())
        body = render_to_string(f"{mail.template}.txt", context)
        if mail.for_staff and submission is not None and submission.flagged:
            subject = f"{gettext('[controleren]')} {subject}"
    return subject, body


def enqueue(mails, submission=None):
    """Store `mails` as pending OutgoingMail rows and start sending them once the transaction commits."""
    with transaction.atomic():
        rows = []
        for mail in mails:
            subject, body = render(mail, submission)
            row = OutgoingMail.objects.create(
                submission=submission,
                to=list(mail.to),
                reply_to=list(mail.reply_to),
                subject=subject[:255],
                body=body,
                language=mail.language or settings.LANGUAGE_CODE,
                message_id=f"<{uuid.uuid4().hex}@{_message_domain()}>",
            )
            MailAttachment.objects.bulk_create(
                MailAttachment(mail=row, filename=item.filename, mimetype=item.mimetype, content=item.content)
                for item in mail.attachments
            )
            rows.append(row)
        if rows:
            transaction.on_commit(partial(trigger_sending, [row.pk for row in rows]))
    return rows


def trigger_sending(mail_ids):
    """Hand the mails to the background worker. If that fails, the worker's sweep still finds them."""
    try:
        send_mails.enqueue(mail_ids)
    except Exception as exc:
        logger.error(
            "Could not queue the task for mails %s (%s); the sweep will send them", mail_ids, type(exc).__name__
        )
