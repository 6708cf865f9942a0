"""A resident finds a meeting's sign-up from the home page in at most two clicks: the demo's open meeting, and a
form page the secretary adds herself, deep in the tree and without a news item pointing to it."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import log_in_to_the_admin

pytestmark = pytest.mark.browser

OPEN_MEETING_FORM = "Aanmelden voor de open vergadering van de WIJ-raad"
NEW_FORM = "Aanmelden voor de wijkavond in Noord"


class Clicks:
    """The clicks a resident makes after opening the home page, counted."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def on(self, locator):
        locator.click()
        self.count += 1


def sign_up_for(title):
    """The accessible name of a sign-up button in a list: "Aanmelden" and, for a screen reader, what for."""
    return re.compile(rf"^Aanmelden\s*:\s*{re.escape(title)}$")


def arrive_at_form(page, title):
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("main form.form")).to_be_visible()


def test_the_open_meeting_sign_up_is_one_click_from_the_home_page(page):
    page.goto("/")
    clicks = Clicks(page)

    hero = page.locator(".task--meeting")
    expect(hero).to_contain_text("Open vergadering van de WIJ-raad")
    clicks.on(hero.get_by_role("link", name=re.compile("^Aanmelden")))

    arrive_at_form(page, OPEN_MEETING_FORM)
    checks.screenshot(page, "finding-meetings-open-meeting-form")
    assert clicks.count == 1


def test_the_open_meeting_sign_up_is_two_clicks_away_through_the_agenda(page):
    page.goto("/")
    clicks = Clicks(page)

    clicks.on(page.locator("main").get_by_role("link", name="Bekijk de hele agenda"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Agenda")
    clicks.on(page.get_by_role("link", name=sign_up_for("Open vergadering van de WIJ-raad")))

    arrive_at_form(page, OPEN_MEETING_FORM)
    assert clicks.count == 2


def add_form_page_in_a_section(page):
    """As the secretary: a form page inside the section "Jouw mening telt", with one question, published."""
    log_in_to_the_admin(page)
    page.goto("/admin/pages/")
    page.get_by_role("link", name=re.compile("Bekijk de onderliggende pagina's van 'Welkom bij de WIJ-raad'")).click()
    page.get_by_role("link", name="Jouw mening telt", exact=True).click()
    parent_id = re.search(r"/admin/pages/(\d+)/", page.url).group(1)

    page.goto(f"/admin/pages/add/formpages/formpage/{parent_id}/")
    page.locator("#id_title").fill(NEW_FORM)
    page.locator("#id_intro").fill("Praat mee over de wijk Noord. Er is koffie.")
    page.get_by_role("button", name="Voeg een vraag toe").click()
    page.locator("#id_form_fields-0-label").fill("Naam")
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator(".messages")).to_contain_text(NEW_FORM)
    page.context.clear_cookies()  # from here on a resident, not logged in


def test_a_form_page_the_secretary_adds_is_two_clicks_from_the_home_page(page):
    add_form_page_in_a_section(page)

    page.goto("/")
    clicks = Clicks(page)
    clicks.on(page.locator("main").get_by_role("link", name="Bekijk de hele agenda"))
    forms = page.locator("section", has=page.get_by_role("heading", name="Je kunt je ook aanmelden voor"))
    expect(forms).to_contain_text(NEW_FORM)
    checks.screenshot(page, "finding-meetings-agenda-with-new-form")
    clicks.on(forms.get_by_role("link", name=sign_up_for(NEW_FORM)))

    arrive_at_form(page, NEW_FORM)
    expect(page).to_have_url(re.compile(r"/jouw-mening-telt/aanmelden-voor-de-wijkavond-in-noord/$"))
    assert clicks.count == 2
