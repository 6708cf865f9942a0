import pytest
from defusedxml import ElementTree

from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed_is_valid_rss_2_with_absolute_links(client, make_items):
    items = make_items(3)

    response = client.get("/nieuws/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ElementTree.fromstring(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "Nieuws - WIJ-raad Groningen"
    assert channel.findtext("link") == "http://localhost/nieuws/"
    assert channel.findtext("language") == "nl"
    entries = channel.findall("item")
    assert [entry.findtext("title") for entry in entries] == [item.title for item in reversed(items)]
    for entry, item in zip(entries, reversed(items), strict=True):
        assert entry.findtext("link") == f"http://localhost{item.url}"
        assert entry.findtext("guid").startswith("http://localhost/nieuws/")
        assert entry.findtext("description") == item.intro
        assert entry.findtext("category") == "Nieuws"
        assert entry.findtext("pubDate").endswith("+0100")


def test_rss_feed_holds_the_20_newest_items(client, make_items):
    items = make_items(22)

    channel = ElementTree.fromstring(client.get("/nieuws/feed/").content).find("channel")

    titles = [entry.findtext("title") for entry in channel.findall("item")]
    assert len(titles) == 20
    assert titles[0] == items[-1].title
    assert items[0].title not in titles


def test_rss_feed_leaves_out_drafts(client, make_items):
    live, draft = make_items(2)
    draft.unpublish()

    channel = ElementTree.fromstring(client.get("/nieuws/feed/").content).find("channel")

    assert [entry.findtext("title") for entry in channel.findall("item")] == [live.title]


def test_atom_feed_is_valid_atom_with_absolute_links(client, make_items):
    items = make_items(2)

    response = client.get("/nieuws/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [items[1].title, items[0].title]
    assert entries[0].find(f"{ATOM}link").get("href") == f"http://localhost{items[1].url}"
    self_link = next(link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self")
    assert self_link.get("href") == "http://localhost/nieuws/feed/atom/"


def test_every_page_points_to_the_rss_feed_in_its_head(client, home, news_index):
    page = ContentPageFactory(parent=home, slug="over-ons")
    link = (
        '<link rel="alternate" type="application/rss+xml" title="Nieuws van de WIJ-raad (RSS)" '
        'href="http://localhost/nieuws/feed/">'
    )

    for url in ["/", page.url, "/nieuws/"]:
        html = client.get(url).content.decode()
        assert link in html.split("</head>")[0], url


def test_no_feed_link_while_there_is_no_news_index(client, home):
    html = client.get("/").content.decode()

    assert "application/rss+xml" not in html


def test_no_feed_link_while_the_news_index_is_a_draft(client, home, news_index):
    news_index.unpublish()

    assert "application/rss+xml" not in client.get("/").content.decode()
    assert client.get("/nieuws/feed/").status_code == 404
