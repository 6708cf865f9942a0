from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import CharBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import INLINE_FEATURES
from home.models import BasePage, SiteSettings, organisation_name
from home.schema import organisation
from submissions.pages import ProtectedFormPageMixin
from submissions.pipeline import Mail
from submissions.recipients import RECIPIENT_PERMISSION

from .forms import ContactForm

DEFAULT_SUBJECTS = ["Vraag over de WIJ-raad", "Idee of signaal", "Anders"]
DEFAULT_THANK_YOU = "De ambtelijk secretaris leest je bericht en neemt binnen vijf werkdagen contact met je op."


class ContactPage(ProtectedFormPageMixin, BasePage):
    """The council's contact details and the contact form (through the shared pipeline: submissions/pages.py)."""

    body = RichTextField(
        _("tekst boven het formulier"), blank=True, features=INLINE_FEATURES + ["ul"], help_text=_("Kort houden.")
    )
    subjects = StreamField(
        [("subject", CharBlock(label=_("Onderwerp"), max_length=100))],
        verbose_name=_("onderwerpen om uit te kiezen"),
        blank=True,
        default=[("subject", subject) for subject in DEFAULT_SUBJECTS],
        help_text=_("De bezoeker kiest één onderwerp. Zonder onderwerpen vraagt het formulier er niet naar."),
    )
    thank_you_text = models.TextField(
        _("tekst na versturen"),
        default=DEFAULT_THANK_YOU,
        help_text=_("Staat op de bedankpagina en in de bevestiging per e-mail. Zeg wat er nu gebeurt."),
    )
    recipient = models.EmailField(
        _("berichten sturen naar"),
        blank=True,
        help_text=_("Leeg laten: berichten gaan naar het e-mailadres van het secretariaat in de instellingen."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("subjects"),
                FieldPanel("thank_you_text"),
                FieldPanel("recipient", permission=RECIPIENT_PERMISSION),
            ],
            heading=_("Formulier"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("recipient")]

    class Meta:
        verbose_name = _("contactpagina")
        verbose_name_plural = _("contactpagina's")

    def subject_choices(self):
        return [block.value for block in self.subjects if block.value]

    # The form (see submissions.pages.ProtectedFormPageMixin) -------------------------------------------------------

    form_class = ContactForm
    submission_kind = "contact"
    thanks_template = "contact/contact_page_thanks.html"

    def recipient_for(self, request):
        return self.recipient or SiteSettings.for_request(request).secretary_email

    def get_form_kwargs(self, request):
        return {"request": request, "subjects": self.subject_choices()}

    def form_fields_key(self, request, form):
        return (self.pk,)  # the subjects are the page's own

    def submission_fields(self, request, form):
        data = form.cleaned_data
        return {"sender_name": data["name"], "sender_email": data["email"], "subject": data.get("subject", "")}

    def submission_mails(self, request, form, submission, extra):
        data = form.cleaned_data
        context = {
            "page_title": self.title,
            "page_url": self.get_full_url(request),
            "organisation_name": organisation_name(request),
            "name": data["name"],
            "email": data["email"],
            "phone": data.get("phone", ""),
            "subject": data.get("subject", ""),
            "message": data["message"],
            "thank_you_text": self.thank_you_text,
        }
        return [
            Mail(
                to=[self.recipient_for(request)],
                reply_to=[data["email"]],
                template="mail/contact/message_to_secretary",
                context=context,
                for_staff=True,
            ),
            Mail(
                to=[data["email"]],
                reply_to=[self.recipient_for(request)],
                template="mail/contact/confirmation",
                context=context,
                language=submission.language,
                to_sender=True,
            ),
        ]

    def structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "ContactPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "about": organisation(request),
        }
