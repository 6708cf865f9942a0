"""The pipeline as another app uses it (a form of its own, extra rows, refusals), and its failure handling."""

import logging
from unittest import mock

import pytest
from django import forms
from django.db import IntegrityError
from django.http import HttpResponse
from django.test import RequestFactory

from submissions import pipeline
from submissions.models import OutgoingMail, Submission
from submissions.pages import ProtectedFormPageMixin
from tests.contact.conftest import MESSAGE
from tests.factories.contact import protected_post

pytestmark = pytest.mark.django_db


class SignUpForm(pipeline.ProtectedFormMixin, forms.Form):
    name = forms.CharField(label="Naam")
    email = forms.EmailField(label="E-mailadres")
    tables = forms.MultipleChoiceField(label="Tafels", choices=[("buurt", "Samenleven in de buurt"), ("zorg", "Zorg")])
    cv = forms.FileField(label="CV", required=False)


def sign_up_request(data):
    request = RequestFactory().post("/aanmelden/", protected_post(data))
    request.csp_extra = []
    return request


class SignUpPage(ProtectedFormPageMixin):
    """Any page with a protected form: the pipeline's hooks, the way another app fills them in."""

    form_class = SignUpForm
    submission_kind = "sign_up"

    def __init__(self, extra=None, mails=None):
        self.make_extra, self.make_mails = extra, mails

    def get_url(self, request):
        return "/aanmelden/"

    def render_page(self, request, template=None, status=200, form=None):
        return HttpResponse(str(form.errors), status=status)

    def submission_fields(self, request, form):
        return {
            "sender_name": form.cleaned_data["name"],
            "sender_email": form.cleaned_data["email"],
            "subject": "Expertmeeting",
            "page": None,
        }

    def submission_extra(self, request, form, submission):
        return self.make_extra(submission) if self.make_extra else None

    def submission_mails(self, request, form, submission, extra):
        return self.make_mails(submission, extra) if self.make_mails else []


def sign_up(request, *, extra=None, mails=None):
    return SignUpPage(extra, mails).serve_form(request)


SIGN_UP = {"name": "Piet Smit", "email": "piet@example.org", "tables": ["buurt", "zorg"]}


def test_any_form_gets_the_spam_fields_and_stores_its_own_data():
    response = sign_up(sign_up_request(SIGN_UP))

    assert response.status_code == 302
    assert response["Location"].startswith("/aanmelden/?ontvangen=")
    submission = Submission.objects.get()
    assert submission.kind == "sign_up"
    assert submission.data == [
        {"name": "name", "label": "Naam", "value": "Piet Smit"},
        {"name": "email", "label": "E-mailadres", "value": "piet@example.org"},
        {"name": "tables", "label": "Tafels", "value": "Samenleven in de buurt, Zorg"},
        {"name": "cv", "label": "CV", "value": ""},
    ]


def test_extra_rows_and_mails_are_stored_in_the_same_transaction():
    seen = {}

    def extra(submission):
        seen["saved_before_extra"] = Submission.objects.filter(pk=submission.pk).exists()
        return "registration-42"

    def mails(submission, extra_result):
        return [
            pipeline.Mail(
                to=["secretariaat@wijraad.example.org"],
                reply_to=[submission.sender_email],
                template="mail/contact/message_to_secretary",
                context={"name": submission.sender_name, "message": extra_result},
                attachments=[pipeline.Attachment("uitnodiging.ics", b"BEGIN:VCALENDAR", "text/calendar")],
                for_staff=True,
            )
        ]

    sign_up(sign_up_request(SIGN_UP), extra=extra, mails=mails)

    mail = OutgoingMail.objects.get()
    assert seen == {"saved_before_extra": True}
    assert "registration-42" in mail.body
    assert mail.attachments.get().filename == "uitnodiging.ics"


def test_rejected_inside_the_transaction_rolls_back_and_shows_the_message():
    def full(submission):
        raise pipeline.Rejected("Deze bijeenkomst is vol.")

    response = sign_up(sign_up_request(SIGN_UP), extra=full)

    assert response.status_code == 200
    assert "Deze bijeenkomst is vol." in response.content.decode()
    assert Submission.objects.count() == 0
    assert OutgoingMail.objects.count() == 0


def test_failing_mail_rendering_rolls_back_the_submission():
    def broken_mail(submission, extra_result):
        return [pipeline.Mail(to=["x@example.org"], template="mail/does_not_exist")]

    response = sign_up(sign_up_request(SIGN_UP), mails=broken_mail)

    assert response.status_code == 500
    assert Submission.objects.count() == 0


def test_exception_while_storing_logs_no_personal_data(client, contact_page, valid_data, caplog):
    # PostgreSQL puts the whole failing row into its error message; that message must not reach the logs.
    leak = f"null value violates not-null constraint DETAIL: Failing row contains ({valid_data['email']}, "
    leak += f"{valid_data['phone']}, {MESSAGE})"

    with (
        caplog.at_level(logging.DEBUG),
        mock.patch("submissions.mails.OutgoingMail.objects.create", side_effect=IntegrityError(leak)),
    ):
        response = client.post("/contact/", protected_post(valid_data))

    assert response.status_code == 500
    assert "Er ging bij ons iets mis." in response.content.decode()
    assert MESSAGE in response.content.decode(), "the resident's text is kept in the form"
    assert Submission.objects.count() == 0
    assert "Storing a ContactForm form failed [IntegrityError]" in caplog.text
    for value in (valid_data["email"], valid_data["phone"], MESSAGE, valid_data["name"]):
        assert value not in caplog.text
        for record in caplog.records:
            assert value not in str(record.args)


def test_reference_numbers_are_unique_and_readable():
    references = {pipeline.new_reference() for _ in range(500)}

    assert len(references) == 500
    assert not any(character in "".join(references) for character in "01ILO")


def test_thank_you_reference_cannot_be_forged():
    request = RequestFactory().get("/contact/", {"ontvangen": "ABCD-EFGH:bad-signature"})
    assert pipeline.received_reference(request) is None

    submission = Submission(reference="ABCD-EFGH")
    location = pipeline.redirect_to_thanks("/contact/", submission)["Location"]
    assert pipeline.received_reference(RequestFactory().get(location)) == "ABCD-EFGH"
