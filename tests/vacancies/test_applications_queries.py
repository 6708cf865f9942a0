"""The application form costs no database queries: a vacancy page with the form stays within the budget of the
vacancy page itself (tests/vacancies/test_query_budget.py), whatever the number of vacancies, members and
applications."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.vacancies import ApplicationFactory, CouncilMemberFactory, VacancyPageFactory
from tests.vacancies.test_query_budget import PAGE_QUERY_BUDGET

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm up: settings rows are created on the first visit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_the_form_fits_in_the_vacancy_page_budget(client, vacancy_index, profile_page, open_vacancy):
    count, response = queries_for(client, open_vacancy.url)

    assert 'name="motivation"' in response.content.decode()
    assert count <= PAGE_QUERY_BUDGET


def test_vacancy_page_with_the_form_costs_the_same_with_3_or_30_vacancies(client, vacancy_index, open_vacancy):
    def add(count):
        CouncilMemberFactory.create_batch(count, term_start=datetime.date(2025, 1, 1))
        for n in range(count):
            VacancyPageFactory(parent=vacancy_index, slug=f"extra-{count}-{n}")
        ApplicationFactory.create_batch(count, vacancy=open_vacancy)

    add(3)
    small, _response = queries_for(client, open_vacancy.url)
    add(27)
    large, response = queries_for(client, open_vacancy.url)

    assert large == small
    assert 'name="motivation"' in response.content.decode()
