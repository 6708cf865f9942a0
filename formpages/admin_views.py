"""The admin list of a form page's sign-ups (Wagtail's form submissions view) with the places taken and left, and
who may see and delete them (only whoever may see submissions: see formpages/wagtail_hooks.py)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView

from submissions.spreadsheet import SafeExportMixin

from . import signups


def may_see_submissions(user):
    return user.is_active and user.has_perm("submissions.view_submission")


def may_delete_submissions(user):
    return may_see_submissions(user) and user.has_perm("submissions.delete_submission")


def local_time_text(value):
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M") if timezone.is_aware(value) else str(value)


def local_time_naive(value):
    return timezone.make_naive(value) if timezone.is_aware(value) else value


class FormPageSubmissionsListView(SafeExportMixin, SubmissionsListView):
    template_name = "formpages/admin/form_page_submissions.html"
    custom_value_preprocess = {
        **SubmissionsListView.custom_value_preprocess,
        # Times as the secretary knows them (Dutch time), not in UTC.
        datetime.datetime: {
            SubmissionsListView.FORMAT_CSV: local_time_text,
            SubmissionsListView.FORMAT_XLSX: local_time_naive,
        },
    }

    def get_ordering(self):
        # Sign-ups sent in the same instant (one transaction, a frozen clock) still list and export in the order they
        # were stored: the id breaks the tie in the direction of the first ordering.
        ordering = super().get_ordering()
        if ordering and not any(field.lstrip("-") == "id" for field in ordering):
            ordering.append("-id" if ordering[0].startswith("-") else "id")
        return ordering

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.is_export:
            context["places"] = places_summary(self.form_page)
        return context


class DeleteSignupsView(DeleteSubmissionsView):
    """Wagtail's "delete selected sign-ups", for whoever may delete submissions (seeing them is not enough)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_delete_submissions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def submission_links(submission):
    """On the submission's detail view in the inbox: the list of this form's sign-ups with its places."""
    if not submission.page_id:
        return []
    url = reverse("wagtailforms:list_submissions", args=[submission.page_id])
    return [(gettext("Aanmeldingen van dit formulier"), url, False)]


def places_summary(page):
    """What the list shows above the sign-ups: taken and maximum, and per choice with places taken and capacity."""
    fields = list(page.get_form_fields())
    limits = signups.choices_of(page, fields).limits
    places = signups.count_places(page, limits)
    choices = [
        {
            "label": item.label,
            "choices": [
                {"choice": choice, "taken": places.per_choice[item.name][choice], "capacity": capacity}
                for choice, capacity in limits[item.name].items()
            ],
            "taken": sum(places.per_choice[item.name][choice] for choice in limits[item.name]),
            "capacity": sum(limits[item.name].values()),
        }
        for item in fields
        if item.name in limits
    ]
    cancelled = page.get_submissions().exclude(cancelled_at=None).count()
    return {"taken": places.total, "maximum": page.max_signups, "cancelled": cancelled, "per_choice": choices}
