import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock, DocumentBlock
from home.models import BasePage
from home.site_address import absolute
from wijraad.page_cache import per_generation, remember

from . import schema
from .calendar import ICS_FILENAME, event_ics
from .feeds import NewsAtomFeed, NewsRssFeed

PAGE_SIZE = 10
CATEGORY_PARAMETER = "categorie"
TAG_PARAMETER = "onderwerp"


# A news card's picture as templates/news/includes/news_item.html shows it: every size and format, read together.
CARD_IMAGE_FILTER = "fill-{320x180,480x270,960x540} format-{avif,webp}"


class NewsCategory(TranslatableMixin, models.Model):
    """An editable category (Nieuws, Advies, Verslag, Agenda); its slug is the filter value in the URL."""

    name = models.CharField(_("naam"), max_length=60)
    slug = models.SlugField(
        _("naam in het webadres"),
        max_length=60,
        blank=True,
        help_text=_("Bijvoorbeeld advies. Laat leeg om het automatisch te maken van de naam."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Lager getal staat eerder in het filter.")
    )

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("nieuwscategorie")
        verbose_name_plural = _("nieuwscategorieën")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.slug = self.slug or slugify(self.name)
        if not self.slug:
            raise ValidationError({"slug": _("Vul een naam in het webadres in, met letters of cijfers.")})
        # The locale is not on the form, so Django does not check this constraint itself.
        locale_id = self.locale_id or self.get_default_locale().pk
        clash = NewsCategory.objects.filter(locale_id=locale_id, slug=self.slug).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError({"slug": _("Er is al een categorie met deze naam in het webadres.")})


class NewsPageQuerySet(PageQuerySet):
    def for_listing(self):
        """What a list of news items shows, fetched in a fixed number of queries."""
        images = get_image_model().objects.prefetch_renditions(*Filter().expand_spec(CARD_IMAGE_FILTER))
        return (
            self.live()
            .public()
            .select_related("category")
            .prefetch_related(models.Prefetch("image", queryset=images))
            .order_by("-date", "-pk")
        )

    def upcoming_events(self, now=None):
        """Events that have not ended. Without an end time an event lasts until the end of its day."""
        now = now or timezone.now()
        start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
        return self.filter(Q(event_end__gte=now) | Q(event_end__isnull=True, event_start__gte=start_of_today)).order_by(
            "event_start", "pk"
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    @classmethod
    def under(cls, request, root):
        """The live news index of the site whose home page (in the active language) is `root`, read once per
        generation of the site's content (wijraad/page_cache.py)."""
        return remember(request, ("news-index", root.pk), lambda: cls.objects.live().descendant_of(root).first())

    @classmethod
    def site_feed_url(cls, request, root):
        """The feed every page of the site links to in its head (home/templatetags/seo_tags.py asks for it)."""
        index = cls.under(request, root)
        return index.feed_url(request) if index else ""

    def news_items(self):
        return NewsPage.objects.child_of(self).for_listing()

    def categories(self):
        return NewsCategory.objects.filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = remember(request, ("news-categories", self.locale_id), lambda: list(self.categories()))
        category = _find(categories, request.GET.get(CATEGORY_PARAMETER))
        tag_slug = (request.GET.get(TAG_PARAMETER) or "")[:100]
        tag = remember(request, ("news-tag", tag_slug), lambda: _find_tag(tag_slug))
        number = _page_number(request.GET.get("page"))
        # The list changes with the content (a new generation) and, for the events to come, with the clock.
        minute = timezone.now().replace(second=0, microsecond=0)
        listing = remember(
            request,
            ("news-listing", self.pk, category and category.pk, tag and tag.pk, number, minute),
            lambda: self._listing(category, tag, number),
        )
        context.update(
            categories=categories,
            current_category=category,
            current_tag=tag,
            **listing,
            feed_url=self.feed_url(request),
            atom_feed_url=self.feed_url(request, "atom_feed"),
        )
        return context

    def _listing(self, category, tag, number):
        items = self.news_items()
        if category is not None:
            items = items.filter(category=category)
        if tag is not None:
            items = items.filter(tagged_items__tag=tag)
        paginator = Paginator(items, PAGE_SIZE)
        # get_page turns an out-of-range number into the last page.
        news_page = paginator.get_page(number)
        news_page.object_list = list(news_page.object_list)
        return {
            "news_page": news_page,
            "page_range": list(paginator.get_elided_page_range(news_page.number, on_each_side=1, on_ends=1)),
            "upcoming_events": list(items.upcoming_events()) if news_page.number == 1 else [],
        }

    def feed_url(self, request, name="feed"):
        """Absolute URL of the RSS (or Atom) feed of this index."""
        url = self.get_url(request)
        return absolute(url + self.reverse_subpage(name)) if url else None

    def get_cached_paths(self):
        """What the front cache must forget when this index changes: the page, its feeds and the agenda."""
        return ["/", "feed/", "feed/atom/", self.reverse_subpage("agenda"), self.reverse_subpage("agenda_archive")]

    def get_sitemap_urls(self, request=None):
        """The index and its agenda (which changes with the date, so it has no last-modified date)."""
        urls = super().get_sitemap_urls(request)
        if urls:
            urls.append({"location": urls[0]["location"] + self.reverse_subpage("agenda")})
        return urls

    @path("agenda/", name="agenda")
    def agenda_view(self, request):
        return self._serve_agenda(request, archive=False)

    @path(pgettext_lazy("URL", "agenda/archief/"), name="agenda_archive")
    def agenda_archive_view(self, request):
        return self._serve_agenda(request, archive=True)

    def _serve_agenda(self, request, archive):
        # formpages imports this module (a form's meeting is a news item): imported here to avoid the cycle.
        from formpages.agenda import agenda

        home = remember(request, ("parent", self.pk), self.get_parent)
        listing = agenda(request, home)
        return self.render_page(
            request,
            "news/agenda.html",
            archive=archive,
            agenda_url=self.get_url(request) + self.reverse_subpage("agenda"),
            archive_url=self.get_url(request) + self.reverse_subpage("agenda_archive"),
            **listing,
        )

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return NewsRssFeed()(request, index=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, index=self)


def _page_number(value):
    """?page= as a number; "abc" or nothing give page 1 (the paginator turns 0, -1 or too large into the last)."""
    try:
        return int(value or 1)
    except (TypeError, ValueError, OverflowError):
        return 1


def _find(categories, slug):
    return next((category for category in categories if category.slug == slug), None)


def _find_tag(slug):
    if not slug:
        return None
    return Tag.objects.filter(slug=slug[:100]).first()


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(RoutablePageMixin, BasePage):
    date = models.DateField(_("datum"), default=datetime.date.today, help_text=_("De datum van het bericht."))
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("categorie"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternatieve tekst van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie de afbeelding niet kan zien."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    documents = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("bijlagen"),
        blank=True,
        help_text=_("Bijvoorbeeld de brief als PDF."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        verbose_name=_("onderwerpen"),
        blank=True,
        help_text=_("Woorden waarop bezoekers berichten kunnen vinden, gescheiden door komma's."),
    )

    event_start = models.DateTimeField(_("begint op"), null=True, blank=True)
    event_end = models.DateTimeField(_("eindigt op"), null=True, blank=True)
    event_location = models.CharField(
        _("plaats"), max_length=120, blank=True, help_text=_("De naam van het gebouw, bijvoorbeeld Stadhuis.")
    )
    event_address = models.CharField(_("adres"), max_length=120, blank=True, help_text=_("Straat en huisnummer."))
    event_city = models.CharField(_("woonplaats"), max_length=60, blank=True, default="Groningen")
    event_organiser = models.CharField(
        _("organisator"), max_length=120, blank=True, help_text=_("Laat leeg als de WIJ-raad de organisator is.")
    )
    signup_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina om aan te melden"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bijvoorbeeld een formulier. De knop verdwijnt als de bijeenkomst voorbij is."),
    )

    objects = NewsPageManager()

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]),
                FieldRowPanel([FieldPanel("event_location"), FieldPanel("event_address"), FieldPanel("event_city")]),
                FieldPanel("event_organiser"),
                PageChooserPanel("signup_page"),
            ],
            heading=_("Bijeenkomst (alleen invullen als het bericht over een bijeenkomst gaat)"),
            classname="collapsed",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]
    override_translatable_fields = [
        SynchronizedField("event_address"),
        SynchronizedField("event_city"),
    ]

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in {"feed", "agenda"}:
            errors["slug"] = _("Dit webadres is al in gebruik voor de nieuwsfeed of de agenda. Kies een ander.")
        if self.image and not self.image_alt.strip():
            errors["image_alt"] = _("Vul de alternatieve tekst in. Die is nodig voor wie de afbeelding niet ziet.")
        if not self.event_start and (self.event_end or self.event_location or self.event_address):
            errors["event_start"] = _("Vul in wanneer de bijeenkomst begint.")
        if self.event_start and self.event_end and self.event_end <= self.event_start:
            errors["event_end"] = _("Het einde moet na het begin liggen.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_event(self):
        return self.event_start is not None

    @property
    def event_has_ended(self):
        if not self.is_event:
            return False
        if self.event_end:
            return self.event_end < timezone.now()
        return timezone.localdate(self.event_start) < timezone.localdate()

    @property
    def event_place(self):
        """Location, address and city in one line, e.g. "Stadhuis, Grote Markt 1, Groningen"."""
        return ", ".join(part for part in (self.event_location, self.event_address, self.event_city) if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's fragments are rendered: once per generation (templates/news/news_page.html).
        context["index_page"] = SimpleLazyObject(self.get_parent)
        context["page_tags"] = SimpleLazyObject(lambda: list(self.tags.all()))
        context["ics_filename"] = ICS_FILENAME
        context["signup_page"], context["signup_state"] = self._signup(request)
        return context

    def _signup(self, request):
        """(the sign-up page in this item's language, the form's SignupState or None for another kind of page);
        (None, None) when the meeting is over or the page is gone."""
        if not self.signup_page_id or self.event_has_ended:
            return None, None
        # formpages imports this module (a form's meeting is a news item): imported here to avoid the cycle.
        from formpages.agenda import signup_for, signup_states

        form = signup_for(request, self.signup_page_id, self.locale_id)
        if form is not None:
            return form, signup_states(request).get(form.pk)
        # Another kind of page (a text page about signing up): linked while it is live.
        return self.live_signup_page(request), None

    @per_generation
    def live_signup_page(self, request):
        """The sign-up page this item links to, in the reader's language, while it is published."""
        signup = self.signup_page
        return signup.localized if signup and signup.live else None

    def get_cached_paths(self):
        """What the front cache must forget when this item changes: the page and, for an event, its calendar file."""
        return ["/", ICS_FILENAME] if self.is_event else ["/"]

    @path(f"{ICS_FILENAME}/", name="event_ics")
    def event_ics_file(self, request):
        if not self.is_event:
            raise Http404
        response = HttpResponse(event_ics(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def structured_data(self, request):
        return schema.for_news_page(self, request)
