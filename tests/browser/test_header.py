"""The header on a phone and on a desktop: low on a small screen, with a menu and a search field that open and
close by touch, mouse or keyboard, also without JavaScript; a full navigation bar on a wide screen."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import MAIN_MENU
from .keyboard import tab_to

pytestmark = pytest.mark.browser

MAX_PHONE_HEADER_HEIGHT = 120
MIN_TAP_TARGET = 48
PHONE_PAGES = ["/", "/jouw-mening-telt/", "/en/", "/en/your-opinion-counts/"]


def menu_button(page):
    return page.locator(".site-header summary", has_text="Menu")


def search_button(page):
    return page.locator(".site-header summary", has_text=re.compile("Zoeken|Search"))


def main_menu(page):
    return page.get_by_role("navigation", name=MAIN_MENU)


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_phone_header_is_at_most_120px_tall_with_buttons_a_finger_can_hit(phone_page, path):
    phone_page.goto(path)

    header = phone_page.locator("header.site-header").bounding_box()
    assert header["height"] <= MAX_PHONE_HEADER_HEIGHT, f"{path}: the header is {header['height']}px tall"
    expect(main_menu(phone_page)).to_be_hidden()
    for button in (menu_button(phone_page), search_button(phone_page)):
        box = button.bounding_box()
        assert box["width"] >= MIN_TAP_TARGET and box["height"] >= MIN_TAP_TARGET, f"{path}: {box}"
    expect(phone_page.get_by_role("link", name=re.compile("^WIJ-raad"))).to_be_visible()


def test_phone_menu_opens_and_closes_with_the_keyboard(phone_page):
    phone_page.goto("/jouw-mening-telt/")
    button = menu_button(phone_page)

    tab_to(phone_page, button)
    phone_page.keyboard.press("Enter")
    expect(main_menu(phone_page).get_by_role("link", name="Contact", exact=True)).to_be_visible()
    checks.screenshot(phone_page, "header-menu-open-phone")

    phone_page.keyboard.press("Enter")
    expect(main_menu(phone_page)).to_be_hidden()

    phone_page.keyboard.press("Space")
    expect(main_menu(phone_page)).to_be_visible()
    phone_page.keyboard.press("Tab")
    expect(main_menu(phone_page).get_by_role("link").first).to_be_focused()

    phone_page.keyboard.press("Escape")
    expect(main_menu(phone_page)).to_be_hidden()
    expect(button).to_be_focused()


def test_phone_menu_holds_the_language_link(phone_page):
    phone_page.goto("/jouw-mening-telt/")
    english = phone_page.get_by_role("navigation", name="Taal").get_by_role("link", name="English")
    expect(english).to_be_hidden()

    menu_button(phone_page).tap()
    english.tap()

    expect(phone_page).to_have_url(re.compile(r"/en/your-opinion-counts/$"))


def test_phone_search_button_opens_the_search_field(phone_page):
    phone_page.goto("/")
    field = phone_page.get_by_label("Zoeken op deze website")
    expect(field).to_be_hidden()

    search_button(phone_page).tap()
    expect(field).to_be_visible()
    checks.screenshot(phone_page, "header-search-open-phone")
    field.fill("vergadering")
    field.press("Enter")

    expect(phone_page).to_have_url(re.compile(r"/zoeken/\?q=vergadering$"))
    expect(phone_page.get_by_role("searchbox")).to_have_count(1)


def test_opening_the_search_field_closes_the_menu(phone_page):
    phone_page.goto("/")

    menu_button(phone_page).tap()
    search_button(phone_page).tap()

    expect(main_menu(phone_page)).to_be_hidden()
    expect(phone_page.get_by_label("Zoeken op deze website")).to_be_visible()


def test_phone_menu_opens_without_javascript(phone_page_without_javascript):
    tab = phone_page_without_javascript
    tab.goto("/")
    expect(main_menu(tab)).to_be_hidden()

    menu_button(tab).tap()

    expect(main_menu(tab).get_by_role("link", name="Vacatures", exact=True)).to_be_visible()


def test_desktop_shows_the_navigation_bar_and_the_search_field_without_buttons(page):
    page.goto("/jouw-mening-telt/")

    expect(menu_button(page)).to_be_hidden()
    expect(search_button(page)).to_be_hidden()
    links = main_menu(page).get_by_role("link")
    for index in range(links.count()):
        expect(links.nth(index)).to_be_visible()
    expect(page.get_by_label("Zoeken op deze website")).to_be_visible()
    expect(page.get_by_role("navigation", name="Taal").get_by_role("link", name="English")).to_be_visible()
    # One bar: every menu item on the same line, below the logo.
    tops = {round(links.nth(index).bounding_box()["y"]) for index in range(links.count())}
    logo = page.locator(".site-logo").bounding_box()
    assert len(tops) == 1 and min(tops) >= logo["y"] + logo["height"], (tops, logo)

    page.get_by_label("Zoeken op deze website").fill("profielschets")
    page.get_by_label("Zoeken op deze website").press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=profielschets$"))
