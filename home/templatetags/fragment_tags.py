"""`{% pagefragment "name" %}...{% endpagefragment %}`: the rendered HTML of what every page repeats (head links,
header with menu and language switcher, breadcrumbs, footer), kept per page and language for one generation of
the site's content (wijraad/page_cache.py), so it is rendered once and not on every view.

`{% pagefragment "name" page_only %}` is kept only on a page's own views (what depends on the address, such as the
language switcher of the search page); `daily` keeps it for today only (what says whether a vacancy is still open).
A preview always renders afresh.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.timezone import localdate
from django.utils.translation import get_language
from wagtail.models import Page, Site

from wijraad.page_cache import keep, recall

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist, page_only=False, daily=False):
        self.name, self.nodelist, self.page_only, self.daily = name, nodelist, page_only, daily

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        page_id = page.pk if isinstance(page, Page) else None
        if request is None or getattr(request, "is_preview", False) or (self.page_only and not page_id):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = ("fragment", self.name, site.pk if site else None, page_id, get_language())
        if self.daily:
            key += (localdate(),)
        html = recall(request, key)
        if html is None:
            html = keep(request, key, self.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 (our own rendered template, escaped when it was rendered)


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    options = set(bits[2:])
    if len(bits) < 2 or bits[1][0] not in "\"'" or not options <= {"page_only", "daily"}:
        raise template.TemplateSyntaxError(
            'Usage: {% pagefragment "name" [page_only] [daily] %}...{% endpagefragment %}'
        )
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1][1:-1], nodelist, "page_only" in options, "daily" in options)
