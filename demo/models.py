from django.db import models
from django.utils.translation import gettext_lazy as _


class ExamplePage(models.Model):
    """A page the demo loader made as an example, dated from the day it was loaded (see demo/dates.py).

    The admin says so above the page's editor (demo/wagtail_hooks.py), in every language of the page.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    loaded_on = models.DateField(_("geladen op"))

    class Meta:
        verbose_name = _("voorbeeldpagina")
        verbose_name_plural = _("voorbeeldpagina's")

    def __str__(self):
        return f"{self.page_id} ({self.loaded_on})"


def is_example(page):
    return ExamplePage.objects.filter(page__translation_key=page.translation_key).exists()
