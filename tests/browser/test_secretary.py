"""The secretary at work in the admin: editing a page, and finding a message a resident just sent."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .journeys import REFERENCE, log_in_to_the_admin

pytestmark = pytest.mark.browser


def test_secretary_edits_the_intro_in_the_admin_and_sees_it_on_the_site(page):
    new_intro = "De WIJ-raad vergadert elke maand. Iedereen mag luisteren."
    log_in_to_the_admin(page)

    page.goto("/admin/pages/")
    page.get_by_role("link", name=re.compile("Bekijk de onderliggende pagina's van 'Welkom bij de WIJ-raad'")).click()
    page.get_by_role("link", name="Jouw mening telt", exact=True).click()
    intro = page.get_by_role("textbox", name="Inleiding")
    intro.fill(new_intro)
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_text("'Jouw mening telt' is gepubliceerd")).to_be_visible()

    page.goto("/jouw-mening-telt/")
    expect(page.locator("main .lead")).to_have_text(new_intro)


def send_contact_message(page, name, message):
    """A resident fills in the contact form; returns the reference on the thank-you page."""
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Contact", exact=True).click()
    form = page.locator("main form.form")
    form.get_by_label("Naam").fill(name)
    form.get_by_label("E-mailadres").fill("jan.bakker@voorbeeld.nl")
    form.get_by_label("Idee of signaal").check()
    form.get_by_label("Je bericht").fill(message)
    form.get_by_role("button", name="Verstuur je bericht").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor je bericht")
    reference = page.locator(".confirmation__reference")
    expect(reference).to_have_text(REFERENCE)
    return reference.inner_text()


def test_resident_sends_a_message_and_the_secretary_finds_it_in_the_admin(page):
    message = "In de Oosterparkwijk weten veel mensen niet dat er een WIJ-raad is. Kunnen jullie flyers brengen?"
    reference = send_contact_message(page, "Jan Bakker", message)

    page.context.clear_cookies()
    log_in_to_the_admin(page)
    sidebar = page.locator("#wagtail-sidebar")
    sidebar.get_by_role("button", name="Inzendingen").click()
    sidebar.get_by_role("link", name="Inzendingen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inzendingen")

    page.get_by_label("Zoekterm").fill("Jan Bakker")
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Contact")
    expect(row).to_contain_text("Idee of signaal")
    row.get_by_role("link", name=reference).click()

    expect(page.locator("main")).to_contain_text(message)
    expect(page.locator("main")).to_contain_text("jan.bakker@voorbeeld.nl")


def test_the_dashboard_shows_a_new_message_and_leads_to_it(page):
    reference = send_contact_message(page, "Els de Boer", "Kan de WIJ-raad iets doen aan de drukke kruising?")

    page.context.clear_cookies()
    log_in_to_the_admin(page)

    new_work = page.locator("#new-work-section")
    messages = new_work.get_by_role("row").filter(has=page.get_by_role("link", name="Berichten"))
    expect(messages.get_by_role("cell").first).not_to_have_text("0")
    expect(
        page.locator("#wagtail-sidebar").get_by_role("button", name=re.compile(r"^Inzendingen \(\d+\)$"))
    ).to_be_visible()
    checks.screenshot(page, "admin-dashboard-new-work")

    messages.get_by_role("link", name="Berichten").click()

    expect(page.get_by_role("row").filter(has_text=reference)).to_be_visible()
