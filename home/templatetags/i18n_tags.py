"""Languages on the public site: the language switcher, hreflang links and the page's `lang`.

Every language version of the current page and of the home page (the fallback for a page
without a translation, and the root of the menu) is found with one query, once per generation of the
site's content (wijraad/page_cache.py).
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from home.memo import per_request
from home.site_address import absolute
from wijraad.page_cache import remember

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str


@dataclass(frozen=True)
class LanguageVersions:
    language: str  # the language of what the response shows: <html lang>
    switcher: list  # a LanguageLink for every other language, always to a page that exists
    alternates: list  # hreflang links (absolute URLs) when the page has live translations, else empty
    default_url: str | None  # the default language's version, for hreflang="x-default"
    home: Page | None  # the site's home page in the active language (the default one if not translated)


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def _is_error_page(context):
    # Django's 404 view puts the missing path in the context; nothing else does.
    return "request_path" in context


def _language_home_url(code):
    """The home page URL of a language; Wagtail serves the default home there if it has no translation."""
    with translation.override(code):
        return reverse("wagtail_serve", args=("",))


def _translated_route(request, code):
    """The same non-page view (search, a thank-you view) in another language, or None."""
    match = request.resolver_match
    if match is None or match.url_name == "wagtail_serve":
        return None
    current_url = request.get_full_path()
    url = translate_url(current_url, code)
    return url if url != current_url else None


def _live_versions(request, *objects):
    """{(translation_key, language_code): page} of every live language version of these pages, in one query per
    generation of the site's content (wijraad/page_cache.py)."""
    keys = tuple(sorted({str(obj.translation_key) for obj in objects if obj is not None}))
    if not keys:
        return {}

    def build():
        return {
            (version.translation_key, version.locale.language_code): version
            for version in Page.objects.filter(translation_key__in=keys).live().select_related("locale")
        }

    return remember(request, ("live-versions", keys), build)


def _switcher(context, request, language, page_urls, home_versions):
    links = []
    for code, name in settings.LANGUAGES:
        if code == language:
            continue
        url = page_urls.get(code)
        if url is None and _current_page(context) is None and not _is_error_page(context):
            url = _translated_route(request, code)
        if url is None and code in home_versions:
            url = home_versions[code].get_url(request)
        links.append(LanguageLink(code, name, url or _language_home_url(code)))
    return links


def _build(context, request):
    page = _current_page(context)
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    versions = _live_versions(request, page, root)
    page_urls, home_versions = {}, {}
    for (key, code), version in versions.items():
        if page is not None and key == page.translation_key and (url := version.get_url(request)):
            page_urls[code] = url
        if root is not None and key == root.translation_key:
            home_versions[code] = version

    active = get_supported_content_language_variant(translation.get_language())
    # A page speaks its own language, even when served under another prefix (a Dutch page
    # under /en/ when the English home page is not live); other views speak the active one.
    language = next((code for (_key, code), version in versions.items() if page and version.pk == page.pk), active)
    alternates, default_url = [], None
    if len(page_urls) > 1:
        alternates = [
            LanguageLink(code, name, absolute(page_urls[code]))
            for code, name in settings.LANGUAGES
            if code in page_urls
        ]
        if settings.LANGUAGE_CODE in page_urls:
            default_url = absolute(page_urls[settings.LANGUAGE_CODE])
    return LanguageVersions(
        language=language,
        switcher=_switcher(context, request, language, page_urls, home_versions),
        alternates=alternates,
        default_url=default_url,
        home=home_versions.get(active, root),
    )


def language_versions(context):
    """The language versions of the current page or view, computed once per request."""
    request = context.get("request")
    if request is None:
        return LanguageVersions(translation.get_language(), [], [], None, None)
    page = _current_page(context)
    key = ("language_versions", page.pk if page else None, translation.get_language())
    if page is None:
        # Search, thank-you and error views: the switcher follows the request's own path.
        return per_request(request, key, lambda: _build(context, request))
    site = Site.find_for_request(request)
    return per_request(
        request, key, lambda: remember(request, (*key, site.pk if site else None), lambda: _build(context, request))
    )


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language code for <html lang>: the page's own language, else the active one."""
    return language_versions(context).language


@register.simple_tag(takes_context=True)
def dutch_text(context, text):
    """Text that exists only in Dutch (news tags: one shared list, not translated), marked `lang="nl"` on a page in
    another language so a screen reader pronounces it as Dutch (WCAG 3.1.2, language of parts)."""
    if content_language(context) == settings.LANGUAGE_CODE:
        return text
    return format_html('<span lang="{}">{}</span>', settings.LANGUAGE_CODE, text)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": language_versions(context).switcher}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for a page that has translations, plus x-default."""
    versions = language_versions(context)
    links = [(link.code, link.url) for link in versions.alternates]
    if links and versions.default_url:
        links.append(("x-default", versions.default_url))
    return format_html_join("\n    ", '<link rel="alternate" hreflang="{}" href="{}">', links)
