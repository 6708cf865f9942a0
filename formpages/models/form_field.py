"""One question on a form page (FormField) and the kinds of answer it can ask for."""

import datetime
import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from submissions.forms import SPAM_FIELDS

from ..panels import SensitiveWarningPanel

# Names the export uses for its own columns: a question may not get one of these as its name.
EXPORT_COLUMNS = {"submit_time", "reference", "cancelled_at"}


def split_choices(text):
    """The editor's choices: one per line or, all on one line, separated by commas. Empty ones are left out."""
    lines = text.strip().splitlines()
    parts = [line.strip().rstrip(",") for line in lines] if len(lines) > 1 else text.split(",")
    return [part.strip() for part in parts if part.strip()]


def choice_and_places(text):
    """ "Tafel A: zorg | 8" as ("Tafel A: zorg", 8); a choice without "|" as (text, None).

    Only a whole number may follow the "|"; anything else gives (text, 0), which `FormField.clean` refuses.
    """
    choice, separator, places = text.partition("|")
    if not separator:
        return text, None
    if not re.fullmatch(r"\d+", places.strip(), re.ASCII) or not choice.strip():
        return text, 0
    return choice.strip(), int(places)


class FieldType(models.TextChoices):
    SINGLE_LINE = "singleline", _("Eén regel tekst")
    MULTI_LINE = "multiline", _("Meer regels tekst")
    EMAIL = "email", _("E-mailadres")
    PHONE = "phone", _("Telefoonnummer")
    NUMBER = "number", _("Getal")
    DATE = "date", _("Datum")
    DROPDOWN = "dropdown", _("Keuzelijst (één keuze)")
    RADIO = "radio", _("Rondjes (één keuze)")
    CHECKBOXES = "checkboxes", _("Vinkjes (meer keuzes)")
    CHECKBOX = "checkbox", _("Eén vinkje (ja of nee)")
    CONSENT = "consent", _("Toestemming (met link naar de privacyverklaring)")


CHOICE_TYPES = {FieldType.DROPDOWN, FieldType.RADIO, FieldType.CHECKBOXES}
# The sum of the places the script shows under the choices, in the admin's language; %(count)s is filled in there.
TOTAL_ATTRS = {
    "data-formbuilder-total": _("Samen %(count)s plaatsen."),
    "data-formbuilder-total-open": _("Samen %(count)s plaatsen, en geen grens bij keuzes zonder aantal."),
}
# Answers to number and date questions without bounds of their own: no 10^300, no year 9999.
DEFAULT_NUMBER_RANGE = (Decimal(-1_000_000), Decimal(1_000_000))
DEFAULT_DATE_RANGE = (datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))


class FormField(TranslatableMixin, AbstractFormField):
    """One question on a form page. Its name (`clean_name`) is the column in the export, the same in every language."""

    page = ParentalKey("formpages.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    label = models.CharField(
        _("vraag"), max_length=255, help_text=_("Staat boven het veld. Bijvoorbeeld: Naam of Aan welke tafel?")
    )
    field_type = models.CharField(
        _("soort antwoord"), max_length=16, choices=FieldType.choices, default=FieldType.SINGLE_LINE
    )
    required = models.BooleanField(_("verplicht"), default=True)
    choices = models.TextField(
        _("keuzes"),
        blank=True,
        help_text=_(
            "Zet elke keuze op een eigen regel. Heeft een keuze een eigen aantal plaatsen? Zet dan | en het aantal "
            "achter de keuze. Bijvoorbeeld: Tafel A: zorg | 8"
        ),
    )
    default_value = None
    help_text = models.CharField(
        _("uitleg"),
        max_length=255,
        blank=True,
        help_text=_("Staat onder de vraag. Bijvoorbeeld: Kies één of twee tafels."),
    )
    min_choices = models.PositiveSmallIntegerField(
        _("minimaal aantal vinkjes"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    max_choices = models.PositiveSmallIntegerField(
        _("maximaal aantal vinkjes"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    min_value = models.DecimalField(
        _("kleinste getal"),
        max_digits=12,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Alleen bij Getal. Leeg: -1.000.000."),
    )
    max_value = models.DecimalField(
        _("grootste getal"),
        max_digits=12,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Alleen bij Getal. Leeg: 1.000.000."),
    )
    min_date = models.DateField(
        _("vroegste datum"), null=True, blank=True, help_text=_("Alleen bij Datum. Leeg: 1-1-1900.")
    )
    max_date = models.DateField(
        _("laatste datum"), null=True, blank=True, help_text=_("Alleen bij Datum. Leeg: 31-12-2100.")
    )
    choice_capacity = models.PositiveIntegerField(
        _("plaatsen per keuze"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Voor elke keuze zonder eigen aantal achter de |. Bijvoorbeeld 12 per tafel. Is een keuze vol, dan kan "
            "niemand die nog kiezen. Leeg: geen grens."
        ),
    )

    # The answer types each option applies to: formpages/static/formpages/form_builder.js shows an option only for
    # those (without JavaScript every option stays visible and `clean` refuses an option for another type).
    panels = [
        SensitiveWarningPanel(),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", attrs={"data-formbuilder-type": ""}),
        FieldPanel("choices", attrs={"data-formbuilder-for": " ".join(sorted(CHOICE_TYPES)), **TOTAL_ATTRS}),
        FieldPanel(
            "choice_capacity",
            attrs={"data-formbuilder-for": " ".join(sorted(CHOICE_TYPES)), "data-formbuilder-places": ""},
        ),
        FieldRowPanel(
            [FieldPanel("min_choices"), FieldPanel("max_choices")],
            attrs={"data-formbuilder-for": FieldType.CHECKBOXES.value},
        ),
        FieldRowPanel(
            [FieldPanel("min_value"), FieldPanel("max_value")], attrs={"data-formbuilder-for": FieldType.NUMBER.value}
        ),
        FieldRowPanel(
            [FieldPanel("min_date"), FieldPanel("max_date")], attrs={"data-formbuilder-for": FieldType.DATE.value}
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("min_choices"),
        SynchronizedField("max_choices"),
        SynchronizedField("choice_capacity"),
        SynchronizedField("min_value"),
        SynchronizedField("max_value"),
        SynchronizedField("min_date"),
        SynchronizedField("max_date"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        return self.label

    def number_range(self):
        """(smallest, largest) answer to a number question: the secretary's bounds or the sane defaults."""
        low, high = DEFAULT_NUMBER_RANGE
        return (
            low if self.min_value is None else self.min_value,
            high if self.max_value is None else self.max_value,
        )

    def date_range(self):
        low, high = DEFAULT_DATE_RANGE
        return (self.min_date or low, self.max_date or high)

    def _choice_errors(self):
        texts = split_choices(self.choices or "")
        if not self.has_choices:
            if texts:
                return {
                    "choices": _("Keuzes kunnen alleen bij een keuzelijst, rondjes of vinkjes. Maak dit veld leeg.")
                }
            return {}
        if not texts:
            return {"choices": _("Vul de keuzes in, elke keuze op een eigen regel.")}
        parsed = [choice_and_places(text) for text in texts]
        if wrong := [text for text, (_choice, places) in zip(texts, parsed, strict=True) if places == 0]:
            return {
                "choices": _(
                    "Zet achter de | alleen het aantal plaatsen, 1 of meer. Bijvoorbeeld: Tafel A: zorg | 8. "
                    "Dit klopt niet: %(choices)s"
                )
                % {"choices": "; ".join(wrong)}
            }
        if len({choice for choice, _places in parsed}) != len(parsed):
            return {"choices": _("Elke keuze mag maar één keer in de lijst staan.")}
        return {}

    def _bound_errors(self):
        errors = {}
        if (self.min_value is not None or self.max_value is not None) and self.field_type != FieldType.NUMBER:
            errors["min_value"] = _("Een kleinste of grootste getal kan alleen bij een vraag met het antwoord Getal.")
        elif self.field_type == FieldType.NUMBER:
            low, high = self.number_range()
            if low > high:
                errors["max_value"] = _("Het grootste getal moet even groot zijn als het kleinste, of groter.")
        if (self.min_date or self.max_date) and self.field_type != FieldType.DATE:
            errors["min_date"] = _("Een vroegste of laatste datum kan alleen bij een vraag met het antwoord Datum.")
        elif self.field_type == FieldType.DATE:
            low, high = self.date_range()
            if low > high:
                errors["max_date"] = _("De laatste datum moet op of na de vroegste datum liggen.")
        return errors

    @property
    def name(self):
        return self.clean_name or self.get_field_clean_name()

    @property
    def has_choices(self):
        return self.field_type in CHOICE_TYPES

    def choice_list(self):
        """The choices as the form shows them (without their places)."""
        return list(self.choice_places())

    def choice_places(self):
        """{choice: its places, or None for no limit}: its own number after "|", else the places per choice."""
        places = {}
        for text in split_choices(self.choices or ""):
            choice, own = choice_and_places(text)
            places[choice] = own or self.choice_capacity
        return places

    @property
    def has_places(self):
        return self.has_choices and any(self.choice_places().values())

    def clean(self):
        super().clean()
        # Fix the machine name now, so the revision (and every translation) holds it, not only the published row.
        self.clean_name = self.name
        errors = {}
        name = self.name
        if not name:
            errors["label"] = _("Gebruik letters of cijfers in de vraag.")
        elif name in {*SPAM_FIELDS, *EXPORT_COLUMNS, "csrfmiddlewaretoken"}:
            errors["label"] = _(
                "Deze vraag kan niet: de website gebruikt dit woord zelf. Schrijf de vraag iets anders."
            )
        errors.update(self._choice_errors())
        choices = self.choice_list()
        if (self.min_choices or self.max_choices) and self.field_type != FieldType.CHECKBOXES:
            errors["min_choices"] = _("Een minimum of maximum aantal keuzes kan alleen bij vinkjes (meer keuzes).")
        elif self.min_choices and self.max_choices and self.min_choices > self.max_choices:
            errors["max_choices"] = _("Het maximum moet even groot zijn als het minimum, of groter.")
        elif choices and max(self.min_choices or 0, self.max_choices or 0) > len(choices):
            errors["max_choices"] = _("Er zijn minder keuzes dan dit aantal.")
        errors.update(self._bound_errors())
        if self.choice_capacity and not self.has_choices:
            errors["choice_capacity"] = _("Plaatsen per keuze kan alleen bij een keuzelijst, rondjes of vinkjes.")
        if errors:
            raise ValidationError(errors)
