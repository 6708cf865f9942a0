"""reCAPTCHA v3, with Google's verification mocked: a bot is refused, no verdict is never a lost message."""

from unittest import mock
from urllib.error import URLError

import pytest
from django_recaptcha.client import RecaptchaResponse

from submissions.models import FlagReason, OutgoingMail, Submission
from tests.factories.contact import protected_post
from tests.html import soup

pytestmark = pytest.mark.django_db

VERIFY = "django_recaptcha.client.submit"


@pytest.fixture
def recaptcha_keys(settings):
    settings.RECAPTCHA_PUBLIC_KEY = "site-key-for-tests"
    settings.RECAPTCHA_PRIVATE_KEY = "secret-key-for-tests"


def answer(success=True, score=0.9, action="contact", error_codes=None):
    extra = {"score": score} if score is not None else {}
    return RecaptchaResponse(is_valid=success, error_codes=error_codes, extra_data=extra, action=action)


def post_with_token(client, valid_data, token="token-from-google"):  # noqa: S107
    data = protected_post(valid_data)
    if token:
        data["captcha"] = token
    return client.post("/contact/", data)


def test_without_keys_the_form_has_no_recaptcha_and_google_is_not_allowed(client, contact_page, valid_data):
    response = client.get("/contact/")

    assert "recaptcha" not in response.content.decode()
    assert "google" not in response["Content-Security-Policy"]
    with mock.patch(VERIFY) as verify:
        assert client.post("/contact/", protected_post(valid_data)).status_code == 302
    verify.assert_not_called()
    assert not Submission.objects.get().flagged


def test_with_keys_the_form_loads_recaptcha_from_static_files_only(client, contact_page, recaptcha_keys):
    response = client.get("/contact/")

    html = soup(response)
    token_input = html.find("input", attrs={"name": "captcha"})
    assert token_input["data-recaptcha-key"] == "site-key-for-tests"
    assert token_input["data-recaptcha-action"] == "contact"
    sources = [script.get("src") for script in html.find_all("script") if script.get("type") != "application/ld+json"]
    assert "https://www.google.com/recaptcha/api.js?render=site-key-for-tests" in sources
    assert all(sources), "inline script on the page"
    assert "https://www.google.com/recaptcha/" in response["Content-Security-Policy"]


def test_other_pages_do_not_load_recaptcha(client, home, contact_page, recaptcha_keys):
    response = client.get("/")

    assert "recaptcha" not in response.content.decode()
    assert "google" not in response["Content-Security-Policy"]


def test_person_passes_and_is_not_flagged(client, contact_page, valid_data, recaptcha_keys):
    with mock.patch(VERIFY, return_value=answer()) as verify:
        response = post_with_token(client, valid_data)

    assert response.status_code == 302
    assert verify.call_args.kwargs["recaptcha_response"] == "token-from-google"
    assert verify.call_args.kwargs["private_key"] == "secret-key-for-tests"
    submission = Submission.objects.get()
    assert not submission.flagged
    assert not any(mail.subject.startswith("[controleren]") for mail in OutgoingMail.objects.all())


@pytest.mark.parametrize(
    "verdict",
    [
        answer(success=False, score=None, action=None, error_codes=["invalid-input-response"]),
        answer(score=0.1),
        answer(action="another_form"),
    ],
    ids=["invalid-token", "low-score", "wrong-action"],
)
def test_bot_verdict_is_refused_with_input_kept(client, contact_page, valid_data, recaptcha_keys, verdict):
    with mock.patch(VERIFY, return_value=verdict):
        response = post_with_token(client, valid_data)

    assert response.status_code == 200
    html = soup(response)
    assert "We konden niet vaststellen dat dit formulier door een mens is verstuurd." in html.find(
        class_="error-summary"
    ).get_text(" ")
    assert html.find("textarea", attrs={"name": "message"}).text.strip() == valid_data["message"]
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (TimeoutError("The read operation timed out"), FlagReason.UNREACHABLE),
        (TimeoutError("timed out"), FlagReason.UNREACHABLE),
        (URLError(ConnectionRefusedError(111, "Connection refused")), FlagReason.UNREACHABLE),
        (ConnectionRefusedError(111, "Connection refused"), FlagReason.UNREACHABLE),
        (ValueError("Expecting value: line 1 column 1"), FlagReason.UNREACHABLE),
    ],
    ids=["timeout", "socket-timeout", "urlerror-refused", "refused", "bad-json"],
)
def test_unreachable_recaptcha_stores_flagged_and_marks_the_staff_mail(
    client, contact_page, valid_data, recaptcha_keys, failure, reason
):
    with mock.patch(VERIFY, side_effect=failure):
        response = post_with_token(client, valid_data)

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.flagged
    assert submission.flag_reason == reason
    to_secretary = OutgoingMail.objects.get(to=["secretariaat@wijraad.example.org"])
    assert to_secretary.subject.startswith("[controleren] Contactformulier:")
    assert "LET OP: controleer of dit bericht echt is." in to_secretary.body
    confirmation = OutgoingMail.objects.get(to=[valid_data["email"]])
    assert "[controleren]" not in confirmation.subject


def test_resident_without_javascript_sends_no_token_and_is_accepted_flagged(
    client, contact_page, valid_data, recaptcha_keys
):
    with mock.patch(VERIFY) as verify:
        response = post_with_token(client, valid_data, token=None)

    assert response.status_code == 302
    verify.assert_not_called()
    submission = Submission.objects.get()
    assert submission.flag_reason == FlagReason.NO_TOKEN


@pytest.mark.parametrize(
    "verdict",
    [
        answer(success=False, score=None, action=None, error_codes=["timeout-or-duplicate"]),
        answer(success=False, score=None, action=None, error_codes=["invalid-input-secret"]),
        answer(score=None),
    ],
    ids=["expired-token", "wrong-secret", "no-score"],
)
def test_recaptcha_without_a_verdict_accepts_flagged(client, contact_page, valid_data, recaptcha_keys, verdict):
    with mock.patch(VERIFY, return_value=verdict):
        response = post_with_token(client, valid_data)

    assert response.status_code == 302
    assert Submission.objects.get().flag_reason == FlagReason.NO_VERDICT


def test_no_server_error_for_any_recaptcha_outcome(client, contact_page, valid_data, recaptcha_keys, settings):
    settings.FORMS_RATE_LIMIT = None
    outcomes = [
        {"return_value": answer()},
        {"return_value": answer(success=False, score=None, error_codes=["invalid-input-response"])},
        {"side_effect": TimeoutError()},
        {"side_effect": URLError(ConnectionRefusedError(111, "Connection refused"))},
        {"side_effect": OSError("Network is unreachable")},
    ]
    statuses = []
    for number, outcome in enumerate(outcomes):
        with mock.patch(VERIFY, **outcome):
            statuses.append(post_with_token(client, {**valid_data, "message": f"Bericht {number}"}).status_code)

    assert statuses == [302, 200, 302, 302, 302]
