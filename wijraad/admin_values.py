"""Values as the admin shows them to people: times in the site's time zone with date and time, Ja/Nee, the names of
languages, and how long ago something began. `register()` makes Wagtail's inspect views use them (home/apps.py)."""

import datetime

from django.db import models
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince
from django.utils.translation import gettext, ngettext
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class

EMPTY = "-"


def local_datetime(value):
    """'2 december 2026, 20:48' in the site's time zone (Europe/Amsterdam); a date alone as '2 december 2026'."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value, timezone.get_default_timezone())
        return formats.date_format(value, "j F Y, H:i")
    return formats.date_format(value, "j F Y")


def yes_no(value):
    if value is None:
        return EMPTY
    return gettext("Ja") if value else gettext("Nee")


def language_name(code):
    """'Nederlands' for "nl", in the language the admin speaks; an unknown code as it is."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code or EMPTY


def duration_since(value, now=None):
    """How long ago `value` was: from a moment to the minute ("3 minuten"), from a date in whole days ("vandaag",
    "2 dagen"): a date is not a moment at midnight."""
    now = now or timezone.now()
    if isinstance(value, datetime.datetime):
        if now - value < datetime.timedelta(minutes=1):
            return gettext("zojuist")
        return timesince(value, now, depth=1)
    days = (timezone.localdate(now, timezone.get_default_timezone()) - value).days
    if days <= 0:
        return gettext("vandaag")
    return ngettext("%(days)d dag", "%(days)d dagen", days) % {"days": days}


class DateTimeDisplay(BaseFieldDisplay):
    def render_html(self, parent_context=None):
        return conditional_escape(local_datetime(self.value))


class BooleanDisplay(BaseFieldDisplay):
    def render_html(self, parent_context=None):
        return conditional_escape(yes_no(self.value))


def register():
    """Wagtail's inspect view shows a time in UTC ("|localize" before the time zone is applied) and a boolean as
    True/False, and a text with its paragraphs run together; these show them as above."""
    register_display_class(models.DateField, display_class=DateTimeDisplay)
    register_display_class(models.BooleanField, display_class=BooleanDisplay)
    register_display_class(models.TextField, display_class=ParagraphsDisplay)


def address_list(addresses):
    """E-mail addresses one under the other, each a mail link."""
    if not addresses:
        return EMPTY
    items = format_html_join("", '<li><a href="mailto:{}">{}</a></li>', ((address, address) for address in addresses))
    return format_html('<ul class="address-list">{}</ul>', items)


class ParagraphsDisplay(BaseFieldDisplay):
    """A longer text (a mail, an error) with its paragraphs and line breaks, not run together."""

    def render_html(self, parent_context=None):
        text = (self.value or "").strip()
        # linebreaks() escapes the text itself (autoescape) and only adds <p> and <br>.
        return mark_safe(linebreaks(text, autoescape=True)) if text else EMPTY  # noqa: S308
