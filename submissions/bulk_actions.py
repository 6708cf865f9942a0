"""Bulk actions on the inbox (Wagtail's bulk action footer): mark the selected submissions handled, export them,
delete them. Each checks the same permission as the single action."""

from urllib.parse import urlencode

from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.log_actions import log

from . import handling
from .models import HandlingStatus, Submission
from .permissions import ReadOnlyCreationPolicy

permission_policy = ReadOnlyCreationPolicy(Submission)


class SubmissionBulkAction(BulkAction):
    models = [Submission]
    permission = "view"

    def check_perm(self, obj):
        if getattr(self, "may", None) is None:
            self.may = permission_policy.user_has_permission(self.request.user, self.permission)
        return self.may

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "header_icon": "form"}


class MarkHandledBulkAction(SubmissionBulkAction):
    display_name = _("Afgehandeld")
    action_type = "mark_handled"
    aria_label = _("Markeer de gekozen inzendingen als afgehandeld")
    template_name = "submissions/admin/bulk_mark_handled.html"
    action_priority = 10
    permission = "change"

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for submission in objects:
            handling.change_status(submission, HandlingStatus.DONE, detail=submission.status_detail, user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d inzending is afgehandeld.", "%(count)d inzendingen zijn afgehandeld.", num_parent_objects
        ) % {"count": num_parent_objects}


class ExportBulkAction(SubmissionBulkAction):
    display_name = _("Exporteren")
    action_type = "export"
    aria_label = _("Exporteer de gekozen inzendingen naar Excel")
    action_priority = 20

    def get(self, request, *args, **kwargs):
        # The inbox's own export (spreadsheet-safe), limited to the selection.
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        query = urlencode([("export", "xlsx"), *(("id", pk) for pk in ids)])
        return redirect(f"{reverse('submissions:index')}?{query}")


class DeleteBulkAction(SubmissionBulkAction):
    display_name = _("Verwijderen")
    action_type = "delete"
    aria_label = _("Verwijder de gekozen inzendingen")
    template_name = "submissions/admin/bulk_delete.html"
    action_priority = 30
    classes = {"serious"}
    permission = "delete"

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        # As the single delete view: one audit log entry each (with the reference only), then delete the instance,
        # which cascades to the mails and the feature app's row, whose post_delete handler removes private files.
        with transaction.atomic():
            for submission in objects:
                log(instance=submission, action="wagtail.delete", user=user)
                submission.delete()
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d inzending is verwijderd.", "%(count)d inzendingen zijn verwijderd.", num_parent_objects
        ) % {"count": num_parent_objects}
