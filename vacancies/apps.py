from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VacanciesConfig(AppConfig):
    name = "vacancies"
    verbose_name = _("Vacatures en leden")

    def ready(self):
        # Imported here: the retention rule reads models, which need the app registry to be ready.
        from wagtail.models import ReferenceIndex

        from submissions.kinds import register_kind

        from .admin_views import submission_links
        from .retention import KIND, applications_past_retention

        register_kind(
            KIND, label=_("Aanmelding vacature"), expired=applications_past_retention, admin_links=submission_links
        )
        # The admin's viewset registers it when its URLs load, which the worker and management commands never do:
        # without this, what they save or delete (the retention purge) would not reach the reference index.
        ReferenceIndex.register_model(self.get_model("Application"))
