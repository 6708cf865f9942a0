from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormPagesConfig(AppConfig):
    name = "formpages"
    verbose_name = _("Formulieren")

    def ready(self):
        # Imported here: models can only be imported once the app registry is ready.
        from submissions.kinds import register_kind
        from submissions.recipients import watch_recipient

        from .admin_views import submission_links
        from .models import FormPage
        from .retention import expired_signups

        # Deleting a Submission cascades to its FormPageSubmission.
        register_kind(
            FormPage.submission_kind, label=_("Formulier"), expired=expired_signups, admin_links=submission_links
        )
        watch_recipient("formpages.FormPage", "to_address")
