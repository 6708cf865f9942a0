from django import template
from django.utils import timezone

from home.templatetags.navigation_tags import site_root
from news.models import NewsIndexPage, NewsPage
from wijraad.page_cache import remember

register = template.Library()

HOME_LATEST_COUNT = 3


def _news_index(context):
    """The live news index of the current site in the active language."""
    request = context.get("request")
    root = site_root(context)
    return NewsIndexPage.under(request, root) if request is not None and root is not None else None


@register.inclusion_tag("news/includes/home_news.html", takes_context=True)
def home_news(context):
    """The latest news items and the next event, for the home page."""
    index = _news_index(context)
    if index is None:
        return {"index_page": None}
    request = context["request"]

    def build():
        items = NewsPage.objects.child_of(index).for_listing()
        return list(items[:HOME_LATEST_COUNT]), items.upcoming_events().first()

    # Which event comes next changes with the clock: kept for a minute at most.
    minute = timezone.now().replace(second=0, microsecond=0)
    latest_items, next_event = remember(request, ("home-news", index.pk, minute), build)
    return {"request": request, "index_page": index, "latest_items": latest_items, "next_event": next_event}
