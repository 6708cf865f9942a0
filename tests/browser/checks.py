"""Accessibility checks run in the browser: axe-core, plus what axe cannot judge on its own.

Each function takes a Playwright page and returns a list of problems in words (empty = fine),
so a failing test prints exactly what a resident would run into.
"""

from itertools import pairwise

from axe_playwright_python.sync_playwright import Axe

from .liveserver import ARTIFACTS

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENSHOTS = ARTIFACTS / "screenshots"
MAX_TAB_STOPS = 300

_axe = Axe()

# Shared JavaScript: is an element really shown, and a short readable name for it.
_JS_HELPERS = """
const shown = (el) => {
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
};
const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += '#' + el.id;
    else if (el.getAttribute('name')) name += `[name="${el.getAttribute('name')}"]`;
    else if (el.className && typeof el.className === 'string') name += '.' + el.className.trim().split(/\\s+/).join('.');
    const text = (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return text ? `${name} "${text}"` : name;
};
"""


def axe_violations(page):
    """Run axe-core for the WCAG 2.0/2.1/2.2 A and AA rules; one line per violation and element."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    violations = _axe.run(page, options=options).response["violations"]
    return [
        f"{violation['id']}: {violation['help']} -> {', '.join(node['target'])}"
        for violation in violations
        for node in violation["nodes"]
    ]


def unlabelled_controls(page):
    """Visible form fields without a visible label (a placeholder or aria-label is not enough)."""
    return page.evaluate(
        """() => {"""
        + _JS_HELPERS
        + """
        const buttonTypes = ['submit', 'button', 'reset', 'image', 'hidden'];
        const hasVisibleText = (el) => shown(el) && el.innerText.trim() !== '';
        return [...document.querySelectorAll('input, select, textarea')]
            .filter((el) => !buttonTypes.includes(el.type) && shown(el))
            .filter((el) => {
                const labels = [...(el.labels || [])];
                const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
                labels.push(...ids.map((id) => document.getElementById(id)).filter(Boolean));
                return !labels.some(hasVisibleText);
            })
            .map(describe);
    }"""
    )


def heading_problems(page):
    """The heading outline a screen reader user navigates by: one h1 first, no skipped levels."""
    headings = page.evaluate(
        """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
            .filter((el) => el.checkVisibility() && !el.closest('[aria-hidden="true"]'))
            .map((el) => ({
                level: Number(el.getAttribute('aria-level') || el.tagName.slice(1)),
                text: el.innerText.trim().replace(/\\s+/g, ' ').slice(0, 60),
            }))"""
    )
    outline = " / ".join(f"h{h['level']} {h['text']}" for h in headings)
    problems = []
    if not headings or headings[0]["level"] != 1:
        problems.append(f"the first heading is not an h1 ({outline})")
    if sum(h["level"] == 1 for h in headings) != 1:
        problems.append(f"there is not exactly one h1 ({outline})")
    for previous, heading in pairwise(headings):
        if heading["level"] > previous["level"] + 1:
            problems.append(
                f"h{previous['level']} '{previous['text']}' is followed by h{heading['level']} '{heading['text']}'"
            )
    return problems


_FOCUSED = (
    """() => {"""
    + _JS_HELPERS
    + """
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const path = [];
    for (let node = el; node.parentElement; node = node.parentElement) {
        path.unshift([...node.parentElement.children].indexOf(node));
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
        key: path.join('.'),
        name: describe(el),
        indicator: outline || style.boxShadow !== 'none',
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
            && rect.top < innerHeight && rect.left < innerWidth,
    };
}"""
)


def focus_top(page):
    """Let the next Tab start at the top, also on a page that moved focus itself (an error summary)."""
    page.evaluate(
        """() => {
            if (document.activeElement === document.body) return;
            window.scrollTo(0, 0);
            document.documentElement.tabIndex = -1;
            document.documentElement.focus({preventScroll: true});
        }"""
    )


def tab_through(page):
    """Press Tab from the top of the page until focus wraps around; return every stop in order."""
    focus_top(page)
    stops = []
    seen = set()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUSED)
        if stop is None or stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


def focus_problems_in(stops):
    """Keyboard focus must show and stay on screen on every element Tab reaches."""
    problems = []
    for stop in stops:
        if not stop["indicator"]:
            problems.append(f"no visible focus indicator on {stop['name']}")
        if not stop["onScreen"]:
            problems.append(f"focused element is off screen: {stop['name']}")
    return problems


def skip_link_problems(page):
    """The first Tab stop is a visible link to the main content, and Enter moves focus there."""
    focus_top(page)
    page.keyboard.press("Tab")
    first = page.evaluate(
        """() => {
            const el = document.activeElement;
            const rect = el.getBoundingClientRect();
            return {
                href: el.getAttribute('href'),
                text: el.innerText.trim(),
                onScreen: rect.width > 1 && rect.height > 1 && rect.top >= 0 && rect.left >= 0,
            };
        }"""
    )
    if first["href"] != "#main" or not first["text"]:
        return [f"the first Tab stop is not the skip link but {first}"]
    problems = [] if first["onScreen"] else ["the skip link stays out of view when it has focus"]
    page.keyboard.press("Enter")
    if page.evaluate("() => document.activeElement.id") != "main":
        problems.append("Enter on the skip link does not move focus to <main>")
    return problems


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0 = no sideways scrolling)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def cut_off_content(page, selector="main"):
    """Content inside `selector` that is clipped by its box or sticks out of the window sideways."""
    return page.evaluate(
        """(selector) => {"""
        + _JS_HELPERS
        + """
        const width = document.documentElement.clientWidth;
        const sticksOut = (el) => {
            const rect = el.getBoundingClientRect();
            return shown(el) && (rect.right > width + 1 || rect.left < -1);
        };
        const clips = (value) => value === 'hidden' || value === 'clip';
        const problems = [];
        const root = document.querySelector(selector);
        for (const el of [root, ...root.querySelectorAll('*')]) {
            if (!shown(el)) continue;
            const style = getComputedStyle(el);
            if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
                || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
                problems.push(`clipped: ${describe(el)}`);
            }
            if (sticksOut(el) && ![...el.children].some(sticksOut)) {
                problems.push(`outside the window: ${describe(el)}`);
            }
        }
        return problems;
    }""",
        selector,
    )


def reflow_problems(page, selector="body"):
    """Sideways scrolling and content cut off or out of view: what WCAG 1.4.4 and 1.4.10 rule out."""
    problems = cut_off_content(page, selector)
    overflow = horizontal_overflow(page)
    if overflow > 0:
        problems.insert(0, f"the page scrolls sideways by {overflow}px")
    return problems


def resize_text(page, percent):
    """What a resident does with the browser's text size setting (WCAG 1.4.4)."""
    page.evaluate("(size) => { document.documentElement.style.fontSize = size; }", f"{percent}%")


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


class BrowserErrors:
    """Collects what goes wrong while a page loads: failed requests, script errors, CSP refusals."""

    def __init__(self, page, expected_status_url=None):
        self.expected_status_url = expected_status_url
        self.problems = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("requestfailed", lambda request: self.problems.append(f"request failed: {request.url}"))
        page.on("response", self._response)

    def _is_expected(self, url):
        return self.expected_status_url is not None and url == self.expected_status_url

    def _console(self, message):
        if message.type == "error" and not self._is_expected(message.location.get("url")):
            self.problems.append(f"console error: {message.text}")

    def _response(self, response):
        if response.status >= 400 and not self._is_expected(response.url):
            self.problems.append(f"{response.status} for {response.url}")
