"""Layout on a phone as a resident sees it: boxes as roomy below their text as above it, and lines that break
where a reader expects: never inside the council's name or an e-mail address, and no breadcrumb line that starts
with the separator."""

import pytest

pytestmark = pytest.mark.browser

NARROWEST = {"width": 320, "height": 740}

_BOX_SPACE = """(selector) => [...document.querySelectorAll(selector)].map((box) => {
    const kids = [...box.children].filter((el) => el.getBoundingClientRect().height > 0);
    const outer = box.getBoundingClientRect();
    const top = Math.min(...kids.map((el) => el.getBoundingClientRect().top)) - outer.top;
    const bottom = outer.bottom - Math.max(...kids.map((el) => el.getBoundingClientRect().bottom));
    return {text: box.innerText.trim().slice(0, 30), above: Math.round(top), below: Math.round(bottom)};
})"""

# The text around each line break of an element: the last character shown on a line, any collapsed space, and the
# first character of the next line.
_LINE_BREAKS = """(el) => {
    const text = [];
    const shown = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width > 0) shown.push({index: text.length, top: Math.round(rect.top)});
            text.push(node.data[i]);
        }
    }
    const breaks = [];
    for (let i = 1; i < shown.length; i++) {
        if (shown[i].top > shown[i - 1].top + 2) breaks.push(text.slice(shown[i - 1].index, shown[i].index + 1).join(''));
    }
    return breaks;
}"""


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/", ".member"),
        ("/vacatures/", ".vacancy-list__item"),
        ("/nieuws/", ".news-card"),
        ("/contact/", ".contact-details"),
    ],
)
def test_boxes_have_as_much_space_below_their_text_as_above(phone_page, path, selector):
    phone_page.goto(path)

    boxes = phone_page.evaluate(_BOX_SPACE, selector)

    assert boxes, f"no {selector} on {path}"
    assert [box for box in boxes if abs(box["above"] - box["below"]) > 1] == []


def test_the_mail_button_breaks_the_address_only_after_the_at_or_before_a_dot(phone_page):
    phone_page.set_viewport_size(NARROWEST)
    phone_page.goto("/vacatures/lid-van-de-wij-raad/")
    button = phone_page.locator(".vacancy-apply a.button[href^='mailto:']")

    breaks = button.evaluate(_LINE_BREAKS)

    assert breaks, "the address fits on one line: nothing to check at this width"
    assert all(" " in pair or pair[0] == "@" or pair[-1] == "." for pair in breaks), breaks


def test_a_heading_never_breaks_the_council_name_at_its_hyphen(phone_page):
    phone_page.set_viewport_size(NARROWEST)
    phone_page.goto("/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/")
    heading = phone_page.get_by_role("heading", level=1)

    breaks = heading.evaluate(_LINE_BREAKS)

    assert breaks, "the heading fits on one line: nothing to check at this width"
    assert not [pair for pair in breaks if pair.startswith("-")], breaks


def test_a_wrapped_breadcrumb_line_starts_with_a_link_not_with_the_separator(phone_page):
    phone_page.set_viewport_size(NARROWEST)
    phone_page.goto("/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/")

    lines = phone_page.locator(".breadcrumbs ol").evaluate(
        """(list) => {
            const left = list.getBoundingClientRect().left;
            const items = [...list.children];
            return items.slice(1)
                .filter((item, i) => item.getBoundingClientRect().top > items[i].getBoundingClientRect().top + 2)
                .map((item) => Math.round(item.firstElementChild.getBoundingClientRect().left - left));
        }"""
    )

    assert lines, "the breadcrumbs fit on one line: nothing to check at this width"
    assert lines == [0] * len(lines)
