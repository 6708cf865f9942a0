"""Where submissions are mailed to is for the Secretariaat group (and superusers) only, and every change is logged.

Editors and moderators may publish every page, but the recipient field of a form page or the contact page is not in
their edit form, and an address they post anyway is ignored.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from contact.models import ContactPage
from formpages.models import FormPage
from home.models import SiteSettings
from submissions.recipients import LOG_ACTION
from tests.factories.contact import ContactPageFactory, FormFieldFactory, FormPageFactory
from tests.roles import user_with_role

pytestmark = pytest.mark.django_db

THIEF = "boef@example.org"


def form_page_data(page, address):
    field = page.form_fields.get()
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "body": rich_text(""),
            "form_fields": inline_formset(
                [
                    {
                        "id": field.pk,
                        "label": field.label,
                        "help_text": "",
                        "required": "on",
                        "field_type": field.field_type,
                        "choices": "",
                    }
                ],
                initial=1,
            ),
            "thank_you_text": "Dank je.",
            "confirmation_text": "Tot dan.",
            "to_address": address,
            "action-publish": "action-publish",
        }
    )


def contact_page_data(page, address):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": rich_text(""),
            "subjects": streamfield([("subject", "Vraag")]),
            "thank_you_text": "Dank je.",
            "recipient": address,
            "action-publish": "action-publish",
        }
    )


@pytest.fixture
def form_page(home, privacy_page):  # a form page is published only beside a privacy statement
    page = FormPageFactory(parent=home, slug="aanmelden", title="Aanmelden")
    FormFieldFactory(page=page, label="Naam", field_type="singleline")
    return page


@pytest.fixture
def contact_page(home):
    return ContactPageFactory(parent=home)


PAGES = {
    "form page": ("form_page", "to_address", form_page_data),
    "contact page": ("contact_page", "recipient", contact_page_data),
}


def page_and_data(request, kind):
    fixture, field_name, make_data = PAGES[kind]
    return request.getfixturevalue(fixture), field_name, make_data


@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_cannot_change_where_forms_go(client, request, role, kind):
    page, field_name, make_data = page_and_data(request, kind)
    client.force_login(user_with_role(role))
    url = f"/admin/pages/{page.pk}/edit/"

    form = BeautifulSoup(client.get(url).content.decode(), "html.parser").find("form", id="page-edit-form")
    assert form is not None
    assert form.find(attrs={"name": field_name}) is None

    response = client.post(url, make_data(page, THIEF))

    assert response.status_code == 302  # saved (moderators: published); the rest of the page is edited as before
    page = type(page).objects.get(pk=page.pk)
    assert getattr(page, field_name) == ""
    assert getattr(page.get_latest_revision_as_object(), field_name) == ""  # editors may not publish: a draft
    assert not PageLogEntry.objects.filter(action=LOG_ACTION).exists()


@pytest.mark.parametrize("kind", PAGES)
def test_secretary_changes_where_forms_go_and_it_is_logged(client, request, kind):
    page, field_name, make_data = page_and_data(request, kind)
    secretary = user_with_role("secretary")
    client.force_login(secretary)
    url = f"/admin/pages/{page.pk}/edit/"
    assert BeautifulSoup(client.get(url).content.decode(), "html.parser").find(attrs={"name": field_name})

    response = client.post(url, make_data(page, "bestuur@wijraad.example.org"))

    assert response.status_code == 302
    assert getattr(type(page).objects.get(pk=page.pk), field_name) == "bestuur@wijraad.example.org"
    entry = PageLogEntry.objects.get(action=LOG_ACTION)
    assert (entry.page_id, entry.user) == (page.pk, secretary)
    assert entry.data == {"field": field_name, "old": "", "new": "bestuur@wijraad.example.org"}
    history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Formulieren gaan nu naar bestuur@wijraad.example.org" in history


def test_other_edits_of_the_page_log_no_recipient_change(client, form_page):
    form_page.to_address = "bestuur@wijraad.example.org"
    form_page.save()
    PageLogEntry.objects.filter(action=LOG_ACTION).delete()
    client.force_login(user_with_role("secretary"))

    data = form_page_data(form_page, "bestuur@wijraad.example.org")
    data["title"] = "Aanmelden voor de bijeenkomst"
    assert client.post(f"/admin/pages/{form_page.pk}/edit/", data).status_code == 302

    assert FormPage.objects.get(pk=form_page.pk).title == "Aanmelden voor de bijeenkomst"
    assert not PageLogEntry.objects.filter(action=LOG_ACTION).exists()


def test_a_change_made_in_code_is_logged_too(contact_page):
    page = ContactPage.objects.get(pk=contact_page.pk)
    page.recipient = "nieuw@wijraad.example.org"
    page.save_revision().publish()

    entry = PageLogEntry.objects.get(action=LOG_ACTION)
    assert entry.data["new"] == "nieuw@wijraad.example.org"
    assert entry.user is None


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_cannot_open_the_secretary_address_setting(client, site, role):
    client.force_login(user_with_role(role))

    response = client.get(f"/admin/settings/home/sitesettings/{site.pk}/")

    assert response.status_code in (302, 403)
    assert "secretary_email" not in response.content.decode()


def test_secretary_changes_the_secretary_address_and_it_is_logged(client, site):
    secretary = user_with_role("secretary")
    client.force_login(secretary)
    url = f"/admin/settings/home/sitesettings/{site.pk}/"
    assert 'name="secretary_email"' in client.get(url).content.decode()

    response = client.post(url, {"secretary_email": "post@wijraad.example.org", "phone": "050 123 45 67"})

    assert response.status_code == 302
    settings = SiteSettings.for_site(site)
    assert settings.secretary_email == "post@wijraad.example.org"
    entry = ModelLogEntry.objects.get(action=LOG_ACTION)
    assert (entry.object_id, entry.user) == (str(settings.pk), secretary)
    assert entry.data["old"] == "secretariaat@wijraad.example.org"
