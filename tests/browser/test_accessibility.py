"""WCAG 2.2 AA on every page type, in every language it exists in (the list is in pages.py)."""

import pytest
from playwright.sync_api import expect

from . import checks
from .pages import PHONE, each_page, visit

pytestmark = pytest.mark.browser


def _problems(problems):
    return "\n".join(["", *problems])


@each_page
def test_page_has_no_axe_violations_on_desktop(page, case):
    visit(page, case)
    checks.screenshot(page, f"{case.id}-desktop")

    violations = checks.axe_violations(page)

    assert violations == [], f"axe found WCAG violations on {case.path}:{_problems(violations)}"


@each_page
def test_page_has_no_axe_violations_on_a_phone(phone_page, case):
    visit(phone_page, case)
    checks.screenshot(phone_page, f"{case.id}-phone")

    violations = checks.axe_violations(phone_page)

    assert violations == [], f"axe found WCAG violations on {case.path} (phone):{_problems(violations)}"


@each_page
def test_page_loads_without_errors_in_the_browser(page, case, live_site):
    errors = checks.BrowserErrors(page, expected_status_url=live_site.url + case.path if case.status != 200 else None)

    visit(page, case)
    page.wait_for_load_state("load")

    assert errors.problems == [], f"{case.path}:{_problems(errors.problems)}"


@each_page
def test_page_fits_a_phone_screen_without_sideways_scrolling(phone_page, case):
    visit(phone_page, case)

    problems = checks.reflow_problems(phone_page)

    assert problems == [], f"{case.path} at {phone_page.viewport_size['width']}px:{_problems(problems)}"


@each_page
def test_page_reflows_at_320_css_pixels(phone_page, case):
    """WCAG 1.4.10: content at 320 px wide (1280 px zoomed to 400%) needs no sideways scrolling."""
    phone_page.set_viewport_size({"width": 320, "height": PHONE["height"]})
    visit(phone_page, case)

    problems = checks.reflow_problems(phone_page)

    assert problems == [], f"{case.path} at {phone_page.viewport_size['width']}px:{_problems(problems)}"


@each_page
def test_text_at_200_percent_is_not_cut_off(page, case):
    visit(page, case)

    checks.resize_text(page, 200)

    problems = checks.reflow_problems(page, "main")
    assert problems == [], f"{case.path} with text at 200%:{_problems(problems)}"


@each_page
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, case):
    visit(page, case)

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("main")).to_be_focused()


@each_page
def test_focus_is_visible_on_every_tab_stop(page, case):
    visit(page, case)

    stops = checks.tab_through(page)
    problems = checks.focus_problems_in(stops)

    assert len(stops) >= 3, "Tab should reach the skip link, the menu and the footer links"
    assert problems == [], f"{case.path}:{_problems(problems)}"


@each_page
def test_headings_do_not_skip_levels(page, case):
    visit(page, case)

    problems = checks.heading_problems(page)

    assert problems == [], f"{case.path}:{_problems(problems)}"


@each_page
def test_every_form_field_has_a_visible_label(page, case):
    visit(page, case)

    unlabelled = checks.unlabelled_controls(page)

    assert unlabelled == [], f"{case.path}: fields without a visible label:{_problems(unlabelled)}"
