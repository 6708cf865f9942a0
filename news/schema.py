"""schema.org JSON-LD for news items (rendered by base.html through `structured_data`)."""

from django.utils import timezone

from home.schema import organisation
from home.site_address import absolute

from .links import absolute_url

SCHEMA = "https://schema.org"


def for_news_page(page, request):
    url = absolute_url(page, request)
    publisher = organisation(request)
    article = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "datePublished": page.date.isoformat(),
        "description": page.meta_description,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": page.locale.language_code,
        "publisher": publisher,
        "author": publisher,
    }
    if page.last_published_at:
        article["dateModified"] = timezone.localtime(page.last_published_at).replace(microsecond=0).isoformat()
    if page.image:
        rendition = page.image.get_rendition("fill-1200x675")
        article["image"] = [absolute(rendition.url)]
    if not page.is_event:
        return article
    return [article, _event(page, url, publisher)]


def _event(page, url, publisher):
    event = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "description": page.meta_description,
        "startDate": timezone.localtime(page.event_start).isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": page.event_location or page.event_city,
            "address": _without_blanks(
                {
                    "@type": "PostalAddress",
                    "streetAddress": page.event_address,
                    "addressLocality": page.event_city,
                    "addressCountry": "NL",
                }
            ),
        },
        "url": url,
        "organizer": {"@type": "Organization", "name": page.event_organiser} if page.event_organiser else publisher,
    }
    if page.event_end:
        event["endDate"] = timezone.localtime(page.event_end).isoformat()
    return event


def _without_blanks(data):
    return {key: value for key, value in data.items() if value}
