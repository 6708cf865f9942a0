import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.test import RequestFactory

from news.calendar import event_ics
from tests.factories.news import NewsPageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
START = datetime.datetime(2017, 10, 31, 19, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def event(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Expertmeeting 'WIJ en het veld'",
        slug="expertmeeting",
        intro="De gemeenteraad wil uw mening horen.",
        event_start=START,
        event_end=START + datetime.timedelta(hours=2, minutes=30),
        event_location="Stadhuis",
        event_address="Grote Markt 1",
        event_city="Groningen",
    )


def only_event(data):
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_ics_has_a_valid_vevent_in_amsterdam_time(event, settings):
    settings.SITE_URL = "https://wijraad.example.org"
    request = RequestFactory().get("/", HTTP_HOST="wijraad.example.org")

    calendar, vevent = only_event(event_ics(event, request))

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert str(vevent["UID"]) == f"{event.translation_key}@wijraad.example.org"
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert vevent.decoded("DTSTART") == START
    assert vevent["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert vevent.decoded("DTEND") == datetime.datetime(2017, 10, 31, 21, 30, tzinfo=AMSTERDAM)
    assert str(vevent["SUMMARY"]) == "Expertmeeting 'WIJ en het veld'"
    assert str(vevent["LOCATION"]) == "Stadhuis, Grote Markt 1, Groningen"
    assert str(vevent["URL"]) == "https://wijraad.example.org/nieuws/expertmeeting/"
    assert str(vevent["DESCRIPTION"]) == "De gemeenteraad wil uw mening horen."
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert calendar.get_missing_tzids() == set()


def test_ics_without_a_request_uses_the_sites_own_address(event):
    _calendar, vevent = only_event(event_ics(event))

    assert str(vevent["URL"]) == "http://localhost/nieuws/expertmeeting/"
    assert str(vevent["UID"]).endswith("@localhost")


def test_ics_of_an_event_without_end_time_has_no_end(event):
    event.event_end = None

    _calendar, vevent = only_event(event_ics(event))

    assert "DTEND" not in vevent
    assert vevent.decoded("DTSTART") == START


def test_ics_of_an_item_that_is_no_event_is_refused(news_index):
    page = NewsPageFactory(parent=news_index)

    with pytest.raises(ValueError, match="not an event"):
        event_ics(page)


def test_ics_download_from_the_news_item(client, event):
    response = client.get("/nieuws/expertmeeting/agenda.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="expertmeeting.ics"'
    _calendar, vevent = only_event(response.content)
    assert str(vevent["URL"]) == "http://localhost/nieuws/expertmeeting/"


@pytest.mark.parametrize(
    "url",
    [
        "/nieuws/gewoon-bericht/agenda.ics",  # not an event
        "/nieuws/bestaat-niet/agenda.ics",
        "/nieuws/agenda.ics",  # the index itself
        "/nieuws/expertmeeting/agenda.ics/",
    ],
)
def test_ics_urls_that_do_not_fit_give_not_found(client, event, news_index, url):
    NewsPageFactory(parent=news_index, slug="gewoon-bericht")

    assert client.get(url).status_code == 404


def test_ics_of_a_draft_is_not_served(client, event):
    event.unpublish()

    assert client.get("/nieuws/expertmeeting/agenda.ics").status_code == 404
