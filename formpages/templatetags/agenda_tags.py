"""The meetings on the home page: the one in the hero, the next few, and the way to the whole agenda."""

from django import template

from home.templatetags.navigation_tags import site_root
from news.models import NewsIndexPage

from ..agenda import agenda, featured_meeting

register = template.Library()

HOME_MEETINGS_COUNT = 3


@register.simple_tag(takes_context=True)
def home_agenda(context):
    """{"featured": the meeting the hero shows, "upcoming": the next few others, "shown_news_ids": their
    news items, "agenda_url": the whole agenda}."""
    request = context.get("request")
    root = site_root(context)
    if request is None or root is None:
        return {}
    home = context.get("page")
    chosen_id = getattr(home, "featured_meeting_id", None)
    featured = featured_meeting(request, root, chosen_id)
    upcoming = [item for item in agenda(request, root)["upcoming"] if item != featured][:HOME_MEETINGS_COUNT]
    index = NewsIndexPage.under(request, root)
    index_url = index.get_url(request) if index else None
    shown = [item.event.pk for item in [featured, *upcoming] if item is not None and item.event is not None]
    return {
        "featured": featured,
        "upcoming": upcoming,
        "shown_news_ids": tuple(shown),
        "agenda_url": index_url + index.reverse_subpage("agenda") if index_url else None,
    }
