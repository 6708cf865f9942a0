import json
import re
from html.parser import HTMLParser


class HeadParser(HTMLParser):
    """Collects what search engines and social media read: meta and link tags and JSON-LD."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = {}
        self.json_ld = []
        self.title = ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
        elif tag == "link" and "rel" in attrs:
            self.links[attrs["rel"]] = attrs.get("href")
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag in ("script", "title"):
            self._in = None

    def handle_data(self, data):
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


def parse_head(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def json_ld_items(response):
    """Every JSON-LD block of the page, parsed (a list in one block counts as several items)."""
    items = []
    for block in parse_head(response).json_ld:
        data = json.loads(block)
        items.extend(data if isinstance(data, list) else [data])
    return items


def items_of_type(response, schema_type):
    return [item for item in json_ld_items(response) if item.get("@type") == schema_type]


def paragraph_body(text):
    return [("heading", {"text": "Over dit onderwerp", "level": "h2"}), ("paragraph", f"<p>{text}</p>")]


def result_titles(response):
    """The titles on a search results page, in order."""
    return re.findall(r'<h3 class="search-result__title"><a href="[^"]*">([^<]*)</a></h3>', response.content.decode())
