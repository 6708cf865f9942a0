"""The agenda (/nieuws/agenda/): meetings to come and open sign-up forms, wherever they sit; past meetings in the
archive; the "Aanmelden" button only while a form takes sign-ups."""

import datetime
import re

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.home import ContentPageFactory
from tests.factories.news import NewsPageFactory
from tests.formpages.form_pages import at, make_signup_form, signup
from tests.html import fragment, fragments, texts
from tests.news.agenda_pages import form_page

pytestmark = pytest.mark.django_db

NOW = at(2024, 6, 1, 12, 0)


def meeting(news_index, title, start, **fields):
    return NewsPageFactory(
        parent=news_index,
        title=title,
        event_start=start,
        event_end=start + datetime.timedelta(hours=2),
        event_location="WIJ-huis",
        event_address="Voorbeeldstraat 12",
        **fields,
    )


def agenda_items(html):
    return texts(html, ".agenda-item__title")


def item_with(html, title):
    return next(item for item in fragments(html, ".agenda-item") if f">{title}</a></h3>" in item)


@time_machine.travel(NOW, tick=False)
def test_agenda_lists_meetings_to_come_with_date_place_and_sign_up_soonest_first(client, home, news_index):
    form = make_signup_form(home, max_signups=40)
    meeting(news_index, "Later overleg", at(2024, 7, 2, 19, 30))
    meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30), signup_page=form)
    meeting(news_index, "Vorige vergadering", at(2024, 5, 7, 19, 30))

    html = client.get("/nieuws/agenda/").content.decode()

    assert agenda_items(html) == ["Open vergadering", "Later overleg"]
    item = item_with(html, "Open vergadering")
    assert "dinsdag 4 juni 2024, 19:30 tot 21:30 uur</time>" in item
    assert "<dd>WIJ-huis, Voorbeeldstraat 12, Groningen</dd>" in item
    assert '<a class="button" href="/aanmelden/">Aanmelden' in item
    assert "Nog 40 plaatsen vrij" in item
    assert "Aanmelden" not in item_with(html, "Later overleg")
    assert '<a class="arrow-link" href="/nieuws/agenda/archief/">Eerdere bijeenkomsten</a>' in html


@time_machine.travel(NOW, tick=False)
def test_past_meetings_are_in_the_archive_latest_first_without_sign_up(client, home, news_index):
    form = make_signup_form(home)
    meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30))
    meeting(news_index, "Mei-vergadering", at(2024, 5, 7, 19, 30), signup_page=form)
    meeting(news_index, "April-vergadering", at(2024, 4, 2, 19, 30))
    meeting(news_index, "Vanochtend", at(2024, 6, 1, 9, 0))

    html = client.get("/nieuws/agenda/archief/").content.decode()

    assert "<h1>Eerdere bijeenkomsten</h1>" in html
    assert agenda_items(html) == ["Vanochtend", "Mei-vergadering", "April-vergadering"]
    assert "/aanmelden/" not in html
    assert '<a class="arrow-link" href="/nieuws/agenda/">Naar de bijeenkomsten die nog komen</a>' in html


@time_machine.travel(NOW, tick=False)
def test_a_meeting_moves_to_the_archive_when_it_is_over(client, news_index):
    meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30))

    assert agenda_items(client.get("/nieuws/agenda/").content.decode()) == ["Open vergadering"]
    with time_machine.travel(at(2024, 6, 4, 21, 31), tick=False):
        assert agenda_items(client.get("/nieuws/agenda/").content.decode()) == []
        assert agenda_items(client.get("/nieuws/agenda/archief/").content.decode()) == ["Open vergadering"]


@time_machine.travel(NOW, tick=False)
def test_agenda_lists_a_sign_up_form_added_anywhere_in_the_tree(client, home, news_index):
    section = ContentPageFactory(parent=ContentPageFactory(parent=home, slug="wijken"), slug="noord")
    form = form_page(section, closes_at=at(2024, 6, 20, 17, 0))

    html = client.get("/nieuws/agenda/").content.decode()

    listed = fragment(html, 'section[aria-labelledby="agenda-forms-title"]')
    assert "Je kunt je ook aanmelden voor" in listed
    assert agenda_items(listed) == [form.title]
    assert "Aanmelden kan tot donderdag 20 juni 2024, 17:00 uur." in listed
    assert f'<a class="button" href="{form.url}">Aanmelden' in listed


@time_machine.travel(NOW, tick=False)
def test_a_closed_or_unpublished_form_without_a_meeting_is_not_listed(client, home, news_index):
    form_page(home, closes_at=at(2024, 5, 31, 23, 59))
    draft = form_page(ContentPageFactory(parent=home), title="Concept")
    draft.unpublish()

    html = client.get("/nieuws/agenda/").content.decode()

    assert 'aria-labelledby="agenda-forms-title"' not in html
    assert "Er staan nu geen bijeenkomsten in de agenda." in html


@time_machine.travel(NOW, tick=False)
def test_a_full_form_shows_no_sign_up_button_on_the_agenda_nor_the_news_item(client, home, news_index):
    form = make_signup_form(home, max_signups=1)
    item = meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30), signup_page=form)
    assert '<a class="button" href="/aanmelden/">' in client.get(item.url).content.decode()

    assert signup(client).status_code == 302  # stored; the thank-you page follows

    for url in ["/nieuws/agenda/", item.url, "/"]:
        html = client.get(url).content.decode()
        assert '<a class="button" href="/aanmelden/">' not in html, url
        assert "Vol: alle plaatsen zijn bezet." in html, url


@time_machine.travel(NOW, tick=False)
def test_a_closed_form_shows_no_sign_up_button_on_the_news_item(client, home, news_index):
    form = make_signup_form(home, closes_at=at(2024, 5, 28, 23, 59))
    item = meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30), signup_page=form)

    html = client.get(item.url).content.decode()

    assert '<a class="button" href="/aanmelden/">' not in html
    assert "Aanmelden kan niet meer." in html


@time_machine.travel(NOW, tick=False)
def test_a_form_not_yet_open_says_from_when(client, home, news_index):
    form = make_signup_form(home, opens_at=at(2024, 6, 2, 9, 0))
    meeting(news_index, "Open vergadering", at(2024, 6, 4, 19, 30), signup_page=form)

    item = item_with(client.get("/nieuws/agenda/").content.decode(), "Open vergadering")

    assert '<a class="button"' not in item
    assert "Aanmelden kan vanaf zondag 2 juni 2024, 09:00 uur." in item
    with time_machine.travel(at(2024, 6, 2, 9, 0), tick=False):
        item = item_with(client.get("/nieuws/agenda/").content.decode(), "Open vergadering")
        assert '<a class="button" href="/aanmelden/">' in item


def test_news_item_may_not_take_the_agenda_address(news_index):
    page = NewsPageFactory.build(title="Agenda", slug="agenda")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert error.value.message_dict["slug"] == [
        "Dit webadres is al in gebruik voor de nieuwsfeed of de agenda. Kies een ander."
    ]


@time_machine.travel(NOW, tick=False)
def test_agenda_query_count_does_not_grow_with_meetings_or_forms(client, home, news_index):
    def add(number):
        form = form_page(home, slug=f"aanmelden-{number}", title=f"Aanmelden {number}", max_signups=10)
        meeting(news_index, f"Vergadering {number}", at(2024, 6, 4 + number, 19, 30), signup_page=form)
        form_page(ContentPageFactory(parent=home), slug=f"los-{number}", title=f"Los {number}")

    add(1)
    client.get("/nieuws/agenda/")
    with CaptureQueriesContext(connection) as few:
        client.get("/nieuws/agenda/")
    for number in range(2, 7):
        add(number)
    client.get("/nieuws/agenda/")
    with CaptureQueriesContext(connection) as many:
        html = client.get("/nieuws/agenda/").content.decode()

    assert len(agenda_items(html)) == 12
    assert len(many) == len(few) <= 10


def test_the_agenda_is_in_the_sitemap(client, news_index):
    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())

    assert f"http://localhost{news_index.url}agenda/" in locations
    assert f"http://localhost{news_index.url}" in locations
