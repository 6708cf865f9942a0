"""schema.org data about the council itself: the one builder for the home page, the publisher of news, the contact
page and the organisation that offers a vacancy."""

from django.urls import reverse

from .models import SiteSettings, organisation_name
from .site_address import absolute


def organisation(request):
    """The WIJ-raad as a schema.org Organization, in the active language (its name and home page follow it)."""
    site_settings = SiteSettings.for_request(request)
    data = {
        "@type": "Organization",
        "name": organisation_name(request),
        "url": absolute(reverse("wagtail_serve", args=("",))),
        "email": site_settings.secretary_email,
        "address": {"@type": "PostalAddress", "addressLocality": "Groningen", "addressCountry": "NL"},
    }
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    return data
