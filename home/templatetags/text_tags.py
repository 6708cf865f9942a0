"""Where a line may break in a name or an address: the council's name never at its hyphen, an e-mail address only
at its @ and dots, never in the middle of a word."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

NAME = re.compile(r"\bWIJ-raad\b", re.IGNORECASE)


@register.filter
def keep_name(text):
    """The text with "WIJ-raad" kept on one line (a heading would otherwise break it after "WIJ-")."""
    escaped = str(conditional_escape(text))
    return mark_safe(NAME.sub(lambda match: f'<span class="nowrap">{match.group(0)}</span>', escaped))  # noqa: S308


@register.filter
def email_breaks(address):
    """The address with a place to break after the @ and before each dot, so a narrow button wraps it there."""
    escaped = str(conditional_escape(address))
    return mark_safe(escaped.replace("@", "@<wbr>").replace(".", "<wbr>."))  # noqa: S308
