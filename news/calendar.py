"""Calendar files (.ics) for news items that announce an event."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone

from .links import absolute_url

ICS_FILENAME = "agenda.ics"
PRODUCT_ID = "-//WIJ-raad Groningen//Nieuws en agenda//NL"


def event_ics(page, request=None) -> bytes:
    """An iCalendar file with one VEVENT for a news item that is an event.

    Used for the download on the news item and as the attachment of a sign-up confirmation
    (without a request the URL uses the site's own host).
    """
    if page.event_start is None:
        raise ValueError(f"News item {page.pk} is not an event: it has no start time.")
    zone = ZoneInfo(settings.TIME_ZONE)
    start = page.event_start.astimezone(zone)
    end = page.event_end.astimezone(zone) if page.event_end else None
    url = absolute_url(page, request)

    event = icalendar.Event()
    # One UID for every translation of the item: a calendar that imports both keeps one event.
    event.add("uid", f"{page.translation_key}@{urlsplit(url).hostname if url else 'wijraad'}")
    event.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(datetime.UTC))
    event.add("dtstart", start)
    if end:
        event.add("dtend", end)
    event.add("summary", page.title)
    if page.intro:
        event.add("description", page.intro)
    if page.event_place:
        event.add("location", page.event_place)
    if url:
        event.add("url", url)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    # A small VTIMEZONE: only the rules around this event, not every year since 1970.
    margin = datetime.timedelta(days=366)
    calendar.add_missing_timezones(first_date=(start - margin).date(), last_date=((end or start) + margin).date())
    return calendar.to_ical()
