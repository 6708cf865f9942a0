"""Search, head tags and JSON-LD on the news page types (news item, event, index)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.html import items_of_type, json_ld_items, parse_head

from .helpers import paragraph_body, result_titles

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def event(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Open avond in de Wijert",
        slug="open-avond",
        date=datetime.date(2030, 5, 1),
        intro="Kom praten over zorg in de wijk.",
        body=paragraph_body("Iedereen is welkom bij de inloopavond."),
        event_start=datetime.datetime(2030, 5, 20, 19, 30, tzinfo=AMSTERDAM),
        event_end=datetime.datetime(2030, 5, 20, 21, 0, tzinfo=AMSTERDAM),
        event_location="Wijkcentrum De Wijert",
        event_address="Van Lenneplaan 1",
        event_city="Groningen",
    )


def test_search_finds_a_news_item_by_a_word_in_its_body(client, news_index):
    NewsPageFactory(parent=news_index, title="Advies over de Wmo", body=paragraph_body("Ons advies over huishoudhulp."))
    NewsPageFactory(parent=news_index, title="Jaarverslag", body=paragraph_body("Het jaarverslag is klaar."))

    response = client.get("/zoeken/", {"q": "huishoudhulp"})

    assert result_titles(response) == ["Advies over de Wmo"]
    assert "Onderdeel: Nieuws" in response.content.decode()


def test_news_item_describes_itself_as_a_news_article(client, news_index):
    page = NewsPageFactory(
        parent=news_index,
        title="Nieuwe leden gezocht",
        slug="nieuwe-leden",
        date=datetime.date(2024, 3, 1),
        intro="De WIJ-raad zoekt nieuwe leden.",
    )

    response = client.get(page.url)

    head = parse_head(response)
    assert head.links["canonical"] == "http://localhost/nieuws/nieuwe-leden/"
    assert head.meta["og:title"] == "Nieuwe leden gezocht"
    assert head.meta["og:description"] == "De WIJ-raad zoekt nieuwe leden."
    assert head.meta["twitter:card"] in ("summary", "summary_large_image")
    (article,) = items_of_type(response, "NewsArticle")
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "Nieuwe leden gezocht"
    assert article["datePublished"] == "2024-03-01"
    assert article["url"].endswith("/nieuws/nieuwe-leden/")
    assert article["publisher"]["@type"] == "Organization" and article["publisher"]["name"]
    assert items_of_type(response, "Event") == []


def test_event_has_a_valid_event_block(client, event):
    response = client.get(event.url)

    (schema_event,) = items_of_type(response, "Event")
    assert schema_event["@context"] == "https://schema.org"
    assert schema_event["name"] == "Open avond in de Wijert"
    start = datetime.datetime.fromisoformat(schema_event["startDate"])
    assert start == datetime.datetime(2030, 5, 20, 19, 30, tzinfo=AMSTERDAM)
    assert start.utcoffset() is not None, "startDate needs a time zone"
    assert datetime.datetime.fromisoformat(schema_event["endDate"]) > start
    location = schema_event["location"]
    assert location["@type"] == "Place"
    assert location["name"] == "Wijkcentrum De Wijert"
    assert location["address"]["streetAddress"] == "Van Lenneplaan 1"
    assert location["address"]["addressLocality"] == "Groningen"
    assert len(items_of_type(response, "NewsArticle")) == 1


def test_news_index_has_head_tags_and_no_article_data(client, news_index):
    response = client.get("/nieuws/")

    head = parse_head(response)
    assert head.title == "Nieuws - WIJ-raad"
    assert head.links["canonical"] == "http://localhost/nieuws/"
    assert head.meta["og:url"] == "http://localhost/nieuws/"
    assert head.meta["description"] == head.meta["og:description"] == "Berichten van de WIJ-raad."
    assert all(item.get("@type") != "NewsArticle" for item in json_ld_items(response))
