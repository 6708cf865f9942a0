"""Public URLs of the vacancies app, inside i18n_patterns (Dutch without prefix, English under /en/)."""

from django.urls import re_path
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from home.views import moved_to

from . import views

app_name = "vacancies"

# The private link from the confirmation mail: 32 random bytes, URL-safe base64. Anything else is not a token.
TOKEN = r"(?P<token>[A-Za-z0-9_-]{40,64})"  # noqa: S105 (a URL pattern, not a secret)
APPLICATION = pgettext_lazy("URL", "aanmelding")
WITHDRAW = pgettext_lazy("URL", "intrekken")

urlpatterns = [
    re_path(format_lazy(r"^{}/{}/$", APPLICATION, TOKEN), views.application_status, name="application_status"),
    re_path(
        format_lazy(r"^{}/{}/{}/$", APPLICATION, TOKEN, WITHDRAW),
        views.withdraw_application,
        name="application_withdraw",
    ),
    # The Dutch paths under another language's prefix: links in mails sent before each language had its own.
    re_path(rf"^aanmelding/{TOKEN}/$", moved_to("vacancies:application_status")),
    re_path(rf"^aanmelding/{TOKEN}/intrekken/$", moved_to("vacancies:application_withdraw")),
]
