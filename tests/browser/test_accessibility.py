"""WCAG 2.2 AA on every page type, in every language it exists in (the list is in pages.py).

Each page is loaded once per screen size and every check runs on it, so the suite stays fast;
a failure lists each check that found something.
"""

import pytest

from . import checks
from .pages import each_page, visit

pytestmark = pytest.mark.browser


def _report(case, screen, found):
    lines = [f"  {check}: {problem}" for check, problems in found.items() for problem in problems]
    return "\n".join([f"{case.path} ({screen}):", *lines])


@each_page
def test_page_meets_wcag_on_a_desktop_screen(page, case, live_site):
    expected_error = live_site.url + case.path if case.status != 200 else None
    errors = checks.BrowserErrors(page, expected_status_url=expected_error)
    visit(page, case)
    checks.screenshot(page, f"{case.id}-desktop")

    found = {
        "axe": checks.axe_violations(page),
        "headings": checks.heading_problems(page),
        "form fields without a visible label": checks.unlabelled_controls(page),
        "focus": checks.focus_problems_in(checks.tab_through(page)),
        "skip link": checks.skip_link_problems(page),
        "browser": errors.problems,
    }
    checks.resize_text(page, 200)
    found["text at 200%"] = checks.reflow_problems(page, "main")

    assert not any(found.values()), _report(case, "1280px", found)


@each_page
def test_page_meets_wcag_on_a_phone(phone_page, case):
    visit(phone_page, case)
    checks.screenshot(phone_page, f"{case.id}-phone")

    found = {
        "axe": checks.axe_violations(phone_page),
        "360px wide": checks.reflow_problems(phone_page),
    }
    # WCAG 1.4.10: 320 CSS pixels is a 1280px screen zoomed to 400%.
    phone_page.set_viewport_size({"width": 320, "height": phone_page.viewport_size["height"]})
    found["320px wide"] = checks.reflow_problems(phone_page)

    assert not any(found.values()), _report(case, "phone", found)
