"""Wagtail admin for the secretary: submissions (list, detail, handling status, CSV export, delete) and the outbox."""

from functools import partial

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import ModelPermissionPolicy

from wijraad.admin_values import address_list

from . import outbox
from .dashboard import NewCountInLabel
from .kinds import kind_choices
from .mails import trigger_sending
from .models import HandlingStatus, MailState, OutgoingMail, Submission
from .permissions import ReadOnlyCreationPolicy
from .spreadsheet import SafeExportMixin

# Submissions ----------------------------------------------------------------------------------------------------


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Afhandeling"), choices=HandlingStatus.choices)
    kind = django_filters.ChoiceFilter(label=_("Formulier"), choices=kind_choices)
    flagged = django_filters.BooleanFilter(label=_("Controleren"))
    mail_failed = django_filters.BooleanFilter(label=_("E-mail mislukt"), method="filter_mail_failed")

    class Meta:
        model = Submission
        fields = ["status", "kind", "flagged"]

    def filter_mail_failed(self, queryset, name, value):
        failed = OutgoingMail.objects.filter(submission=OuterRef("pk"), state=MailState.FAILED)
        return queryset.filter(Exists(failed)) if value else queryset.exclude(Exists(failed))


class SubmissionIndexView(SafeExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page").with_mail_counts()

    def get_edit_url(self, instance):
        # The handling status is changed from the detail view, which the reference links to.
        return None


class SubmissionInspectView(generic.InspectView):
    template_name = "submissions/admin/submission_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Submission.objects.select_related("page"), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["mails"] = self.object.mails.order_by("created_at")
        return context


class SubmissionViewSet(ModelViewSet):
    model = Submission
    name = "submissions"
    icon = "form"
    # Submissions link to nothing editors manage; indexing them would only slow down every form sent.
    add_to_reference_index = False
    menu_label = _("Inzendingen")
    menu_order = 100
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    ordering = ["-created_at"]
    list_per_page = 50
    filterset_class = SubmissionFilterSet
    search_fields = ["reference", "sender_name", "sender_email", "subject"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "reference",
            label=_("Kenmerk"),
            sort_key="reference",
            get_url=lambda submission: reverse("submissions:inspect", args=[submission.pk]),
        ),
        DateColumn("created_at", label=_("Ontvangen"), sort_key="created_at"),
        Column("form_label", label=_("Formulier")),
        Column("sender_name", label=_("Afzender"), sort_key="sender_name"),
        Column("subject", label=_("Onderwerp")),
        Column("mail_status", label=_("E-mail")),
        Column("get_status_display", label=_("Afhandeling"), sort_key="status"),
    ]
    list_export = [
        "reference",
        "created_at",
        "form_label",
        "language",
        "sender_name",
        "sender_email",
        "subject",
        "get_status_display",
        "flagged",
        "get_flag_reason_display",
        "data_as_text",
        "mail_status",
    ]
    export_headings = {
        "reference": _("Kenmerk"),
        "created_at": _("Ontvangen"),
        "form_label": _("Formulier"),
        "language": _("Taal"),
        "sender_name": _("Naam"),
        "sender_email": _("E-mailadres"),
        "subject": _("Onderwerp"),
        "get_status_display": _("Afhandeling"),
        "flagged": _("Controleren"),
        "get_flag_reason_display": _("Reden controle"),
        "data_as_text": _("Ingevulde gegevens"),
        "mail_status": _("E-mail"),
    }
    export_filename = "inzendingen"
    inspect_view_fields = [
        "reference",
        "created_at",
        "kind",
        "page",
        "language",
        "sender_name",
        "sender_email",
        "subject",
        "status",
        "flagged",
        "flag_reason",
    ]

    @property
    def permission_policy(self):
        return ReadOnlyCreationPolicy(self.model)

    @cached_property
    def menu_item_class(self):
        return type("SubmissionMenuItem", (NewCountInLabel, super().menu_item_class), {})


# Outgoing mail --------------------------------------------------------------------------------------------------


class MailIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("submission")

    def get_edit_url(self, instance):
        return None


class MailPermissionPolicy(ModelPermissionPolicy):
    """Mails change only through the worker (and the retry button), never through a form.

    Whoever may view them may also put a failed one back in the outbox; only a superuser may delete one.
    """

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        if action == "delete":
            return user.is_active and user.is_superuser
        return super().user_has_permission(user, action)


class MailInspectView(generic.InspectView):
    template_name = "submissions/admin/mail_inspect.html"

    def get_edit_url(self):
        return None

    def get_to_display_value(self):
        return address_list(self.object.to)

    def get_reply_to_display_value(self):
        return address_list(self.object.reply_to)

    def get_submission_display_value(self):
        submission = self.object.submission
        if submission is None:
            return "-"
        return format_html('<a href="{}">{}</a>', reverse("submissions:inspect", args=[submission.pk]), submission)

    @cached_property
    def header_buttons(self):
        if self.object.state != MailState.FAILED:
            return []
        url = reverse("outgoing_mail:retry", args=[self.object.pk])
        return [
            HeaderButton(
                _("Opnieuw versturen"),
                url=url,
                icon_name="redirect",
                attrs={"data-controller": "w-action", "data-action": "w-action#post", "data-w-action-url-value": url},
            )
        ]


@require_POST
def retry_mail(request, pk):
    """A failed mail goes back into the outbox with a fresh series of attempts."""
    if not MailPermissionPolicy(OutgoingMail).user_has_permission(request.user, "view"):
        raise PermissionDenied
    updated = OutgoingMail.objects.filter(pk=pk, state=MailState.FAILED).update(
        state=MailState.PENDING, attempts=0, next_attempt_at=timezone.now(), last_error=""
    )
    if updated:
        transaction.on_commit(partial(trigger_sending, [pk]))
        messages.success(request, _("De e-mail staat weer klaar om verstuurd te worden."))
    return redirect("outgoing_mail:inspect", pk)


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    name = "outgoing_mail"
    icon = "mail"
    add_to_reference_index = False
    menu_label = _("Uitgaande e-mail")
    menu_order = 200
    index_view_class = MailIndexView
    inspect_view_class = MailInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["subject"]
    ordering = ["-created_at"]
    list_per_page = 50
    list_filter = ["state"]
    search_fields = ["subject"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "subject",
            label=_("Onderwerp"),
            get_url=lambda mail: reverse("outgoing_mail:inspect", args=[mail.pk]),
        ),
        Column("recipients", label=_("Aan")),
        DateColumn("created_at", label=_("Aangemaakt"), sort_key="created_at"),
        Column("get_state_display", label=_("Status"), sort_key="state"),
        Column("attempts", label=_("Pogingen"), sort_key="attempts"),
        DateColumn("next_attempt_at", label=_("Volgende poging")),
        DateColumn("sent_at", label=_("Verzonden"), sort_key="sent_at"),
    ]
    inspect_view_fields = [
        "subject",
        "to",
        "reply_to",
        "state",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
        "created_at",
        "submission",
        "body",
    ]

    @property
    def permission_policy(self):
        return MailPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("retry/<int:pk>/", retry_mail, name="retry")]


class FormsViewSetGroup(ViewSetGroup):
    # Not "Formulieren": that is Wagtail's own menu item for the sign-ups of form pages.
    menu_label = _("Inzendingen")
    menu_icon = "form"
    menu_order = 250
    items = (SubmissionViewSet, OutgoingMailViewSet)

    def get_menu_item(self, order=None):
        # The number of new submissions shows on the group too, so it is seen with the submenu closed.
        return InboxSubmenuMenuItem(
            label=self.menu_label,
            menu=Menu(items=self.get_submenu_items()),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
        )


class InboxSubmenuMenuItem(NewCountInLabel, SubmenuMenuItem):
    pass


# Dashboard ------------------------------------------------------------------------------------------------------


class MailHealthPanel(Component):
    """On the admin home page: is the mail getting out? Shown to whoever may see the outbox."""

    name = "mail_health"
    template_name = "submissions/admin/mail_health_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(outbox.health())
        context["mail_index_url"] = reverse("outgoing_mail:index")
        return context
