"""The site's URLs plus a view without a Wagtail page, like a thank-you page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path
from django.views.generic import TemplateView

from wijraad.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(
        path("bedankt/", TemplateView.as_view(template_name="base.html"), name="i18n_test_thanks"),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
