"""Site search: turn what a resident typed into a safe query and describe each hit.

Works for every page type: fields are read by duck typing (`meta_description`,
`search_description`, `intro`, `body`), never by importing other apps' models.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail import blocks
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

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


def search_pages(query):
    """Live, public pages in the active language that match every word of `query`."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
    return pages.search(PlainText(query, operator="and"))


def describe(pages, request):
    """One `Hit` per page, with the title of the section the page sits in (one query for all)."""
    section_length = SECTION_DEPTH * Page.steplen
    section_paths = {page.path[:section_length] for page in pages if page.depth > SECTION_DEPTH}
    sections = dict(Page.objects.filter(path__in=section_paths).values_list("path", "title")) if section_paths else {}
    return [
        Hit(
            title=page.title,
            url=page.get_url(request),
            section=sections.get(page.path[:section_length], "") if page.depth > SECTION_DEPTH else "",
            snippet=snippet(page),
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
