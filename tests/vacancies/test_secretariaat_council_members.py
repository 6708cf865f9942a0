"""The secretary keeps the list of council members: in the main menu, she adds, edits and deletes members."""

import datetime

import pytest

from tests.factories.vacancies import CouncilMemberFactory, VacancyIndexPageFactory
from tests.home.secretariaat import group_codenames, sidebar_links
from tests.html import soup
from vacancies.models import CouncilMember, VacancySettings
from vacancies.seats import count_seats

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/vacancies/councilmember/"


def member_form(**fields):
    return {
        "name": "Fatma Demir",
        "role": "lid",
        "photo": "",
        "introduction": "Ik woon in Selwerd en ik wil dat iedereen mee kan doen.",
        "term_start": "2026-09-01",
        "term_end": "",
        **fields,
    }


def test_secretariaat_group_may_add_change_and_delete_council_members():
    assert {"add_councilmember", "change_councilmember", "delete_councilmember"} <= group_codenames("vacancies")


def test_secretary_finds_the_council_members_in_the_main_menu(secretary_client):
    assert (None, "Leden WIJ-raad", LIST_URL) in sidebar_links(secretary_client)


def test_secretary_opens_the_list_of_members(secretary_client):
    member = CouncilMemberFactory(name="Bea Bos", role="voorzitter")

    response = secretary_client.get(LIST_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Bea Bos" in html
    assert f'href="{LIST_URL}edit/{member.pk}/"' in html
    assert f'href="{LIST_URL}add/?locale=nl"' in html


def test_secretary_adds_a_member(secretary_client):
    assert secretary_client.get(f"{LIST_URL}add/").status_code == 200

    response = secretary_client.post(f"{LIST_URL}add/", member_form())

    assert response.status_code == 302
    member = CouncilMember.objects.get()
    assert member.name == "Fatma Demir"
    assert member.role == "lid"
    assert member.term_start == datetime.date(2026, 9, 1)
    assert member.term_end is None
    assert member.locale.language_code == "nl"


def test_secretary_ends_a_members_term(secretary_client):
    member = CouncilMemberFactory(name="Bea Bos", term_start=datetime.date(2024, 1, 1))
    assert secretary_client.get(f"{LIST_URL}edit/{member.pk}/").status_code == 200

    response = secretary_client.post(
        f"{LIST_URL}edit/{member.pk}/",
        member_form(name="Bea Bos", introduction=member.introduction, term_start="2024-01-01", term_end="2026-12-31"),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.term_end == datetime.date(2026, 12, 31)
    assert member.name == "Bea Bos"


def test_secretary_deletes_a_former_member(secretary_client):
    former = CouncilMemberFactory(name="Oud Lid", term_end=datetime.date(2025, 12, 31))

    assert secretary_client.get(f"{LIST_URL}delete/{former.pk}/").status_code == 200
    response = secretary_client.post(f"{LIST_URL}delete/{former.pk}/")

    assert response.status_code == 302
    assert not CouncilMember.objects.filter(pk=former.pk).exists()


def test_entering_the_ambtelijk_secretaris_leaves_the_open_seats_as_they_were(secretary_client, home, frozen_today):
    VacancyIndexPageFactory(parent=home)
    CouncilMemberFactory.create_batch(3, term_start=frozen_today - datetime.timedelta(days=1))
    form = secretary_client.get(f"{LIST_URL}add/").content.decode()

    response = secretary_client.post(
        f"{LIST_URL}add/", member_form(name="Sanne Post", role="ambtelijk_secretaris", term_start="2026-01-01")
    )

    assert response.status_code == 302
    assert CouncilMember.objects.get(name="Sanne Post").role == "ambtelijk_secretaris"
    assert "telt niet mee bij de zetels" in form
    seats = soup(secretary_client.get("/vacatures/")).select_one(".seats")
    assert seats.get_text(" ", strip=True) == "Er zijn nog 10 plaatsen vrij in de WIJ-raad."


def test_a_member_who_is_secretary_of_the_council_does_take_a_seat(home, frozen_today):
    CouncilMemberFactory(role="secretaris", term_start=frozen_today - datetime.timedelta(days=1))
    CouncilMemberFactory(role="ambtelijk_secretaris", term_start=frozen_today - datetime.timedelta(days=1))

    assert count_seats(VacancySettings.for_site(home.get_site())).taken == 1
