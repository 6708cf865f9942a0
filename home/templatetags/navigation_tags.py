from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from home.models import FooterText

from .i18n_tags import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the current site in the active language (looked up once per request)."""
    return language_versions(context).home


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


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer texts (name, address, links) in the active language."""
    request = context.get("request")
    return FooterText.for_request(request) if request is not None else None


@register.simple_tag(takes_context=True)
def footer_links(context, footer):
    """The footer's links as (url, text), each page in the active language when it is translated."""
    if not footer:
        return []
    request = context.get("request")
    pages = [block.value["page"] for block in footer.links if block.value["page"]]
    translations = {}
    if pages:
        language = get_supported_content_language_variant(get_language())
        translations = {
            page.translation_key: page
            for page in Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages], locale__language_code=language
            )
            .live()
            .only("id", "title", "url_path", "path", "depth", "translation_key")
        }
    links = []
    for block in footer.links:
        page, url, text = block.value["page"], block.value["url"], block.value["text"]
        if page:
            page = translations.get(page.translation_key, page)
            links.append((page.get_url(request), text or page.title))
        elif url:
            links.append((url, text))
    return links
