"""Retention: personal data is deleted after the period the secretary sets; other kinds bring their own rule."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from submissions import kinds
from submissions.models import ContactSettings, OutgoingMail, Submission
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def four_week_kind():
    """A kind registered the way another app does: its own rule, kept 4 weeks."""
    kinds.register_kind(
        "test_four_weeks",
        label="Aanmelding",
        expired=lambda now: Submission.objects.filter(created_at__lt=now - timedelta(weeks=4)),
    )
    yield "test_four_weeks"
    kinds._kinds.pop("test_four_weeks")


def test_contact_messages_older_than_six_months_are_deleted_with_their_mails(capsys):
    old = SubmissionFactory(created_at=days_ago(200))
    OutgoingMailFactory(submission=old)
    recent = SubmissionFactory(created_at=days_ago(150))

    call_command("purge_submissions")

    assert list(Submission.objects.all()) == [recent]
    assert not OutgoingMail.objects.filter(submission_id=old.pk).exists()
    assert "Deleted 1 submission(s) of kind 'contact'" in capsys.readouterr().out


def test_secretary_can_shorten_the_retention_period(site):
    settings = ContactSettings.for_site(site)
    settings.retention_months = 2
    settings.save()
    SubmissionFactory(created_at=days_ago(70))
    kept = SubmissionFactory(created_at=days_ago(50))

    assert kinds.purge()["contact"] == 1
    assert list(Submission.objects.all()) == [kept]


def test_dry_run_deletes_nothing(capsys):
    SubmissionFactory(created_at=days_ago(400))

    call_command("purge_submissions", dry_run=True)

    assert Submission.objects.count() == 1
    assert "Would delete 1 submission(s) of kind 'contact'" in capsys.readouterr().out


def test_another_kind_uses_its_own_rule_without_touching_contact_messages(four_week_kind):
    old_sign_up = SubmissionFactory(kind=four_week_kind, created_at=days_ago(40))
    new_sign_up = SubmissionFactory(kind=four_week_kind, created_at=days_ago(10))
    contact_message = SubmissionFactory(kind="contact", created_at=days_ago(40))

    deleted = kinds.purge()

    assert (deleted[four_week_kind], deleted["contact"]) == (1, 0)
    assert set(Submission.objects.all()) == {new_sign_up, contact_message}
    assert not Submission.objects.filter(pk=old_sign_up.pk).exists()


def test_unregistered_kind_found_in_the_database_is_not_kept_forever():
    SubmissionFactory(kind="old_form", created_at=days_ago(200))

    deleted = kinds.purge()

    assert (deleted["old_form"], deleted["contact"]) == (1, 0)
    assert not Submission.objects.exists()


def test_retention_setting_is_limited_to_sensible_values(site):
    settings = ContactSettings.for_site(site)
    for months, valid in [(0, False), (1, True), (24, True), (25, False)]:
        settings.retention_months = months
        errors = []
        try:
            settings.full_clean()
        except Exception as exc:
            errors.append(exc)
        assert (not errors) == valid, months
