"""The secretary's workbench, as a Secretariaat member (not a superuser): new work on the dashboard, one inbox
whose status follows what happens elsewhere (issue: the secretary's workbench)."""

import re

import pytest
from playwright.sync_api import expect

from tests.vacancies.applications_support import PDF_BYTES

from . import checks
from .journeys import REFERENCE, log_in_to_the_admin
from .test_secretary import send_contact_message

pytestmark = pytest.mark.browser

KINDS = ["Berichten", "Aanmeldingen vacatures", "Aanmeldingen bijeenkomsten"]
MEETING_FORM = "/aanmelden-open-vergadering/"


def new_counts(page):
    """The dashboard's number of new submissions per kind."""
    page.goto("/admin/")
    panel = page.locator("#new-work-section")
    counts = {}
    for kind in KINDS:
        row = panel.get_by_role("row").filter(has=page.get_by_role("link", name=kind, exact=True))
        counts[kind] = int(row.get_by_role("cell").first.inner_text())
    return counts


def apply_for_the_seat(page, tmp_path):
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(PDF_BYTES)
    page.goto("/vacatures/lid-van-de-wij-raad/")
    form = page.locator("main form.form")
    form.get_by_label("Naam").fill("Fatima El Amrani")
    form.get_by_label("E-mailadres").fill("fatima@voorbeeld.nl")
    form.get_by_label("Telefoonnummer").fill("050 765 43 21")
    form.get_by_role("radio").first.check()
    form.get_by_label("Waarom wil je in de WIJ-raad?").fill("Ik wil dat bewoners van Beijum gehoord worden.")
    form.get_by_label("Cv of brief").set_input_files(str(cv))
    form.get_by_label("Ik geef de WIJ-raad toestemming").check()
    form.get_by_role("button", name="Verstuur je aanmelding").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor je aanmelding")
    return page.locator(".confirmation__reference").inner_text()


def sign_up_for_the_meeting(page):
    page.goto(MEETING_FORM)
    form = page.locator("main form.form")
    form.get_by_label("Naam").fill("Henk Jansen")
    form.get_by_label("E-mailadres").fill("henk@voorbeeld.nl")
    form.get_by_label("Geld en werk").check()
    form.get_by_role("button", name="Versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt")
    reference = page.locator(".confirmation__reference")
    expect(reference).to_have_text(REFERENCE)
    return reference.inner_text()


def inbox_row(page, reference):
    page.goto("/admin/submissions/")
    page.get_by_label("Zoekterm").fill(reference)
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_have_count(1)
    return row


def test_the_secretary_handles_a_message_an_application_and_a_signup(page, tmp_path):
    log_in_to_the_admin(page)
    before = new_counts(page)

    page.context.clear_cookies()
    message = send_contact_message(page, "Kees Visser", "Wanneer vergadert de WIJ-raad weer in Lewenborg?")
    application = apply_for_the_seat(page, tmp_path)
    signup = sign_up_for_the_meeting(page)

    log_in_to_the_admin(page)
    assert new_counts(page) == {kind: count + 1 for kind, count in before.items()}
    checks.screenshot(page, "admin-dashboard")

    # The message, opened from the dashboard and answered with a note.
    page.locator("#new-work-section").get_by_role("link", name="Berichten", exact=True).click()
    page.get_by_role("row").filter(has_text=message).get_by_role("link", name=message).click()
    expect(page.get_by_role("link", name="Beantwoorden")).to_have_attribute("href", re.compile(rf"^mailto:.*{message}"))
    page.get_by_label("Afhandeling").select_option(label="Beantwoord")
    page.get_by_label("Notitie (alleen intern)").fill("Gebeld en de datum doorgegeven.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("main")).to_contain_text("Gebeld en de datum doorgegeven.")
    checks.screenshot(page, "admin-submission-answered")
    assert new_counts(page) == {**{kind: count + 1 for kind, count in before.items()}, "Berichten": before["Berichten"]}

    # The application, moved to the next step in its own view: the inbox shows the same step.
    page.locator("#wagtail-sidebar").get_by_role("link", name="Sollicitaties", exact=True).click()
    page.get_by_role("link", name="Fatima El Amrani").first.click()
    page.get_by_role("link", name="Stap wijzigen").first.click()
    page.get_by_label("Nieuwe stap").select_option(label="Kennismakingsgesprek")
    page.get_by_role("button", name="Stap opslaan").click()
    expect(inbox_row(page, application)).to_contain_text("Kennismakingsgesprek")
    checks.screenshot(page, "admin-inbox")

    # The resident cancels the sign-up with the link from the confirmation; the inbox shows it as cancelled.
    inbox_row(page, signup).get_by_role("link", name=signup).click()
    page.get_by_role("link", name=re.compile("^Bevestiging")).click()
    cancel_path = re.search(r"https?://[^/\s]+(/\S+/afmelden/\S+/)", page.locator("main").inner_text()).group(1)
    page.context.clear_cookies()
    page.goto(cancel_path)
    page.get_by_role("button", name="Ja, meld mij af").click()
    log_in_to_the_admin(page)
    expect(inbox_row(page, signup)).to_contain_text("Afgemeld")
