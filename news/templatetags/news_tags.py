from django import template

from home.templatetags.navigation_tags import site_root
from news.models import NewsIndexPage, NewsPage

register = template.Library()

HOME_LATEST_COUNT = 3


def _news_index(context):
    """The live news index of the current site in the active language (looked up once per request)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_news_index"):
        root = site_root(context)
        request._news_index = NewsIndexPage.objects.live().descendant_of(root).first() if root else None
    return request._news_index


@register.simple_tag(takes_context=True)
def news_feed_url(context):
    """Absolute URL of the RSS feed, for <link rel="alternate"> in the head of every page."""
    index = _news_index(context)
    return index.feed_url(context["request"]) if index else ""


@register.inclusion_tag("news/includes/home_news.html", takes_context=True)
def home_news(context):
    """The latest news items and the next event, for the home page."""
    index = _news_index(context)
    if index is None:
        return {"index_page": None}
    items = NewsPage.objects.child_of(index).for_listing()
    return {
        "request": context["request"],
        "index_page": index,
        "latest_items": list(items[:HOME_LATEST_COUNT]),
        "next_event": items.upcoming_events().first(),
    }
