"""Fixtures for the browser tests: one live site and one Chromium for the whole package.

Both are package-scoped: Playwright's sync API keeps an event loop in the main thread, which Django
treats as an async context, so the browser is closed before the rest of the suite runs.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from .liveserver import LiveServer
from .pages import DESKTOP, PHONE

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


def _missing_browser(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(f"Browser tests need Chromium: {reason}. Install it with `apt-get install chromium`.")


@pytest.fixture(scope="package")
def live_site():
    """The site with the demo content, served from its own database (see liveserver.py)."""
    tmp_dir = tempfile.mkdtemp(prefix="wijraad-browser-")
    server = LiveServer(tmp_dir)
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(tmp_dir, ignore_errors=True)


@pytest.fixture(scope="package")
def browser():
    if not Path(CHROMIUM).exists():
        _missing_browser(f"{CHROMIUM} does not exist")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:
        playwright.stop()
        _missing_browser(f"{CHROMIUM} did not start ({exc})")
    yield chromium
    chromium.close()
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
def blank_page(browser):
    """A desktop tab without the live site, for pages written inside a test."""
    context = _new_context(browser, None, DESKTOP)
    yield context.new_page()
    context.close()
