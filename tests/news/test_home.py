import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.factories.news import NewsPageFactory
from tests.html import fragment, texts

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2024, 6, 1, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


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


@time_machine.travel(NOW, tick=False)
def test_home_shows_the_next_upcoming_event(client, news_index, make_items):
    make_items(3)
    NewsPageFactory(parent=news_index, title="Afgelopen avond", event_start=NOW - datetime.timedelta(days=1))
    NewsPageFactory(parent=news_index, title="Later overleg", event_start=NOW + datetime.timedelta(days=30))
    NewsPageFactory(
        parent=news_index,
        title="Eerstvolgende avond",
        date=datetime.date(2023, 1, 1),
        event_start=datetime.datetime(2024, 6, 4, 19, 0, tzinfo=NOW.tzinfo),
        event_location="Stadhuis",
    )

    event = section(client.get("/").content.decode(), "home-event-title")

    assert "Eerstvolgende bijeenkomst" in event
    assert "Eerstvolgende avond" in event
    assert "dinsdag 4 juni 2024, 19:00 uur</time>, Stadhuis" in event
    assert "Later overleg" not in event and "Afgelopen avond" not in event


@time_machine.travel(NOW, tick=False)
def test_home_has_no_event_block_without_upcoming_events(client, make_items):
    make_items(2)

    html = client.get("/").content.decode()

    assert 'id="home-event-title"' not in html
    assert 'id="home-news-title"' in html


def test_home_without_a_news_index_still_renders(client, home):
    response = client.get("/")

    assert response.status_code == 200
    assert "Laatste nieuws" not in response.content.decode()


def test_home_with_an_empty_news_index_says_so(client, news_index):
    latest = section(client.get("/").content.decode(), "home-news-title")

    assert "Er zijn nog geen berichten." in latest
