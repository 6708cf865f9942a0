from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from wijraad.page_cache import remember, view_restriction_paths

from .blocks import BodyBlock, LinkBlock, SectionLinkBlock

DEFAULT_ORGANISATION_NAME = "WIJ-raad Groningen"


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

    def get_view_restrictions(self):
        """Wagtail checks these on every view: no query when neither this page nor any page above it has one."""
        if self.alias_of_id is None and not any(self.path.startswith(path) for path in view_restriction_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def render_page(self, request, template=None, status=200, **extra_context):
        """The page with extra context (a form, a reference number), in its own template unless another is given."""
        context = self.get_context(request)
        context.update(extra_context)
        return TemplateResponse(request, template or self.get_template(request), context, status=status)


class HomePage(BasePage):
    welcome = RichTextField(_("welkomsttekst"), blank=True, features=["bold", "italic", "link"])
    section_links = StreamField(
        [("section", SectionLinkBlock())],
        verbose_name=_("verwijzingen naar onderdelen"),
        blank=True,
    )

    featured_meeting = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("uitgelichte bijeenkomst"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Een nieuwsbericht over een bijeenkomst of een aanmeldformulier. Leeg, of als de bijeenkomst voorbij is: "
            "de eerstvolgende bijeenkomst waar nog plaats is."
        ),
    )
    featured_news = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("uitgelicht nieuwsbericht"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staat bovenaan het nieuws op de startpagina. Leeg: het nieuwste bericht staat bovenaan."),
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("welcome"),
        MultiFieldPanel(
            [
                PageChooserPanel("featured_meeting", ["news.NewsPage", "formpages.FormPage"]),
                PageChooserPanel("featured_news", ["news.NewsPage"]),
            ],
            heading=_("Uitgelicht op de startpagina"),
        ),
        FieldPanel("section_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("welcome")]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")


class HeroImageMixin(models.Model):
    """An optional large picture at the top of a page, with the text that says what it shows."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding bovenaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Een foto die past bij de pagina. Staat onder de titel. Mag leeg blijven."),
    )
    hero_alt = models.CharField(
        _("alternatieve tekst van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie de afbeelding niet kan zien."),
    )

    hero_panel = MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Afbeelding bovenaan"))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_alt.strip():
            raise ValidationError(
                {"hero_alt": _("Vul de alternatieve tekst in. Die is nodig voor wie de afbeelding niet ziet.")}
            )


class ContentPage(HeroImageMixin, BasePage):  # noqa: DJ008 (Page gives __str__: the title)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    content_panels = Page.content_panels + [FieldPanel("intro"), HeroImageMixin.hero_panel, FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("tekstpagina")
        verbose_name_plural = _("tekstpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A section page links to the pages inside it, so they can be reached without the menu.
        context["subpages"] = remember(
            request,
            ("subpages", self.pk),
            lambda: tuple(self.get_children().live().public().only("id", "title", "url_path", "path", "depth")),
        )
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Routing data that is the same in every language. What residents read lives in `FooterText`."""

    secretary_email = models.EmailField(
        _("e-mailadres secretariaat"),
        default="secretariaat@wijraad.example.org",
        help_text=_(
            "Alle berichten en aanmeldingen van de website gaan naar dit adres, tenzij een pagina iets anders zegt."
        ),
    )
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Elk formulier linkt naar deze pagina, in de taal van het formulier. Zonder pagina staat er geen link."
        ),
    )

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Staat linksboven op elke pagina, in plaats van het woordbeeld WIJ-raad. Kies een logo dat goed "
            "leesbaar is op de blauwe balk. De naam uit de voettekst is de tekst voor wie het logo niet ziet."
        ),
    )

    panels = [
        # Whoever may change where forms go (submissions/recipients.py): the same permission for every recipient field.
        FieldPanel("secretary_email", permission="submissions.change_recipient"),
        FieldPanel("phone"),
        FieldPanel("privacy_page"),
        FieldPanel("logo"),
        HelpPanel(
            content=_(
                "De naam, het postadres en de links onderaan elke pagina staan onder Instellingen, Voettekst. "
                "Daar staan ze per taal, zodat ze vertaald kunnen worden."
            )
        ),
    ]

    class Meta:
        verbose_name = _("instellingen website")


class FooterText(TranslatableMixin, models.Model):
    """The texts at the bottom of every page, one per language."""

    organisation_name = models.CharField(_("naam organisatie"), max_length=255, default=DEFAULT_ORGANISATION_NAME)
    postal_address = models.TextField(_("postadres"), blank=True)
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [FieldPanel("organisation_name"), FieldPanel("postal_address"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("voettekst")
        verbose_name_plural = _("voetteksten")
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_footer_text_per_locale")]

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale.get_display_name()})"

    @property
    def address_lines(self):
        """The postal address without a first line that only repeats the organisation name shown above it."""
        lines = [line.strip() for line in self.postal_address.splitlines() if line.strip()]
        if lines and lines[0].casefold() == self.organisation_name.strip().casefold():
            lines = lines[1:]
        return lines

    @classmethod
    def for_request(cls, request):
        """The footer in the active language, else the default language's; read once per generation of the site's
        content (wijraad/page_cache.py)."""
        language = get_language()
        return remember(request, ("footer-text", language), lambda: cls.for_language(language))

    @classmethod
    def for_language(cls, language_code):
        wanted = get_supported_content_language_variant(language_code)
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        texts = {
            text.locale.language_code: text
            for text in cls.objects.filter(locale__language_code__in={wanted, default}).select_related("locale")
        }
        return texts.get(wanted) or texts.get(default)


def organisation_name(request=None):
    """The organisation's name in the active language, as the footer shows it (edited in FooterText)."""
    footer = FooterText.for_request(request) if request is not None else FooterText.for_language(get_language())
    return footer.organisation_name if footer else DEFAULT_ORGANISATION_NAME
