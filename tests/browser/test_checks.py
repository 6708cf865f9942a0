"""The home-made checks in checks.py catch what they claim to, shown on small hand-written pages."""

import pytest

from . import checks

pytestmark = pytest.mark.browser


def _show(page, body, head=""):
    page.set_content(f'<!DOCTYPE html><html lang="nl"><head><title>Test</title>{head}</head><body>{body}</body></html>')


def test_axe_reports_an_image_without_alt_text(blank_page):
    _show(blank_page, '<main><h1>Nieuws</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>')

    violations = checks.axe_violations(blank_page)

    assert any(line.startswith("image-alt: ") and line.endswith("-> img") for line in violations), violations


def test_label_check_accepts_a_visible_label_and_flags_placeholders_and_hidden_labels(blank_page):
    _show(
        blank_page,
        """<main>
            <label for="name">Naam</label><input id="name" name="name">
            <span id="mail-label">E-mail</span><input name="email" aria-labelledby="mail-label">
            <input name="phone" placeholder="Telefoon">
            <label for="city" hidden>Woonplaats</label><input id="city" name="city">
            <input type="hidden" name="token"><input type="submit" value="Versturen">
        </main>""",
    )

    assert checks.unlabelled_controls(blank_page) == ['input[name="phone"]', "input#city"]


def test_heading_check_flags_a_skipped_level_and_a_missing_h1(blank_page):
    _show(blank_page, "<h1>Vacatures</h1><h2>Open plekken</h2><h3>Noord</h3><h2>Procedure</h2>")
    assert checks.heading_problems(blank_page) == []

    _show(blank_page, "<h1>Vacatures</h1><h3>Noord</h3>")
    assert checks.heading_problems(blank_page) == ["h1 'Vacatures' is followed by h3 'Noord'"]

    _show(blank_page, "<h2>Vacatures</h2>")
    assert checks.heading_problems(blank_page) == [
        "the first heading is not an h1 (h2 Vacatures)",
        "there is not exactly one h1 (h2 Vacatures)",
    ]


def test_focus_check_flags_a_link_whose_focus_outline_was_removed(blank_page):
    _show(
        blank_page,
        '<a href="#a">Eerste</a> <a class="bare" href="#b">Tweede</a>',
        head="<style>.bare:focus { outline: none; }</style>",
    )

    stops = checks.tab_through(blank_page)

    assert [stop["name"] for stop in stops] == ['a "Eerste"', 'a.bare "Tweede"']
    assert checks.focus_problems_in(stops) == ['no visible focus indicator on a.bare "Tweede"']


def test_overflow_checks_flag_a_box_wider_than_the_window_and_clipped_text(blank_page):
    _show(blank_page, "<main><p>Past wel.</p></main>")
    assert checks.horizontal_overflow(blank_page) <= 0
    assert checks.cut_off_content(blank_page) == []

    _show(
        blank_page,
        '<main><p class="wide">Te breed.</p><div class="box">Deze tekst wordt te groot.</div></main>',
        head="<style>.wide { width: 2000px; } .box { height: 30px; overflow: hidden; }</style>",
    )
    checks.resize_text(blank_page, 200)

    assert checks.horizontal_overflow(blank_page) > 0
    assert checks.cut_off_content(blank_page) == [
        'outside the window: p.wide "Te breed."',
        'clipped: div.box "Deze tekst wordt te groot."',
    ]


def test_skip_link_check_wants_a_visible_first_link_that_moves_focus_to_main(blank_page):
    _show(
        blank_page,
        '<a class="skip" href="#main">Naar de inhoud</a><nav><a href="#a">Menu</a></nav><main id="main" tabindex="-1">x</main>',
        head="<style>.skip { position: absolute; top: -10rem; } .skip:focus { top: 0; }</style>",
    )
    assert checks.skip_link_problems(blank_page) == []

    _show(blank_page, '<nav><a href="#a">Menu</a></nav><main id="main">x</main>')
    assert checks.skip_link_problems(blank_page) == [
        "the first Tab stop is not the skip link but {'href': '#a', 'text': 'Menu', 'onScreen': True}"
    ]

    _show(
        blank_page,
        '<a class="skip" href="#main">Naar de inhoud</a><main id="main">x</main>',
        head="<style>.skip { position: absolute; top: -10rem; }</style>",
    )
    assert checks.skip_link_problems(blank_page) == [
        "the skip link stays out of view when it has focus",
        "Enter on the skip link does not move focus to <main>",
    ]
