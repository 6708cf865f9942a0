import datetime

import pytest

from demo.content import profile
from demo.loader import fill_in
from tests.factories.vacancies import ProfilePageFactory, VacancyPageFactory
from tests.html import soup

from .conftest import stream

pytestmark = pytest.mark.django_db

PROFILE = fill_in(profile, profile.PAGE["fields"]["profile"])  # the demo's profile, in Dutch


def test_profile_renders_all_17_requirements_numbered_in_their_groups_in_order(client, section):
    page = ProfilePageFactory(parent=section, profile=stream(*PROFILE))

    html = soup(client.get(page.url))

    groups = html.select("section.requirement-group")
    assert [group.h2.get_text(strip=True) for group in groups] == [
        "Algemene eisen",
        "Aanvullende eisen",
        "Extra eisen voor de voorzitter",
    ]
    items = [[li.get_text(strip=True) for li in group.select("ol.requirement-list > li")] for group in groups]
    assert [len(group) for group in items] == [7, 4, 6]
    assert items[0][0].startswith("Je hebt persoonlijk ervaring met de ondersteuning door WIJ Groningen.")
    assert items[1][2] == "Je bent beschikbaar voor een aaneengesloten periode van drie jaar."
    assert items[2][-1] == "Je hebt inzicht in de ontwikkelingen binnen WIJ Groningen."
    assert "Voor de rol van voorzitter gelden nog een paar extra eisen." in groups[2].get_text()
    practical = html.select_one("section.text-section")
    assert practical.h2.get_text(strip=True) == "Praktische informatie"
    assert "in de vorm van een ambtelijk secretaris" in practical.get_text()


def test_secretary_can_reorder_groups_and_the_page_follows(client, section):
    groups = list(reversed(PROFILE))
    page = ProfilePageFactory(parent=section, profile=stream(*groups))

    html = soup(client.get(page.url))

    headings = [h2.get_text(strip=True) for h2 in html.select(".profile h2")]
    assert headings == [
        "Praktische informatie",
        "Extra eisen voor de voorzitter",
        "Aanvullende eisen",
        "Algemene eisen",
    ]


def test_profile_links_to_the_open_vacancies_and_counts_them(client, profile_page, vacancy_index, frozen_today):
    VacancyPageFactory(parent=vacancy_index, title="Lid", slug="lid")
    VacancyPageFactory(parent=vacancy_index, title="Voorzitter", slug="voorzitter", closing_date=frozen_today)
    VacancyPageFactory(
        parent=vacancy_index,
        title="Penningmeester",
        slug="penningmeester",
        closing_date=frozen_today - datetime.timedelta(days=1),
    )

    html = client.get(profile_page.url).content.decode()

    assert "Er zijn nu 2 open vacatures." in html
    assert 'href="/vacatures/lid/">Lid</a>' in html
    assert 'href="/vacatures/voorzitter/">Voorzitter</a>' in html
    assert "Penningmeester" not in html
    assert 'href="/vacatures/"' in html


def test_profile_says_so_when_one_or_no_vacancy_is_open(client, profile_page, vacancy_index):
    assert "Er zijn op dit moment geen open vacatures." in client.get(profile_page.url).content.decode()

    VacancyPageFactory(parent=vacancy_index, title="Lid", slug="lid")

    assert "Er is nu 1 open vacature." in client.get(profile_page.url).content.decode()


def test_section_page_links_to_the_profile(client, section, profile_page):
    html = client.get(section.url).content.decode()

    assert 'href="/jouw-mening-telt/profielschets/">Profielschets</a>' in html
