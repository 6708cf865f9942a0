"""Login brute force (django-axes): the Dutch message on the admin login when an account is locked, and the admin
list of lockouts (Settings, "Geblokkeerde inlogpogingen") where a superuser unlocks one by deleting it.

The rules are in settings/base.py (AXES_*): 5 wrong passwords for one user name from one address lock that
combination for 15 minutes; the address follows the same X-Forwarded-For rule as the forms.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import ModelPermissionPolicy

from .error_pages import too_many_requests


def lockout_message(request):
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return gettext(
        "Je kunt even niet inloggen: er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over %(minutes)d "
        "minuten opnieuw. Weet je je wachtwoord niet meer? Vraag dan een nieuw wachtwoord aan of vraag een beheerder "
        "om hulp."
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """The login page again, with the user name kept and the lockout as the form's error (status 429)."""
    form = getattr(original_response, "context_data", {}).get("form") if original_response else None
    if isinstance(original_response, TemplateResponse) and form is not None:
        form.errors.clear()
        form.add_error(None, lockout_message(request))
        original_response.content = original_response.rendered_content  # it was rendered with the old error
        original_response.status_code = 429
        return original_response
    return too_many_requests(request, lockout_message(request))


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Lockouts are made by failed logins only; lifting one is deleting it."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)


class LockoutIndexView(generic.IndexView):
    def get_edit_url(self, instance):
        return None


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "lockouts"
    icon = "lock"
    menu_label = _("Geblokkeerde inlogpogingen")
    add_to_settings_menu = True
    add_to_reference_index = False
    index_view_class = LockoutIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = []
    ordering = ["-attempt_time"]
    list_display = [
        # The name links to the confirmation page that lifts the lockout (Wagtail's delete view).
        TitleColumn(
            "username",
            label=_("Gebruikersnaam"),
            get_url=lambda attempt: reverse("lockouts:delete", args=[attempt.pk]),
        ),
        Column("ip_address", label=_("IP-adres")),
        Column("failures_since_start", label=_("Verkeerde wachtwoorden")),
        DateColumn("attempt_time", label=_("Laatste poging")),
    ]
    search_fields = ["username", "ip_address"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return LockoutPermissionPolicy(self.model)
