import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import RequestFactory
from wagtail_factories import ImageFactory

from tests.factories.news import NewsPageFactory

pytestmark = pytest.mark.django_db

START = datetime.datetime(2017, 10, 31, 19, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture
def request_(site):
    return RequestFactory().get("/")


def test_news_item_is_a_news_article(news_index, request_):
    page = NewsPageFactory(
        parent=news_index, title="Brief over burgerparticipatie", slug="brief", date=datetime.date(2017, 12, 12)
    )

    data = page.structured_data(request_)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Brief over burgerparticipatie"
    assert data["datePublished"] == "2017-12-12"
    assert data["description"] == page.intro
    assert data["url"] == "http://localhost/nieuws/brief/"
    assert data["publisher"]["@type"] == "Organization"
    assert (data["publisher"]["name"], data["publisher"]["url"]) == ("WIJ-raad Groningen", "http://localhost/")
    assert "image" not in data


def test_news_article_has_its_image_as_an_absolute_url(news_index, request_):
    page = NewsPageFactory(parent=news_index, image=ImageFactory(), image_alt="Het stadhuis")

    data = page.structured_data(request_)

    assert data["image"][0].startswith("http://localhost/")


def test_event_item_is_also_an_event_with_place_and_organizer(news_index, request_):
    page = NewsPageFactory(
        parent=news_index,
        slug="expertmeeting",
        event_start=START,
        event_end=START + datetime.timedelta(hours=2),
        event_location="Stadhuis",
        event_address="Grote Markt 1",
        event_city="Groningen",
        event_organiser="Gemeenteraad Groningen",
    )

    article, event = page.structured_data(request_)

    assert article["@type"] == "NewsArticle"
    assert event["@type"] == "Event"
    assert event["name"] == page.title
    assert event["startDate"] == "2017-10-31T19:00:00+01:00"
    assert event["endDate"] == "2017-10-31T21:00:00+01:00"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"] == {
        "@type": "Place",
        "name": "Stadhuis",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Grote Markt 1",
            "addressLocality": "Groningen",
            "addressCountry": "NL",
        },
    }
    assert event["url"] == "http://localhost/nieuws/expertmeeting/"
    assert event["organizer"] == {"@type": "Organization", "name": "Gemeenteraad Groningen"}


def test_event_without_organiser_or_end_is_organised_by_the_council(news_index, request_):
    page = NewsPageFactory(parent=news_index, event_start=START, event_city="Groningen")

    _article, event = page.structured_data(request_)

    assert event["organizer"]["name"] == "WIJ-raad Groningen"
    assert "endDate" not in event
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Groningen",
        "addressCountry": "NL",
    }
