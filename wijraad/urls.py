from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.error_pages import server_error
from news import views as news_views

# Error pages that tell how to reach the secretary; the 500 page needs no database (home/error_pages.py).
handler400 = "home.error_pages.bad_request"
handler500 = "home.error_pages.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap_xml, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", home_views.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    # Look at the error pages while developing.
    urlpatterns += [
        path("404/", TemplateView.as_view(template_name="404.html")),
        path("500/", server_error),
    ]

urlpatterns += i18n_patterns(
    # Each language has its own path for views that are no page (the Dutch one without a prefix: /zoeken/,
    # /en/search/); the Dutch path under another language's prefix (/en/zoeken/) is an old address and redirects.
    path(pgettext_lazy("URL", "zoeken/"), home_views.search, name="search"),
    path("zoeken/", home_views.moved_to("search")),
    path("", include("vacancies.urls")),
    re_path(news_views.EVENT_ICS_PATTERN, news_views.event_ics, name="news_event_ics"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
