"""Forms the secretary builds herself (sign-ups for meetings, polls) on Wagtail's form builder.

The page owns its form flow through the shared pipeline (submissions/pages.py); places are counted in
formpages/signups.py and the questions become a form in formpages/form_builder.py.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, validate_to_address
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import INLINE_FEATURES
from home.models import BasePage, SiteSettings
from home.privacy import privacy_url
from news.calendar import event_ics
from news.models import NewsPage
from submissions import pipeline
from submissions.pages import ProtectedFormPageMixin
from submissions.pipeline import Attachment, Mail
from submissions.recipients import RECIPIENT_PERMISSION
from wijraad.admin_address import admin_url
from wijraad.page_cache import form_class_per_generation, per_generation

from .. import signups
from ..form_builder import SignupFormBuilder
from ..page_form import FormPageAdminForm
from ..panels import QuestionsPanel
from ..sensitive import SENSITIVE_HELP
from .form_field import FieldType
from .form_submissions import FormPageSubmission

DEFAULT_THANK_YOU = "Je hoort van ons als er iets verandert of als we nog iets van je nodig hebben."
DEFAULT_CONFIRMATION = "Bedankt! We hebben je formulier goed ontvangen."


class FormPage(ProtectedFormPageMixin, RoutablePageMixin, AbstractEmailForm, BasePage):
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
    base_form_class = FormPageAdminForm

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        QuestionsPanel(
            "form_fields",
            heading=_("Vragen"),
            label=_("vraag"),
            add_label=_("Voeg een vraag toe"),
            help_text=SENSITIVE_HELP,
        ),
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

    # Routes and the form (see submissions.pages.ProtectedFormPageMixin) -------------------------------------------

    submission_kind = "form"
    thanks_template = "formpages/form_page_landing.html"

    def serve(self, request, view=None, args=None, kwargs=None):
        if view is None:
            view, args, kwargs = self.resolve_subpage("/")
        response = RoutablePageMixin.serve(self, request, view, args, kwargs)
        add_never_cache_headers(response)
        return response

    @path("")
    def form_view(self, request):
        return self.serve_form(request)

    @path(pgettext_lazy("URL", "afmelden/<str:token>/"), name="cancel")
    def cancel_view(self, request, token):
        """GET asks "are you sure?", POST cancels and frees the place, then shows that it is done (POST/redirect/GET)."""
        signup = (
            FormPageSubmission.objects.filter(cancel_token=token, page__translation_key=self.translation_key)
            .select_related("submission")
            .first()
        )
        event = self.event()
        csrf_failed = getattr(request, "csrf_failed", False)
        if signup is None:
            state, status = "unknown", 404
        elif signup.cancelled_at:
            state, status = "cancelled", 200
        elif event and event.event_start <= timezone.now():
            state, status = "too_late", 200
        elif request.method == "POST" and not csrf_failed:
            signups.cancel(self, request, signup)
            return redirect(request.path)
        else:
            # Also after a POST that failed Django's CSRF check: ask again, with a fresh token.
            state, status = "confirm", 403 if csrf_failed else 200
        return self.render_page(
            request, "formpages/form_page_cancel.html", status=status, state=state, signup=signup, event=event
        )

    @path("afmelden/<str:token>/", name="cancel_dutch_path")
    def cancel_dutch_path_view(self, request, token):
        """The Dutch path under another language's prefix (links in mails sent before each language had its own)."""
        return HttpResponsePermanentRedirect(self.get_url(request) + self.reverse_subpage("cancel", args=[token]))

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.serve_thanks(request, reference=None)
        return self.serve_form(request, preview=True)

    def cancel_url(self, token, request=None):
        return self.get_full_url(request) + self.reverse_subpage("cancel", args=[token])

    def form_for(self, request, bound):
        """The form with the places as they are now; the questions, their choice keys and the places ride along."""
        fields = list(self.saved_questions(request))
        availability = signups.availability(self, fields)
        choices = availability.choices or signups.choices_of(self, fields)
        full = signups.as_shown(availability.full_choices, choices.keys)
        kwargs = {"request": request, "fields": fields, "full": full}
        form = self.get_form(request.POST, **kwargs) if bound else self.get_form(**kwargs)
        form.questions, form.choices, form.availability = fields, choices, availability
        if not bound:
            # The form class is made per generation and per set of full choices: its questions look the same.
            form.fields_cache_key = (self.pk, type(form))
        return form

    def process_form(self, request, form):
        if not form.availability.is_open:
            # Before opening, after closing or when full: say so, store nothing.
            return self.render_form(request, form, status=409)
        return super().process_form(request, form)

    def render_form_again(self, request, form, status):
        form.availability = signups.availability(self, form.questions)
        # Filled up while this form was being sent: refused like any sign-up for a full form.
        return self.render_form(request, form, 409 if status == 200 and not form.availability.is_open else status)

    def get_form_context(self, request, form):
        return {"availability": form.availability, "event": self.event()}

    def submission_fields(self, request, form):
        sender_name, sender_email = signups.sender(form, form.questions)
        form.answer = signups.answers(form, form.questions, form.choices.keys)
        return {
            "sender_name": sender_name,
            "sender_email": sender_email,
            "subject": self.title,
            "data": signups.answers_for_secretary(self, form.questions, form.answer),
        }

    def submission_extra(self, request, form, submission):
        limited = signups.is_limited(self, form.choices.limits)
        places_taken = signups.take_place(self, form.choices, form.answer, form) if limited else None
        signup = FormPageSubmission.objects.create(page=self, submission=submission, form_data=form.answer)
        return signup, places_taken

    def submission_mails(self, request, form, submission, extra):
        signup, places_taken = extra
        recipients = self.recipients(request)
        event = self.event()
        sender_email = submission.sender_email
        context = {
            "page_title": self.title,
            "page_url": self.get_full_url(request),
            "answers": submission.data,  # in the site's language, for the secretary
            "event": event,
            "places_taken": places_taken,
            "max_signups": self.max_signups,
            "submissions_url": self.submissions_admin_url(),
            "confirmation_text": self.confirmation_text,
            "cancel_url": self.cancel_url(signup.cancel_token, request) if event or places_taken is not None else "",
        }
        to_secretary = Mail(
            to=recipients,
            reply_to=[sender_email] if sender_email else [],
            template="mail/forms/to_secretary",
            context=context,
            for_staff=True,
        )
        if not sender_email:
            return [to_secretary]
        attachments = [Attachment(f"{event.slug}.ics", event_ics(event, request), "text/calendar")] if event else []
        confirmation = Mail(
            to=[sender_email],
            reply_to=recipients[:1],
            template="mail/forms/confirmation",
            # What the resident chose (never what they typed: the address may not be theirs), with the questions and
            # yes/no as the form showed them.
            context={**context, "answers": pipeline.form_data(form, language=submission.language, chosen_only=True)},
            language=submission.language,
            attachments=attachments,
            to_sender=True,
        )
        return [to_secretary, confirmation]

    # Wagtail's form builder ---------------------------------------------------------------------------------------

    def get_form_fields(self):
        return self.form_fields.all()

    @per_generation
    def saved_questions(self, request):
        """The questions as published, read once per generation (shared between views: read-only)."""
        return tuple(self.get_form_fields())

    def get_form(self, *args, request, fields=None, full=None, **kwargs):
        fields = list(self.get_form_fields() if fields is None else fields)
        asks_consent = any(field.field_type == FieldType.CONSENT for field in fields)
        builder = SignupFormBuilder(fields, full=full, privacy_url=privacy_url(request) if asks_consent else "")
        form_class = form_class_per_generation(request, self, fields, builder)
        return form_class(*args, request=request, page=self, user=request.user, **kwargs)

    def get_submission_class(self):
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
        fields = list(self.get_form_fields())
        questions = signups.originals(self, fields)
        return [
            ("submit_time", _("Verstuurd op")),
            ("reference", _("Kenmerk")),
            *[(field.clean_name, questions.get(field.clean_name, field).label) for field in fields],
            ("cancelled_at", _("Afgemeld op")),
        ]

    # Helpers for the views and mails ------------------------------------------------------------------------------

    def recipients(self, request):
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        return [SiteSettings.for_request(request).secretary_email]

    @per_generation
    def event(self):
        """The news item about the event this form signs people up for, preferably in this page's language."""
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
        return admin_url("wagtailforms:list_submissions", self.pk)
