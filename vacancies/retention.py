"""How long applications are kept: the rule `manage.py purge_submissions` applies to the kind "application".

An application is deleted (with its Submission, mails, history and file) a number of weeks after the procedure
ended without an appointment (rejected or withdrawn, counted from the date of that step), or a number of months
after it when the applicant agreed to be kept for later vacancies. Both periods are in the vacancy settings.
Applications still in the procedure, and those of appointed members, are never deleted automatically.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Site

from submissions.models import Submission

from .models import ENDED_STATUSES, VacancySettings
from .models.pages import KIND


def retention_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return VacancySettings.for_site(site) if site else VacancySettings()


def deletion_date(application, vacancy_settings):
    """The day an ended application is deleted, or None while it is kept."""
    if application.status not in ENDED_STATUSES:
        return None
    if application.keep_for_future:
        return application.status_date + relativedelta(months=vacancy_settings.retention_months_with_consent)
    return application.status_date + timedelta(weeks=vacancy_settings.retention_weeks)


def applications_past_retention(now):
    """The Submissions of applications whose retention period has passed at `now`."""
    vacancy_settings = retention_settings()
    today = timezone.localdate(now)
    short_cutoff = today - timedelta(weeks=vacancy_settings.retention_weeks)
    long_cutoff = today - relativedelta(months=vacancy_settings.retention_months_with_consent)
    return Submission.objects.filter(
        kind=KIND,
        application__status__in=ENDED_STATUSES,
    ).filter(
        Q(application__keep_for_future=False, application__status_date__lte=short_cutoff)
        | Q(application__keep_for_future=True, application__status_date__lte=long_cutoff)
    )
