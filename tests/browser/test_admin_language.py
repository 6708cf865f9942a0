"""The Dutch admin as the secretary sees it in a browser: the login page and the sidebar with the site's wordmark
and labels that fit (screenshots of both in test-artifacts/screenshots/)."""

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import log_in_to_the_admin

pytestmark = pytest.mark.browser


def test_login_page_and_dashboard_are_dutch_with_the_sites_wordmark(page):
    page.goto("/admin/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen bij de WIJ-raad")
    expect(page.get_by_role("img", name="WIJ-raad")).to_be_visible()
    expect(page).to_have_title("Inloggen - Beheer WIJ-raad")
    checks.screenshot(page, "admin-login")

    log_in_to_the_admin(page)

    expect(page).to_have_title("Overzicht - Beheer WIJ-raad")
    sidebar = page.locator("#wagtail-sidebar")
    expect(sidebar.get_by_role("img", name="WIJ-raad")).to_be_visible()
    expect(sidebar.get_by_role("button", name="Inzendingen")).to_be_visible()
    expect(sidebar.get_by_role("link", name="Sollicitaties")).to_be_visible()
    expect(sidebar.get_by_role("link", name="Fragmenten")).to_be_visible()
    checks.screenshot(page, "admin-dashboard")
    # Every label in the menu is shown whole, none cut off with an ellipsis.
    labels = sidebar.locator(".menuitem-label").evaluate_all(
        "labels => labels.filter(label => label.offsetParent !== null)"
        ".map(label => [label.textContent.trim(), label.scrollWidth <= label.clientWidth])"
    )
    assert len(labels) >= 8
    assert [text for text, whole in labels if not whole] == []
