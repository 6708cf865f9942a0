"""Reading the HTML a test got back, as a browser, a screen reader or a search engine reads it.

The one place where the suite parses HTML: `soup(response)` for any page, and helpers for the parts many
tests check (the <head>, the language switcher, the titles in a list).
"""

import json
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.dammit import EntitySubstitution
from bs4.formatter import HTMLFormatter


def soup(page):
    """A response, or a piece of HTML, parsed."""
    return BeautifulSoup(page if isinstance(page, str) else page.content.decode(), "html.parser")


def texts(page, selector):
    """The text of every element the CSS selector finds, whitespace collapsed."""
    return [element.get_text(" ", strip=True) for element in soup(page).select(selector)]


class _AsWritten(HTMLFormatter):
    """Attributes in the order the template wrote them (BeautifulSoup sorts them by default), `&` and `<` escaped."""

    def __init__(self):
        super().__init__(entity_substitution=EntitySubstitution.substitute_xml)

    def attributes(self, tag):
        return list(tag.attrs.items())


def fragments(page, selector):
    """The HTML of every element the CSS selector finds, attributes in their written order."""
    return [element.decode(formatter=_AsWritten()) for element in soup(page).select(selector)]


def fragment(page, selector):
    """The HTML of the first element the CSS selector finds, or "" when there is none."""
    return next(iter(fragments(page, selector)), "")


@dataclass
class Head:
    """What search engines and social media read: the title, meta and link tags, and JSON-LD blocks."""

    title: str
    meta: dict
    links: dict
    json_ld: list


def parse_head(response):
    head = soup(response)
    return Head(
        title=head.title.get_text() if head.title else "",
        meta={tag.get("property") or tag.get("name"): tag["content"] for tag in head.find_all("meta", content=True)},
        links={" ".join(tag["rel"]): tag.get("href") for tag in head.find_all("link", rel=True)},
        json_ld=[tag.get_text() for tag in head.find_all("script", type="application/ld+json")],
    )


def json_ld_items(response):
    """Every JSON-LD item of the page, parsed (a list in one block counts as several items)."""
    items = []
    for block in parse_head(response).json_ld:
        data = json.loads(block)
        items.extend(data if isinstance(data, list) else [data])
    return items


def items_of_type(response, schema_type):
    return [item for item in json_ld_items(response) if item.get("@type") == schema_type]


def html_lang(response):
    return soup(response).html["lang"]


def alternates(response):
    """{hreflang: href} of the <link rel="alternate" hreflang> tags."""
    return {tag["hreflang"]: tag["href"] for tag in soup(response).select('link[rel="alternate"][hreflang]')}


def switcher_links(response):
    """(href, lang, hreflang, link text) of every link in the language switcher."""
    nav = soup(response).select_one("nav.language-switcher")
    assert nav, "the page has no language switcher"
    return [(a["href"], a.get("lang"), a.get("hreflang"), a.get_text()) for a in nav.find_all("a")]
