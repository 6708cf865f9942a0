import datetime

import pytest

from tests.factories.vacancies import CouncilMemberFactory, VacancyPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def page_soup(client, url):
    """The page at `url`, parsed; it must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return soup(response)


def test_index_shows_open_seats_open_vacancies_and_numbered_procedure(client, vacancy_index, frozen_today):
    CouncilMemberFactory.create_batch(10, term_start=frozen_today - 100 * DAY)
    VacancyPageFactory(parent=vacancy_index, title="Lid van de WIJ-raad", slug="lid")
    VacancyPageFactory(parent=vacancy_index, title="Voorzitter", slug="voorzitter", closing_date=frozen_today + DAY)
    VacancyPageFactory(parent=vacancy_index, title="Oude vacature", slug="oud", closing_date=frozen_today - DAY)

    html = page_soup(client, "/vacatures/")

    assert "Er zijn nog 3 plaatsen vrij in de WIJ-raad." in html.select_one(".seats").get_text(" ", strip=True)
    titles = [a.get_text(strip=True) for a in html.select(".vacancy-list__title a")]
    assert titles == ["Lid van de WIJ-raad", "Voorzitter"]
    metas = [p.get_text(strip=True) for p in html.select(".vacancy-list__meta")]
    assert metas == ["Je kunt je altijd aanmelden.", "Aanmelden kan tot en met 16 juni 2026."]
    steps = [h3.get_text(strip=True) for h3 in html.select("ol.procedure__steps > li h3")]
    # Every step of the procedure, named as on the status page and in the admin; the index explains two of them.
    assert steps == [
        "Aanmelding ontvangen",
        "Kennismakingsgesprek",
        "Gesprek met een paar leden van de WIJ-raad",
        "Proefperiode van 3 maanden",
        "Benoeming",
    ]
    texts = [li.get_text(" ", strip=True) for li in html.select("ol.procedure__steps > li")]
    assert texts[1] == "Kennismakingsgesprek Met de voorzitter."
    assert texts[4] == "Benoeming Door Stichting WIJ."


@pytest.mark.parametrize(
    ("members", "sentence"),
    [
        (12, "Er is nog 1 plaats vrij in de WIJ-raad."),
        (11, "Er zijn nog 2 plaatsen vrij in de WIJ-raad."),
        (13, "Op dit moment zijn alle plaatsen in de WIJ-raad bezet."),
    ],
)
def test_index_says_the_number_of_open_seats_in_proper_dutch(client, vacancy_index, members, sentence, frozen_today):
    CouncilMemberFactory.create_batch(members, term_start=frozen_today - DAY)

    html = page_soup(client, "/vacatures/")

    assert sentence in html.select_one(".seats").get_text(" ", strip=True)


def test_index_without_open_vacancies_says_so(client, vacancy_index):
    html = page_soup(client, "/vacatures/")

    assert "Er zijn op dit moment geen open vacatures." in html.get_text()


def test_standing_vacancy_shows_its_facts_profile_link_procedure_and_how_to_apply(client, vacancy_index, profile_page):
    page = VacancyPageFactory(parent=vacancy_index, title="Lid van de WIJ-raad", slug="lid")

    html = page_soup(client, page.url)

    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True) for div in html.select(".vacancy-facts > div")
    }
    assert facts == {
        "Rol": "Lid",
        "Zittingstermijn": "3 jaar",
        "Vergaderen": "Eén keer per maand.",
        "Aanmelden": "Je kunt je altijd aanmelden. Meld je aan",
    }
    # The key facts lead straight to the form's heading, which can take the focus.
    apply_link = html.select_one(".vacancy-facts a.button")
    assert apply_link.get_text(strip=True) == "Meld je aan"
    assert apply_link["href"] == "#apply-title"
    heading = html.find(id="apply-title")
    assert heading.name == "h2" and heading["tabindex"] == "-1"
    assert heading.find_parent("section").find("form") is not None
    assert html.select_one('a[href="/jouw-mening-telt/profielschets/"]') is not None
    assert [h3.get_text(strip=True) for h3 in html.select("ol.procedure__steps h3")] == [
        "Aanmelding ontvangen",
        "Kennismakingsgesprek",
        "Gesprek met een paar leden van de WIJ-raad",
        "Proefperiode van 3 maanden",
        "Benoeming",
    ]
    assert html.select_one("#aanmelden a.button")["href"].startswith("mailto:secretariaat@wijraad.example.org")
    assert html.select_one(".notice--closed") is None


def test_vacancy_is_still_open_on_its_closing_date(client, vacancy_index, frozen_today):
    page = VacancyPageFactory(parent=vacancy_index, slug="lid", closing_date=frozen_today)

    html = page_soup(client, page.url)

    assert page.is_open
    assert html.select_one(".notice--closed") is None
    assert "Aanmelden kan tot en met 15 juni 2026." in html.select_one(".vacancy-facts").get_text()


def test_closed_vacancy_says_clearly_that_it_is_closed(client, vacancy_index, frozen_today):
    page = VacancyPageFactory(parent=vacancy_index, slug="oud", closing_date=frozen_today - DAY)

    html = page_soup(client, page.url)

    notice = html.select_one(".notice--closed")
    assert notice.h2.get_text(strip=True) == "Deze vacature is gesloten"
    assert "Aanmelden kon tot en met 14 juni 2026." in notice.get_text(" ", strip=True)
    assert notice.select_one('a[href="/vacatures/"]') is not None
    assert html.select_one("#aanmelden a.button") is None
    assert "Voor deze vacature kun je je niet meer aanmelden." in html.select_one("#aanmelden").get_text()
    assert html.select_one(".seats") is None


def test_vacancy_shows_the_procedure_of_its_own_index(client, home, vacancy_index):
    vacancy_index.procedure = [("step", {"step": "proefperiode", "text": "<p>Drie maanden meedoen.</p>"})]
    vacancy_index.save_revision().publish()
    page = VacancyPageFactory(parent=vacancy_index, slug="lid")

    html = page_soup(client, page.url)

    steps = {li.h3.get_text(strip=True): li.get_text(" ", strip=True) for li in html.select("ol.procedure__steps li")}
    assert len(steps) == 5
    assert steps["Proefperiode van 3 maanden"] == "Proefperiode van 3 maanden Drie maanden meedoen."
    assert steps["Kennismakingsgesprek"] == "Kennismakingsgesprek"


def test_draft_vacancy_is_not_listed(client, vacancy_index):
    draft = VacancyPageFactory(parent=vacancy_index, title="Nog niet klaar", slug="concept")
    draft.unpublish()

    assert "Nog niet klaar" not in client.get("/vacatures/").content.decode()


def test_vacancy_index_is_in_the_main_menu_by_default(client, home):
    from vacancies.models import VacancyIndexPage

    page = VacancyIndexPage(title="Vacatures", slug="vacatures")
    home.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/").content.decode()
    menu = html[html.index('<nav class="main-nav"') :]
    assert 'href="/vacatures/">Vacatures</a>' in menu[: menu.index("</nav>")]
