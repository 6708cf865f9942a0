from django import template

from home.privacy import privacy_url as find_privacy_url

register = template.Library()


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy statement in the active language, or "" (see home/privacy.py)."""
    request = context.get("request")
    return find_privacy_url(request) if request is not None else ""
