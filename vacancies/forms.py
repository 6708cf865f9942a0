"""The application form on a vacancy page, and the secretary's form to move an application to another step."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from submissions.forms import column_length, email_field, name_field, phone_field
from submissions.models import FlagReason
from submissions.pipeline import ProtectedFormMixin

from . import uploads, virus_scan
from .models.applications import Application, ApplicationStatus, ScanState, WijRelation

VIRUS_FOUND = _(
    "In dit bestand is een virus gevonden. We nemen het niet aan. Laat je computer controleren, sla je cv of brief "
    "opnieuw op als PDF en kies dat bestand."
)
CHOOSE_FILE_AGAIN = _("Kies je bestand opnieuw. Na een fout in het formulier moet je het bestand nog een keer kiezen.")


class ApplicationForm(ProtectedFormMixin, forms.Form):
    name = name_field()
    email = email_field(help_text=_("Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl"))
    phone = phone_field(
        required=True,
        help_text=_("Zo kunnen we je bellen voor een kennismakingsgesprek."),
        max_length=column_length(Application, "phone"),
    )
    neighbourhood = forms.CharField(
        label=_("Wijk of postcode"),
        required=False,
        max_length=column_length(Application, "neighbourhood"),
        help_text=_("Niet verplicht. Zo weten we in welk deel van Groningen je woont."),
        error_messages={"max_length": _("Vul alleen je wijk of postcode in (%(limit_value)d tekens of minder).")},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    relation = forms.ChoiceField(
        label=_("Wat is jouw ervaring met WIJ Groningen?"),
        choices=WijRelation.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies wat het beste bij je past."),
            "invalid_choice": _("Kies een antwoord uit de lijst."),
        },
    )
    motivation = forms.CharField(
        label=_("Waarom wil je in de WIJ-raad?"),
        max_length=5000,
        help_text=_("Schrijf in je eigen woorden waarom je mee wilt praten. Een paar zinnen is genoeg."),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Schrijf waarom je in de WIJ-raad wilt."),
            "max_length": _("Je tekst is te lang. Gebruik %(limit_value)d tekens of minder (nu %(show_value)d)."),
        },
    )
    cv = forms.FileField(
        label=_("Cv of brief"),
        required=False,
        error_messages={
            "empty": uploads.EMPTY,
            "invalid": _("Er ging iets mis met het bestand. Kies het nog een keer."),
            "missing": _("Er ging iets mis met het bestand. Kies het nog een keer."),
        },
        widget=forms.FileInput(attrs={"accept": uploads.ACCEPT}),
    )
    consent = forms.BooleanField(
        label=_("Ik geef de WIJ-raad toestemming om mijn gegevens te gebruiken voor mijn aanmelding."),
        error_messages={
            "required": _(
                "Zet een vinkje om toestemming te geven. Zonder toestemming kunnen we je aanmelding niet behandelen."
            )
        },
    )
    keep_for_future = forms.BooleanField(
        label=_("Mijn aanmelding mag bewaard worden voor een volgende vacature."),
        required=False,
    )

    recaptcha_action = "application"

    def __init__(self, *args, privacy_url="", retention_weeks=4, retention_months=12, **kwargs):
        super().__init__(*args, **kwargs)
        self.file_type = None
        self.cv_scan = ScanState.NOT_SCANNED
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                gettext('Lees in de <a href="{url}">privacyverklaring</a> hoe we met je gegevens omgaan.'),
                url=privacy_url,
            )
        self.fields["cv"].help_text = gettext(
            "Niet verplicht. Een PDF, Word-bestand (DOC of DOCX) of ODT-bestand van hoogstens %(max)d MB."
        ) % {"max": uploads.MAX_UPLOAD_MB}
        self.fields["keep_for_future"].label = ngettext(
            "Word je niet gekozen? Dan mag de WIJ-raad mijn aanmelding %(months)d maand bewaren voor een "
            "volgende vacature.",
            "Word je niet gekozen? Dan mag de WIJ-raad mijn aanmelding %(months)d maanden bewaren voor een "
            "volgende vacature.",
            retention_months,
        ) % {"months": retention_months}
        self.fields["keep_for_future"].help_text = ngettext(
            "Niet verplicht. Zonder vinkje verwijderen we je gegevens %(weeks)d week na het einde van de procedure.",
            "Niet verplicht. Zonder vinkje verwijderen we je gegevens %(weeks)d weken na het einde van de procedure.",
            retention_weeks,
        ) % {"weeks": retention_weeks}

    def clean_cv(self):
        upload = self.cleaned_data.get("cv")
        if upload:
            self.file_type = uploads.check_upload(upload)
            self.cv_scan = self._scan(upload)
        return upload

    def _scan(self, upload):
        if not virus_scan.is_configured():
            return ScanState.NOT_SCANNED
        try:
            found = virus_scan.scan(upload)
        except virus_scan.ScannerUnavailable:
            return ScanState.PENDING  # stored, flagged, and not offered for download until scanned
        if found:
            raise ValidationError(VIRUS_FOUND, code="virus")
        return ScanState.CLEAN

    def clean(self):
        cleaned_data = super().clean()
        if self.cleaned_data.get("cv") and any(name != "cv" for name in self._errors):
            # A browser never sends a file back: say so, instead of letting the file silently disappear.
            self.add_error("cv", CHOOSE_FILE_AGAIN)
        if self.cv_scan == ScanState.PENDING and not self.flag_reason:
            self.flag_reason = FlagReason.SCAN_UNAVAILABLE
        return cleaned_data


class StatusChangeForm(forms.Form):
    """The secretary moves an application to a step, with the date it happened and a note."""

    status = forms.ChoiceField(label=_("Nieuwe stap"), choices=ApplicationStatus.choices)
    date = forms.DateField(
        label=_("Datum"),
        help_text=_("De dag waarop dit gebeurde. Bijvoorbeeld de dag van het gesprek."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Vul een datum in."), "invalid": _("Vul een datum in zoals 31-12-2026.")},
    )
    note = forms.CharField(
        label=_("Notitie"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Niet verplicht. Alleen zichtbaar voor het secretariaat, niet voor de aanmelder."),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["date"].initial = timezone.localdate

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == self.application.status:
            raise ValidationError(_("De aanmelding is al bij deze stap. Kies een andere stap."), code="unchanged")
        return status

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise ValidationError(_("De datum ligt in de toekomst. Vul de dag in waarop het gebeurde."), code="future")
        received = timezone.localdate(self.application.received_at)
        if date < received:
            raise ValidationError(
                _("De datum ligt vóór de dag van aanmelden (%(date)s).") % {"date": received.strftime("%d-%m-%Y")},
                code="too_early",
            )
        return date
