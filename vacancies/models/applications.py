"""Applications for a seat: what the applicant sent beyond the shared Submission, and the way through the procedure.

The Submission (contact app) holds the sender's name, e-mail address, language and reference number; deleting it
deletes the application, its status history and its file (see `delete_cv_file`).
"""

import secrets

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from submissions import handling
from wijraad.admin_address import admin_url
from wijraad.admin_values import duration_since, language_name, local_datetime

from ..procedure import IN_PROGRESS_STATUSES, PROCEDURE_STEPS, ApplicationStatus, handling_status
from ..uploads import delete_file, get_private_storage


class ScanState(models.TextChoices):
    """The CV's virus scan. Empty: no scanner is configured. Pending: the scanner was unreachable; not offered."""

    NOT_SCANNED = "", _("Geen scanner ingesteld")
    CLEAN = "clean", _("Geen virus gevonden")
    PENDING = "pending", _("Nog niet gecontroleerd")


class WijRelation(models.TextChoices):
    OWN_EXPERIENCE = "eigen_ervaring", _("Ik krijg of kreeg zelf hulp of ondersteuning van WIJ")
    FAMILY = "familielid", _("Iemand in mijn familie krijgt hulp of ondersteuning van WIJ")
    CARER = "mantelzorger", _("Ik ben mantelzorger van iemand die hulp krijgt van WIJ")
    REPRESENTATIVE = (
        "wettelijk_vertegenwoordiger",
        _("Ik ben wettelijk vertegenwoordiger, bijvoorbeeld bewindvoerder of mentor"),
    )
    OTHER = "anders", _("Anders")


def new_status_token():
    """256 random bits: the applicant's private link cannot be guessed."""
    return secrets.token_urlsafe(32)


class ApplicationQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("submission", "vacancy").annotate(step_recorded_at=last_change_recorded_at())

    def waiting(self):
        """Applications in a step of the procedure that is not its end: the secretary has the next step to take."""
        return self.filter(status__in=IN_PROGRESS_STATUSES)


class Application(models.Model):
    """One application for a vacancy."""

    submission = models.OneToOneField(
        "submissions.Submission",
        verbose_name=_("inzending"),
        on_delete=models.CASCADE,
        related_name="application",
        editable=False,
    )
    vacancy = models.ForeignKey(
        "vacancies.VacancyPage",
        verbose_name=_("vacature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        editable=False,
    )
    vacancy_title = models.CharField(
        _("titel vacature"),
        max_length=255,
        editable=False,
        help_text=_("Zoals de vacature heette toen iemand zich aanmeldde."),
    )
    phone = models.CharField(_("telefoonnummer"), max_length=20, editable=False)
    neighbourhood = models.CharField(_("wijk of postcode"), max_length=100, blank=True, editable=False)
    relation = models.CharField(_("relatie met WIJ"), max_length=40, choices=WijRelation.choices, editable=False)
    motivation = models.TextField(_("motivatie"), editable=False)
    cv = models.FileField(
        _("cv of brief"),
        storage=get_private_storage,
        upload_to="applications/",
        max_length=200,
        blank=True,
        editable=False,
    )
    cv_filename = models.CharField(_("bestandsnaam cv"), max_length=100, blank=True, editable=False)
    cv_mimetype = models.CharField(max_length=100, blank=True, editable=False)
    cv_scan = models.CharField(
        _("viruscontrole cv"), max_length=10, choices=ScanState.choices, blank=True, default="", editable=False
    )
    keep_for_future = models.BooleanField(
        _("mag bewaard worden voor latere vacatures"),
        default=False,
        editable=False,
    )
    status = models.CharField(
        _("stap in de procedure"),
        max_length=30,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
        db_index=True,
        editable=False,
    )
    status_date = models.DateField(_("datum van deze stap"), default=timezone.localdate, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_status_token, editable=False)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("solliciteren op een vacature", "aanmelding")
        verbose_name_plural = pgettext_lazy("solliciteren op een vacature", "aanmeldingen")
        ordering = ["-submission__created_at"]

    def __str__(self):
        return f"{self.name} ({self.vacancy_title})"

    # The applicant's own details live on the Submission.
    @property
    def name(self):
        return self.submission.sender_name

    @property
    def email(self):
        return self.submission.sender_email

    @property
    def received_at(self):
        return self.submission.created_at

    @property
    def reference(self):
        return self.submission.reference

    @property
    def language(self):
        return self.submission.language

    @property
    def step_since(self):
        """When the current step began: the moment it was recorded if that was on the step's own date, otherwise
        the date alone (a step recorded later than it happened has no time)."""
        if hasattr(self, "step_recorded_at"):
            recorded = self.step_recorded_at
        else:
            recorded = self.status_changes.order_by("-created_at", "-pk").values_list("created_at", flat=True).first()
        if recorded and timezone.localdate(recorded, timezone.get_default_timezone()) == self.status_date:
            return recorded
        return self.status_date

    def step_since_text(self, now=None):
        """'2 december 2026, 20:48 (3 minuten)', or '28 november 2026 (4 dagen)' for a step given only a date."""
        since = self.step_since
        return f"{local_datetime(since)} ({duration_since(since, now)})"

    def get_language_display(self):
        return language_name(self.language)

    @property
    def has_cv(self):
        return bool(self.cv)

    @property
    def cv_downloadable(self):
        """A CV still waiting for its virus scan is not offered to anyone."""
        return bool(self.cv) and self.cv_scan != ScanState.PENDING

    @property
    def is_in_progress(self):
        return self.status in IN_PROGRESS_STATUSES

    @property
    def can_be_withdrawn(self):
        return self.is_in_progress

    def step_number(self):
        """1-based position in the procedure, or None once it ended without an appointment."""
        return PROCEDURE_STEPS.index(self.status) + 1 if self.status in PROCEDURE_STEPS else None

    def status_path(self, language=None):
        with translation.override(language or self.language):
            return reverse("vacancies:application_status", args=[self.token])

    def withdraw_path(self, language=None):
        with translation.override(language or self.language):
            return reverse("vacancies:application_withdraw", args=[self.token])

    def cv_download_url(self):
        """The full address of the CV for staff (behind the admin login), for the secretary's mail."""
        return admin_url("applications:cv", self.pk)

    def admin_url(self):
        return admin_url("applications:inspect", self.pk)

    def change_status(self, status, *, date=None, note="", user=None):
        """Move the application to `status` and keep the change in its history; the submission's handling status in
        the inbox follows (a note about the same step leaves that status as it is)."""
        date = date or timezone.localdate()
        submission = self.submission
        with transaction.atomic():
            change = ApplicationStatusChange.objects.create(
                application=self, status=status, date=date, note=note, user=user
            )
            if status == self.status:
                handled, detail = submission.status, submission.status_detail
            else:
                handled, detail = handling_status(status)
            self.status, self.status_date = status, date
            self.save(update_fields=["status", "status_date"])
            handling.change_status(submission, handled, detail=detail, note=note, user=user)
        return change


class ApplicationStatusChange(models.Model):
    """One step in an application's history: which status, on what date, why, and who recorded it."""

    application = models.ForeignKey(
        Application,
        verbose_name=pgettext_lazy("solliciteren op een vacature", "aanmelding"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(_("stap"), max_length=30, choices=ApplicationStatus.choices)
    date = models.DateField(_("datum"))
    note = models.TextField(_("notitie"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("wijziging stap")
        verbose_name_plural = _("wijzigingen stap")
        ordering = ["date", "created_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.date:%d-%m-%Y})"


def last_change_recorded_at():
    """When the application's latest step change was recorded (it set the current step and its date)."""
    latest = ApplicationStatusChange.objects.filter(application=models.OuterRef("pk")).order_by("-created_at", "-pk")
    return models.Subquery(latest.values("created_at")[:1])


@receiver(post_delete, sender=Application, dispatch_uid="vacancies_delete_cv_file")
def delete_cv_file(sender, instance, **kwargs):
    """The file goes with its application, however it is deleted (admin, retention, cascade from the Submission)."""
    delete_file(instance.cv.name)
