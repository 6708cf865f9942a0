import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.content import profile
from demo.loader import fill_in
from tests.html import soup
from vacancies.models import CouncilMember, ProfilePage, VacancyPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def load():
    call_command("load_demo_content", verbosity=0)


def test_demo_builds_profile_council_vacancies_and_example_members(client):
    profile = soup(client.get("/jouw-mening-telt/profielschets/"))
    assert len(profile.select("ol.requirement-list > li")) == 17
    assert "Er zijn nu 2 open vacatures." in profile.get_text()

    index = soup(client.get("/vacatures/"))
    assert "Er zijn nog 5 plaatsen vrij in de WIJ-raad." in index.select_one(".seats").get_text(" ", strip=True)
    assert [a.get_text(strip=True) for a in index.select(".vacancy-list__title a")] == [
        "Lid van de WIJ-raad",
        "Voorzitter van de WIJ-raad",
    ]
    assert "Cliëntenraad" not in index.get_text()
    assert [h3.get_text(strip=True) for h3 in index.select("ol.procedure__steps h3")] == [
        "Kennismakingsgesprek",
        "Gesprek met een delegatie van de WIJ-raad",
        "Proefperiode van 3 maanden",
        "Benoeming",
    ]

    for vacancy in VacancyPage.objects.filter(locale__language_code="nl"):
        assert vacancy.closing_date is None
        assert "Je kunt je altijd aanmelden." in client.get(vacancy.url).content.decode()

    council = soup(client.get("/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/"))
    names = [h2.get_text(strip=True) for h2 in council.select(".member__name")]
    assert len(names) == 8
    assert all(name.endswith("(voorbeeld)") for name in names)


def test_demo_profile_offers_every_requirement_for_translation():
    strings = {
        s.string.data
        for s in extract_segments(ProfilePage.objects.get(locale__language_code="nl"))
        if isinstance(s, StringSegmentValue)
    }

    groups = fill_in(profile, profile.PAGE["fields"]["profile"])
    requirements = [item for kind, group in groups if kind == "group" for item in group["requirements"]]
    assert len(requirements) == 17
    assert set(requirements) <= strings


def test_demo_translates_profile_index_and_vacancies_into_english(client):
    profile = soup(client.get("/en/your-opinion-counts/member-profile/"))
    assert len(profile.select("ol.requirement-list > li")) == 17
    assert "You can handle confidential information." in profile.get_text()

    index = soup(client.get("/en/vacancies/"))
    assert [a.get_text(strip=True) for a in index.select(".vacancy-list__title a")] == [
        "Member of the WIJ-raad",
        "Chair of the WIJ-raad",
    ]
    assert "Introductory talk" in index.get_text()


def test_demo_links_home_and_section_page_to_the_new_pages(client):
    home = client.get("/").content.decode()
    section = client.get("/jouw-mening-telt/").content.decode()

    assert 'href="/vacatures/"' in home
    assert 'href="/jouw-mening-telt/profielschets/"' in section
    assert 'href="/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/"' in section


def test_second_demo_run_changes_nothing():
    pages = list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id"))
    revisions = Revision.objects.count()
    members = list(CouncilMember.objects.order_by("pk").values_list("pk", "name", "term_start", "term_end"))

    load()

    assert list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id")) == pages
    assert Revision.objects.count() == revisions
    assert list(CouncilMember.objects.order_by("pk").values_list("pk", "name", "term_start", "term_end")) == members


def test_admin_can_open_the_member_list_and_the_vacancy_settings(admin_client):
    member = CouncilMember.objects.first()

    assert admin_client.get("/admin/snippets/vacancies/councilmember/").status_code == 200
    assert admin_client.get(f"/admin/snippets/vacancies/councilmember/edit/{member.pk}/").status_code == 200
    assert admin_client.get("/admin/settings/vacancies/vacancysettings/").status_code in (200, 302)
