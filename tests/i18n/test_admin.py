import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from home.models import FooterText

pytestmark = pytest.mark.django_db


def test_admin_speaks_dutch_even_to_an_english_browser(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert "Pagina's" in html


def test_admin_login_page_is_dutch_for_an_english_browser(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="nl"' in html


def test_admin_user_can_choose_english(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()

    html = admin_client.get("/admin/").content.decode()

    assert '<html lang="en"' in html
    assert "Pages" in html


def test_admin_offers_only_the_site_languages(admin_client):
    html = admin_client.get(reverse("wagtailadmin_account")).content.decode()

    assert 'value="nl"' in html and 'value="en"' in html
    assert 'value="de"' not in html and 'value="fr"' not in html


def test_footer_texts_are_under_settings_and_editable_per_language(admin_client):
    footer = FooterText.objects.create(locale=Locale.get_default(), postal_address="Postbus 1")
    viewset = FooterText.snippet_viewset

    dashboard = admin_client.get("/admin/").content.decode()
    listing = admin_client.get(reverse(viewset.get_url_name("list")))
    edit = admin_client.get(reverse(viewset.get_url_name("edit"), args=[footer.pk]))

    assert '"label": "Voettekst"' in dashboard  # in the Settings menu
    assert listing.status_code == edit.status_code == 200
    assert "Postbus 1" in edit.content.decode()
    translate_url = reverse("wagtail_localize:submit_snippet_translation", args=["home", "footertext", footer.pk])
    assert translate_url in listing.content.decode()
