"""Where the privacy statement is: the page chosen in the site settings, in the language of the request.

Every form links it through `privacy_url(request)`; without a chosen (live) page there is no link, never a guess.
"""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from wijraad.page_cache import remember

from .models import SiteSettings


def privacy_page(request):
    """The chosen privacy statement in the active language, else the chosen page itself; None when none is live."""
    cache = request.__dict__.setdefault("_privacy_pages", {})
    language = get_supported_content_language_variant(get_language())
    if language not in cache:
        chosen_id = SiteSettings.for_request(request).privacy_page_id
        found = None
        if chosen_id:
            versions = (
                Page.objects.live()
                .filter(translation_key__in=Page.objects.filter(pk=chosen_id).values("translation_key"))
                .select_related("locale")
            )
            by_language = {page.locale.language_code: page for page in versions}
            found = by_language.get(language) or next(
                (page for page in by_language.values() if page.pk == chosen_id), None
            )
        cache[language] = found
    return cache[language]


def privacy_url(request):
    """Its address, worked out once per generation of the site's content (wijraad/page_cache.py): choosing another
    page in the settings or publishing one starts a new generation."""
    site = Site.find_for_request(request)
    key = ("privacy-url", site.pk if site else None, get_supported_content_language_variant(get_language()))
    return remember(request, key, lambda: _address(privacy_page(request), request))


def _address(page, request):
    return page.get_url(request) if page is not None else ""


def context(request):
    """`privacy_url` for every template (the shared form links it); looked up only when a template reads it."""
    return {"privacy_url": lambda: privacy_url(request)}
