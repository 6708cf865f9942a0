"""On the admin's home page: the applications waiting for their next step, the longest waiting first."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Application

SHOWN = 10


class WaitingApplicationsPanel(Component):
    name = "waiting_applications"
    template_name = "vacancies/admin/waiting_applications_panel.html"
    order = 20

    def get_context_data(self, parent_context):
        waiting = Application.objects.for_listing().waiting().order_by("status_date", "submission__created_at", "pk")
        now = timezone.now()
        shown = list(waiting[:SHOWN])
        return {
            "applications": [
                {
                    "name": application.name,
                    "url": reverse("applications:inspect", args=[application.pk]),
                    "vacancy": application.vacancy_title,
                    "step": application.get_status_display(),
                    "since": application.step_since_text(now),
                }
                for application in shown
            ],
            "total": waiting.count(),
            "index_url": reverse("applications:index"),
        }
