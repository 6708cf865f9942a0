from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VacanciesConfig(AppConfig):
    name = "vacancies"
    verbose_name = _("Vacatures en leden")

    def ready(self):
        # Imported here: the retention rule reads models, which need the app registry to be ready.
        from submissions.kinds import register_kind

        from .admin_views import submission_links
        from .retention import KIND, applications_past_retention

        register_kind(
            KIND, label=_("Aanmelding vacature"), expired=applications_past_retention, admin_links=submission_links
        )
