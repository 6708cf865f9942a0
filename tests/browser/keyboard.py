"""Using a page with the keyboard only, as many residents do: Tab, Shift+Tab, Space and Enter."""

import pytest

MAX_TAB_PRESSES = 60


def is_focused(locator):
    return locator.evaluate("(el) => el === document.activeElement")


def tab_to(page, locator, backwards=False):
    """Press Tab (or Shift+Tab) until `locator` has the focus; fail if it never gets there."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press(key)
        if is_focused(locator):
            return
    pytest.fail(f"{key} never reached {locator}")


def type_into(page, locator, text):
    """Tab to a text field and type, replacing what is there."""
    tab_to(page, locator)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)


def tick(page, locator):
    """Tab to a checkbox or radio button and press Space."""
    tab_to(page, locator)
    page.keyboard.press("Space")


def pick_file(page, path):
    """Press Space on the file field that has the focus; the file is picked in the dialog that opens."""
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(path)


def choose_file(page, locator, path):
    tab_to(page, locator)
    pick_file(page, path)


def press_button(page, locator):
    tab_to(page, locator)
    page.keyboard.press("Enter")
