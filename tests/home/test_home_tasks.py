"""The demo home page is built around the three tasks, in both languages, with the agenda one click away."""

import pytest
from wagtail.models import Site

from tests.html import fragment, fragments, soup, texts
from vacancies.models import VacancySettings
from vacancies.seats import count_seats

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def open_seats():
    return count_seats(VacancySettings.for_site(Site.objects.get(is_default_site=True))).open


@pytest.mark.parametrize(
    ("url", "titles"),
    [
        ("/", ["Word lid van de raad", "Kom naar een bijeenkomst", "Stuur een bericht"]),
        ("/en/", ["Join the council", "Come to a meeting", "Send us a message"]),
    ],
)
def test_home_shows_the_three_tasks_first(client, url, titles):
    html = client.get(url).content.decode()

    assert texts(html, ".task__title") == titles
    # The tasks come before the agenda, the news and the sections.
    headings = [heading.get("id") for heading in soup(html).select("main h2[id]")]
    assert headings[:3] == ["tasks-title", "home-agenda-title", "home-news-title"]


def test_join_task_says_how_many_seats_are_open_and_links_the_vacancies(client):
    task = fragment(client.get("/").content.decode(), ".task--join")

    seats = open_seats()
    assert seats > 0, "the demo has open seats"
    assert f"Er zijn {seats} plaatsen vrij." in task or (seats == 1 and "Er is 1 plaats vrij." in task)
    assert '<a href="/vacatures/">Word lid van de raad</a>' in task


def test_meeting_task_shows_the_demo_meeting_with_date_and_sign_up(client):
    task = fragment(client.get("/").content.decode(), ".task--meeting")

    assert ">Open vergadering van de WIJ-raad</a>" in task
    assert "19:30 tot 21:30 uur</time>, WIJ-huis" in task
    assert '<a class="button" href="/aanmelden-open-vergadering/">Aanmelden' in task
    assert '<a href="/nieuws/agenda/">Kom naar een bijeenkomst</a>' in task


def test_contact_task_links_the_contact_page(client):
    task = fragment(client.get("/en/").content.decode(), ".task--contact")

    assert '<a href="/en/contact/">Send us a message</a>' in task


def test_latest_news_starts_with_the_current_item_and_keeps_the_old_letters_below(client):
    news = fragment(client.get("/").content.decode(), 'section[aria-labelledby="home-news-title"]')

    titles = texts(news, ".news-card__title")
    assert titles[0] == "De WIJ-raad zoekt nieuwe leden"
    assert "Open vergadering van de WIJ-raad" not in titles, "shown above as the meeting"


@pytest.mark.parametrize(
    ("url", "title", "sign_up"),
    [
        ("/nieuws/agenda/", "Open vergadering van de WIJ-raad", "/aanmelden-open-vergadering/"),
        ("/en/news/agenda/", "Open meeting of the WIJ-raad", "/en/sign-up-open-meeting/"),
    ],
)
def test_demo_agenda_lists_the_open_meeting_in_both_languages(client, url, title, sign_up):
    html = client.get(url).content.decode()

    item = next(item for item in fragments(html, ".agenda-item") if title in item)
    assert f'<a class="button" href="{sign_up}">' in item


@pytest.mark.parametrize(
    ("url", "title"),
    [("/nieuws/agenda/archief/", "Expertmeeting"), ("/en/news/agenda/archive/", "Expert meeting")],
)
def test_demo_archive_holds_the_past_expert_meeting(client, url, title):
    html = client.get(url).content.decode()

    assert any(title.casefold() in item.casefold() for item in texts(html, ".agenda-item__title"))
