"""The front cache (nginx in site/, or a CDN): what it may keep, and what it must forget when content changes.

FrontCacheMiddleware marks a response `public, s-maxage=FRONT_CACHE_SECONDS` only when it is the same for every
visitor: an anonymous GET or HEAD (no session cookie), status 200, of a public page, feed, sitemap or calendar
file, that sets no cookie and used no CSRF token (so no page with a form). Everything else gets `private,
no-cache`, unless the view chose its own Cache-Control. The front cache keeps nothing it was not told to keep.

Purging: Wagtail's frontend_cache app purges a page when it is published or unpublished. `purge_for_page` adds
what lists that page (the home page, the news and vacancy indexes with their feeds, the sitemap) and is called
for publish, unpublish and move; `purge_everything` runs when a snippet or setting shown on every page changes.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from news.models import NewsIndexPage
from vacancies.models import VacancyIndexPage

from .middleware import ADMIN_PREFIX

logger = logging.getLogger(__name__)
PURGE_PREFIX = "/_purge"

CACHEABLE_TYPES = (
    "text/html",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
    "text/plain",
)
NOT_CACHED_PREFIXES = (ADMIN_PREFIX, "/documents/", "/healthz")
# Snippets and settings shown on many pages (footer, contact details, categories, council members, retention
# periods in the texts): a change purges every page.
SITE_WIDE_MODELS = [
    "home.FooterText",
    "home.SiteSettings",
    "news.NewsCategory",
    "vacancies.CouncilMember",
    "vacancies.VacancySettings",
    "submissions.ContactSettings",
]


def is_cacheable(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not request.path.startswith(NOT_CACHED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A form's CSRF token always comes with its cookie: a page with a form sets one.
        and not response.cookies
        and response.get("Content-Type", "").split(";")[0].strip() in CACHEABLE_TYPES
        and not getattr(response, "streaming", False)
    )


class FrontCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response  # the view decided (never_cache on form pages, static files, downloads)
        if is_cacheable(request, response):
            # The same for every anonymous visitor: the language comes from the path, and a visitor with a
            # session never gets a cached answer (the front cache passes them through). So a shared cache must
            # not split its copies by cookie or Accept-Language; nor by Accept-Encoding when the page is sent
            # plain, as nginx asks for it (it compresses for the visitor). nginx keeps each split copy under a key
            # of its own, which a purge of the address does not reach.
            shared = {"cookie", "accept-language"} | (
                {"accept-encoding"} if "Content-Encoding" not in response else set()
            )
            vary = [
                header.strip()
                for header in response.get("Vary", "").split(",")
                if header.strip() and header.strip().lower() not in shared
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif "Vary" in response:
                del response["Vary"]
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.FRONT_CACHE_SECONDS)
        else:
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ["Cookie"])
        return response


# Purging --------------------------------------------------------------------------------------------------------


def _enabled():
    return bool(settings.WAGTAILFRONTENDCACHE)


def _listing_pages(locale_id):
    """The pages that list other pages, in one language: its home page and the news and vacancy indexes."""

    pages = list(NewsIndexPage.objects.live().filter(locale_id=locale_id))
    pages += list(VacancyIndexPage.objects.live().filter(locale_id=locale_id))
    for site in Site.objects.select_related("root_page"):
        pages += list(Page.objects.live().filter(translation_key=site.root_page.translation_key, locale_id=locale_id))
    return pages


def _sitemap_urls():

    return [f"{settings.SITE_URL}{reverse('sitemap')}"]


def purge_for_page(page, old_urls=()):
    """Purge a changed page, what lists it, and the sitemap. A top-level page is in every page's menu: purge all."""
    if not _enabled():
        return

    if page.depth <= 3:
        purge_everything(extra_urls=old_urls)
        return
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(_listing_pages(page.locale_id))
    batch.add_urls(_sitemap_urls())
    batch.add_urls(old_urls)
    batch.purge()


def purge_everything(extra_urls=()):
    """Every live page in every language, with its feeds and calendar files, and the sitemap."""
    if not _enabled():
        return

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1).specific().defer_streamfields())
    batch.add_urls(_sitemap_urls())
    batch.add_urls(extra_urls)
    batch.purge()


def _old_urls_after_move(page, url_path_before, url_path_after):
    """The addresses the page and its subtree had before a move: the same site and language, the old path."""
    new_url = page.get_full_url()
    if not new_url:
        return []
    root_path = page.get_ancestors().filter(depth=2).values_list("url_path", flat=True).first() or "/"
    new_tail = url_path_after[len(root_path) :]
    base = new_url[: len(new_url) - len(new_tail)] if new_tail and new_url.endswith(new_tail) else None
    if base is None:
        return []
    old_tail = url_path_before[len(root_path) :]
    urls = [base + old_tail]
    for descendant in page.get_descendants().live().only("url_path"):
        urls.append(base + old_tail + descendant.url_path[len(url_path_after) :])
    return urls


# Signal handlers (connected in home.apps) ------------------------------------------------------------------------


def on_page_published_or_unpublished(instance, **kwargs):
    purge_for_page(instance)


def on_page_moved(instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after or not _enabled():
        return
    purge_for_page(instance.specific, old_urls=_old_urls_after_move(instance, url_path_before, url_path_after))


def on_site_wide_content_changed(**kwargs):
    purge_everything()


def connect():

    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.connect(on_page_published_or_unpublished, sender=model)
            page_unpublished.connect(on_page_published_or_unpublished, sender=model)
    post_page_move.connect(on_page_moved)
    for label in SITE_WIDE_MODELS:
        model = apps.get_model(label)
        post_save.connect(on_site_wide_content_changed, sender=model)
        post_delete.connect(on_site_wide_content_changed, sender=model)


class NginxPurgeBackend(HTTPBackend):
    """Wagtail's HTTP backend for nginx's cache purge module (site/nginx/locations.conf): PURGE /_purge/<path>.
    nginx answers 404 for a page it had not cached: nothing to purge is not an error."""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.netloc
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, PURGE_PREFIX + parts.path, parts.query, ""]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache"},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 (the address comes from FRONT_CACHE_PURGE_URLS)
        except HTTPError as exc:
            if exc.code != 404:
                logger.error("Could not purge %s from the front cache: HTTP %s", url, exc.code)
        except URLError as exc:
            logger.error("Could not purge %s from the front cache: %s", url, exc.reason)
