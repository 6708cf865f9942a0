"""The form builder in the secretary's editor: questions numbered "Vraag 1", "Vraag 2", …, each showing only the
options of its answer type (also a question added later), and the places of the choices added up.
Screenshot: test-artifacts/screenshots/admin-form-builder.png."""

import re

import pytest
from playwright.sync_api import expect

from . import checks
from .checks import BrowserErrors
from .journeys import log_in_to_the_admin

pytestmark = pytest.mark.browser


def option(question, name):
    """The wrapper the script shows or hides for the field `name` of this question."""
    return question.locator(f"[data-formbuilder-for]:has([name$='-{name}'])")


def test_options_follow_the_answer_type_and_the_places_add_up(page):
    errors = BrowserErrors(page)
    log_in_to_the_admin(page)
    page.goto("/admin/forms/")
    signups = page.get_by_role("link", name=re.compile("open vergadering")).first.get_attribute("href")
    page_id = re.search(r"/admin/forms/submissions/(\d+)/", signups).group(1)
    page.goto(f"/admin/pages/{page_id}/edit/")

    name = page.locator("#inline_child_form_fields-0")
    expect(name.locator("[data-panel-heading-text]")).to_have_text(re.compile(r"^\s*Vraag 1\s*$"))
    expect(name.locator("input[name$='-label']")).to_have_value("Naam")
    for field in ["choices", "choice_capacity", "min_choices", "min_value", "min_date"]:
        expect(option(name, field)).to_be_hidden()

    topic = page.locator("#inline_child_form_fields-3")  # radio buttons with 15 places per topic
    expect(topic.locator("[data-panel-heading-text]")).to_have_text(re.compile(r"^\s*Vraag 4\s*$"))
    expect(option(topic, "choices")).to_be_visible()
    expect(option(topic, "choice_capacity")).to_be_visible()
    expect(option(topic, "min_choices")).to_be_hidden()
    expect(topic.locator("[data-formbuilder-total-output]")).to_have_text("Samen 45 plaatsen.")

    # Another answer type: its options appear, the others go.
    name.locator("select[name$='-field_type']").select_option("number")
    expect(option(name, "min_value")).to_be_visible()
    expect(option(name, "choices")).to_be_hidden()

    count = page.locator("#inline_child_form_fields-FORMS > [data-inline-panel-child]").count()
    page.get_by_role("button", name="Voeg een vraag toe").click()
    added = page.locator(f"#inline_child_form_fields-{count}")
    expect(added.locator("[data-panel-heading-text]")).to_have_text(re.compile(rf"^\s*Vraag {count + 1}\s*$"))
    expect(option(added, "choices")).to_be_hidden()  # a new question starts as one line of text

    added.locator("select[name$='-field_type']").select_option("checkboxes")
    expect(option(added, "choices")).to_be_visible()
    expect(option(added, "min_choices")).to_be_visible()
    added.locator("textarea[name$='-choices']").fill("Tafel A: zorg | 8\nTafel B: wonen | 2\nTafel C")
    expect(added.locator("[data-formbuilder-total-output]")).to_have_text(
        "Samen 10 plaatsen, en geen grens bij keuzes zonder aantal."
    )
    added.locator("input[name$='-choice_capacity']").fill("4")
    expect(added.locator("[data-formbuilder-total-output]")).to_have_text("Samen 14 plaatsen.")
    added.scroll_into_view_if_needed()
    checks.screenshot(page, "admin-form-builder")

    assert [problem for problem in errors.problems if "formpages" in problem or "Content Security" in problem] == []
