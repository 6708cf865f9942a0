"""Search, head tags and JobPosting JSON-LD on the vacancy page types, read from the rendered pages."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.home import ContentPageFactory
from tests.factories.vacancies import ProfilePageFactory, VacancyIndexPageFactory, VacancyPageFactory
from tests.html import items_of_type, parse_head

from .helpers import result_titles

pytestmark = pytest.mark.django_db

JOB_POSTING_REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation", "employmentType"}


@pytest.fixture
def vacancy_index(home):
    return VacancyIndexPageFactory(parent=home)


def test_search_finds_a_vacancy_by_a_word_in_what_we_ask(client, vacancy_index):
    VacancyPageFactory(
        parent=vacancy_index, title="Penningmeester", what_we_ask="<p>Je hebt verstand van begrotingen.</p>"
    )
    VacancyPageFactory(parent=vacancy_index, title="Lid", what_we_ask="<p>Je kunt goed luisteren.</p>")

    response = client.get("/zoeken/", {"q": "begrotingen"})

    assert result_titles(response) == ["Penningmeester"]
    assert "Onderdeel: Vacatures" in response.content.decode()


def test_open_vacancy_with_closing_date_is_a_complete_job_posting(client, vacancy_index):
    closing = timezone.localdate() + datetime.timedelta(days=30)
    page = VacancyPageFactory(
        parent=vacancy_index,
        title="Voorzitter van de WIJ-raad",
        slug="voorzitter",
        intro="Leid de vergaderingen van de raad.",
        closing_date=closing,
    )
    page.save_revision().publish()

    response = client.get("/vacatures/voorzitter/")

    (posting,) = items_of_type(response, "JobPosting")
    assert posting["@context"] == "https://schema.org"
    assert set(posting) >= JOB_POSTING_REQUIRED
    assert posting["title"] == "Voorzitter van de WIJ-raad"
    assert "Leid de vergaderingen van de raad." in posting["description"]
    assert datetime.date.fromisoformat(posting["datePosted"]) == timezone.localdate()
    assert posting["employmentType"] in ("VOLUNTEER", "OTHER")
    assert posting["hiringOrganization"]["@type"] == "Organization" and posting["hiringOrganization"]["name"]
    assert posting["jobLocation"]["@type"] == "Place"
    assert posting["jobLocation"]["address"]["addressLocality"] == "Groningen"
    valid_through = datetime.datetime.fromisoformat(posting["validThrough"])
    assert valid_through.utcoffset() is not None
    assert timezone.localtime(valid_through).date() == closing


def test_standing_vacancy_has_no_valid_through(client, vacancy_index):
    VacancyPageFactory(parent=vacancy_index, title="Lid van de WIJ-raad", slug="lid", closing_date=None)

    (posting,) = items_of_type(client.get("/vacatures/lid/"), "JobPosting")

    assert set(posting) >= JOB_POSTING_REQUIRED
    assert "validThrough" not in posting


def test_closed_vacancy_is_no_longer_a_job_posting(client, vacancy_index):
    VacancyPageFactory(
        parent=vacancy_index,
        title="Secretaris",
        slug="secretaris",
        closing_date=timezone.localdate() - datetime.timedelta(days=1),
    )

    response = client.get("/vacatures/secretaris/")

    assert response.status_code == 200
    assert items_of_type(response, "JobPosting") == []


@pytest.mark.parametrize("kind", ["index", "vacancy", "profile"])
def test_vacancy_page_types_have_canonical_and_open_graph_tags(client, home, vacancy_index, kind):
    if kind == "index":
        page = vacancy_index
    elif kind == "vacancy":
        page = VacancyPageFactory(parent=vacancy_index, title="Lid", slug="lid", intro="Praat mee.")
    else:
        section = ContentPageFactory(parent=home, title="Jouw mening telt", slug="jouw-mening-telt")
        page = ProfilePageFactory(parent=section)

    head = parse_head(client.get(page.url))

    assert head.title == f"{page.title} - WIJ-raad"
    assert head.links["canonical"] == page.get_full_url()
    assert head.meta["og:url"] == page.get_full_url()
    assert head.meta["og:title"] == page.title
    assert head.meta["description"] == head.meta["og:description"] == page.intro
    assert head.meta["twitter:card"] == "summary"
