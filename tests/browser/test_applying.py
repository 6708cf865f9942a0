"""A resident applies for a seat with the keyboard only, first without and then with mistakes."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.vacancies.applications_support import PDF_BYTES

from .journeys import REFERENCE, log_in_to_the_admin
from .keyboard import choose_file, pick_file, press_button, tab_to, tick, type_into

pytestmark = pytest.mark.browser

VACANCY = "/vacatures/lid-van-de-wij-raad/"
# A small but real PDF (one blank page): the site reads what a file is, not only its name.
PDF = PDF_BYTES
MOTIVATION = "Ik woon in Selwerd en help mijn moeder, die hulp krijgt van WIJ. Ik wil graag meepraten."


@pytest.fixture
def page(page):
    # Playwright turns the browser's file chooser events on and off, without waiting, as listeners come and go;
    # with one listener for the whole test they stay on, so every Space on the file field reaches the test.
    page.on("filechooser", lambda _chooser: None)
    return page


@pytest.fixture
def cv(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(PDF)
    return path


def field(page, label):
    return page.locator("main form.form").get_by_label(label)


def send_button(page):
    return page.locator("main form.form").get_by_role("button", name="Verstuur je aanmelding")


def see_thank_you(page):
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor je aanmelding")
    expect(page.get_by_role("status")).to_contain_text("Lid van de WIJ-raad")
    reference = page.locator(".confirmation__reference")
    expect(reference).to_have_text(REFERENCE)
    return reference.inner_text()


def test_the_apply_link_in_the_key_facts_takes_the_keyboard_to_the_form(page):
    page.goto(VACANCY)
    apply = page.locator(".vacancy-facts").get_by_role("link", name="Meld je aan")

    tab_to(page, apply)
    page.keyboard.press("Enter")

    heading = page.locator("#apply-title")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(field(page, "Naam")).to_be_focused()


def test_resident_applies_with_the_keyboard_only_and_uploads_a_pdf(page, cv):
    page.goto(VACANCY)

    type_into(page, field(page, "Naam"), "Sanne de Vries")
    type_into(page, field(page, "E-mailadres"), "sanne@voorbeeld.nl")
    type_into(page, field(page, "Telefoonnummer"), "050 123 45 67")
    type_into(page, field(page, "Wijk of postcode"), "Selwerd")
    tick(page, page.get_by_role("radio").first)
    type_into(page, field(page, "Waarom wil je in de WIJ-raad?"), MOTIVATION)
    choose_file(page, field(page, "Cv of brief"), cv)
    tick(page, field(page, "Ik geef de WIJ-raad toestemming"))
    press_button(page, send_button(page))
    reference = see_thank_you(page)

    page.context.clear_cookies()
    log_in_to_the_admin(page)
    page.locator("#wagtail-sidebar").get_by_role("link", name="Sollicitaties", exact=True).click()
    page.get_by_role("link", name="Sanne de Vries").click()
    expect(page.locator("main")).to_contain_text(reference)
    expect(page.locator("main")).to_contain_text(MOTIVATION)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.pdf downloaden$")).click()
    assert Path(download.value.path()).read_bytes() == PDF


def test_resident_corrects_mistakes_through_the_error_summary(page, cv):
    page.goto(VACANCY)
    type_into(page, field(page, "E-mailadres"), "pieter@voorbeeld")
    type_into(page, field(page, "Telefoonnummer"), "050 123 45 67")
    tick(page, page.get_by_role("radio").first)
    type_into(page, field(page, "Waarom wil je in de WIJ-raad?"), MOTIVATION)
    choose_file(page, field(page, "Cv of brief"), cv)
    press_button(page, send_button(page))

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Fout: "))
    expect(summary.get_by_role("link")).to_have_text(
        [
            "Vul je naam in.",
            "Vul een e-mailadres in zoals naam@voorbeeld.nl.",
            re.compile("^Kies je bestand opnieuw."),
            re.compile("^Zet een vinkje om toestemming te geven."),
        ]
    )
    # What was typed is kept.
    expect(field(page, "Telefoonnummer")).to_have_value("050 123 45 67")
    expect(field(page, "Waarom wil je in de WIJ-raad?")).to_have_value(MOTIVATION)

    follow_error_link(page, "Vul je naam in.")
    page.keyboard.type("Pieter Smit")
    follow_error_link(page, "Vul een e-mailadres in zoals naam@voorbeeld.nl.", backwards=True)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("pieter@voorbeeld.nl")
    follow_error_link(page, re.compile("^Kies je bestand opnieuw."), backwards=True)
    pick_file(page, cv)
    follow_error_link(page, re.compile("^Zet een vinkje"), backwards=True)
    page.keyboard.press("Space")
    press_button(page, send_button(page))

    see_thank_you(page)


def follow_error_link(page, error, backwards=False):
    """Tab to the error in the summary and press Enter: the field it is about gets the focus."""
    link = page.locator(".error-summary").get_by_role("link", name=error)
    tab_to(page, link, backwards=backwards)
    target = link.get_attribute("href")
    page.keyboard.press("Enter")
    expect(page.locator(target)).to_be_focused()
