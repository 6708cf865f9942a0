"""The inbox in a browser: bulk actions through Wagtail's selection footer, and the status form on the detail view."""

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import log_in_to_the_admin
from .test_secretary import send_contact_message

pytestmark = pytest.mark.browser


def test_secretary_handles_messages_in_bulk_and_from_the_detail_view(page):
    first = send_contact_message(page, "Jan Bakker", "Kan de WIJ-raad langskomen bij onze bewonersavond?")
    second = send_contact_message(page, "Jan Bakker", "Eerste alinea.\n\nTweede alinea van mijn bericht.")

    page.context.clear_cookies()
    log_in_to_the_admin(page)
    page.goto("/admin/submissions/")
    page.get_by_role("row").filter(has_text=first).get_by_role("checkbox").check()
    page.get_by_role("link", name="Markeer de gekozen inzendingen als afgehandeld").click()
    expect(page.locator("main")).to_contain_text(first)
    page.get_by_role("button", name="Ja, afhandelen").click()

    expect(page.get_by_role("row").filter(has_text=first)).to_contain_text("Afgehandeld")
    expect(page.get_by_role("row").filter(has_text=second)).to_contain_text("Nieuw")
    checks.screenshot(page, "admin-inbox")

    page.get_by_role("link", name=second).click()
    expect(page.locator(".submission-answers dt:text-is('Je bericht') + dd p")).to_have_text(
        ["Eerste alinea.", "Tweede alinea van mijn bericht."]
    )
    page.get_by_label("Afhandeling").select_option(label="Beantwoord")
    page.get_by_label("Notitie (alleen intern)").fill("Gebeld en uitgelegd.")
    page.get_by_role("button", name="Opslaan").click()

    expect(page.locator(".submission-status")).to_have_text("Beantwoord")
    expect(page.locator(".submission-history")).to_contain_text("Gebeld en uitgelegd.")
    checks.screenshot(page, "admin-submission-detail")
