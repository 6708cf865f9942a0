"""Sign-ups of a form that asks for sensitive data are deleted the day after the meeting; other sign-ups are kept for
the general retention period (formpages/retention.py)."""

import datetime

import pytest
from django.test import Client

from formpages.models import FormPageSubmission
from submissions import kinds
from submissions.models import Submission
from tests.factories.contact import FormFieldFactory, FormPageFactory, protected_post
from tests.factories.news import NewsPageFactory

from .form_pages import at, make_signup_form, signup

pytestmark = pytest.mark.django_db


def meeting_news(home, form, **fields):
    return NewsPageFactory(parent=home, signup_page=form, event_start=at(2027, 3, 16, 19, 30), **fields)


def sign_up_once(form_slug):
    data = {"naam": "Anna Bakker", "e_mailadres": "anna@example.org", "heb_je_een_dieet_of_allergie": "Geen noten"}
    return Client().post(f"/{form_slug}/", protected_post(data), REMOTE_ADDR="127.0.0.9")


@pytest.fixture
def forms(home):
    plain = make_signup_form(home)
    sensitive = FormPageFactory(parent=home, slug="diner", title="Aanmelden diner")
    FormFieldFactory(page=sensitive, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(page=sensitive, label="E-mailadres", field_type="email", sort_order=1)
    FormFieldFactory(page=sensitive, label="Heb je een dieet of allergie?", field_type="singleline", sort_order=2)
    return plain, sensitive


def test_sensitive_signups_are_deleted_the_day_after_the_meeting(home, forms):
    plain, sensitive = forms
    meeting_news(home, plain, slug="vergadering")
    meeting_news(home, sensitive, slug="diner-nieuws")
    assert signup(Client()).status_code == 302
    assert sign_up_once("diner").status_code == 302

    on_the_day = kinds.expired_submissions(at(2027, 3, 16, 23, 0))["form"]
    day_after = kinds.expired_submissions(at(2027, 3, 17, 9, 0))["form"]

    assert list(on_the_day) == []
    assert [submission.page_id for submission in day_after] == [sensitive.pk]
    kinds.purge(at(2027, 3, 17, 9, 0))
    assert list(FormPageSubmission.objects.values_list("page_id", flat=True)) == [plain.pk]


@pytest.mark.usefixtures("forms")
def test_without_a_meeting_sensitive_signups_keep_the_general_period(home):
    assert sign_up_once("diner").status_code == 302
    stored = Submission.objects.get()

    assert list(kinds.expired_submissions(stored.created_at + datetime.timedelta(days=30))["form"]) == []
    assert list(kinds.expired_submissions(stored.created_at + datetime.timedelta(days=200))["form"]) == [stored]
