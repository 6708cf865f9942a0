"""The admin's own Content-Security-Policy (CSP_ADMIN) is enforced, and the pages the secretary works with run under it
without a single refusal: the edit page of a form (inline panel of questions, date pickers), the listings, settings."""

import re

import pytest
from playwright.sync_api import expect

from .checks import BrowserErrors
from .journeys import log_in_to_the_admin

pytestmark = pytest.mark.browser

# The browser reports every refusal as a `securitypolicyviolation` event; record them before any page script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`);
});
"""


def violations(page):
    return page.evaluate("window.__cspViolations")


def test_the_admin_edit_page_of_a_form_runs_under_the_admin_csp_without_violations(page):
    page.add_init_script(RECORD_VIOLATIONS)
    errors = BrowserErrors(page)
    log_in_to_the_admin(page)

    page.goto("/admin/forms/")
    signups = page.get_by_role("link", name=re.compile("expertmeeting")).first.get_attribute("href")
    page_id = re.search(r"/admin/forms/submissions/(\d+)/", signups).group(1)
    page.goto(f"/admin/pages/{page_id}/edit/")
    expect(page.locator("#page-edit-form")).to_be_visible()

    response = page.request.get(page.url)
    policy = response.headers["content-security-policy"]
    assert "content-security-policy-report-only" not in response.headers
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'self'" in policy

    # The inline panel of questions and the date picker work: both come from Wagtail's inline scripts.
    total = page.locator("#id_form_fields-TOTAL_FORMS")
    count = int(total.input_value())
    page.locator("#id_form_fields-ADD").click()
    expect(total).to_have_value(str(count + 1))
    page.locator("#id_opens_at").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    assert violations(page) == []

    for url in ["/admin/", "/admin/pages/", "/admin/submissions/", "/admin/outgoing_mail/", "/admin/images/"]:
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert violations(page) == [], url

    assert [problem for problem in errors.problems if "Content Security Policy" in problem] == []
