"""What residents and the secretary do on the site, step by step, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import MAIN_MENU, READING, arrive, link_for
from .liveserver import SECRETARY_PASSWORD, SECRETARY_USERNAME

pytestmark = pytest.mark.browser

MAX_TABS = 50


def test_resident_reads_from_home_through_the_navigation(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom bij de WIJ-raad")

    for step in READING:
        link_for(page, step).click()
        arrive(page, step)


def test_resident_on_a_phone_reads_the_same_pages_without_sideways_scrolling(phone_page):
    phone_page.goto("/")

    for step in READING:
        assert checks.horizontal_overflow(phone_page) <= 0, phone_page.url
        menu = phone_page.get_by_role("navigation", name=MAIN_MENU)
        expect(menu.get_by_role("link").first).to_be_in_viewport()
        link_for(phone_page, step).tap()
        arrive(phone_page, step)

    assert checks.horizontal_overflow(phone_page) <= 0, phone_page.url


def _tab_to(page, locator):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if locator.evaluate("(el) => el === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {locator}")


def test_keyboard_user_skips_to_the_content_and_follows_the_menu(page):
    page.goto("/")

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("main a").first).to_be_focused()

    page.goto("/")
    for step in READING:
        _tab_to(page, link_for(page, step))
        page.keyboard.press("Enter")
        arrive(page, step)


def _log_in_to_the_admin(page):
    page.goto("/admin/")
    page.get_by_label("Gebruikersnaam").fill(SECRETARY_USERNAME)
    # Wagtail 7.4 has no Dutch text for this label yet; it shows "Password".
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(SECRETARY_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("WIJ-raad")


def test_secretary_edits_the_intro_in_the_admin_and_sees_it_on_the_site(page):
    new_intro = "De WIJ-raad vergadert elke maand. Iedereen mag luisteren."
    _log_in_to_the_admin(page)

    page.goto("/admin/pages/")
    page.get_by_role("link", name=re.compile("Bekijk de onderliggende pagina's van 'Welkom bij de WIJ-raad'")).click()
    page.get_by_role("link", name="Jouw mening telt", exact=True).click()
    intro = page.get_by_role("textbox", name="Inleiding")
    intro.fill(new_intro)
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_text("'Jouw mening telt' is gepubliceerd")).to_be_visible()

    page.goto("/jouw-mening-telt/")
    expect(page.locator("main .lead")).to_have_text(new_intro)
