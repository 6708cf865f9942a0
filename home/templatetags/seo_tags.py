"""Being found: meta tags for search engines and social media, and schema.org JSON-LD.

Page types take part by duck typing, without this module knowing them:
- `meta_description` (BasePage) or Wagtail's `search_description`: the description;
- `og_image`: a Wagtail image (or an absolute URL) to show when the page is shared;
- `og_type`: the Open Graph type, "website" unless the page says otherwise (e.g. "article");
- `structured_data(request)`: a dict or a list of dicts with schema.org data;
- a classmethod `site_feed_url(request, root)`: the feed of the site whose home page is `root`, linked from the head
  of every page (news/models.py: NewsIndexPage).
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, get_page_models

from home.models import organisation_name
from home.schema import organisation
from home.site_address import absolute
from wijraad.page_cache import remember

from .navigation_tags import site_root

register = template.Library()

OG_IMAGE_SPEC = "fill-1200x630"
OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# Inside <script> a string holding "</script>" or "<!--" would end the element early.
JSON_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def json_for_script(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def page_description(page):
    return getattr(page, "meta_description", None) or page.search_description or ""


def _og_image(page, request):
    image = getattr(page, "og_image", None)
    if callable(image):
        image = image()
    if not image:
        return None
    if isinstance(image, str):
        return {"url": absolute(image), "alt": ""}
    try:
        rendition = image.get_rendition(OG_IMAGE_SPEC)
    except SourceImageIOError:
        return None  # the file is missing from storage: share the page without a picture
    return {
        "url": absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or "",
    }


@register.simple_tag(takes_context=True)
def seo_meta(context):
    """What the <head> says about the current page: canonical URL, Open Graph and Twitter card."""
    page = _current_page(context)
    request = context.get("request")
    if page is None or request is None:
        return None
    language = translation.get_language() or ""
    return {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "url": page.get_full_url(request),
        "type": getattr(page, "og_type", None) or "website",
        "site_name": organisation_name(request),
        "locale": OG_LOCALES.get(language, language.replace("-", "_")),
        "image": remember(request, ("og-image", page.pk), lambda: _og_image(page, request)),
    }


@register.simple_tag(takes_context=True)
def site_feed_url(context):
    """The site's feed for <link rel="alternate" type="application/rss+xml">, or "" when it has none."""
    request = context.get("request")
    root = site_root(context) if request is not None else None
    if root is None:
        return ""
    offers = (model.site_feed_url for model in get_page_models() if hasattr(model, "site_feed_url"))
    return next((url for url in (offer(request, root) for offer in offers) if url), "")


def structured_data_items(context):
    page = _current_page(context)
    request = context.get("request")
    if page is None or request is None:
        return []
    items = []
    home = site_root(context)
    if home is not None and home.pk == page.pk:
        items.append(organisation(request))
    hook = getattr(page, "structured_data", None)
    data = hook(request) if callable(hook) else None
    if isinstance(data, dict):
        items.append(data)
    elif data:
        items.extend(data)
    return [{"@context": "https://schema.org", **item} for item in items if item]


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org data as JSON-LD, one <script type="application/ld+json"> per item."""
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        # Safe: json_for_script escapes <, > and &, so the data cannot close the element or add markup.
        ((mark_safe(json_for_script(item)),) for item in structured_data_items(context)),  # noqa: S308
    )
