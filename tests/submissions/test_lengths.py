"""Every form field's limit is the limit of the column it is stored in, so nothing that passes the form can fail in
the database (which gave a 500 on PostgreSQL for an e-mail address of 255-320 characters or a name of 201-255)."""

import pytest
from django import forms
from django.test import RequestFactory

from contact.forms import ContactForm
from submissions.models import Submission
from tests.factories.contact import protected_post
from tests.formpages import test_form_page_fields
from vacancies.forms import ApplicationForm
from vacancies.models import Application

pytestmark = pytest.mark.django_db

VALID = test_form_page_fields.VALID
every_type_page = test_form_page_fields.every_type_page


def column(model, name):
    return model._meta.get_field(name)


# Where each text field of each public form is stored. "data" means: as text inside the JSON column `data`
# (no database limit; the form's own limit keeps it reasonable).
CONTACT_COLUMNS = {
    "name": column(Submission, "sender_name"),
    "email": column(Submission, "sender_email"),
    "phone": "data",
    "message": "data",
    "subject": column(Submission, "subject"),
}
APPLICATION_COLUMNS = {
    "name": column(Submission, "sender_name"),
    "email": column(Submission, "sender_email"),
    "phone": column(Application, "phone"),
    "neighbourhood": column(Application, "neighbourhood"),
    "motivation": column(Application, "motivation"),
}
# A form page: the first name question becomes the sender's name, the first e-mail question the sender's address.
FORM_PAGE_COLUMNS = {
    "naam": column(Submission, "sender_name"),
    "e_mailadres": column(Submission, "sender_email"),
    "toelichting": "data",
    "telefoonnummer": "data",
}
SPAM_FIELDS = {"form_token", "website", "captcha"}


def text_fields(form):
    return {
        name: field
        for name, field in form.fields.items()
        if isinstance(field, forms.CharField) and name not in SPAM_FIELDS
    }


def assert_limits_match(form, columns):
    fields = text_fields(form)
    assert set(fields) <= set(columns), f"text fields without a known column: {set(fields) - set(columns)}"
    for name, field in fields.items():
        target = columns[name]
        assert field.max_length is not None, f"{name} has no limit"
        if target == "data":
            continue
        limit = getattr(target, "max_length", None)
        if limit is None:  # a TextField: no database limit, the form's own limit holds
            continue
        assert field.max_length == limit, f"{name}: form {field.max_length}, column {target} {limit}"


def request():
    return RequestFactory().get("/")


def test_contact_form_limits_are_its_columns():
    form = ContactForm(request=request(), subjects=["Vraag"])
    assert_limits_match(form, CONTACT_COLUMNS)


def test_application_form_limits_are_its_columns():
    assert_limits_match(ApplicationForm(request=request()), APPLICATION_COLUMNS)


def test_form_page_limits_are_its_columns(every_type_page, rf):
    req = rf.get("/")
    req.user = None
    form = every_type_page.get_form(request=req)
    assert_limits_match(form, FORM_PAGE_COLUMNS)


def long_email(length):
    """A well-formed address of exactly `length` characters: 64 before the @, labels of at most 63 after it."""
    rest = length - 65 - 3  # "a"*64 + "@" ... + ".nl"
    labels = []
    while rest > 0:
        label = min(63, rest if rest <= 63 else 63)
        if 0 < rest - label < 2:  # never leave a remainder too short for "x."
            label -= 2
        labels.append("d" * label)
        rest -= label + 1
    email = "a" * 64 + "@" + ".".join(labels) + ".nl"
    assert len(email) == length, len(email)
    return email


@pytest.mark.parametrize("length", [255, 290, 320])
def test_too_long_email_address_gets_a_message_on_the_contact_form(client, contact_page, valid_data, length):
    email = long_email(length)
    response = client.post("/contact/", protected_post({**valid_data, "email": email}))

    assert response.status_code == 200
    assert "Dit e-mailadres is te lang (254 tekens of minder)." in response.content.decode()
    assert Submission.objects.count() == 0


@pytest.mark.parametrize("length", [201, 255])
def test_long_names_up_to_the_column_are_stored(client, contact_page, valid_data, length):
    response = client.post("/contact/", protected_post({**valid_data, "name": "N" * length}))

    assert response.status_code == 302
    assert Submission.objects.get().sender_name == "N" * length


def test_a_name_over_the_column_gets_a_message(client, contact_page, valid_data):
    response = client.post("/contact/", protected_post({**valid_data, "name": "N" * 256}))

    assert response.status_code == 200
    assert "Je naam is te lang (255 tekens of minder)." in response.content.decode()
    assert Submission.objects.count() == 0


def test_the_longest_email_the_column_holds_is_stored(client, contact_page, valid_data):
    email = long_email(254)

    response = client.post("/contact/", protected_post({**valid_data, "email": email}))

    assert response.status_code == 302
    assert Submission.objects.get().sender_email == email


def test_form_page_name_and_email_at_and_over_the_column(client, every_type_page):
    email = long_email(254)
    response = client.post("/alles/", protected_post({**VALID, "naam": "N" * 255, "e_mailadres": email}))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.sender_name, submission.sender_email) == ("N" * 255, email)

    response = client.post(
        "/alles/", protected_post({**VALID, "naam": "N" * 256, "e_mailadres": long_email(300)}), REMOTE_ADDR="1.2.3.4"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dit is te lang. Gebruik 255 tekens of minder (nu 256)." in html
    assert "Dit e-mailadres is te lang (254 tekens of minder)." in html
    assert Submission.objects.count() == 1
