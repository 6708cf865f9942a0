from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact")

    def ready(self):
        # Imported here: the registries are filled once the app registry is ready.
        from submissions.kinds import register_kind
        from submissions.recipients import watch_recipient

        register_kind("contact", label=_("Contactformulier"))
        watch_recipient("contact.ContactPage", "recipient")
