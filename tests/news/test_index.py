import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests.factories.news import NewsPageFactory
from tests.html import fragment, texts

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2024, 6, 1, 12, 0, tzinfo=AMSTERDAM)
# Every public page costs at most 10 queries in a warm process (the site frame comes from the page cache).
INDEX_QUERY_BUDGET = 10


def titles(html):
    return texts(html, ".news-card__title > a")


def test_index_lists_newest_first(client, news_index, make_items):
    make_items(3)

    html = client.get("/nieuws/").content.decode()

    assert titles(html) == ["Bericht 002", "Bericht 001", "Bericht 000"]


def test_items_of_the_same_date_keep_a_stable_order(client, news_index, make_items):
    older = NewsPageFactory(parent=news_index, title="Eerst geplaatst", date=datetime.date(2024, 5, 5))
    newer = NewsPageFactory(parent=news_index, title="Later geplaatst", date=datetime.date(2024, 5, 5))

    html = client.get("/nieuws/").content.decode()

    assert titles(html) == [newer.title, older.title]


def test_index_shows_ten_items_per_page_and_page_two_has_the_rest(client, news_index, make_items):
    make_items(11)

    first = client.get("/nieuws/").content.decode()
    second = client.get("/nieuws/?page=2").content.decode()

    assert len(titles(first)) == 10
    assert titles(second) == ["Bericht 000"]
    assert "Pagina 2 van 2" in second


def test_pagination_is_an_accessible_nav_with_the_current_page_marked(client, news_index, make_items):
    make_items(25)

    html = client.get("/nieuws/?page=2").content.decode()

    nav = fragment(html, 'nav.pagination[aria-label="Paginanummers"]')
    assert '<a href="?page=2" aria-current="page"><span class="visually-hidden">Pagina </span>2</a>' in nav
    assert '<a href="?page=1" rel="prev">Vorige pagina</a>' in nav
    assert '<a href="?page=3" rel="next">Volgende pagina</a>' in nav
    assert nav.count('aria-current="page"') == 1


def test_index_without_enough_items_has_no_pagination(client, news_index, make_items):
    make_items(10)

    html = client.get("/nieuws/").content.decode()

    assert 'class="pagination"' not in html


@pytest.mark.parametrize(
    ("query", "expected_page"),
    [
        ("page=abc", 1),
        ("page=", 1),
        ("page=1.5", 1),
        ("page=0", 2),
        ("page=-1", 2),
        ("page=3", 2),
        ("page=99999999999999999999", 2),
    ],
)
def test_bad_page_numbers_give_the_first_or_last_page_never_an_error(
    client, news_index, make_items, query, expected_page
):
    make_items(11)

    response = client.get(f"/nieuws/?{query}")

    assert response.status_code == 200
    assert f"Pagina {expected_page} van 2" in response.content.decode()


def test_category_filter_shows_only_that_category_and_marks_the_link(client, news_index, make_items, advies, nieuws):
    make_items(2)
    NewsPageFactory(parent=news_index, title="Het advies", category=advies)

    html = client.get("/nieuws/?categorie=advies").content.decode()

    assert titles(html) == ["Het advies"]
    assert '<a href="/nieuws/?categorie=advies" aria-current="page">Advies</a>' in html
    assert '<a href="/nieuws/?categorie=nieuws">Nieuws</a>' in html
    assert '<a href="/nieuws/">Alle berichten</a>' in html
    assert "Berichten in de categorie Advies" in html


def test_category_links_come_from_the_editable_list_in_its_order(client, news_index, advies, nieuws):
    html = client.get("/nieuws/").content.decode()

    assert '<a href="/nieuws/" aria-current="page">Alle berichten</a>' in html
    assert html.index(">Nieuws</a>") < html.index(">Advies</a>")


def test_pagination_links_keep_the_category(client, news_index, make_items):
    make_items(12)

    html = client.get("/nieuws/?categorie=nieuws").content.decode()

    assert 'href="?categorie=nieuws&amp;page=2"' in html


def test_unknown_category_shows_all_items(client, news_index, make_items):
    make_items(2)

    response = client.get("/nieuws/?categorie=%27%22<x>")

    assert response.status_code == 200
    assert len(titles(response.content.decode())) == 2


def test_tag_filter_shows_items_with_that_tag(client, news_index, make_items):
    tagged, _untagged = make_items(2)
    tagged.tags.add("Mantelzorg")
    tagged.save_revision().publish()

    html = client.get("/nieuws/?onderwerp=mantelzorg").content.decode()

    assert titles(html) == [tagged.title]
    assert "Berichten over Mantelzorg" in html


def test_empty_index_says_there_is_no_news_yet(client, news_index):
    html = client.get("/nieuws/").content.decode()

    assert "Er zijn nog geen berichten. Kijk later nog eens." in html
    assert 'class="news-list"' not in html


def test_empty_category_says_nothing_matches_and_links_back(client, news_index, make_items, advies):
    make_items(1)

    html = client.get("/nieuws/?categorie=advies").content.decode()

    assert "Er zijn geen berichten die hierbij passen." in html
    assert '<a href="/nieuws/">Bekijk alle berichten</a>' in html


def test_draft_items_are_not_listed(client, news_index, make_items):
    live, draft = make_items(2)
    draft.unpublish()

    assert titles(client.get("/nieuws/").content.decode()) == [live.title]


@time_machine.travel(NOW, tick=False)
def test_upcoming_events_are_listed_first_soonest_first(client, news_index, make_items, nieuws):
    make_items(3)
    later = NewsPageFactory(
        parent=news_index,
        title="Later event",
        date=datetime.date(2024, 1, 1),
        event_start=NOW + datetime.timedelta(days=20),
    )
    sooner = NewsPageFactory(
        parent=news_index,
        title="Sooner event",
        date=datetime.date(2023, 1, 1),
        event_start=NOW + datetime.timedelta(days=2),
    )
    NewsPageFactory(parent=news_index, title="Past event", event_start=NOW - datetime.timedelta(days=2))

    html = client.get("/nieuws/").content.decode()

    upcoming = html[html.index('id="upcoming-title"') : html.index('id="news-list-title"')]
    assert titles(upcoming) == [sooner.title, later.title]
    assert html.index('id="upcoming-title"') < html.index('id="news-list-title"')


@time_machine.travel(NOW, tick=False)
def test_event_without_end_stays_upcoming_until_the_end_of_its_day(client, news_index):
    NewsPageFactory(parent=news_index, title="Vanochtend begonnen", event_start=NOW - datetime.timedelta(hours=3))

    html = client.get("/nieuws/").content.decode()

    assert 'id="upcoming-title"' in html
    assert "Geweest:" not in html


@time_machine.travel(NOW, tick=False)
def test_index_has_no_upcoming_section_without_future_events(client, news_index, make_items):
    make_items(2)
    NewsPageFactory(
        parent=news_index,
        title="Afgelopen",
        event_start=NOW - datetime.timedelta(days=3),
        event_end=NOW - datetime.timedelta(days=3, hours=-2),
    )

    html = client.get("/nieuws/").content.decode()

    assert 'id="upcoming-title"' not in html
    assert "Geweest:" in html


def test_index_links_to_its_feeds(client, news_index):
    html = client.get("/nieuws/").content.decode()

    assert '<a href="http://localhost/nieuws/feed/">Volg het nieuws met RSS</a>' in html
    assert 'type="application/atom+xml" title="Nieuws (Atom)" href="http://localhost/nieuws/feed/atom/"' in html


def count_queries(client, url):
    client.get(url)  # warm up: renditions and caches are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@time_machine.travel(NOW, tick=False)
def test_index_query_count_does_not_grow_with_the_number_of_items(
    client, news_index, make_items, django_assert_max_num_queries
):
    make_items(5, image=ImageFactory(), image_alt="Een foto")
    few = count_queries(client, "/nieuws/")
    print(f"/nieuws/ queries with 5 items: {few}")

    make_items(100, image=ImageFactory(), image_alt="Een andere foto")
    many = count_queries(client, "/nieuws/")
    print(f"/nieuws/ queries with 105 items: {many}")

    assert many == few
    assert many <= INDEX_QUERY_BUDGET
    with django_assert_max_num_queries(INDEX_QUERY_BUDGET):
        client.get("/nieuws/?page=3&categorie=nieuws")
