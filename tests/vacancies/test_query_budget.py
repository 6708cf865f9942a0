"""/vacatures/ and a vacancy page cost the same number of queries with 3 or 30 vacancies and members, at most 10
(every public page's budget in a warm process; the layout comes from the page cache)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.vacancies import CouncilMemberFactory, VacancyPageFactory

pytestmark = pytest.mark.django_db

PAGE_QUERY_BUDGET = 10


def queries_for(client, url):
    client.get(url)  # warm up: settings rows are created on the first visit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def filled(vacancy_index, profile_page):
    def fill(count):
        CouncilMemberFactory.create_batch(count, term_start=datetime.date(2025, 1, 1))
        return [VacancyPageFactory(parent=vacancy_index, slug=f"vacature-{n}") for n in range(count)]

    return fill


@pytest.mark.parametrize("count", [3, 30])
def test_vacancy_index_query_budget(client, filled, count, django_assert_max_num_queries):
    filled(count)
    client.get("/vacatures/")

    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get("/vacatures/")

    assert response.content.decode().count('class="vacancy-list__item"') == count


@pytest.mark.parametrize("count", [3, 30])
def test_vacancy_page_query_budget(client, filled, count, django_assert_max_num_queries):
    page = filled(count)[0]
    client.get(page.url)

    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get(page.url)

    assert "Kennismakingsgesprek" in response.content.decode()


def test_query_count_does_not_grow_with_vacancies_and_members(client, filled, vacancy_index):
    first = filled(3)[0]
    small = (queries_for(client, "/vacatures/"), queries_for(client, first.url))

    for n in range(27):
        VacancyPageFactory(parent=vacancy_index, slug=f"extra-{n}")
    CouncilMemberFactory.create_batch(27, term_start=datetime.date(2025, 1, 1))
    large = (queries_for(client, "/vacatures/"), queries_for(client, first.url))

    assert small == large
