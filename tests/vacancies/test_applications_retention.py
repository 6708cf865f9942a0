"""Retention through the pipeline's purge command: ended applications go after the period for their outcome."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command

from submissions.models import OutgoingMail, Submission
from tests.factories.contact import OutgoingMailFactory
from tests.factories.vacancies import ApplicationFactory
from vacancies.models import Application, ApplicationStatus, ApplicationStatusChange, VacancySettings

from .applications_support import PDF_BYTES, stored_files

pytestmark = pytest.mark.django_db

ENDED_ON = datetime.date(2026, 3, 2)


def at(day):
    """Travel to 03:00 in Groningen on `day`, when the worker runs its daily purge."""
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(3), ZoneInfo("Europe/Amsterdam")), tick=False
    )


@pytest.fixture
def make_application(private_root):
    def make(status, *, keep_for_future=False, on=ENDED_ON):
        with at(datetime.date(2026, 1, 15)):
            application = ApplicationFactory(keep_for_future=keep_for_future)
            application.cv.save("cv.pdf", ContentFile(PDF_BYTES), save=True)
            OutgoingMailFactory(submission=application.submission)
        if status != ApplicationStatus.RECEIVED:
            with at(on):
                application.change_status(status, date=on)
        return application

    return make


@pytest.fixture
def purge(django_capture_on_commit_callbacks):
    def run(day):
        with at(day), django_capture_on_commit_callbacks(execute=True):
            call_command("purge_submissions", stdout=io.StringIO())

    return run


def exists(application):
    return Application.objects.filter(pk=application.pk).exists()


@pytest.mark.parametrize("status", [ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN])
def test_ended_application_is_deleted_4_weeks_after_the_procedure_ended(make_application, purge, private_root, status):
    application = make_application(status)
    submission_pk = application.submission_id

    purge(ENDED_ON + datetime.timedelta(weeks=4, days=-1))
    assert exists(application)
    assert len(stored_files(private_root)) == 1

    purge(ENDED_ON + datetime.timedelta(weeks=4))
    assert not exists(application)
    assert not Submission.objects.filter(pk=submission_pk).exists()
    assert not OutgoingMail.objects.filter(submission_id=submission_pk).exists()
    assert not ApplicationStatusChange.objects.filter(application_id=application.pk).exists()
    assert stored_files(private_root) == []


def test_with_consent_the_application_is_kept_for_a_year(make_application, purge, private_root):
    application = make_application(ApplicationStatus.REJECTED, keep_for_future=True)

    purge(ENDED_ON + datetime.timedelta(weeks=5))
    purge(datetime.date(2027, 3, 1))
    assert exists(application)

    purge(datetime.date(2027, 3, 2))
    assert not exists(application)
    assert stored_files(private_root) == []


def test_appointed_members_application_is_never_deleted_automatically(make_application, purge, private_root):
    application = make_application(ApplicationStatus.APPOINTED)

    purge(datetime.date(2031, 1, 1))

    assert exists(application)
    assert len(stored_files(private_root)) == 1


def test_application_still_in_the_procedure_is_kept(make_application, purge):
    received = make_application(ApplicationStatus.RECEIVED)
    on_trial = make_application(ApplicationStatus.TRIAL)

    purge(datetime.date(2028, 1, 1))

    assert exists(received)
    assert exists(on_trial)


def test_periods_come_from_the_vacancy_settings(make_application, purge, site):
    VacancySettings.objects.update_or_create(
        site=site, defaults={"retention_weeks": 2, "retention_months_with_consent": 6}
    )
    without_consent = make_application(ApplicationStatus.WITHDRAWN)
    with_consent = make_application(ApplicationStatus.REJECTED, keep_for_future=True)

    purge(ENDED_ON + datetime.timedelta(weeks=2))
    assert not exists(without_consent)
    assert exists(with_consent)

    purge(datetime.date(2026, 9, 2))
    assert not exists(with_consent)


def test_the_retention_period_starts_at_the_date_of_the_last_step(make_application, purge):
    application = make_application(ApplicationStatus.REJECTED)
    # The secretary reopens the procedure later: the clock starts again when it ends again.
    with at(datetime.date(2026, 3, 20)):
        application.change_status(ApplicationStatus.INTRODUCTION, date=datetime.date(2026, 3, 20))

    purge(datetime.date(2026, 5, 1))

    assert exists(application)


def test_purging_one_application_leaves_the_others(make_application, purge):
    old = make_application(ApplicationStatus.REJECTED)
    recent = make_application(ApplicationStatus.REJECTED, on=datetime.date(2026, 3, 25))

    purge(ENDED_ON + datetime.timedelta(weeks=4))

    assert not exists(old)
    assert exists(recent)
    assert Application.objects.count() == 1
