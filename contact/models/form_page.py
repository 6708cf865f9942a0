"""Forms the secretary builds herself (sign-ups for meetings, polls) on Wagtail's form builder.

The page's views live in contact/form_page_views.py; they use the shared pipeline (contact/pipeline.py).
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponsePermanentRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import _split_by_newline_or_comma
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, validate_to_address
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from contact.recipients import RECIPIENT_PERMISSION
from home.blocks import INLINE_FEATURES
from home.models import BasePage
from wijraad.page_cache import form_class_per_generation, per_generation

DEFAULT_THANK_YOU = "Je hoort van ons als er iets verandert of als we nog iets van je nodig hebben."
DEFAULT_CONFIRMATION = "Bedankt! We hebben je formulier goed ontvangen."
# Names the export uses for its own columns: a question may not get one of these as its name.
EXPORT_COLUMNS = {"submit_time", "reference", "cancelled_at"}


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
# Answers to number and date questions without bounds of their own: no 10^300, no year 9999.
DEFAULT_NUMBER_RANGE = (Decimal(-1_000_000), Decimal(1_000_000))
DEFAULT_DATE_RANGE = (datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))


class FormField(TranslatableMixin, AbstractFormField):
    """One question on a form page. Its name (`clean_name`) is the column in the export, the same in every language."""

    page = ParentalKey("contact.FormPage", on_delete=models.CASCADE, related_name="form_fields")
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
        help_text=_("Zet elke keuze op een eigen regel. Alleen voor keuzelijst, rondjes en vinkjes."),
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
        help_text=_("Bijvoorbeeld 12 per tafel. Is een keuze vol, dan kan niemand die nog kiezen. Leeg: geen grens."),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type"),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldRowPanel([FieldPanel("min_choices"), FieldPanel("max_choices"), FieldPanel("choice_capacity")]),
        FieldRowPanel([FieldPanel("min_value"), FieldPanel("max_value")]),
        FieldRowPanel([FieldPanel("min_date"), FieldPanel("max_date")]),
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
        return [choice for choice in _split_by_newline_or_comma(self.choices or "") if choice]

    def clean(self):
        from contact.forms import SPAM_FIELDS

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
        choices = self.choice_list()
        if self.has_choices and not choices:
            errors["choices"] = _("Vul de keuzes in, elke keuze op een eigen regel.")
        if len(set(choices)) != len(choices):
            errors["choices"] = _("Elke keuze mag maar één keer in de lijst staan.")
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


class FormPage(RoutablePageMixin, AbstractEmailForm, BasePage):
    """A form the secretary builds: questions, opening and closing time, places, and the mails it sends."""

    body = RichTextField(
        _("tekst boven het formulier"), blank=True, features=INLINE_FEATURES + ["ul"], help_text=_("Kort houden.")
    )
    opens_at = models.DateTimeField(
        _("open vanaf"), null=True, blank=True, help_text=_("Leeg: het formulier is meteen open.")
    )
    closes_at = models.DateTimeField(
        _("open tot"),
        null=True,
        blank=True,
        help_text=_("Vanaf dit moment kan niemand het formulier meer versturen. Leeg: geen einddatum."),
    )
    max_signups = models.PositiveIntegerField(
        _("maximaal aantal aanmeldingen"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leeg: geen maximum. Wie zich afmeldt, telt niet meer mee."),
    )
    thank_you_text = models.TextField(
        _("tekst na versturen"),
        default=DEFAULT_THANK_YOU,
        help_text=_("Staat op de bedankpagina. Zeg wat er nu gebeurt."),
    )
    confirmation_text = models.TextField(
        _("tekst in de bevestiging per e-mail"),
        default=DEFAULT_CONFIRMATION,
        help_text=_(
            "De afzender krijgt deze tekst met het kenmerk, en bij een bijeenkomst wanneer en waar die is. Wat de "
            "afzender heeft ingevuld, staat er niet in. Dat kan alleen als het formulier een vraag met het antwoord "
            "E-mailadres heeft."
        ),
    )
    to_address = models.CharField(
        _("formulieren sturen naar"),
        max_length=255,
        blank=True,
        validators=[validate_to_address],
        help_text=_(
            "Leeg laten: ze gaan naar het e-mailadres van het secretariaat in de instellingen. Meer adressen: "
            "zet een komma tussen de adressen."
        ),
    )
    from_address = None  # every mail goes out from the site's own address (DEFAULT_FROM_EMAIL)
    subject = None  # the mail subject is the page title

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label=_("Vragen"), heading=_("Vragen")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("max_signups")],
            heading=_("Wanneer en voor hoeveel mensen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_text"),
                FieldPanel("confirmation_text"),
                FieldPanel("to_address", permission=RECIPIENT_PERMISSION),
            ],
            heading=_("Na het versturen"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("max_signups"),
    ]
    preview_modes = [("form", _("Formulier")), ("landing", _("Bedankpagina"))]

    class Meta:
        verbose_name = _("formulierpagina")
        verbose_name_plural = _("formulierpagina's")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Het formulier moet later sluiten dan het opengaat.")})

    # Routes ---------------------------------------------------------------------------------------------------------

    def serve(self, request, view=None, args=None, kwargs=None):
        if view is None:
            view, args, kwargs = self.resolve_subpage("/")
        response = super().serve(request, view, args, kwargs)
        add_never_cache_headers(response)
        return response

    @path("")
    def form_view(self, request):
        from contact import form_page_views

        return form_page_views.form_page(self, request)

    @path(pgettext_lazy("URL", "afmelden/<str:token>/"), name="cancel")
    def cancel_view(self, request, token):
        from contact import form_page_views

        return form_page_views.cancel(self, request, token)

    @path("afmelden/<str:token>/", name="cancel_dutch_path")
    def cancel_dutch_path_view(self, request, token):
        """The Dutch path under another language's prefix (links in mails sent before each language had its own)."""
        return HttpResponsePermanentRedirect(self.get_url(request) + self.reverse_subpage("cancel", args=[token]))

    def serve_preview(self, request, mode_name):
        from contact import form_page_views

        if mode_name == "landing":
            return form_page_views.thanks(self, request, reference=None)
        return form_page_views.form_page(self, request, preview=True)

    def cancel_url(self, token, request=None):
        return self.get_full_url(request) + self.reverse_subpage("cancel", args=[token])

    # Wagtail's form builder ---------------------------------------------------------------------------------------

    def get_form_fields(self):
        return self.form_fields.all()

    def get_form(self, *args, request, fields=None, full=None, **kwargs):
        from contact.form_builder import SignupFormBuilder

        fields = list(self.get_form_fields() if fields is None else fields)
        asks_consent = any(field.field_type == FieldType.CONSENT for field in fields)
        builder = SignupFormBuilder(fields, full=full, privacy_url=self.privacy_url(request) if asks_consent else "")
        form_class = form_class_per_generation(request, self, fields, builder)
        return form_class(*args, request=request, page=self, user=request.user, **kwargs)

    def get_submission_class(self):
        from .form_submissions import FormPageSubmission

        return FormPageSubmission

    def get_submissions(self):
        """Sign-ups in every language of this form: one list, one export, one count of places."""
        return (
            self.get_submission_class()
            .objects.filter(page__translation_key=self.translation_key)
            .select_related("submission")
        )

    def get_data_fields(self):
        """The export's columns: the same names and Dutch headings, from whichever language version it is made."""
        from contact.signups import originals

        fields = list(self.get_form_fields())
        questions = originals(self, fields)
        return [
            ("submit_time", _("Verstuurd op")),
            ("reference", _("Kenmerk")),
            *[(field.clean_name, questions.get(field.clean_name, field).label) for field in fields],
            ("cancelled_at", _("Afgemeld op")),
        ]

    def get_submissions_list_view_class(self):
        from contact.form_page_admin import FormPageSubmissionsListView

        return FormPageSubmissionsListView

    # Helpers for the views and mails ------------------------------------------------------------------------------

    def recipients(self, request):
        from home.models import SiteSettings

        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        return [SiteSettings.for_request(request).secretary_email]

    @per_generation
    def privacy_url(self, request):
        """The privacy statement in this page's language (a page with the slug "privacy" under a home page)."""
        privacy = Page.objects.live().filter(slug="privacy", depth=3, locale_id=self.locale_id).first()
        return privacy.get_url(request) if privacy else ""

    @per_generation
    def event(self):
        """The news item about the event this form signs people up for, preferably in this page's language."""
        from news.models import NewsPage

        translations = Page.objects.filter(translation_key=self.translation_key).values("pk")
        return (
            NewsPage.objects.live()
            .filter(signup_page__in=translations, event_start__isnull=False)
            .order_by(
                Case(When(locale_id=self.locale_id, then=Value(0)), default=Value(1), output_field=IntegerField()),
                "pk",
            )
            .first()
        )

    def submissions_admin_url(self):
        from django.urls import reverse

        return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('wagtailforms:list_submissions', args=[self.pk])}"
