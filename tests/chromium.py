"""The Chromium the browser tests and the production checks drive through Playwright."""

from pathlib import Path

# Debian's chromium-headless-shell is the same Chromium without the desktop browser around it: a new tab and a page
# load cost about a third of the CPU. The full browser (package chromium) serves where it is the only one installed.
CANDIDATES = (Path("/usr/bin/chromium-headless-shell"), Path("/usr/bin/chromium"))
PATH = next((path for path in CANDIDATES if path.exists()), CANDIDATES[-1])
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
