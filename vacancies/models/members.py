from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

# The photo as the council page shows it (templates/vacancies/council_page.html): every size and format.
PHOTO_FILTER = "fill-{160x160,320x320} format-{avif,webp}"


class MemberRole(models.TextChoices):
    MEMBER = "lid", _("lid")
    CHAIR = "voorzitter", _("voorzitter")
    SECRETARY = "secretaris", _("secretaris")
    OFFICIAL_SECRETARY = "ambtelijk_secretaris", _("ambtelijk secretaris")


# Staff who work for the council without being a member: shown with the council, but they take no seat.
STAFF_ROLES = {MemberRole.OFFICIAL_SECRETARY}


class CouncilMemberQuerySet(models.QuerySet):
    def holding_seats(self):
        """Members only: staff (the ambtelijk secretaris) take no seat."""
        return self.exclude(role__in=STAFF_ROLES)

    def running_on(self, day=None):
        """Members whose term has started and not yet ended on `day` (today by default)."""
        day = day or timezone.localdate()
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=day), term_start__lte=day)

    def in_default_locale(self):
        # The Dutch record is the source; translations only add a translated introduction.
        return self.filter(locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))

    def in_council_order(self):
        rank = Case(
            When(role=MemberRole.CHAIR, then=Value(0)),
            When(role=MemberRole.SECRETARY, then=Value(1)),
            When(role__in=STAFF_ROLES, then=Value(3)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return self.order_by(rank, "name", "pk")


class CouncilMember(TranslatableMixin, models.Model):
    name = models.CharField(_("naam"), max_length=120)
    role = models.CharField(
        _("rol"),
        max_length=20,
        choices=MemberRole.choices,
        default=MemberRole.MEMBER,
        help_text=_(
            "Leden van de WIJ-raad nemen een zetel in, ook de voorzitter en de secretaris uit de leden. "
            "Kies 'ambtelijk secretaris' voor de medewerker die de raad ondersteunt: "
            "die staat wel op de pagina met leden, maar telt niet mee bij de zetels."
        ),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Niet verplicht. Op de website staat de naam als beschrijving bij de foto."),
    )
    introduction = models.TextField(
        _("korte voorstelling"),
        blank=True,
        help_text=_("Twee of drie zinnen: wie is dit en waarom zit hij of zij in de WIJ-raad?"),
    )
    term_start = models.DateField(_("lid sinds"))
    term_end = models.DateField(
        _("lid tot en met"),
        null=True,
        blank=True,
        help_text=_("Leeg laten als de einddatum nog niet vaststaat. Na deze datum telt de plaats weer als vrij."),
    )

    objects = CouncilMemberQuerySet.as_manager()

    # Only the introduction is translated; who someone is and when they sit is the same in every language.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in ("name", "role", "photo", "term_start", "term_end")
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")], heading=_("Zittingstermijn")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("lid van de WIJ-raad")
        verbose_name_plural = _("leden van de WIJ-raad")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("De einddatum ligt vóór de begindatum.")})


def current_members(locale, day=None):
    """Members in office on `day`, in council order, each shown in `locale` when translated.

    Who is in office is decided by the Dutch record, so a translation that was not synced yet
    cannot add or hide anybody. Two queries, whatever the number of members.
    """
    photos = Prefetch(
        "photo", queryset=get_image_model().objects.prefetch_renditions(*Filter().expand_spec(PHOTO_FILTER))
    )
    members = list(
        CouncilMember.objects.running_on(day).in_default_locale().in_council_order().prefetch_related(photos)
    )
    if not members or members[0].locale_id == locale.pk:
        return members
    translations = {
        member.translation_key: member
        for member in CouncilMember.objects.filter(
            locale=locale, translation_key__in=[m.translation_key for m in members]
        )
    }
    for member in members:
        translated = translations.get(member.translation_key)
        if translated is not None and translated.introduction:
            member.introduction = translated.introduction
    return members
