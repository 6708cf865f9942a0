"""A form page's sign-up as Wagtail's form builder sees it (listing, CSV/XLSX export), tied to the shared Submission.

The shared `Submission` holds the reference, language, handling status and mails; this row holds the answers keyed
by the question's name, the cancel link and whether the sender cancelled. Deleting either one deletes both.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

from submissions.models import Submission


def new_cancel_token():
    return secrets.token_urlsafe(32)


class FormPageSubmissionQuerySet(models.QuerySet):
    def active(self):
        """Sign-ups that still take a place."""
        return self.filter(cancelled_at__isnull=True)

    def delete(self):
        # Wagtail's "delete selected submissions" must remove the personal data in the shared Submission too;
        # deleting that cascades back to these rows.
        return Submission.objects.filter(pk__in=list(self.values_list("submission_id", flat=True))).delete()


class FormPageSubmission(AbstractFormSubmission):
    submission = models.OneToOneField(
        Submission, verbose_name=_("inzending"), on_delete=models.CASCADE, related_name="form_page_submission"
    )
    cancel_token = models.CharField(max_length=64, unique=True, default=new_cancel_token, editable=False)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True, editable=False)

    objects = FormPageSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("formulieraanmelding")
        verbose_name_plural = _("formulieraanmeldingen")
        ordering = ["submit_time"]

    def __str__(self):
        return self.submission.reference

    def delete(self, *args, **kwargs):
        return Submission.objects.filter(pk=self.submission_id).delete()

    def get_data(self):
        return {
            **self.form_data,
            "submit_time": self.submit_time,
            "reference": self.submission.reference,
            "cancelled_at": self.cancelled_at or "",
        }
