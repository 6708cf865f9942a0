"""Public URLs of the vacancies app, inside i18n_patterns (Dutch without prefix, English under /en/)."""

from django.urls import re_path

from . import views

app_name = "vacancies"

# The private link from the confirmation mail: 32 random bytes, URL-safe base64. Anything else is not a token.
TOKEN = r"(?P<token>[A-Za-z0-9_-]{40,64})"  # noqa: S105 (a URL pattern, not a secret)

urlpatterns = [
    re_path(rf"^aanmelding/{TOKEN}/$", views.application_status, name="application_status"),
    re_path(rf"^aanmelding/{TOKEN}/intrekken/$", views.withdraw_application, name="application_withdraw"),
]
