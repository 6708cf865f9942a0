import datetime

import pytest

from tests.factories.vacancies import CouncilPageFactory, VacancyPageFactory

pytestmark = pytest.mark.django_db

BAD_QUERIES = ["page=abc", "page=-1", "page=", "q=%00", "role=%27%22<x>", "closing_date=31-02-2026", "lang=xx"]


def test_bad_query_parameters_never_give_a_server_error(client, section, profile_page, vacancy_index):
    council = CouncilPageFactory(parent=section)
    open_vacancy = VacancyPageFactory(parent=vacancy_index, slug="open")
    closed = VacancyPageFactory(parent=vacancy_index, slug="dicht", closing_date=datetime.date(2020, 1, 1))

    for url in [profile_page.url, council.url, vacancy_index.url, open_vacancy.url, closed.url]:
        for query in BAD_QUERIES:
            response = client.get(f"{url}?{query}")
            assert response.status_code == 200, f"{url}?{query}"


def test_vacancy_pages_have_no_inline_scripts_or_styles(client, vacancy_index, profile_page):
    page = VacancyPageFactory(parent=vacancy_index, slug="lid")

    for url in [vacancy_index.url, page.url, profile_page.url]:
        html = client.get(url).content.decode()
        assert 'style="' not in html and "<style" not in html, url
