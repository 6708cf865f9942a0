from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = _("Inzendingen en e-mail")

    def ready(self):
        # Imported here: the system checks and signal handlers need the app registry to be ready.
        from . import checks  # noqa: F401  (registers the system checks)
        from .dashboard import forget_new_count_on_change
        from .recipients import connect_signals, watch_recipient

        watch_recipient("home.SiteSettings", "secretary_email")
        connect_signals()
        forget_new_count_on_change()
