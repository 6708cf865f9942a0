"""The pages every accessibility check runs on: one entry per page type and language.

Adding a page type is one line in PAGES. A page that needs a step before it shows what must be
checked (a form with its errors shown) gives a `prepare(page)` function that does that step.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


@dataclass(frozen=True)
class PageCase:
    name: str
    path: str
    language: str = "nl"
    status: int = 200
    prepare: Callable[[Page], None] | None = None

    @property
    def id(self):
        return f"{self.name}-{self.language}"


def show_form_errors(page):
    """Send the form empty, as a resident who misses the required fields would."""
    page.locator("main form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_focused()


PAGES = [
    PageCase("home", "/"),
    PageCase("content-page", "/jouw-mening-telt/"),
    PageCase("profile", "/jouw-mening-telt/profielschets/"),
    PageCase("council-members", "/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/"),
    PageCase("vacancy-index", "/vacatures/"),
    PageCase("vacancy-with-form", "/vacatures/lid-van-de-wij-raad/"),
    PageCase("vacancy-form-errors", "/vacatures/lid-van-de-wij-raad/", prepare=show_form_errors),
    PageCase("news-index", "/nieuws/"),
    PageCase("news-item", "/nieuws/brief-burgerparticipatie-en-de-wij-raad/"),
    PageCase("event", "/nieuws/expertmeeting-wij-en-het-veld/"),
    PageCase("agenda", "/nieuws/agenda/"),
    PageCase("agenda-archive", "/nieuws/agenda/archief/"),
    PageCase("contact", "/contact/"),
    PageCase("contact-form-errors", "/contact/", prepare=show_form_errors),
    PageCase("form-page-closed", "/aanmelden-expertmeeting/"),
    PageCase("form-page-open", "/aanmelden-open-vergadering/"),
    PageCase("form-page-errors", "/aanmelden-open-vergadering/", prepare=show_form_errors),
    PageCase("search", "/zoeken/?q=WIJ-raad"),
    PageCase("search-empty", "/zoeken/"),
    PageCase("not-found", "/deze-pagina-bestaat-niet/", status=404),
    PageCase("home", "/en/", language="en"),
    PageCase("content-page", "/en/your-opinion-counts/", language="en"),
    PageCase("profile", "/en/your-opinion-counts/member-profile/", language="en"),
    PageCase("council-members", "/en/your-opinion-counts/who-is-on-the-wij-raad/", language="en"),
    PageCase("vacancy-index", "/en/vacancies/", language="en"),
    PageCase("vacancy-with-form", "/en/vacancies/member-of-the-wij-raad/", language="en"),
    PageCase("vacancy-form-errors", "/en/vacancies/member-of-the-wij-raad/", language="en", prepare=show_form_errors),
    PageCase("news-index", "/en/news/", language="en"),
    PageCase("news-item", "/en/news/letter-about-citizen-participation-and-the-wij-raad/", language="en"),
    PageCase("event", "/en/news/expert-meeting-wij-and-the-field/", language="en"),
    PageCase("agenda", "/en/news/agenda/", language="en"),
    PageCase("agenda-archive", "/en/news/agenda/archive/", language="en"),
    PageCase("contact", "/en/contact/", language="en"),
    PageCase("contact-form-errors", "/en/contact/", language="en", prepare=show_form_errors),
    PageCase("form-page-closed", "/en/sign-up-expert-meeting/", language="en"),
    PageCase("form-page-open", "/en/sign-up-open-meeting/", language="en"),
    PageCase("form-page-errors", "/en/sign-up-open-meeting/", language="en", prepare=show_form_errors),
    PageCase("search", "/en/search/?q=WIJ-raad", language="en"),
    PageCase("search-empty", "/en/search/", language="en"),
    PageCase("not-found", "/en/this-page-does-not-exist/", language="en", status=404),
]

each_page = pytest.mark.parametrize("case", PAGES, ids=[case.id for case in PAGES])


def visit(page, case):
    """Open the case's page as a resident would and check it answered as expected."""
    response = page.goto(case.path)
    assert response.status == case.status, f"{case.path} answered {response.status}, expected {case.status}"
    expect(page.locator("html")).to_have_attribute("lang", case.language)
    if case.prepare is not None:
        case.prepare(page)
    return response
