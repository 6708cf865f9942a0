from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from .search import MAX_QUERY_LENGTH, clean_query, describe, search_pages

RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    raw = request.GET.get("q", "")[: MAX_QUERY_LENGTH * 2]
    # Control characters (NUL, escape, newlines) become spaces: they are not shown back or sent to the database.
    typed = " ".join("".join(char if char.isprintable() else " " for char in raw).split())[:MAX_QUERY_LENGTH]
    query = clean_query(typed)
    results = hits = None
    if query:
        # get_page() turns ?page=abc, -1 or a page past the end into a page that exists.
        results = Paginator(search_pages(query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        hits = describe(list(results.object_list), request)
    return render(
        request,
        "home/search_results.html",
        {"search_query": typed, "query": query, "results": results, "hits": hits},
    )


def moved_to(view_name):
    """A view for an old address that now has a path of its own in this language (a Dutch path under /en/):
    301 to `view_name` in the active language, with the same arguments and query string."""

    def moved(request, *args, **kwargs):
        url = reverse(view_name, args=args, kwargs=kwargs)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)

    return moved


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
