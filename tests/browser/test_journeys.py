"""Residents find their way through the site: menu, keyboard, phone and language, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import MAIN_MENU, READING, arrive, link_for, open_menu
from .keyboard import tab_to

pytestmark = pytest.mark.browser


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
        if step.within == MAIN_MENU:
            open_menu(phone_page)
            menu = phone_page.get_by_role("navigation", name=MAIN_MENU)
            expect(menu.get_by_role("link").first).to_be_in_viewport()
        link_for(phone_page, step).tap()
        arrive(phone_page, step)

    assert checks.horizontal_overflow(phone_page) <= 0, phone_page.url


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
        tab_to(page, link_for(page, step))
        page.keyboard.press("Enter")
        arrive(page, step)


def test_resident_switches_the_language_to_english_and_back(page):
    page.goto("/jouw-mening-telt/")
    switcher = page.get_by_role("navigation", name="Taal")

    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/your-opinion-counts/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your opinion counts")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/jouw-mening-telt/$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jouw mening telt")
