"""Fixtures for the browser tests: one live site and one Chromium for the whole package.

The browser tests run after the rest of the suite (`make test` runs them as a group of their own), and
the live site is launched as soon as collection ends, when a selected test needs it. Chromium is package-scoped:
Playwright's sync API keeps an event loop in the main thread, which Django would take for an
async context in the database tests.
"""

import os

import pytest

from tests import chromium

from .liveserver import LiveServer
from .pages import DESKTOP, PHONE

TIMEOUT_MS = 10_000


def _missing_browser(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"Browser tests need Chromium: {reason}. Install it with `apt-get install chromium-headless-shell`.")


_server = None


def pytest_collection_finish(session):
    """Start preparing the live site as soon as the selected tests are known, if any of them needs it.

    In a parallel run each pytest-xdist worker has a live site of its own: tests of one file run on one worker and
    may change its site's content.
    """
    global _server
    if session.config.option.collectonly or not chromium.PATH.exists():
        return
    if any("live_site" in item.fixturenames for item in session.items):
        _server = LiveServer().launch()


def pytest_sessionfinish(session):
    if _server is not None:
        _server.stop()


@pytest.fixture(scope="package")
def live_site():
    """The site with the demo content, served from its own database (see liveserver.py)."""
    global _server
    if _server is None:
        _server = LiveServer().launch()
    yield _server.wait()
    _server.stop()
    _server = None


@pytest.fixture(scope="package")
def browser():
    if not chromium.PATH.exists():
        _missing_browser(f"{chromium.PATH} does not exist")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        launched = playwright.chromium.launch(executable_path=chromium.PATH, args=chromium.ARGS)
    except Exception as exc:
        playwright.stop()
        _missing_browser(f"{chromium.PATH} did not start ({exc})")
    yield launched
    launched.close()
    playwright.stop()


def _new_context(browser, live_site, viewport, **options):
    context = browser.new_context(
        base_url=live_site.url if live_site else None,
        viewport=viewport,
        locale="nl-NL",
        reduced_motion="reduce",
        **options,
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture(scope="package")
def desktop_context(browser, live_site):
    context = _new_context(browser, live_site, DESKTOP)
    yield context
    context.close()


@pytest.fixture(scope="package")
def phone_context(browser, live_site):
    context = _new_context(browser, live_site, PHONE, is_mobile=True, has_touch=True)
    yield context
    context.close()


def _fresh_tab(context):
    """A new tab that starts like a first visit: no cookies, so nobody is logged in."""
    context.clear_cookies()
    tab = context.new_page()
    yield tab
    tab.close()


@pytest.fixture
def page(desktop_context):
    """A desktop browser tab (1280x900) on the live site."""
    yield from _fresh_tab(desktop_context)


@pytest.fixture
def phone_page(phone_context):
    """A tab as on a small phone (360x740, touch) on the live site."""
    yield from _fresh_tab(phone_context)


@pytest.fixture
def phone_page_without_javascript(browser, live_site):
    """A phone tab with JavaScript switched off, as some residents browse."""
    context = _new_context(browser, live_site, PHONE, is_mobile=True, has_touch=True, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def blank_page(browser):
    """A desktop tab without the live site, for pages written inside a test."""
    context = _new_context(browser, None, DESKTOP)
    yield context.new_page()
    context.close()
