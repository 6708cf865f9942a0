from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormPagesConfig(AppConfig):
    name = "formpages"
    verbose_name = _("Formulieren")

    def ready(self):
        # Imported here: the registries are filled once the app registry is ready.
        from submissions.kinds import register_kind
        from submissions.recipients import watch_recipient

        from .views import KIND

        # Form pages: the general retention period; deleting a Submission cascades to its FormPageSubmission.
        register_kind(KIND, label=_("Formulier"))
        watch_recipient("formpages.FormPage", "to_address")
