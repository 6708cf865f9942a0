from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.views import serve as wagtail_serve

from wijraad.page_cache import remember

from .search import MAX_QUERY_LENGTH, clean_query, describe, search_pages
from .sitemaps import PageSitemap

RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    raw = request.GET.get("q", "")[: MAX_QUERY_LENGTH * 2]
    # Control characters (NUL, escape, newlines) become spaces: they are not shown back or sent to the database.
    typed = " ".join("".join(char if char.isprintable() else " " for char in raw).split())[:MAX_QUERY_LENGTH]
    query = clean_query(typed)
    results = hits = None
    if query:
        # The same words find the same pages until the content changes: kept per generation (page cache).
        page_param = (request.GET.get("page") or "")[:10]
        site = getattr(request, "_wagtail_site", None)
        key = ("search", site and site.pk, translation.get_language(), query, page_param)
        results, hits = remember(request, key, lambda: _search(request, query, page_param))
    # The page's own search form is the search landmark: the header shows no second one.
    return render(
        request,
        "home/search_results.html",
        {"search_query": typed, "query": query, "results": results, "hits": hits, "search_page": True},
    )


def _search(request, query, page_param):
    # get_page() turns ?page=abc, -1 or a page past the end into a page that exists.
    results = Paginator(search_pages(query, request), RESULTS_PER_PAGE).get_page(page_param)
    results.object_list = list(results.object_list)
    return results, describe(results.object_list, request)


def moved_to(view_name):
    """A view for an old address that now has a path of its own in this language (a Dutch path under /en/):
    301 to `view_name` in the active language, with the same arguments and query string."""

    def moved(request, *args, **kwargs):
        url = reverse(view_name, args=args, kwargs=kwargs)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    return moved


@require_safe
def sitemap_xml(request):
    """sitemap.xml, built once per generation of the content: it reads every page, in every page type."""

    def build():
        response = sitemap(request, sitemaps={"pages": PageSitemap})
        response.render()
        return response.content, dict(response.items())

    site = getattr(request, "_wagtail_site", None)
    content, headers = remember(request, ("sitemap.xml", site and site.pk, request.scheme, request.get_host()), build)
    return HttpResponse(content, headers=headers)


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def csrf_failure(request, reason=""):
    """Django's CSRF check refused a POST: the session expired, or the browser blocked the cookie.

    A page with a form of the shared pipeline shows that form again, in the page's language, with what the resident
    typed and a message to send it again (contact/pipeline.py reads `request.csrf_failed`; nothing is stored).
    Anything else gets the site's own page with the same advice. Both answer 403.
    """
    request.csrf_failed = True
    if request.method == "POST":
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is not None and match.func is wagtail_serve:
            response = match.func(request, *match.args, **match.kwargs)
            if 200 <= response.status_code < 300:
                response.status_code = 403
            return response
    return render(request, "403_csrf.html", status=403)


@never_cache
@require_safe
def healthz(request):
    """For the load balancer: can this app server reach the database and the cache? Reads only, says nothing more."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    try:
        cache.get("healthz")
        checks["cache"] = "ok"
    except Exception:  # each cache backend raises its own connection errors
        checks["cache"] = "unavailable"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)
