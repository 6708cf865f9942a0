"""The menu, breadcrumbs and footer every page shows. Their database reads are kept per generation of the site's
content (wijraad/page_cache.py): a warm page view reads none of them."""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from home.models import FooterText
from wijraad.page_cache import remember

from .i18n_tags import language_versions

register = template.Library()

LINK_FIELDS = ("id", "title", "url_path", "path", "depth")


@dataclass(frozen=True)
class MenuItem:
    page: Page
    is_current: bool
    is_section: bool


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the current site in the active language."""
    return language_versions(context).home


def _menu_pages(request, root):
    return remember(
        request,
        ("menu", root.pk),
        lambda: tuple(Page.objects.child_of(root).live().in_menu().public().only(*LINK_FIELDS)),
    )


@register.simple_tag(takes_context=True)
def localized(context, page):
    """Wagtail's `page.localized` (the live translation in the active language, else the page itself), read once
    per generation of the site's content."""
    if page is None:
        return None
    return remember(context.get("request"), ("localized", page.pk, get_language()), lambda: page.localized)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    root = site_root(context)
    current = context.get("page")
    current_path = getattr(current, "path", "")
    request = context.get("request")
    pages = _menu_pages(request, root) if root is not None else ()
    items = [
        MenuItem(
            page=page,
            is_current=page.path == current_path,
            is_section=current_path.startswith(page.path) and page.path != current_path,
        )
        for page in pages
    ]
    return {
        "request": request,
        "root": root,
        "root_is_current": root is not None and root.path == current_path,
        "items": items,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, title=None):
    """The way from the home page to this page; a view that is not a page (search) gives its own `title`."""
    page = context.get("page")
    request = context.get("request")
    ancestors = ()
    if isinstance(page, Page) and page.pk and page.depth > 2:
        ancestors = remember(
            request,
            ("ancestors", page.pk),
            lambda: tuple(Page.objects.ancestor_of(page).filter(depth__gt=1).only(*LINK_FIELDS)),
        )
        title = page.title
    elif title and (root := site_root(context)) is not None:
        ancestors = (root,)
    return {"request": request, "ancestors": ancestors, "title": title}


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer texts (name, address, links) in the active language."""
    request = context.get("request")
    return FooterText.for_request(request) if request is not None else None


def _footer_links(request, footer):
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
            .only(*LINK_FIELDS, "translation_key")
        }
    links = []
    for block in footer.links:
        page, url, text = block.value["page"], block.value["url"], block.value["text"]
        if page:
            page = translations.get(page.translation_key, page)
            links.append((page.get_url(request), text or page.title))
        elif url:
            links.append((url, text))
    return tuple(links)


@register.simple_tag(takes_context=True)
def footer_links(context, footer):
    """The footer's links as (url, text), each page in the active language when it is translated."""
    if not footer:
        return ()
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return remember(
        request,
        ("footer-links", site.pk if site else None, footer.pk, get_language()),
        lambda: _footer_links(request, footer),
    )
