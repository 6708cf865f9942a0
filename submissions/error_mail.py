"""Error mails to ADMINS go through the outbox, like every other mail: retried when SMTP is down, visible in the
admin, never sent twice. Set up in settings.LOGGING for the `django.request` and `django.security` loggers."""

import logging
import uuid
from functools import partial

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.log import AdminEmailHandler
from django.views.debug import SafeExceptionReporterFilter

logger = logging.getLogger(__name__)


class OutboxAdminEmailHandler(AdminEmailHandler):
    def send_mail(self, subject, message, *args, **kwargs):
        if not settings.ADMINS:
            return
        # Imported here: settings.LOGGING loads this module before the app registry (and so any model) is ready.
        from .mails import _message_domain, trigger_sending
        from .models import OutgoingMail

        try:
            with transaction.atomic():
                mail = OutgoingMail.objects.create(
                    to=[address for _name, address in settings.ADMINS],
                    subject=" ".join(f"{settings.EMAIL_SUBJECT_PREFIX}{subject}".split())[:255],
                    body=message,
                    language=settings.LANGUAGE_CODE,
                    message_id=f"<{uuid.uuid4().hex}@{_message_domain()}>",
                )
                transaction.on_commit(partial(trigger_sending, [mail.pk]))
        except DatabaseError:
            # The database is what failed: the outbox is out of reach, so send straight away.
            super().send_mail(subject, message, *args, **kwargs)


class NoFormDataFilter(SafeExceptionReporterFilter):
    """Error reports list the names of the form fields that were sent, never their values (personal data)."""

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)
