"""Residents' routes through the site, written as the links they click.

A journey is a list of steps; adding a page to a route is one more Step.
"""

import re
from dataclasses import dataclass

from playwright.sync_api import expect

from .liveserver import SECRETARY_PASSWORD, SECRETARY_USERNAME

MAIN_MENU = "Hoofdmenu"
SUBPAGES = "Meer over dit onderwerp"
# The reference a resident gets after sending a form: 4 + 4 characters that are easy to read out.
REFERENCE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")


@dataclass(frozen=True)
class Step:
    link: str  # the link text a resident clicks
    heading: str  # the h1 they see next
    path: str  # where that link takes them
    within: str = MAIN_MENU  # the navigation the link is in; None: the page's main content


READING = [
    Step("Jouw mening telt", heading="Jouw mening telt", path="/jouw-mening-telt/"),
    Step("Profielschets", heading="Profielschets", path="/jouw-mening-telt/profielschets/", within=SUBPAGES),
    Step("Vacatures", heading="Vacatures", path="/vacatures/"),
    Step("Lid van de WIJ-raad", heading="Lid van de WIJ-raad", path="/vacatures/lid-van-de-wij-raad/", within=None),
]


def open_menu(page):
    """On a small screen the main menu is behind the header's Menu button."""
    button = page.locator(".site-header summary", has_text="Menu")
    if button.is_visible() and not page.get_by_role("navigation", name=MAIN_MENU).is_visible():
        button.click()


def link_for(page, step):
    region = page.locator("main") if step.within is None else page.get_by_role("navigation", name=step.within)
    return region.get_by_role("link", name=step.link, exact=True)


def arrive(page, step):
    expect(page).to_have_url(re.compile(rf"^http://[^/]+{re.escape(step.path)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(step.heading)


def log_in_to_the_admin(page):
    page.goto("/admin/")
    page.get_by_label("Gebruikersnaam").fill(SECRETARY_USERNAME)
    page.get_by_label("Wachtwoord").fill(SECRETARY_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("WIJ-raad")
