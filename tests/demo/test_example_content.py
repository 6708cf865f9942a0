"""The demo never looks stale: a current news item and an upcoming meeting with its sign-up form are dated from the
day the demo is loaded, and marked as example content in the admin. The seed letters keep their real dates.

Decided: a later run changes nothing, also on another day. The example dates are set once, when the pages are made;
the secretary may have edited them since, and a loader that moved them would undo her work. A fresh database (a
new `make run`) gets fresh dates.
"""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision

from demo.dates import meeting_day
from demo.models import ExamplePage
from formpages.models import FormPage
from news.models import NewsPage
from tests.html import soup
from tests.module_data import rolled_back_after_the_module

pytestmark = pytest.mark.django_db

LOAD_DAY = datetime.date(2026, 3, 4)  # a Wednesday
LOADED_AT = timezone.make_aware(datetime.datetime(2026, 3, 4, 10, 0))


def load():
    call_command("load_demo_content", verbosity=0)


def local(value):
    return timezone.localtime(value).replace(tzinfo=None)


def state():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "news": list(NewsPage.objects.order_by("pk").values_list("pk", "date", "event_start", "event_end")),
        "forms": list(FormPage.objects.order_by("pk").values_list("pk", "closes_at")),
        "examples": list(ExamplePage.objects.order_by("pk").values_list("page_id", "loaded_on")),
    }


@pytest.fixture(scope="module")
def _loaded_on_the_load_day(django_db_setup, django_db_blocker):
    """One load for the module (tests/module_data.py)."""
    with rolled_back_after_the_module(django_db_blocker):
        with time_machine.travel(LOADED_AT, tick=False):
            load()
        yield


@pytest.fixture
def loaded(_loaded_on_the_load_day, db):
    pass


def test_the_meeting_is_the_first_tuesday_five_weeks_or_more_after_the_load_day():
    assert meeting_day(LOAD_DAY) == datetime.date(2026, 4, 14)
    assert meeting_day(datetime.date(2026, 3, 3)) == datetime.date(2026, 4, 7)  # loaded on a Tuesday
    assert all(meeting_day(LOAD_DAY + datetime.timedelta(days=n)).weekday() == 1 for n in range(7))


@pytest.mark.usefixtures("loaded")
def test_example_items_are_dated_from_the_load_day_and_the_letters_keep_their_own():
    current = NewsPage.objects.get(slug="de-wij-raad-zoekt-nieuwe-leden")
    meeting = NewsPage.objects.get(slug="open-vergadering-van-de-wij-raad")
    form = FormPage.objects.get(slug="aanmelden-open-vergadering")

    assert current.date == datetime.date(2026, 3, 1)
    assert meeting.date == LOAD_DAY
    assert meeting.category.slug == "agenda"
    assert (local(meeting.event_start), local(meeting.event_end)) == (
        datetime.datetime(2026, 4, 14, 19, 30),
        datetime.datetime(2026, 4, 14, 21, 30),
    )
    assert meeting.signup_page_id == form.pk
    assert local(form.closes_at) == datetime.datetime(2026, 4, 7, 23, 59)
    # The seed letters and the expert meeting keep their real dates.
    assert NewsPage.objects.get(slug="advies-stadadviseert-over-wij-groningen").date == datetime.date(2016, 12, 5)
    assert NewsPage.objects.get(slug="expertmeeting-wij-en-het-veld").date == datetime.date(2017, 10, 9)
    # The English versions follow their Dutch pages.
    english = NewsPage.objects.get(slug="open-meeting-of-the-wij-raad")
    assert english.event_start == meeting.event_start
    assert english.signup_page_id == form.pk  # the page shows it in English (see the browser-facing test below)


@pytest.mark.usefixtures("loaded")
def test_a_resident_sees_a_living_site_on_the_load_day(client):
    with time_machine.travel(LOADED_AT + datetime.timedelta(hours=2), tick=False):
        news = soup(client.get("/nieuws/"))
        meeting = soup(client.get("/nieuws/open-vergadering-van-de-wij-raad/"))
        form = soup(client.get("/aanmelden-open-vergadering/"))
        english = soup(client.get("/en/news/open-meeting-of-the-wij-raad/"))

    first_items = list(dict.fromkeys(a["href"] for a in news.select("main h2 a, main h3 a")))[:2]
    assert first_items == ["/nieuws/open-vergadering-van-de-wij-raad/", "/nieuws/de-wij-raad-zoekt-nieuwe-leden/"]
    assert "dinsdag 14 april 2026, 19:30" in meeting.find("main").get_text(" ", strip=True)
    assert meeting.find("a", class_="button", href="/aanmelden-open-vergadering/") is not None
    assert "Er zijn nog 40 plaatsen." in form.find(class_="form-page__facts").get_text(" ", strip=True)
    assert english.find("a", class_="button", href="/en/sign-up-open-meeting/") is not None


@pytest.mark.usefixtures("loaded")
def test_example_pages_say_so_in_the_admin_in_both_languages(admin_client):
    examples = {page.slug for page in Page.objects.filter(pk__in=ExamplePage.objects.values("page_id"))}
    assert examples == {
        "de-wij-raad-zoekt-nieuwe-leden",
        "open-vergadering-van-de-wij-raad",
        "aanmelden-open-vergadering",
    }
    assert set(ExamplePage.objects.values_list("loaded_on", flat=True)) == {LOAD_DAY}

    for slug in ["open-vergadering-van-de-wij-raad", "open-meeting-of-the-wij-raad", "sign-up-open-meeting"]:
        page = Page.objects.get(slug=slug)
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert "Dit is voorbeeldinhoud." in response.content.decode(), slug
    letter = Page.objects.get(slug="expertmeeting-wij-en-het-veld")
    assert "Dit is voorbeeldinhoud." not in admin_client.get(f"/admin/pages/{letter.pk}/edit/").content.decode()


@pytest.mark.usefixtures("loaded")
def test_a_second_run_changes_nothing_on_the_same_day_or_months_later():
    before = state()

    with time_machine.travel(LOADED_AT + datetime.timedelta(hours=1), tick=False):
        load()
    assert state() == before

    with time_machine.travel(LOADED_AT + datetime.timedelta(days=90), tick=False):
        load()
    assert state() == before


@pytest.mark.usefixtures("loaded")
def test_an_edited_example_survives_a_later_run():
    meeting = NewsPage.objects.get(slug="open-vergadering-van-de-wij-raad")
    meeting.event_start = timezone.make_aware(datetime.datetime(2026, 5, 5, 20, 0))
    meeting.event_end = timezone.make_aware(datetime.datetime(2026, 5, 5, 22, 0))
    meeting.save_revision().publish()

    with time_machine.travel(LOADED_AT + datetime.timedelta(days=30), tick=False):
        load()

    meeting.refresh_from_db()
    assert local(meeting.event_start) == datetime.datetime(2026, 5, 5, 20, 0)
