"""Error pages that say how to reach the secretary, in the site's look.

404 and the CSRF failure extend base.html (the site's header, menu and footer). 400, 429 and 500 use
errors/layout.html, which needs no database: 400 and 429 fill in the contact details from the settings when the
database answers; the 500 page is a static file, written by `manage.py build_error_pages` (after collectstatic) into
STATIC_ROOT/errors/, served by `server_error` without touching the database, and by nginx when no app server answers
(site/nginx/locations.conf).
"""

import logging
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site

from .models import DEFAULT_ORGANISATION_NAME, FooterText, SiteSettings

logger = logging.getLogger(__name__)

STATIC_PAGES = ["500.html", "429.html"]


def default_contact():
    """What the error pages say when the settings cannot be read."""
    return {
        "organisation_name": DEFAULT_ORGANISATION_NAME,
        "email": SiteSettings._meta.get_field("secretary_email").default,
        "phone": "",
    }


def contact_details():
    """The secretary's e-mail address and phone number from the site settings, else the defaults."""
    try:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return default_contact()
        site_settings = SiteSettings.for_site(site)
        footer = FooterText.for_language(settings.LANGUAGE_CODE)
        return {
            "organisation_name": footer.organisation_name if footer else DEFAULT_ORGANISATION_NAME,
            "email": site_settings.secretary_email,
            "phone": site_settings.phone,
        }
    except DatabaseError:
        logger.warning("Error page: the contact details could not be read; the defaults are shown")
        return default_contact()


def context(language=None, **extra):
    language = language or settings.LANGUAGE_CODE
    home_url = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
    return {"language": language, "home_url": home_url, "contact": contact_details(), **extra}


def static_directory():
    return Path(settings.STATIC_ROOT) / "errors"


def build(directory=None):
    """Write the static error pages with today's contact details; returns the files written."""
    directory = Path(directory or static_directory())
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    with translation.override(settings.LANGUAGE_CODE):
        page_context = context()
        for name in STATIC_PAGES:
            path = directory / name
            path.write_text(render_to_string(name, page_context), encoding="utf-8")
            written.append(path)
    return written


def server_error(request):
    """handler500: the static page, or (before build_error_pages ran) the template with the default details."""
    path = static_directory() / "500.html"
    try:
        html = path.read_text(encoding="utf-8")
    except OSError:
        with translation.override(settings.LANGUAGE_CODE):
            html = render_to_string("500.html", {"language": settings.LANGUAGE_CODE, "contact": default_contact()})
    response = HttpResponseServerError(html)
    response["Cache-Control"] = "no-store"
    return response


def too_many_requests(request, message):
    language = translation.get_language()
    html = render_to_string("429.html", context(language, message=message), request=request)
    response = HttpResponse(html, status=429)
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    """handler400, with the contact details (Django's own would render the template without them)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("400.html", context(language), request=request)
    return HttpResponse(html, status=400)
