import datetime

import pytest
import time_machine

from formpages.models import FormPageSubmission
from tests.factories.contact import SubmissionFactory
from tests.factories.news import NewsPageFactory
from tests.formpages.form_pages import at
from tests.html import fragment, texts
from tests.news.agenda_pages import form_page

pytestmark = pytest.mark.django_db

NOW = at(2024, 6, 1, 12, 0)


def section(html, title_id):
    return fragment(html, f'section[aria-labelledby="{title_id}"]')


@time_machine.travel(NOW, tick=False)
def test_home_shows_the_three_latest_items_and_a_link_to_all_news(client, make_items):
    items = make_items(5)

    latest = section(client.get("/").content.decode(), "home-news-title")

    assert "Laatste nieuws" in latest
    assert texts(latest, ".news-card__title > a") == [
        items[4].title,
        items[3].title,
        items[2].title,
    ]
    assert '<a class="arrow-link" href="/nieuws/">Al het nieuws</a>' in latest


def meeting(news_index, title, start, **fields):
    return NewsPageFactory(parent=news_index, title=title, event_start=start, event_location="Stadhuis", **fields)


def hero_meeting(client):
    return fragment(client.get("/").content.decode(), ".task--meeting")


@time_machine.travel(NOW, tick=False)
def test_hero_shows_the_next_meeting_with_its_date_place_and_sign_up(client, home, news_index, make_items):
    make_items(3)
    form = form_page(home, max_signups=40)
    meeting(news_index, "Afgelopen avond", NOW - datetime.timedelta(days=1), signup_page=form)
    meeting(news_index, "Later overleg", NOW + datetime.timedelta(days=30))
    meeting(news_index, "Eerstvolgende avond", at(2024, 6, 4, 19, 0), date=datetime.date(2023, 1, 1), signup_page=form)

    task = hero_meeting(client)

    assert texts(task, ".task__title") == ["Kom naar een bijeenkomst"]
    assert '<a href="/nieuws/agenda/">Kom naar een bijeenkomst</a>' in task
    assert ">Eerstvolgende avond</a>" in task
    assert "dinsdag 4 juni 2024, 19:00 uur</time>, Stadhuis" in task
    assert '<a class="button" href="/inschrijven/">Aanmelden' in task
    assert "Later overleg" not in task and "Afgelopen avond" not in task


@time_machine.travel(NOW, tick=False)
def test_hero_skips_a_full_meeting_for_the_next_one_with_places(client, home, news_index):
    full = form_page(home, slug="vol", max_signups=1)
    open_form = form_page(home, slug="plaats")
    meeting(news_index, "Volle avond", at(2024, 6, 4, 19, 0), signup_page=full)
    meeting(news_index, "Avond met plaats", at(2024, 6, 11, 19, 0), signup_page=open_form)
    FormPageSubmission.objects.create(page=full, submission=SubmissionFactory(), form_data={})

    task = hero_meeting(client)

    assert ">Avond met plaats</a>" in task
    assert "Volle avond" not in task


@time_machine.travel(NOW, tick=False)
def test_hero_shows_the_meeting_the_editors_chose_while_it_is_to_come(client, home, news_index):
    meeting(news_index, "Eerstvolgende avond", at(2024, 6, 4, 19, 0))
    chosen = meeting(news_index, "Gekozen avond", at(2024, 9, 3, 19, 0))
    home.featured_meeting = chosen
    home.save_revision().publish()

    assert ">Gekozen avond</a>" in hero_meeting(client)
    upcoming = fragment(client.get("/").content.decode(), 'section[aria-labelledby="home-agenda-title"]')
    assert texts(upcoming, ".agenda-item__title") == ["Eerstvolgende avond"]
    assert '<a class="arrow-link" href="/nieuws/agenda/">Bekijk de hele agenda</a>' in upcoming

    with time_machine.travel(at(2024, 9, 4, 12, 0), tick=False):
        task = hero_meeting(client)
    assert "Gekozen avond" not in task
    assert "Er staat nu geen bijeenkomst in de agenda. Kijk later nog eens." in task


@time_machine.travel(NOW, tick=False)
def test_hero_may_feature_a_form_without_a_meeting(client, home, news_index):
    form = form_page(home, title="Meedenken over de nieuwe website", closes_at=at(2024, 6, 20, 17, 0))
    home.featured_meeting = form
    home.save_revision().publish()

    task = hero_meeting(client)

    assert '<a href="/inschrijven/">Meedenken over de nieuwe website</a>' in task
    assert '<a class="button" href="/inschrijven/">Aanmelden' in task


@time_machine.travel(NOW, tick=False)
def test_home_without_meetings_says_so(client, make_items):
    make_items(2)

    html = client.get("/").content.decode()

    assert "Er staat nu geen bijeenkomst in de agenda." in fragment(html, ".task--meeting")
    assert "Er staan nu geen bijeenkomsten in de agenda." in html
    assert 'id="home-news-title"' in html


@time_machine.travel(NOW, tick=False)
def test_news_the_editors_chose_comes_first_then_the_newest(client, home, make_items):
    items = make_items(5)
    home.featured_news = items[0]
    home.save_revision().publish()

    latest = section(client.get("/").content.decode(), "home-news-title")

    assert texts(latest, ".news-card__title > a") == [items[0].title, items[4].title, items[3].title]


@time_machine.travel(NOW, tick=False)
def test_the_meetings_shown_above_are_not_repeated_in_the_news(client, news_index, make_items):
    items = make_items(3)
    meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 0), date=datetime.date(2024, 5, 30))

    html = client.get("/").content.decode()

    assert texts(section(html, "home-news-title"), ".news-card__title > a") == [item.title for item in items[::-1]]
    assert "Open vergadering" in fragment(html, ".task--meeting")


def test_home_without_a_news_index_still_renders(client, home):
    response = client.get("/")

    assert response.status_code == 200
    assert "Laatste nieuws" not in response.content.decode()


def test_home_with_an_empty_news_index_says_so(client, news_index):
    latest = section(client.get("/").content.decode(), "home-news-title")

    assert "Er zijn nog geen berichten." in latest
