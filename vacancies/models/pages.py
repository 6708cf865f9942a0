from datetime import datetime, time

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import BasePage, SiteSettings
from wijraad.page_cache import per_generation

from ..blocks import ProcedureBlock, ProfileBlock
from .members import current_members


class ProfilePage(BasePage):
    """The member profile (profielschets): groups of numbered requirements and practical information."""

    profile = StreamField(
        ProfileBlock(),
        verbose_name=_("profielschets"),
        blank=True,
        help_text=_("Elke groep eisen wordt een genummerde lijst. Groepen kunt u verplaatsen en aanvullen."),
    )

    parent_page_types = ["home.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("profile")]
    search_fields = BasePage.search_fields + [index.SearchField("profile")]

    class Meta:
        verbose_name = _("profielschets")
        verbose_name_plural = _("profielschetsen")

    @classmethod
    @per_generation
    def for_locale(cls, locale_id):
        return cls.objects.live().filter(locale_id=locale_id).only("id", "title", "url_path", "path", "depth").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        vacancy_index = VacancyIndexPage.for_locale(self.locale_id)
        context["vacancy_index"] = vacancy_index
        context["open_vacancies"] = list(vacancy_index.open_vacancies()) if vacancy_index else []
        return context


class CouncilPage(BasePage):
    """Who sits in the council now: the members whose term is running."""

    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("pagina leden WIJ-raad")
        verbose_name_plural = _("pagina's leden WIJ-raad")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = current_members(self.locale)
        context["vacancy_index"] = VacancyIndexPage.for_locale(self.locale_id)
        return context


class VacancyIndexPage(BasePage):
    """/vacatures/: the recruitment text, the open seats, the open vacancies and the procedure."""

    body = StreamField(BodyBlock(), verbose_name=_("wervingstekst"), blank=True)
    procedure = StreamField(
        ProcedureBlock(),
        verbose_name=_("procedure"),
        blank=True,
        help_text=_("De stappen na een aanmelding, in volgorde. Ze staan hier en op elke vacature."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["vacancies.VacancyPage"]
    max_count_per_parent = 1
    show_in_menus_default = True

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("procedure")]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.SearchField("procedure")]

    class Meta:
        verbose_name = _("overzicht vacatures")
        verbose_name_plural = _("overzichten vacatures")

    @classmethod
    @per_generation
    def for_locale(cls, locale_id):
        return cls.objects.live().filter(locale_id=locale_id).first()

    def open_vacancies(self):
        """Live vacancies under this page that still take applications, in the order of the page tree."""
        return VacancyPage.objects.child_of(self).live().public().filter(VacancyPage.open_q()).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["open_vacancies"] = list(self.open_vacancies())
        context["profile_page"] = ProfilePage.for_locale(self.locale_id)
        return context


class VacancyRole(models.TextChoices):
    MEMBER = "lid", _("lid")
    CHAIR = "voorzitter", _("voorzitter")


class VacancyPage(BasePage):
    """One vacancy. Without a closing date it is a standing vacancy; after that date it is closed."""

    role = models.CharField(_("rol"), max_length=20, choices=VacancyRole.choices, default=VacancyRole.MEMBER)
    what_we_ask = RichTextField(
        _("wat vragen we?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Onder deze tekst staat vanzelf een link naar de profielschets."),
    )
    what_we_offer = RichTextField(_("wat bieden we?"), features=RICH_TEXT_FEATURES, blank=True)
    term = models.CharField(_("zittingstermijn"), max_length=100, default="3 jaar")
    meeting_rhythm = models.CharField(
        _("hoe vaak vergaderen?"),
        max_length=255,
        blank=True,
        help_text=_("Bijvoorbeeld: één keer per maand."),
    )
    closing_date = models.DateField(
        _("reageren kan tot en met"),
        null=True,
        blank=True,
        help_text=_("Leeg laten voor een vacature die altijd openstaat. Na deze datum is de vacature gesloten."),
    )

    parent_page_types = ["vacancies.VacancyIndexPage"]
    subpage_types = []

    override_translatable_fields = [
        SynchronizedField("role", overridable=False),
        SynchronizedField("closing_date", overridable=False),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("closing_date")]),
        FieldPanel("what_we_ask"),
        FieldPanel("what_we_offer"),
        MultiFieldPanel([FieldPanel("term"), FieldPanel("meeting_rhythm")], heading=_("Tijd")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("what_we_ask"), index.SearchField("what_we_offer")]

    class Meta:
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")

    @staticmethod
    def open_q(day=None):
        """The filter for vacancies that take applications on `day`: no closing date, or not passed yet."""
        day = day or timezone.localdate()
        return Q(closing_date__isnull=True) | Q(closing_date__gte=day)

    def is_open_on(self, day):
        return self.closing_date is None or self.closing_date >= day

    @property
    def is_open(self):
        """Whether applications are accepted today (the closing date itself still counts)."""
        return self.is_open_on(timezone.localdate())

    @property
    def is_standing(self):
        return self.closing_date is None

    @per_generation
    def get_index_page(self):
        return VacancyIndexPage.objects.parent_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["vacancy_index"] = self.get_index_page()
        context["profile_page"] = ProfilePage.for_locale(self.locale_id)
        return context

    def serve(self, request, *args, **kwargs):
        # The application form and its thank-you page go through the shared pipeline (vacancies/views.py).
        from ..views import vacancy_page

        response = vacancy_page(self, request)
        add_never_cache_headers(response)
        return response

    def structured_data(self, request):
        """A schema.org JobPosting while the vacancy is open; nothing once it is closed."""
        if not self.is_open:
            return None
        organisation = SiteSettings.for_request(request).organisation_name
        posted = timezone.localtime(self.first_published_at or timezone.now()).date()
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": self.job_description(),
            "datePosted": posted.isoformat(),
            "employmentType": "VOLUNTEER",
            "hiringOrganization": {"@type": "Organization", "name": organisation},
            "jobLocation": {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": "Groningen",
                    "addressRegion": "Groningen",
                    "addressCountry": "NL",
                },
            },
            "url": self.get_full_url(request),
        }
        if self.closing_date:
            last_moment = datetime.combine(self.closing_date, time(23, 59, 59), tzinfo=timezone.get_default_timezone())
            data["validThrough"] = last_moment.isoformat()
        return data

    def job_description(self):
        parts = [format_html("<p>{}</p>", self.intro)] if self.intro else []
        for heading, text in [
            (gettext("Wat vragen we?"), self.what_we_ask),
            (gettext("Wat bieden we?"), self.what_we_offer),
        ]:
            if text:
                parts.append(format_html("<h2>{}</h2>{}", heading, mark_safe(expand_db_html(text))))  # noqa: S308
        return "".join(parts)
