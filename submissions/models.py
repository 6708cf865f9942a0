"""What a resident sent (Submission) and the mails it causes (OutgoingMail, the outbox)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from wijraad.admin_address import admin_url

from .registry import kind_label


class HandlingStatus(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    IN_PROGRESS = "in_behandeling", _("In behandeling")
    ANSWERED = "beantwoord", _("Beantwoord")
    DONE = "afgehandeld", _("Afgehandeld")
    CANCELLED = "afgemeld", _("Afgemeld")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")


class FlagReason(models.TextChoices):
    NO_TOKEN = (
        "recaptcha_no_token",
        _("Geen reCAPTCHA-controle: de browser stuurde geen token (bijvoorbeeld zonder JavaScript)"),
    )
    UNREACHABLE = "recaptcha_unreachable", _("Geen reCAPTCHA-controle: de dienst was niet bereikbaar")
    NO_VERDICT = "recaptcha_no_verdict", _("Geen reCAPTCHA-controle: de dienst gaf geen oordeel")
    SCAN_UNAVAILABLE = (
        "virus_scan_unavailable",
        _("Bestand nog niet op virussen gecontroleerd: de scanner was niet bereikbaar"),
    )


class MailState(models.TextChoices):
    PENDING = "pending", _("Wacht op verzending")
    SENDING = "sending", _("Wordt verzonden")
    SENT = "sent", _("Verzonden")
    FAILED = "failed", _("Mislukt")


class SubmissionQuerySet(models.QuerySet):
    def new(self):
        return self.filter(status=HandlingStatus.NEW)

    def open(self):
        return self.filter(status__in=[HandlingStatus.NEW, HandlingStatus.IN_PROGRESS])

    def with_mail_counts(self):
        mails = "mails__state"
        return self.annotate(
            mails_total=models.Count("mails"),
            mails_sent=models.Count("mails", filter=models.Q(**{mails: MailState.SENT})),
            mails_failed=models.Count("mails", filter=models.Q(**{mails: MailState.FAILED})),
        )


class Submission(models.Model):
    """One form sent by a resident: contact message, application, sign-up. Holds personal data."""

    reference = models.CharField(_("kenmerk"), max_length=12, unique=True, editable=False)
    kind = models.CharField(_("soort"), max_length=40, db_index=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    language = models.CharField(_("taal"), max_length=10, editable=False)
    sender_name = models.CharField(_("naam afzender"), max_length=255, editable=False)
    sender_email = models.EmailField(_("e-mailadres afzender"), editable=False)
    subject = models.CharField(_("onderwerp"), max_length=255, blank=True, editable=False)
    data = models.JSONField(
        _("ingevulde gegevens"),
        default=list,
        editable=False,
        help_text=_("Lijst van velden: naam, label en ingevulde waarde."),
    )
    flagged = models.BooleanField(_("controleren"), default=False, editable=False)
    flag_reason = models.CharField(
        _("reden controle"), max_length=40, choices=FlagReason.choices, blank=True, editable=False
    )
    status = models.CharField(
        _("afhandeling"), max_length=20, choices=HandlingStatus.choices, default=HandlingStatus.NEW
    )
    # What the status stands for where the submission is handled further, e.g. an application's procedure step.
    status_detail = models.CharField(_("stand van zaken"), max_length=100, blank=True, editable=False)
    dedupe_key = models.CharField(max_length=64, unique=True, editable=False)
    # The nonce of the form token this submission was sent with: one token gives one submission.
    form_nonce = models.CharField(max_length=32, unique=True, null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now, db_index=True, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("inzending")
        verbose_name_plural = _("inzendingen")
        ordering = ["-created_at"]
        # Where submissions are mailed to (submissions/recipients.py).
        permissions = [("change_recipient", _("Kan wijzigen naar welk e-mailadres formulieren gaan"))]

    def __str__(self):
        # No name here: Wagtail's audit log keeps this label after the submission is deleted.
        return str(_("Inzending %(reference)s") % {"reference": self.reference})

    @property
    def kind_label(self):
        return kind_label(self.kind)

    def form_label(self):
        """The kind of form, and the page it was sent from if that still exists."""
        label = str(self.kind_label)
        return f"{label}: {self.page.title}" if self.page_id and self.page else label

    def get_admin_url(self):
        """The full address of this submission in the admin, for the secretary's mail."""
        try:
            return admin_url("submissions:inspect", self.pk)
        except NoReverseMatch:
            return ""

    def status_display(self):
        """The handling status with what it stands for: "In behandeling" and a dash before "Kennismakingsgesprek"."""
        label = self.get_status_display()
        return f"{label} \N{EN DASH} {self.status_detail}" if self.status_detail else label

    status_display.short_description = _("afhandeling")

    def data_as_text(self):
        return "\n".join(f"{item['label']}: {item['value']}" for item in self.data)

    def mail_status(self):
        """One word for the listing: are all mails out, is one stuck?"""
        total = getattr(self, "mails_total", None)
        if total is None:
            states = list(self.mails.values_list("state", flat=True))
            total, sent, failed = len(states), states.count(MailState.SENT), states.count(MailState.FAILED)
        else:
            sent, failed = self.mails_sent, self.mails_failed
        if failed:
            return _("Mislukt")
        if total and sent == total:
            return _("Verzonden")
        return _("Wacht op verzending") if total else _("Geen e-mail")

    mail_status.short_description = _("e-mail")


class SubmissionStatusChange(models.Model):
    """One change of a submission's handling status, or a note about it: who, when, from what to what, and why."""

    submission = models.ForeignKey(
        Submission, verbose_name=_("inzending"), on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(_("was"), max_length=20, choices=HandlingStatus.choices)
    new_status = models.CharField(_("werd"), max_length=20, choices=HandlingStatus.choices)
    detail = models.CharField(_("stand van zaken"), max_length=100, blank=True)
    note = models.TextField(_("notitie"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        verbose_name = _("wijziging afhandeling")
        verbose_name_plural = _("wijzigingen afhandeling")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_old_status_display()} → {self.get_new_status_display()}"


class OutgoingMail(models.Model):
    """One mail in the outbox. Delivered at least once, see submissions/outbox.py."""

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("inzending"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mails",
    )
    to = models.JSONField(_("aan"), default=list)
    reply_to = models.JSONField(_("antwoord naar"), default=list, blank=True)
    subject = models.CharField(_("onderwerp"), max_length=255)
    body = models.TextField(_("tekst"))
    language = models.CharField(_("taal"), max_length=10, default=settings.LANGUAGE_CODE)
    message_id = models.CharField(max_length=255, unique=True)
    state = models.CharField(_("status"), max_length=10, choices=MailState.choices, default=MailState.PENDING)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(_("laatste foutmelding"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="contact_mail_due_idx")]

    def __str__(self):
        return self.subject

    def recipients(self):
        return ", ".join(self.to)

    def reply_to_addresses(self):
        return ", ".join(self.reply_to)

    recipients.short_description = _("aan")


class MailAttachment(models.Model):
    """A file sent with a mail (an .ics invitation, a CV). Kept in the database so it commits with the mail."""

    mail = models.ForeignKey(OutgoingMail, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(max_length=255)
    mimetype = models.CharField(max_length=100)
    content = models.BinaryField()

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.filename


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Settings the secretary controls for forms and the personal data they collect."""

    DEFAULT_RETENTION_MONTHS = 6

    retention_months = models.PositiveSmallIntegerField(
        _("bewaartermijn berichten (maanden)"),
        default=DEFAULT_RETENTION_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_(
            "Na zoveel maanden worden berichten van het contactformulier automatisch verwijderd, met de e-mails "
            "die erbij horen. Geldt ook voor andere formulieren zonder eigen bewaartermijn."
        ),
    )

    panels = [FieldPanel("retention_months")]

    class Meta:
        verbose_name = _("formulieren en privacy")
