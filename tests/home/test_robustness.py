import pytest
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

BAD_QUERIES = ["page=abc", "page=-1", "page=99999999999999999999", "page=", "q=%00", "category=%27%22<x>", "lang=xx"]


def test_bad_query_parameters_never_give_a_server_error(client):
    urls = [page.url for page in Page.objects.filter(depth__gt=1).live().specific()]

    for url in urls:
        for query in BAD_QUERIES:
            response = client.get(f"{url}?{query}")
            assert response.status_code < 500, f"{url}?{query}"


def test_pages_send_a_strict_content_security_policy(client, home):
    response = client.get("/")

    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "google" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_scripts_or_styles(client):

    for page in Page.objects.filter(depth__gt=1).live():
        html = client.get(page.url).content.decode()
        # JSON-LD is data, not code: the CSP lets it through by type.
        allowed = html.replace('<script src="', "").replace('<script type="application/ld+json">', "")
        assert "<script>" not in html and "<script " not in allowed, page.url
        assert 'style="' not in html and "<style" not in html, page.url


def test_base_template_has_landmarks_and_skip_link(client, home):
    html = client.get("/").content.decode()

    assert '<a class="skip-link" href="#main">' in html
    for landmark in ["<header", "<nav", '<main id="main"', "<footer"]:
        assert landmark in html
