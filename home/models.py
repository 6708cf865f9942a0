from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock, LinkBlock, SectionLinkBlock


class BasePage(Page):
    """Fields and behaviour every public page shares."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Eén of twee zinnen. Staat bovenaan de pagina, in overzichten en in zoekmachines."),
    )

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.intro


class HomePage(BasePage):
    welcome = RichTextField(_("welkomsttekst"), blank=True, features=["bold", "italic", "link"])
    section_links = StreamField(
        [("section", SectionLinkBlock())],
        verbose_name=_("verwijzingen naar onderdelen"),
        blank=True,
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("welcome"),
        FieldPanel("section_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("welcome")]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")


class ContentPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("tekstpagina")
        verbose_name_plural = _("tekstpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A section page links to the pages inside it, so they can be reached without the menu.
        context["subpages"] = self.get_children().live().public().only("id", "title", "url_path", "path", "depth")
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("naam organisatie"), max_length=255, default="WIJ-raad Groningen")
    postal_address = models.TextField(_("postadres"), blank=True)
    secretary_email = models.EmailField(
        _("e-mailadres secretariaat"),
        default="secretariaat@wijraad.example.org",
        help_text=_(
            "Alle berichten en aanmeldingen van de website gaan naar dit adres, tenzij een pagina iets anders zegt."
        ),
    )
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    footer_links = StreamField([("link", LinkBlock())], verbose_name=_("links in de voettekst"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("postal_address"), FieldPanel("phone")],
            heading=_("Contactgegevens"),
        ),
        FieldPanel("secretary_email"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("instellingen website")
