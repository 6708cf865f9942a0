"""Wagtail admin for the secretary: submissions (the inbox: list, detail with the handling status and its history,
export, delete) and the outbox."""

from functools import partial
from urllib.parse import quote, urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permissions import ModelPermissionPolicy

from wijraad.admin_values import address_list

from . import handling, outbox
from .dashboard import NewCountInLabel
from .kinds import kind_choices
from .mails import trigger_sending
from .models import HandlingStatus, MailState, OutgoingMail, Submission
from .permissions import ReadOnlyCreationPolicy
from .registry import admin_links
from .spreadsheet import SafeExportMixin

# Submissions ----------------------------------------------------------------------------------------------------


def pages_with_submissions(request):
    return Page.objects.filter(pk__in=Submission.objects.values("page")).order_by("title")


class SubmissionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=kind_choices)
    status = django_filters.ChoiceFilter(label=_("Afhandeling"), choices=HandlingStatus.choices)
    page = django_filters.ModelChoiceFilter(label=_("Formulier"), queryset=pages_with_submissions)
    created_at = django_filters.DateFromToRangeFilter(label=_("Ontvangen"), widget=DateRangePickerWidget)
    flagged = django_filters.BooleanFilter(label=_("Controleren"))
    mail_failed = django_filters.BooleanFilter(label=_("E-mail mislukt"), method="filter_mail_failed")

    class Meta:
        model = Submission
        fields = ["kind", "status", "page", "created_at", "flagged"]

    def filter_mail_failed(self, queryset, name, value):
        failed = OutgoingMail.objects.filter(submission=OuterRef("pk"), state=MailState.FAILED)
        return queryset.filter(Exists(failed)) if value else queryset.exclude(Exists(failed))


class LocalDateTimeColumn(Column):
    """Date and time in the site's time zone ("2 dec 2026, 20:48"), not "20 uur geleden"."""

    cell_template_name = "submissions/admin/local_datetime_cell.html"


class SubmissionIndexView(SafeExportMixin, generic.IndexView):
    template_name = "submissions/admin/submission_index.html"

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("page").with_mail_counts()
        # The bulk action "Exporteren" exports the selected rows: ?export=xlsx&id=1&id=2.
        if self.is_export and (ids := [pk for pk in self.request.GET.getlist("id") if pk.isdigit()]):
            queryset = queryset.filter(pk__in=ids)
        return queryset

    def get_edit_url(self, instance):
        # The handling status is changed from the detail view, which the reference links to.
        return None


def language_name(code):
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


PHONE_NAMES = ("phone", "telefoon")


def shown_answer(item):
    """One answer for the detail view: its label, its value and how to show it (list, e-mail, phone or text)."""
    value = item.get("value")
    name = str(item.get("name", "")).lower()
    if isinstance(value, bool):
        value, how = gettext("Ja") if value else gettext("Nee"), "text"
    elif isinstance(value, list):
        how = "list"
    elif value and any(word in name for word in PHONE_NAMES):
        how = "phone"
    elif value and "@" in str(value) and " " not in str(value).strip():
        how = "email"
    else:
        how = "text"
    return {"label": item.get("label") or name, "value": value, "how": how}


def reply_url(submission):
    """A mail to the sender with the reference in the subject."""
    subject = gettext("Re: %(subject)s (kenmerk %(reference)s)") % {
        "subject": submission.subject or submission.kind_label,
        "reference": submission.reference,
    }
    return f"mailto:{quote(submission.sender_email, safe='@')}?{urlencode({'subject': subject}, quote_via=quote)}"


class HandlingForm(forms.ModelForm):
    note = forms.CharField(
        label=_("Notitie (alleen intern)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("De afzender ziet deze notitie niet."),
    )

    class Meta:
        model = Submission
        fields = ["status"]
        labels = {"status": _("Afhandeling")}


class SubmissionInspectView(generic.InspectView):
    template_name = "submissions/admin/submission_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Submission.objects.select_related("page"), pk=self.pk)

    def get_edit_url(self):
        # The status form is on this page itself.
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        may_change = self.permission_policy.user_has_permission(self.request.user, "change")
        context.update(
            {
                "mails": submission.mails.order_by("created_at"),
                "answers": [shown_answer(item) for item in submission.data if isinstance(item, dict)],
                "language_name": language_name(submission.language),
                "links": admin_links(submission),
                "reply_url": reply_url(submission) if submission.sender_email else "",
                "history": submission.status_changes.select_related("user"),
                "handling_form": HandlingForm(instance=submission) if may_change else None,
                "handling_url": reverse("submissions:edit", args=[submission.pk]) if may_change else "",
            }
        )
        return context


class SubmissionHandlingView(generic.EditView):
    """The status form of the detail view posts here; the change and its note go into the history."""

    success_message = _("De afhandeling van %(object)s is opgeslagen.")

    def get(self, request, *args, **kwargs):
        return redirect("submissions:inspect", self.object_pk)

    def save_instance(self):
        data = self.form.cleaned_data
        handling.change_status(
            self.object,
            data["status"],
            detail=self.object.status_detail,
            note=data["note"],
            user=self.request.user,
        )
        log(instance=self.object, action="wagtail.edit", content_changed=self.form.has_changed())
        return self.object

    def get_success_buttons(self):
        return []

    def get_success_url(self):
        return reverse("submissions:inspect", args=[self.object.pk])


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
    edit_view_class = SubmissionHandlingView
    inspect_view_enabled = True
    copy_view_enabled = False
    ordering = ["-created_at"]
    list_per_page = 50
    filterset_class = SubmissionFilterSet
    search_fields = ["reference", "sender_name", "sender_email", "subject"]
    search_backend_name = None
    list_display = [
        BulkActionsCheckboxColumn("bulk_actions", obj_type="submission"),
        TitleColumn(
            "reference",
            label=_("Kenmerk"),
            sort_key="reference",
            get_url=lambda submission: reverse("submissions:inspect", args=[submission.pk]),
            get_title_id=lambda submission: f"submission_{submission.pk}_title",
        ),
        LocalDateTimeColumn("created_at", label=_("Ontvangen"), sort_key="created_at"),
        Column("form_label", label=_("Formulier")),
        Column("sender_name", label=_("Afzender"), sort_key="sender_name"),
        Column("subject", label=_("Onderwerp")),
        Column("mail_status", label=_("E-mail")),
        Column("status_display", label=_("Afhandeling"), sort_key="status"),
    ]
    list_export = [
        "reference",
        "created_at",
        "form_label",
        "language",
        "sender_name",
        "sender_email",
        "subject",
        "status_display",
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
        "status_display": _("Afhandeling"),
        "flagged": _("Controleren"),
        "get_flag_reason_display": _("Reden controle"),
        "data_as_text": _("Ingevulde gegevens"),
        "mail_status": _("E-mail"),
    }
    export_filename = "inzendingen"
    inspect_view_fields = ["reference"]

    @property
    def permission_policy(self):
        return ReadOnlyCreationPolicy(self.model)

    def get_form_class(self, for_update=False):
        return HandlingForm

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
