from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact en formulieren")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .kinds import register_kind
        from .recipients import connect_signals

        register_kind("contact", label=_("Contactformulier"))
        # Form pages: the general retention period; deleting a Submission cascades to its FormPageSubmission.
        register_kind("form", label=_("Formulier"))
        connect_signals()
