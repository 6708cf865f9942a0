from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import CharBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import INLINE_FEATURES
from home.models import BasePage
from submissions.recipients import RECIPIENT_PERMISSION

DEFAULT_SUBJECTS = ["Vraag over de WIJ-raad", "Idee of signaal", "Anders"]
DEFAULT_THANK_YOU = "De ambtelijk secretaris leest je bericht en neemt binnen vijf werkdagen contact met je op."


class ContactPage(BasePage):
    """The council's contact details and the contact form."""

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

    def serve(self, request, *args, **kwargs):
        from contact import views

        response = views.contact_page(self, request)
        add_never_cache_headers(response)
        return response

    def render_page(self, request, template=None, **extra_context):
        context = self.get_context(request)
        context.update(extra_context)
        return TemplateResponse(request, template or self.get_template(request), context)

    def structured_data(self, request):
        from contact.views import organisation_data

        return {
            "@context": "https://schema.org",
            "@type": "ContactPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "about": organisation_data(request),
        }
