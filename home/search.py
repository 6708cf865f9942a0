"""Site search: turn what a resident typed into a safe query and describe each hit.

Works for every page type: fields are read by duck typing (`meta_description`,
`search_description`, `intro`, `body`), never by importing other apps' models.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail import blocks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from wijraad.page_cache import keep, recall, remember, view_restriction_paths

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
SNIPPET_WORDS = 30
SECTION_DEPTH = 3  # root (1) > home page of a language (2) > section (3)
WORD = re.compile(r"\w+")


@dataclass
class Hit:
    title: str
    url: str
    section: str
    snippet: str


def clean_query(raw):
    """Only the words: quotes, brackets and operators would reach the full-text engine as syntax."""
    return " ".join(WORD.findall(raw[:MAX_QUERY_LENGTH])[:MAX_TERMS])


def search_pages(query, request=None):
    """Live, public pages in the active language that match every word of `query`. The pages are plain `Page`s:
    `describe` reads what it needs of their own types from the page cache."""
    language = get_supported_content_language_variant(get_language())
    locale = remember(request, ("locale", language), Locale.get_active)
    pages = Page.objects.live().filter(locale=locale)
    # Like `.public()`, without its query: the restricted pages come from the page cache.
    for path in view_restriction_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages.search(PlainText(query, operator="and"))


def _snippets_and_sections(pages, request):
    """{page id: (snippet, section title)}, kept per generation of the content; the pages not yet known are
    read together (one query per page type)."""
    section_length = SECTION_DEPTH * Page.steplen
    known = {page.pk: recall(request, ("search-hit", page.pk)) for page in pages}
    missing = [page for page in pages if known[page.pk] is None]
    if missing:
        section_paths = {page.path[:section_length] for page in missing if page.depth > SECTION_DEPTH}
        sections = dict(Page.objects.filter(path__in=section_paths).values_list("path", "title"))
        for page in Page.objects.filter(pk__in=[page.pk for page in missing]).specific():
            section = sections.get(page.path[:section_length], "") if page.depth > SECTION_DEPTH else ""
            known[page.pk] = keep(request, ("search-hit", page.pk), (snippet(page), section))
    return known


def describe(pages, request):
    """One `Hit` per page, with the title of the section the page sits in."""
    details = _snippets_and_sections(pages, request)
    return [
        Hit(
            title=page.title,
            url=page.get_url(request),
            section=details[page.pk][1] if details[page.pk] else "",
            snippet=details[page.pk][0] if details[page.pk] else "",
        )
        for page in pages
    ]


def snippet(page):
    """A short text under the title: the page's summary, or else the start of its body."""
    summary = getattr(page, "meta_description", None) or page.search_description or getattr(page, "intro", "")
    text = summary or " ".join(body_texts(getattr(page, "body", None)))
    return Truncator(" ".join(str(text).split())).words(SNIPPET_WORDS, truncate=" …")


def body_texts(body):
    if isinstance(body, str):
        return [strip_tags(body)]
    stream_block = getattr(body, "stream_block", None)
    if stream_block is None:
        return []
    # The raw data, so no image, document or page is fetched from the database per result.
    return _raw_texts(stream_block, list(body.raw_data))


def _raw_texts(block, value):
    if value is None:
        return []
    if isinstance(block, blocks.RichTextBlock):
        return [strip_tags(value)]
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return [value]
    if isinstance(block, blocks.StructBlock):
        if any(isinstance(child, blocks.ChooserBlock) for child in block.child_blocks.values()):
            return []  # an image, a document or a link: not running text
        return [text for name, child in block.child_blocks.items() for text in _raw_texts(child, value.get(name))]
    if isinstance(block, blocks.ListBlock):
        # Stored as {"type": "item", "value": ..., "id": ...}; very old data holds the bare values.
        items = [item["value"] if isinstance(item, dict) and item.get("type") == "item" else item for item in value]
        return [text for item in items for text in _raw_texts(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [
            text
            for child in value
            if child.get("type") in block.child_blocks
            for text in _raw_texts(block.child_blocks[child["type"]], child.get("value"))
        ]
    return []
