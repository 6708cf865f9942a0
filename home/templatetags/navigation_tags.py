from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the current site in the active language (looked up once per request)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_site_root"):
        site = Site.find_for_request(request)
        request._site_root = site.root_page.localized if site else None
    return request._site_root


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    root = site_root(context)
    current = context.get("page")
    current_path = getattr(current, "path", "")
    items = []
    if root is not None:
        items = list(
            Page.objects.child_of(root).live().in_menu().public().only("id", "title", "url_path", "path", "depth")
        )
    for item in items:
        item.is_current = item.path == current_path
        item.is_section = current_path.startswith(item.path) and not item.is_current
    return {
        "request": context.get("request"),
        "root": root,
        "root_is_current": root is not None and root.path == current_path,
        "items": items,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if page is not None and getattr(page, "depth", 0) > 2:
        ancestors = list(
            Page.objects.ancestor_of(page).filter(depth__gt=1).only("id", "title", "url_path", "path", "depth")
        )
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}
