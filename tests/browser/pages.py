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


PAGES = [
    PageCase("home", "/"),
    PageCase("content-page", "/jouw-mening-telt/"),
    PageCase("not-found", "/deze-pagina-bestaat-niet/", status=404),
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
