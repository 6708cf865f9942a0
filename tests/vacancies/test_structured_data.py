import datetime

import pytest
from django.test import RequestFactory

from tests.factories.vacancies import VacancyPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_for(site):
    def build(page):
        request = RequestFactory().get(page.url, SERVER_NAME="localhost")
        return request

    return build


def test_open_vacancy_is_a_volunteer_job_posting(vacancy_index, request_for, frozen_today):
    page = VacancyPageFactory(
        parent=vacancy_index,
        title="Voorzitter van de WIJ-raad",
        slug="voorzitter",
        intro="Leid de vergaderingen.",
        closing_date=datetime.date(2026, 7, 1),
    )

    data = page.structured_data(request_for(page))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Voorzitter van de WIJ-raad"
    assert data["datePosted"] == "2026-06-15"
    assert data["validThrough"] == "2026-07-01T23:59:59+02:00"
    assert data["employmentType"] == "VOLUNTEER"
    assert data["hiringOrganization"]["@type"] == "Organization"
    assert (data["hiringOrganization"]["name"], data["hiringOrganization"]["url"]) == (
        "WIJ-raad Groningen",
        "http://localhost/",
    )
    assert data["jobLocation"]["@type"] == "Place"
    assert data["jobLocation"]["address"]["addressLocality"] == "Groningen"
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    assert data["url"] == "http://localhost/vacatures/voorzitter/"
    assert data["description"].startswith("<p>Leid de vergaderingen.</p><h2>Wat vragen we?</h2>")
    assert "Onkostenvergoeding." in data["description"]


def test_date_posted_is_the_first_publication_not_the_last_edit(vacancy_index, request_for, frozen_today):
    page = VacancyPageFactory(parent=vacancy_index, slug="lid")
    page.first_published_at = datetime.datetime(2025, 3, 2, 9, 0, tzinfo=datetime.UTC)
    page.save_revision().publish()

    assert page.structured_data(request_for(page))["datePosted"] == "2025-03-02"


def test_standing_vacancy_has_no_end_date(vacancy_index, request_for):
    page = VacancyPageFactory(parent=vacancy_index, slug="lid", closing_date=None)

    assert "validThrough" not in page.structured_data(request_for(page))


def test_closed_vacancy_has_no_job_posting(vacancy_index, request_for, frozen_today):
    page = VacancyPageFactory(parent=vacancy_index, slug="oud", closing_date=frozen_today - datetime.timedelta(days=1))

    assert page.structured_data(request_for(page)) is None


def test_intro_is_escaped_in_the_description(vacancy_index, request_for):
    page = VacancyPageFactory(parent=vacancy_index, slug="lid", intro="<script>alert(1)</script>")

    assert "<script>" not in page.structured_data(request_for(page))["description"]
