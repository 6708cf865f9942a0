"""Headers on every response: the admin's own enforced Content-Security-Policy, and Cross-Origin-Resource-Policy."""

import pytest
from django.test import Client

from tests.roles import user_with_role
from wijraad.middleware import build_policy

pytestmark = pytest.mark.django_db


def admin_policy(settings):
    return build_policy(base=settings.CSP_ADMIN)


def test_admin_login_page_loads_under_the_admin_policy(client, settings):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert response["Content-Security-Policy"] == admin_policy(settings)
    assert "Content-Security-Policy-Report-Only" not in response
    assert "object-src 'none'" in response["Content-Security-Policy"]


def test_admin_pages_the_secretary_uses_load_under_the_admin_policy(client, home, settings):
    client.force_login(user_with_role("secretary"))

    for url in ["/admin/", "/admin/pages/", f"/admin/pages/{home.pk}/edit/", "/admin/submissions/", "/admin/forms/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Security-Policy"] == admin_policy(settings), url


def test_public_pages_keep_their_stricter_policy(client, home, settings):
    policy = client.get("/")["Content-Security-Policy"]

    assert policy == build_policy()
    assert "'unsafe-inline'" not in policy


def test_every_response_says_same_origin_resources_only(client, home):
    for url in ["/", "/admin/login/", "/robots.txt", "/sitemap.xml", "/bestaat-niet/", "/zoeken/?q=raad"]:
        assert client.get(url)["Cross-Origin-Resource-Policy"] == "same-origin", url


def test_static_files_from_whitenoise_say_same_origin_too(settings):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True

    response = Client().get("/static/css/site.css")  # a new client builds the middleware with these settings

    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
