from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
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

    panels = [FieldPanel("max_seats")]

    class Meta:
        verbose_name = _("instellingen vacatures")
