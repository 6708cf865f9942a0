import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationLog, TranslationSource

from demo.content import news, news_expert_meeting, news_participation
from demo.loader import fill_in, strings
from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

ADVICE = "/nieuws/advies-stadadviseert-over-wij-groningen/"
LETTER = "/nieuws/brief-burgerparticipatie-en-de-wij-raad/"
MEETING = "/nieuws/expertmeeting-wij-en-het-veld/"

INDEX_EN = "/en/news/"
LETTER_EN = "/en/news/letter-about-citizen-participation-and-the-wij-raad/"
MEETING_EN = "/en/news/expert-meeting-wij-and-the-field/"


def load():
    call_command("load_demo_content", verbosity=0)


def test_demo_news_items_are_reachable_from_the_news_index_and_have_their_category(client):
    html = client.get("/nieuws/").content.decode()

    assert "<h1>Nieuws</h1>" in html
    positions = [html.index(f'href="{url}"') for url in (LETTER, MEETING, ADVICE)]
    assert positions == sorted(positions)
    for url in (ADVICE, LETTER, MEETING):
        assert client.get(url).status_code == 200, url
    dutch_categories = NewsCategory.objects.filter(locale__language_code="nl")
    assert list(dutch_categories.values_list("name", flat=True)) == ["Nieuws", "Advies", "Verslag", "Agenda"]
    categories = dict(NewsPage.objects.filter(locale__language_code="nl").values_list("slug", "category__slug"))
    assert categories == {
        "advies-stadadviseert-over-wij-groningen": "advies",
        "brief-burgerparticipatie-en-de-wij-raad": "nieuws",
        "expertmeeting-wij-en-het-veld": "agenda",
        "de-wij-raad-zoekt-nieuwe-leden": "nieuws",
        "open-vergadering-van-de-wij-raad": "agenda",
    }


def test_demo_news_index_is_in_the_menu_and_linked_from_home(client):
    home = client.get("/").content.decode()

    assert NewsIndexPage.objects.get(locale__language_code="nl").show_in_menus
    assert '<li><a href="/nieuws/">Nieuws</a></li>' in home
    assert '<a href="/nieuws/">Nieuws</a></h3>' in home


def test_demo_expert_meeting_is_a_past_event_in_the_city_hall(client):
    html = client.get(MEETING).content.decode()

    assert "dinsdag 31 oktober 2017, 19:00 uur" in html
    assert "<dd>Stadhuis<br>Grote Markt 1, Groningen</dd>" in html
    assert "Deze bijeenkomst is voorbij." in html
    # The meeting is over: signing up is told in the past tense, and the closed form is not linked.
    assert "Dan kon je je tot en met maandag 23 oktober aanmelden met een reactieformulier." in html
    assert 'href="/aanmelden-expertmeeting/"' not in html
    assert client.get(MEETING + "agenda.ics").status_code == 200


def test_demo_letters_keep_the_meeting_reports_as_sections_and_no_personal_address(client):
    html = client.get(ADVICE).content.decode()

    for heading in [
        "<h2>1. De verwachtingen en behoeften ten aanzien van de WIJ-teams</h2>",
        "<h2>Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 mei 2016</h2>",
        "<h2>Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 augustus 2016</h2>",
        "<h2>Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 november 2016</h2>",
    ]:
        assert heading in html
    assert "<li>Laagdrempelig en toegankelijk.</li>" in html

    html = client.get(LETTER).content.decode()

    assert "De WIJ-raad bestaat uit minimaal elf en maximaal dertien leden" in html
    assert "spaan" not in html.lower()
    assert "wij-opdracht@gemeente.example.org" in html


def translation_state():
    """Everything the demo loader writes for news and its translations, to compare two runs."""
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "slug", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "categories": list(NewsCategory.objects.order_by("pk").values_list("pk", "locale_id", "name", "slug")),
        "sources": list(TranslationSource.objects.order_by("pk").values_list("pk", "last_updated_at")),
        "translations": list(Translation.objects.order_by("pk").values_list("pk", "source_id", "target_locale_id")),
        "strings": list(StringTranslation.objects.order_by("pk").values_list("pk", "data", "updated_at")),
        "logs": TranslationLog.objects.count(),
    }


def test_demo_news_second_run_changes_nothing():
    pages = list(NewsPage.objects.order_by("path").values_list("path", "title", "latest_revision_id"))
    revisions = Revision.objects.count()
    categories = list(NewsCategory.objects.values_list("pk", "name", "slug"))
    state = translation_state()

    load()

    assert list(NewsPage.objects.order_by("path").values_list("path", "title", "latest_revision_id")) == pages
    assert Revision.objects.count() == revisions
    assert list(NewsCategory.objects.values_list("pk", "name", "slug")) == categories
    assert translation_state() == state


# English ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "h1", "text"),
    [
        (INDEX_EN, "News", "News, advice, reports and meetings from and about the WIJ-raad."),
        (
            LETTER_EN,
            "Letter from the Mayor and Aldermen about citizen participation and the WIJ-raad",
            "The WIJ-raad has at least eleven and at most thirteen members.",
        ),
        (
            MEETING_EN,
            "Expert meeting ‘WIJ and the field’",
            "You did not need to sign up for the talk booth or the public gallery.",
        ),
    ],
)
def test_demo_news_index_letter_and_event_are_in_english(client, url, h1, text):
    response = client.get(url)

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "en"
    assert html.h1.get_text() == h1
    assert text in html.find("main").get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("url", "content"),
    [(INDEX_EN, news), (LETTER_EN, news_participation), (MEETING_EN, news_expert_meeting)],
)
def test_demo_english_news_shows_every_text_in_english_and_none_in_dutch(client, url, content):
    text = soup(client.get(url)).find("main").get_text(" ", strip=True)
    on_home = fill_in(content, content.PAGE.get("home_section", ""))  # the index's pointer on the home page

    for dutch, english in strings(content).items():
        if dutch == on_home or f"/{english}/" in url:  # shown on the home page; the slug is in the address
            continue
        assert english.replace("<br/>", " ") in text, english
        assert dutch.replace("<br/>", " ") not in text, dutch


def test_demo_english_news_index_filters_on_english_categories_and_leaves_the_advice_out(client):
    index = soup(client.get(INDEX_EN)).find("main")
    meeting = soup(client.get(MEETING_EN)).find("main").get_text(" ", strip=True)

    filters = [link.get_text(strip=True) for link in index.find_all("a", href=lambda href: "?categorie=" in href)]
    assert filters == ["News", "Advice", "Report", "Events"]
    items = [link["href"] for link in index.find_all("a", href=lambda href: href in (LETTER_EN, MEETING_EN, ADVICE))]
    assert items == [LETTER_EN, MEETING_EN]  # the long advice of Stadadviseert stays Dutch only
    assert "Category: Events" in meeting
    assert "City Hall Grote Markt 1, Groningen" in meeting
    assert "This meeting is over." in meeting


def test_demo_translation_leaves_no_news_text_untranslated(demo):
    assert demo.warnings_from("demo.translation") == []
    english = NewsPage.objects.filter(locale__language_code="en")
    assert dict(english.values_list("slug", "category__name")) == {
        "letter-about-citizen-participation-and-the-wij-raad": "News",
        "expert-meeting-wij-and-the-field": "Events",
        "the-wij-raad-is-looking-for-new-members": "News",
        "open-meeting-of-the-wij-raad": "Events",
    }
    assert all(page.category.locale.language_code == "en" for page in english)


def test_demo_english_home_links_to_the_english_news(client):
    home = soup(client.get("/en/"))

    card = home.find("section", class_="sections").find("a", href=INDEX_EN).find_parent("li")
    assert card.find("a").get_text(strip=True) == "News"
    assert card.find("p").get_text(strip=True) == "News, advice, reports and meetings."
    assert home.find("nav", class_="main-nav").find("a", href=INDEX_EN, string="News") is not None
    assert not home.find_all("a", href=lambda href: href and href.startswith("/nieuws/"))
