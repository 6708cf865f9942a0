from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Settings the secretary controls for forms and the personal data they collect."""

    DEFAULT_RETENTION_MONTHS = 6

    retention_months = models.PositiveSmallIntegerField(
        _("bewaartermijn berichten (maanden)"),
        default=DEFAULT_RETENTION_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_(
            "Na zoveel maanden worden berichten van het contactformulier automatisch verwijderd, met de e-mails "
            "die erbij horen. Geldt ook voor andere formulieren zonder eigen bewaartermijn."
        ),
    )

    panels = [FieldPanel("retention_months")]

    class Meta:
        verbose_name = _("formulieren en privacy")
