"""Applications in the Wagtail admin for the secretary: list, filters, detail with the file and the history, moving an
application to another step (date and note per change), CSV export, and deleting it with everything it holds."""

import django_filters
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log

from submissions.spreadsheet import SafeExportMixin

from . import views
from .forms import StatusChangeForm
from .models import Application, ApplicationStatus, VacancyPage, VacancySettings
from .permissions import application_permission_policy
from .retention import deletion_date
from .step_mail import tell_applicant


def vacancies_with_applications(request):
    return VacancyPage.objects.filter(applications__isnull=False).distinct().order_by("title")


class ApplicationFilterSet(WagtailFilterSet):
    vacancy = django_filters.ModelChoiceFilter(label=_("Vacature"), queryset=vacancies_with_applications)
    status = django_filters.ChoiceFilter(label=_("Stap"), choices=ApplicationStatus.choices)
    keep_for_future = django_filters.BooleanFilter(label=_("Mag bewaard worden voor latere vacatures"))

    class Meta:
        model = Application
        fields = ["vacancy", "status", "keep_for_future"]


class ApplicationIndexView(SafeExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().for_listing()

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, bool):
            return gettext("Ja") if value else gettext("Nee")
        return super().preprocess_field_value(field, value, export_format)


def submission_admin_url(application):
    """The Submission in the contact app's admin (with its mails), if that admin is installed."""
    try:
        return reverse("submissions:inspect", args=[application.submission_id])
    except NoReverseMatch:
        return ""


def submission_links(submission):
    """On the submission's detail view in the inbox: the procedure, and the applicant's file."""
    application = Application.objects.filter(submission=submission).first()
    if application is None:
        return []
    links = [(gettext("Procedure bekijken"), reverse("applications:inspect", args=[application.pk]), False)]
    if application.cv_downloadable:
        label = gettext("%(filename)s downloaden") % {"filename": application.cv_filename}
        links.append((label, reverse("applications:cv", args=[application.pk]), True))
    return links


class ApplicationInspectView(generic.InspectView):
    template_name = "vacancies/admin/application_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Application.objects.for_listing(), pk=self.pk)

    @cached_property
    def header_buttons(self):
        # Moving to another step is the main thing the secretary does here: show it as a button, not in a menu.
        if not (edit_url := self.get_edit_url()):
            return []
        return [HeaderButton(_("Stap wijzigen"), url=edit_url, icon_name="edit")]

    @cached_property
    def header_more_buttons(self):
        return [button for button in super().header_more_buttons if button.url != self.get_edit_url()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context["history"] = application.status_changes.select_related("user")
        context["cv_url"] = reverse("applications:cv", args=[application.pk]) if application.cv_downloadable else ""
        context["cv_pending"] = application.has_cv and not application.cv_downloadable
        context["deletion_date"] = deletion_date(application, VacancySettings.for_request(self.request))
        context["submission_url"] = submission_admin_url(application)
        context["edit_url"] = self.get_edit_url()
        return context


class StatusChangeView(generic.EditView):
    """The "edit" view of an application: record that it moved to another step."""

    template_name = "vacancies/admin/status_change.html"
    page_title = _("Stap wijzigen")
    submit_button_label = _("Stap opslaan")
    submit_button_active_label = _("Bezig met opslaan…")
    error_message = _("De stap is niet opgeslagen. Verbeter de fouten hieronder.")

    def get_object(self, queryset=None):
        return get_object_or_404(Application.objects.for_listing(), pk=self.object_pk)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["application"] = kwargs.pop("instance")
        return kwargs

    def save_instance(self):
        data = self.form.cleaned_data
        with transaction.atomic():
            self.object.change_status(data["status"], date=data["date"], note=data["note"], user=self.request.user)
            if data["notify_applicant"]:
                tell_applicant(self.object, self.request)
        log(instance=self.object, action="wagtail.edit", content_changed=True)
        return self.object

    def get_success_message(self):
        message = _("%(name)s staat nu bij de stap: %(status)s.") % {
            "name": self.object.name,
            "status": self.object.get_status_display(),
        }
        if self.form.cleaned_data["notify_applicant"]:
            message = "{} {}".format(message, gettext("De kandidaat krijgt hierover een e-mail."))
        return message

    def get_success_buttons(self):
        return []

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_side_panels(self):
        return MediaContainer()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["history"] = self.object.status_changes.select_related("user")
        return context


class ApplicationDeleteView(generic.DeleteView):
    """Deleting an application removes the Submission it came with: mails, history and file go too."""

    page_title = _("Aanmelding verwijderen")
    success_message = _("De aanmelding van %(object)s is verwijderd, met het bestand en de e-mails.")

    @property
    def confirmation_message(self):
        return _(
            "Weet je zeker dat je deze aanmelding wilt verwijderen? Alle gegevens, het bestand, de geschiedenis en "
            "de e-mails in de website worden verwijderd. Dit kun je niet ongedaan maken."
        )

    def get_success_message(self):
        return self.success_message % {"object": self.object.name}

    def delete_action(self):
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete")
            self.object.submission.delete()


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "applications"
    icon = "user"
    menu_label = _("Sollicitaties")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    edit_view_class = StatusChangeView
    delete_view_class = ApplicationDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    ordering = ["-submission__created_at"]
    list_per_page = 50
    filterset_class = ApplicationFilterSet
    search_fields = ["submission__sender_name", "submission__sender_email", "submission__reference", "vacancy_title"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "name",
            label=_("Naam"),
            get_url=lambda application: reverse("applications:inspect", args=[application.pk]),
        ),
        DateColumn("received_at", label=_("Ontvangen"), sort_key="submission__created_at"),
        Column("vacancy_title", label=_("Vacature"), sort_key="vacancy_title"),
        Column("get_status_display", label=_("Stap"), sort_key="status"),
        Column("step_since", label=_("Sinds"), accessor="step_since_text", sort_key="status_date"),
    ]
    list_export = [
        "reference",
        "received_at",
        "vacancy_title",
        "name",
        "email",
        "phone",
        "neighbourhood",
        "get_relation_display",
        "motivation",
        "has_cv",
        "keep_for_future",
        "get_status_display",
        "status_date",
        "get_language_display",
    ]
    export_headings = {
        "reference": _("Kenmerk"),
        "received_at": _("Ontvangen"),
        "vacancy_title": _("Vacature"),
        "name": _("Naam"),
        "email": _("E-mailadres"),
        "phone": _("Telefoonnummer"),
        "neighbourhood": _("Wijk of postcode"),
        "get_relation_display": _("Relatie met WIJ"),
        "motivation": _("Motivatie"),
        "has_cv": _("Cv of brief"),
        "keep_for_future": _("Mag bewaard worden"),
        "get_status_display": _("Stap"),
        "status_date": _("Datum van deze stap"),
        "get_language_display": _("Taal"),
    }
    export_filename = "aanmeldingen"

    @property
    def permission_policy(self):
        return application_permission_policy

    def get_form_class(self, for_update=False):
        return StatusChangeForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("cv/<int:pk>/", views.download_cv, name="cv")]
