"""Walk the admin as a logged-in user and collect the words on each screen that should not be there.

The walk starts at the dashboard and the sidebar's links and follows links inside /admin/ breadth first. Screens that
differ only in an id (the edit view of page 3 and of page 4) are one kind of screen: a few of each kind are opened,
so the walk stays short and still reaches every kind of screen the user can get to. Query strings are dropped (they
only sort, filter or page a listing).
"""

import json
import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from tests.html import soup

# Words of Wagtail's English admin that no Dutch screen has, matched as whole words with their case.
ENGLISH = [
    "Password",
    "Root",
    "Snippets",
    "Editor Guide",
    "Editors",
    "Moderators",
    "approval",
    "Dashboard",
    "Pages",
    "Search",
    "Settings",
    "Users",
    "Groups",
    "Images",
    "Documents",
    "Reports",
    "Edit",
    "Delete",
    "Save",
    "Cancel",
    "Submit",
    "Choose",
    "Sign out",
    "Log out",
    "Draft",
    "Published",
    "Yes",
    "Wagtail admin",
    "Sign in",
]
# Python values shown as they are. Not "None": Wagtail's side panel toggle holds a hidden "None" until its script
# fills in a count.
RAW_VALUES = ["True", "False", "UTC"]
# A Python list shown as it is ("['secretariaat@…']"), and a time with its UTC offset ("19:48:00+00:00", "+01:00").
RAW_PATTERNS = [r"\['", r'\["', r"\+\d\d:\d\d\b"]
FORBIDDEN = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(word) for word in ENGLISH + RAW_VALUES)
    + r")(?![\w-])|"
    + "|".join(RAW_PATTERNS)
)

# Attributes a browser shows or reads aloud.
READ_ATTRIBUTES = ["title", "aria-label", "placeholder", "alt", "aria-description"]
# Never opened: they change something on GET or leave the admin.
NOT_OPENED = re.compile(r"/logout/|/preview/|/download/|/export/|\.(csv|xlsx)$")
ID = re.compile(r"/\d+/")


@dataclass
class Screen:
    url: str
    words: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)  # each word with the text around it, to find it on the screen


def kind_of(path):
    """The path with its ids replaced, so /admin/pages/3/edit/ and /admin/pages/4/edit/ are one kind of screen."""
    while ID.search(path):
        path = ID.sub("/<id>/", path)
    return path


def shown_text(document):
    """What the user reads or hears on the screen: the text, the title and the attributes above (also what shows only after a click)."""
    for hidden in document(["script", "style", "noscript"]):
        hidden.decompose()
    parts = [document.get_text(" ")]
    for element in document.find_all(True):
        parts += [element[name] for name in READ_ATTRIBUTES if isinstance(element.get(name), str)]
    return " ".join(parts)


def sidebar(document):
    """The labels and links of the sidebar's menu, which the page carries as data for the sidebar script."""
    props = document.find("script", id="wagtail-sidebar-props")
    labels, urls = [], []

    def collect(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "label" and isinstance(value, str):
                    labels.append(value)
                elif key == "url" and isinstance(value, str):
                    urls.append(value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    if props is not None:
        collect(json.loads(props.string))
    return labels, urls


def admin_links(document, base, more=()):
    anchors = document.find_all("a", href=True) if document is not None else []
    for href in [*(anchor["href"] for anchor in anchors), *more]:
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or not parts.path.startswith("/admin/"):
            continue
        if NOT_OPENED.search(parts.path):
            continue
        yield parts.path


def walk(client, start, per_kind=2, limit=400):
    """Every admin screen reachable from `start` (a few per kind, and every screen in `start`), with the forbidden
    words each one shows."""
    queue = deque(start)
    seen, opened, kinds = set(start), [], {}
    while queue and len(opened) < limit:
        path = queue.popleft()
        kind = kind_of(path)
        if kinds.get(kind, 0) >= per_kind and path not in start:
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        response = client.get(path)
        if response.status_code in (301, 302):
            queue.extend(link for link in admin_links(None, path, [response["Location"]]) if link not in seen)
            seen.update(queue)
            continue
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            continue
        document = soup(response)
        screen = Screen(path)
        opened.append(screen)
        labels, menu_links = sidebar(document)
        for link in admin_links(document, path, menu_links):
            if link not in seen:
                seen.add(link)
                queue.append(link)
        text = re.sub(r"\s+", " ", " ".join([*labels, shown_text(document)]))
        found = list(FORBIDDEN.finditer(text))
        screen.words = sorted({match.group() for match in found})
        screen.contexts = [text[max(match.start() - 40, 0) : match.end() + 40] for match in found]
    return opened
