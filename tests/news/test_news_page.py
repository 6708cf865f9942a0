import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail_factories import DocumentFactory, ImageFactory

from home.models import ContentPage
from news.models import NewsIndexPage, NewsPage
from tests.factories.home import ContentPageFactory
from tests.factories.news import NewsPageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MEETING_START = datetime.datetime(2017, 10, 31, 19, 0, tzinfo=AMSTERDAM)
BEFORE_THE_MEETING = datetime.datetime(2017, 10, 1, 12, 0, tzinfo=AMSTERDAM)
AFTER_THE_MEETING = datetime.datetime(2017, 11, 1, 9, 0, tzinfo=AMSTERDAM)
# Every public page costs at most 10 queries in a warm process, also an event with image, documents, tags and a
# sign-up page.
NEWS_PAGE_QUERY_BUDGET = 10


def meeting(news_index, **fields):
    defaults = {
        "title": "Expertmeeting",
        "slug": "expertmeeting",
        "event_start": MEETING_START,
        "event_location": "Stadhuis",
        "event_address": "Grote Markt 1",
        "event_city": "Groningen",
    }
    return NewsPageFactory(parent=news_index, **(defaults | fields))


def test_news_item_shows_date_category_intro_body_and_back_link(client, news_index, advies):
    page = NewsPageFactory(
        parent=news_index,
        title="Advies over de entree",
        slug="advies-over-de-entree",
        date=datetime.date(2016, 12, 5),
        category=advies,
        intro="Wat wij adviseren.",
        body=[("heading", {"text": "Ons advies", "level": "h2"}), ("paragraph", "<p>Maak de entree gelijk.</p>")],
    )

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Advies over de entree</h1>" in html
    assert '<time datetime="2016-12-05">5 december 2016</time>' in html
    assert '<a href="/nieuws/?categorie=advies">Advies</a>' in html
    assert '<p class="lead">Wat wij adviseren.</p>' in html
    assert "<h2>Ons advies</h2>" in html and "<p>Maak de entree gelijk.</p>" in html
    assert '<a href="/nieuws/">Terug naar Nieuws</a>' in html
    assert "Wanneer en waar" not in html


def test_news_item_lists_its_documents_and_tags(client, news_index):
    letter = DocumentFactory(title="Brief 5 december 2016")
    page = NewsPageFactory(
        parent=news_index, documents=[("document", {"document": letter, "title": "De brief als PDF"})]
    )
    page.tags.add("WIJ-raad")
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert '<h2 id="news-documents-title">Bijlagen</h2>' in html
    assert f'<a href="{letter.url}">De brief als PDF</a>' in html
    assert '<a href="/nieuws/?onderwerp=wij-raad">WIJ-raad</a>' in html


def test_main_image_is_shown_with_its_alt_text(client, news_index):
    page = NewsPageFactory(parent=news_index, image=ImageFactory(), image_alt="Leden van de WIJ-raad aan tafel")

    html = client.get(page.url).content.decode()

    assert 'alt="Leden van de WIJ-raad aan tafel"' in html


def test_main_image_without_alt_text_is_refused(news_index):
    page = NewsPageFactory.build(title="Met foto", slug="met-foto", image=ImageFactory(), image_alt=" ")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "image_alt" in error.value.message_dict


def test_event_end_must_come_after_its_start(news_index):
    page = NewsPageFactory.build(
        title="Avond", slug="avond", event_start=MEETING_START, event_end=MEETING_START - datetime.timedelta(hours=1)
    )

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert error.value.message_dict["event_end"] == ["Het einde moet na het begin liggen."]


def test_event_location_without_start_asks_for_the_start(news_index):
    page = NewsPageFactory.build(title="Ergens", slug="ergens", event_location="Stadhuis")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "event_start" in error.value.message_dict


def test_slug_feed_is_reserved_for_the_news_feed(news_index):
    page = NewsPageFactory.build(title="Feed", slug="feed")

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "slug" in error.value.message_dict


def test_page_tree_rules(home, news_index):
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)
    assert not ContentPage.can_create_at(news_index)
    assert not NewsIndexPage.can_create_at(home), "only one news index per parent"
    assert NewsPage.subpage_types == []
    other_section = ContentPageFactory(parent=home)
    assert not NewsIndexPage.can_create_at(other_section)


@time_machine.travel(BEFORE_THE_MEETING, tick=False)
def test_upcoming_event_says_when_and_where_in_dutch_and_offers_calendar_and_sign_up(client, home, news_index):
    form = ContentPageFactory(parent=home, title="Aanmelden expertmeeting", slug="aanmelden")
    page = meeting(news_index, signup_page=form)

    html = client.get(page.url).content.decode()

    assert '<h2 id="event-details-title">Wanneer en waar</h2>' in html
    assert '<time datetime="2017-10-31T19:00:00+01:00">dinsdag 31 oktober 2017, 19:00 uur</time>' in html
    assert "<dd>Stadhuis<br>Grote Markt 1, Groningen</dd>" in html
    assert '<a class="button" href="/aanmelden/">Aanmelden</a>' in html
    assert 'href="/nieuws/expertmeeting/agenda.ics" download>Zet in je agenda' in html
    assert "voorbij" not in html


@time_machine.travel(AFTER_THE_MEETING, tick=False)
def test_past_event_says_it_is_past_and_offers_no_sign_up(client, home, news_index):
    form = ContentPageFactory(parent=home, title="Aanmelden expertmeeting", slug="aanmelden")
    page = meeting(news_index, signup_page=form)

    html = client.get(page.url).content.decode()

    assert "Deze bijeenkomst is voorbij." in html
    assert "dinsdag 31 oktober 2017, 19:00 uur" in html
    assert "/aanmelden/" not in html
    assert "agenda.ics" not in html


@time_machine.travel(BEFORE_THE_MEETING, tick=False)
def test_unpublished_sign_up_page_is_not_linked(client, home, news_index):
    form = ContentPageFactory(parent=home, title="Aanmelden", slug="aanmelden")
    form.unpublish()
    page = meeting(news_index, signup_page=form)

    html = client.get(page.url).content.decode()

    assert "/aanmelden/" not in html


def render_when(page):
    return render_to_string("news/includes/event_when.html", {"event": page})


def test_event_time_with_end_on_the_same_day():
    page = NewsPage(event_start=MEETING_START, event_end=MEETING_START + datetime.timedelta(hours=2, minutes=30))

    assert ">dinsdag 31 oktober 2017, 19:00 tot 21:30 uur</time>" in render_when(page)


def test_event_over_several_days_names_both_days():
    page = NewsPage(event_start=MEETING_START, event_end=MEETING_START + datetime.timedelta(days=1))

    assert ">van dinsdag 31 oktober 2017, 19:00 uur tot woensdag 1 november 2017, 19:00 uur</time>" in render_when(page)


def test_event_date_follows_the_active_language():
    page = NewsPage(event_start=MEETING_START)

    with translation.override("en"):
        html = render_when(page)

    assert "Tuesday 31 October 2017" in html
    assert "dinsdag" not in html


def test_event_time_is_shown_in_amsterdam_time_whatever_zone_it_was_entered_in():
    page = NewsPage(event_start=MEETING_START.astimezone(datetime.UTC))

    assert "dinsdag 31 oktober 2017, 19:00 uur" in render_when(page)


@time_machine.travel(BEFORE_THE_MEETING, tick=False)
def test_news_item_query_count_does_not_grow_with_documents_tags_or_other_items(
    client, home, news_index, make_items, django_assert_max_num_queries
):
    form = ContentPageFactory(parent=home, slug="aanmelden")
    image = ImageFactory()

    def item_with(documents, slug):
        page = meeting(
            news_index,
            slug=slug,
            image=image,
            image_alt="Het stadhuis",
            signup_page=form,
            documents=[("document", {"document": DocumentFactory(), "title": ""}) for _ in range(documents)],
        )
        page.tags.add(*[f"onderwerp {number}" for number in range(documents)])
        page.save_revision().publish()
        return page.url

    small = item_with(1, "klein")
    make_items(5)
    client.get(small)
    with CaptureQueriesContext(connection) as few:
        client.get(small)

    large = item_with(8, "groot")
    make_items(20)
    client.get(large)
    with CaptureQueriesContext(connection) as many:
        client.get(large)

    print(f"news item queries: {len(few)} (1 document) and {len(many)} (8 documents)")
    assert len(many) == len(few)
    with django_assert_max_num_queries(NEWS_PAGE_QUERY_BUDGET):
        client.get(large)


def test_admin_offers_the_news_form_and_refuses_a_second_news_index(admin_client, home, news_index):
    news_form = admin_client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    second_index = admin_client.get(f"/admin/pages/add/news/newsindexpage/{home.pk}/")

    assert news_form.status_code == 200
    html = news_form.content.decode()
    for label in ["Datum", "Categorie", "Alternatieve tekst van de afbeelding", "Bijlagen", "Pagina om aan te melden"]:
        assert label in html, label
    assert second_index.status_code == 302, "Wagtail sends the secretary back: only one news index per parent"
