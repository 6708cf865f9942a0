from django import template

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
def home_news(context, featured_id=None, shown=()):
    """The latest news items for the home page, newest first; the item the editors chose (`featured_id`) comes
    first. News items already on the page (`shown`, the meetings above) are left out."""
    index = _news_index(context)
    if index is None:
        return {"index_page": None}
    request = context["request"]
    shown = tuple(sorted(pk for pk in shown if pk))

    def build():
        items = NewsPage.objects.child_of(index).for_listing().exclude(pk__in=shown)
        featured = items.filter(pk=featured_id).first() if featured_id else None
        newest = list(items.exclude(pk=featured.pk)[: HOME_LATEST_COUNT - 1]) if featured else None
        return [featured, *newest] if featured else list(items[:HOME_LATEST_COUNT])

    latest_items = remember(request, ("home-news", index.pk, featured_id, shown), build)
    return {"request": request, "index_page": index, "latest_items": latest_items}
