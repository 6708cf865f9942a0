"""How long an application has been in its step, in the admin: a step set a minute ago is a minute old (not "20 hours",
counted from the midnight of its date), a step given an earlier date counts in days; times are Dutch time."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests.factories.vacancies import ApplicationFactory
from tests.html import soup
from vacancies.models import ApplicationStatus

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# 20:48 in Groningen (winter time, UTC+1): late in the day, when counting from midnight gave "20 uur".
EVENING = datetime.datetime(2026, 12, 2, 19, 48, tzinfo=UTC)


def since_column(response):
    """The "Sinds" cell of every row of the applications list."""
    headings = [cell.get_text(strip=True) for cell in soup(response).select("thead th")]
    column = headings.index("Sinds")
    return [row.find_all("td")[column].get_text(" ", strip=True) for row in soup(response).select("tbody tr")]


def test_a_step_set_a_minute_ago_shows_minutes_with_its_local_time(secretary_client):
    with time_machine.travel(EVENING - datetime.timedelta(hours=3), tick=False):
        application = ApplicationFactory()
    with time_machine.travel(EVENING, tick=False):
        application.change_status(ApplicationStatus.INTRODUCTION)

    with time_machine.travel(EVENING + datetime.timedelta(minutes=1), tick=False):
        listing = secretary_client.get("/admin/applications/")
        detail = secretary_client.get(f"/admin/applications/inspect/{application.pk}/")

    assert since_column(listing) == ["2 december 2026, 20:48 (1\xa0minuut)"]
    assert "Kennismakingsgesprek , sinds 2 december 2026, 20:48 (1\xa0minuut)." in soup(detail).main.get_text(" ")


def test_a_step_given_an_earlier_date_counts_in_days(secretary_client):
    application = ApplicationFactory()
    application.change_status(ApplicationStatus.INTRODUCTION, date=timezone.localdate() - datetime.timedelta(days=3))

    [since] = since_column(secretary_client.get("/admin/applications/"))

    assert since.endswith("(3 dagen)")
    assert ":" not in since  # a date the secretary gave, without a time of day


def test_the_applicants_language_is_named(secretary_client):
    application = ApplicationFactory(submission__language="en")

    detail = soup(secretary_client.get(f"/admin/applications/inspect/{application.pk}/"))

    [term] = [term for term in detail.select("main dt") if term.get_text(strip=True) == "Taal"]
    assert term.find_next_sibling("dd").get_text(strip=True) == "Engels"
