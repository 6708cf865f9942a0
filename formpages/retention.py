"""How long sign-ups are kept: the general retention period (the form settings), except the sign-ups of a form that
asks for sensitive data (formpages/sensitive.py): those are deleted the day after the meeting they are for."""

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from submissions.kinds import retention_months
from submissions.models import Submission

from .models import FormPage
from .sensitive import sensitive_questions


def meeting_is_over(page, now):
    """True from the day after the meeting of the news item that links this form."""
    event = page.event()
    if event is None:
        return False
    return timezone.localdate(event.event_end or event.event_start) < timezone.localdate(now)


def expired_signups(now):
    kind = FormPage.submission_kind
    older = Submission.objects.filter(kind=kind, created_at__lt=now - relativedelta(months=retention_months()))
    with_a_sign_up = FormPage.objects.filter(pk__in=Submission.objects.filter(kind=kind).values("page_id"))
    after_the_meeting = [
        page.pk
        for page in with_a_sign_up.prefetch_related("form_fields")
        if sensitive_questions(page.form_fields.all()) and meeting_is_over(page, now)
    ]
    return older | Submission.objects.filter(kind=kind, page_id__in=after_the_meeting)
