"""Sign-ups cancelled before the inbox followed them show as cancelled once migrated (formpages/migrations/0003)."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from formpages.models import FormPageSubmission
from submissions.models import HandlingStatus, Submission

from .form_pages import make_signup_form, signup

pytestmark = pytest.mark.django_db

migration = importlib.import_module("formpages.migrations.0003_cancelled_signups_show_as_cancelled")


def test_submissions_of_cancelled_signups_show_as_cancelled(client, home):
    make_signup_form(home)
    for number in range(3):
        assert signup(client, email=f"deelnemer{number}@example.org", ip=f"127.0.0.{number + 2}").status_code == 302
    kept, cancelled, answered_then_cancelled = FormPageSubmission.objects.order_by("pk")
    # As before the inbox followed cancels: the sign-up says cancelled, its submission does not.
    FormPageSubmission.objects.filter(pk__in=[cancelled.pk, answered_then_cancelled.pk]).update(
        cancelled_at=timezone.now()
    )
    Submission.objects.filter(pk=answered_then_cancelled.submission_id).update(status=HandlingStatus.ANSWERED)

    migration.follow_the_cancel(apps, None)

    statuses = {
        signup.pk: Submission.objects.get(pk=signup.submission_id).status
        for signup in (kept, cancelled, answered_then_cancelled)
    }
    assert statuses == {
        kept.pk: HandlingStatus.NEW,
        cancelled.pk: HandlingStatus.CANCELLED,
        answered_then_cancelled.pk: HandlingStatus.ANSWERED,  # what the secretary set by hand stays
    }
