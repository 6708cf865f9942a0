from datetime import datetime, time

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
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
from home.models import BasePage, SiteSettings, organisation_name
from home.privacy import privacy_url
from home.schema import organisation
from submissions import pipeline
from submissions.pages import ProtectedFormPageMixin
from submissions.pipeline import Attachment, Mail
from wijraad.page_cache import per_generation

from .. import uploads
from ..blocks import ProcedureBlock, ProfileBlock
from ..forms import ApplicationForm
from ..procedure import ApplicationStatus, described_steps, next_steps
from .applications import Application, ApplicationStatusChange
from .members import current_members
from .settings import VacancySettings

# The kind of Submission an application is (its retention rule: vacancies/retention.py).
KIND = "application"


class ProfilePage(BasePage):
    """The member profile (profielschets): groups of numbered requirements and practical information."""

    profile = StreamField(
        ProfileBlock(),
        verbose_name=_("profielschets"),
        blank=True,
        help_text=_("Elke groep eisen wordt een genummerde lijst. Groepen kun je verplaatsen en aanvullen."),
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
        # Read only when the page's fragment is rendered: once a day per generation (templates/vacancies/).
        vacancy_index = VacancyIndexPage.for_locale(self.locale_id)
        context["vacancy_index"] = vacancy_index
        context["open_vacancies"] = SimpleLazyObject(
            lambda: list(vacancy_index.open_vacancies()) if vacancy_index else []
        )
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
        # Read only when the page's fragment is rendered: once a day per generation (templates/vacancies/).
        context["members"] = SimpleLazyObject(lambda: current_members(self.locale))
        context["vacancy_index"] = VacancyIndexPage.for_locale(self.locale_id)
        return context


class VacancyIndexPage(BasePage):
    """/vacatures/: the recruitment text, the open seats, the open vacancies and the procedure."""

    body = StreamField(BodyBlock(), verbose_name=_("wervingstekst"), blank=True)
    procedure = StreamField(
        ProcedureBlock(),
        verbose_name=_("procedure"),
        blank=True,
        help_text=_(
            "Een uitleg bij de stappen na een aanmelding. De namen en de volgorde van de stappen liggen vast, zodat "
            "ze op de website, in de e-mails en in het beheer hetzelfde zijn. Ze staan hier en op elke vacature."
        ),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["vacancies.VacancyPage"]
    max_count_per_parent = 1
    show_in_menus_default = True

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("procedure")]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.SearchField("procedure")]

    def procedure_steps(self):
        return described_steps(self)

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
        # Read only when the page's fragment is rendered: once a day per generation (templates/vacancies/).
        context["open_vacancies"] = self.open_vacancies()
        context["profile_page"] = ProfilePage.for_locale(self.locale_id)
        return context


class VacancyRole(models.TextChoices):
    MEMBER = "lid", _("lid")
    CHAIR = "voorzitter", _("voorzitter")


class VacancyPage(ProtectedFormPageMixin, BasePage):
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

    # The application form (see submissions.pages.ProtectedFormPageMixin) ------------------------------------------

    form_class = ApplicationForm
    submission_kind = KIND
    thanks_template = "vacancies/vacancy_page_thanks.html"

    def serve_closed(self, request):
        if self.is_open:
            return None
        # A form sent after the closing date (an old tab, a bookmark) is refused and nothing is stored.
        refused = request.method == "POST"
        return self.render_page(request, status=410 if refused else 200, application_refused=refused)

    def get_form_kwargs(self, request):
        vacancy_settings = VacancySettings.for_request(request)
        return {
            "request": request,
            "privacy_url": privacy_url(request),
            "retention_weeks": vacancy_settings.retention_weeks,
            "retention_months": vacancy_settings.retention_months_with_consent,
        }

    def form_fields_key(self, request, form):
        return (self.pk,)  # privacy page and retention periods come from settings, which a new generation covers

    def store_submission(self, request, form):
        """Store the file first, then the Submission, Application and mails in one transaction."""
        upload = form.cleaned_data.get("cv")
        form.stored_name = uploads.save_upload(upload, form.file_type) if upload else ""
        try:
            submission = super().store_submission(request, form)
        except BaseException:
            if form.stored_name:
                uploads.private_storage.delete(form.stored_name)
            raise
        if form.stored_name and submission.application.cv.name != form.stored_name:
            # The same form was sent twice: the first one's file is the one kept.
            uploads.private_storage.delete(form.stored_name)
        return submission

    def submission_fields(self, request, form):
        return {
            "sender_name": form.cleaned_data["name"],
            "sender_email": form.cleaned_data["email"],
            "subject": self.title,
            "data": pipeline.form_data(form, exclude=["cv"]),
        }

    def submission_extra(self, request, form, submission):
        data, stored_name = form.cleaned_data, form.stored_name
        application = Application.objects.create(
            submission=submission,
            vacancy=self,
            vacancy_title=self.title[:255],
            phone=data["phone"],
            neighbourhood=data.get("neighbourhood", ""),
            relation=data["relation"],
            motivation=data["motivation"],
            cv=stored_name,
            cv_filename=uploads.display_name(data["cv"].name, form.file_type.extension) if stored_name else "",
            cv_mimetype=form.file_type.mimetype if stored_name else "",
            cv_scan=form.cv_scan if stored_name else "",
            keep_for_future=data.get("keep_for_future", False),
        )
        ApplicationStatusChange.objects.create(
            application=application, status=ApplicationStatus.RECEIVED, date=application.status_date
        )
        return application

    def submission_mails(self, request, form, submission, application):
        site_settings = SiteSettings.for_request(request)
        vacancy_settings = VacancySettings.for_request(request)
        secretary = site_settings.secretary_email
        upload = form.cleaned_data.get("cv")
        attachments = []
        if upload and vacancy_settings.attach_cv_to_mail and application.cv_downloadable:
            upload.seek(0)
            attachments.append(Attachment(application.cv_filename, upload.read(), application.cv_mimetype))
        context = {
            "application": application,
            "vacancy_title": self.title,
            "organisation_name": organisation_name(request),
        }
        return [
            Mail(
                to=[secretary],
                reply_to=[submission.sender_email],
                template="mail/vacancies/application_to_secretary",
                context={
                    **context,
                    "page_url": self.get_full_url(request),
                    "cv_url": application.cv_download_url() if application.cv_downloadable else "",
                    "cv_pending": application.has_cv and not application.cv_downloadable,
                    "cv_attached": bool(attachments),
                    "admin_url": application.admin_url(),
                },
                attachments=attachments,
                for_staff=True,
            ),
            Mail(
                to=[submission.sender_email],
                reply_to=[secretary],
                template="mail/vacancies/confirmation",
                language=submission.language,
                to_sender=True,
                context={
                    **context,
                    "status_url": self.public_url(request, application.status_path()),
                    "steps": next_steps(self.get_index_page()),
                    "retention_weeks": vacancy_settings.retention_weeks,
                    "retention_months": vacancy_settings.retention_months_with_consent,
                },
            ),
        ]

    def public_url(self, request, path):
        """A full address on the site the page belongs to."""
        parts = self.get_url_parts(request)
        root_url = parts[1] if parts else ""
        return f"{root_url.rstrip('/')}{path}"

    def structured_data(self, request):
        """A schema.org JobPosting while the vacancy is open; nothing once it is closed."""
        if not self.is_open:
            return None
        posted = timezone.localtime(self.first_published_at or timezone.now()).date()
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": self.job_description(),
            "datePosted": posted.isoformat(),
            "employmentType": "VOLUNTEER",
            "hiringOrganization": organisation(request),
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
