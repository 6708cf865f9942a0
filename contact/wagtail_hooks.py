from django.utils.translation import gettext_lazy as _

from submissions.dashboard import name_on_dashboard

name_on_dashboard("contact", _("Berichten"), order=10)
