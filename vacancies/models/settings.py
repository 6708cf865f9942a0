from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="group")
class VacancySettings(BaseSiteSetting):
    # The council has at least 11 and at most 13 members (letter from the city executive, 2017).
    max_seats = models.PositiveSmallIntegerField(
        _("aantal plaatsen in de WIJ-raad"),
        default=13,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_(
            "Het grootste aantal leden dat de WIJ-raad mag hebben. "
            "Het aantal vrije plaatsen op de website is dit getal min de leden die nu zitting hebben."
        ),
    )

    # Applications (see vacancies/retention.py and the secretary's mail in vacancies/models/pages.py).
    attach_cv_to_mail = models.BooleanField(
        _("cv als bijlage meesturen"),
        default=False,
        help_text=_(
            "Uit: de e-mail over een aanmelding bevat een link naar het cv, die alleen werkt als je bent ingelogd. "
            "Aan: het cv zit als bijlage bij de e-mail. Een link is veiliger: een mailbox bewaart alles."
        ),
    )
    retention_weeks = models.PositiveSmallIntegerField(
        _("bewaartermijn aanmeldingen (weken)"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(26)],
        help_text=_(
            "Zoveel weken nadat iemand is afgewezen of de aanmelding heeft ingetrokken, wordt de aanmelding "
            "automatisch verwijderd, met het cv en de e-mails."
        ),
    )
    retention_months_with_consent = models.PositiveSmallIntegerField(
        _("bewaartermijn met toestemming (maanden)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_(
            "Zoveel maanden blijft een aanmelding bewaard als de aanmelder toestemming gaf om die te bewaren voor "
            "een volgende vacature. Aanmeldingen van benoemde leden worden nooit vanzelf verwijderd."
        ),
    )

    panels = [
        FieldPanel("max_seats"),
        MultiFieldPanel(
            [
                FieldPanel("attach_cv_to_mail"),
                FieldPanel("retention_weeks"),
                FieldPanel("retention_months_with_consent"),
            ],
            heading=_("Aanmeldingen"),
        ),
    ]

    class Meta:
        verbose_name = _("instellingen vacatures")
