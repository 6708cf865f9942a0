"""`{% pagefragment "name" %}...{% endpagefragment %}`: the rendered HTML of what every page repeats (head links,
header with menu and language switcher, breadcrumbs, footer), kept per page and language for one generation of
the site's content (wijraad/page_cache.py), so it is rendered once and not on every view.

Only on a page's own views: a view without a page (search, errors) and a preview render it every time.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from wijraad.page_cache import keep, recall

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        if request is None or not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = ("fragment", self.name, site.pk if site else None, page.pk, get_language())
        html = recall(request, key)
        if html is None:
            html = keep(request, key, self.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 (our own rendered template, escaped when it was rendered)


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% pagefragment "name" %}...{% endpagefragment %}')
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1][1:-1], nodelist)
