import pytest
from django.core.management import call_command
from wagtail.models import Revision

from news.models import NewsCategory, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

ADVICE = "/nieuws/advies-stadadviseert-over-wij-groningen/"
LETTER = "/nieuws/brief-burgerparticipatie-en-de-wij-raad/"
MEETING = "/nieuws/expertmeeting-wij-en-het-veld/"


def load():
    call_command("load_demo_content", verbosity=0)


def test_demo_news_items_are_reachable_from_the_news_index_and_have_their_category(client):
    load()

    html = client.get("/nieuws/").content.decode()

    assert "<h1>Nieuws</h1>" in html
    positions = [html.index(f'href="{url}"') for url in (LETTER, MEETING, ADVICE)]
    assert positions == sorted(positions)
    for url in (ADVICE, LETTER, MEETING):
        assert client.get(url).status_code == 200, url
    assert list(NewsCategory.objects.values_list("name", flat=True)) == ["Nieuws", "Advies", "Verslag", "Agenda"]
    categories = dict(NewsPage.objects.values_list("slug", "category__slug"))
    assert categories == {
        "advies-stadadviseert-over-wij-groningen": "advies",
        "brief-burgerparticipatie-en-de-wij-raad": "nieuws",
        "expertmeeting-wij-en-het-veld": "agenda",
    }


def test_demo_news_index_is_in_the_menu_and_linked_from_home(client):
    load()

    home = client.get("/").content.decode()

    assert NewsIndexPage.objects.get().show_in_menus
    assert '<li><a href="/nieuws/">Nieuws</a></li>' in home
    assert '<a href="/nieuws/">Nieuws</a></h3>' in home


def test_demo_expert_meeting_is_a_past_event_in_the_city_hall(client):
    load()

    html = client.get(MEETING).content.decode()

    assert "dinsdag 31 oktober 2017, 19:00 uur" in html
    assert "<dd>Stadhuis<br>Grote Markt 1, Groningen</dd>" in html
    assert "Deze bijeenkomst is voorbij." in html
    assert "Aanmelden kan tot en met maandag 23 oktober." in html
    assert client.get(MEETING + "agenda.ics").status_code == 200


def test_demo_letters_keep_the_meeting_reports_as_sections_and_no_personal_address(client):
    load()

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


def test_demo_news_second_run_changes_nothing():
    load()
    pages = list(NewsPage.objects.order_by("path").values_list("path", "title", "latest_revision_id"))
    revisions = Revision.objects.count()
    categories = list(NewsCategory.objects.values_list("pk", "name", "slug"))

    load()

    assert list(NewsPage.objects.order_by("path").values_list("path", "title", "latest_revision_id")) == pages
    assert Revision.objects.count() == revisions
    assert list(NewsCategory.objects.values_list("pk", "name", "slug")) == categories
