"""Applications that moved on before the inbox followed the procedure get the same status in the inbox once
migrated (vacancies/migrations/0011)."""

import importlib

import pytest
from django.apps import apps

from submissions.models import HandlingStatus, Submission
from tests.factories.vacancies import ApplicationFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("vacancies.migrations.0011_submission_status_follows_step")


def test_submissions_of_applications_that_moved_on_follow_their_step():
    received = ApplicationFactory()
    introduction = ApplicationFactory(status="kennismakingsgesprek")
    appointed = ApplicationFactory(status="benoemd")
    withdrawn = ApplicationFactory(status="ingetrokken")
    answered = ApplicationFactory(status="proefperiode", submission__status=HandlingStatus.ANSWERED)

    migration.follow_the_step(apps, None)

    shown = {
        application.pk: Submission.objects.get(pk=application.submission_id).status_display()
        for application in [received, introduction, appointed, withdrawn, answered]
    }
    assert shown == {
        received.pk: "Nieuw",
        introduction.pk: "In behandeling \N{EN DASH} Kennismakingsgesprek",
        appointed.pk: "Afgehandeld \N{EN DASH} Benoeming",
        withdrawn.pk: "Ingetrokken",
        answered.pk: "Beantwoord",  # what the secretary set by hand stays
    }
