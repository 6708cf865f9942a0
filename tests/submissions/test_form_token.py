"""The fill-time token expires after FORMS_TOKEN_MAX_AGE and gives one submission only."""

import time

import pytest

from submissions.forms import HONEYPOT_FIELD, TOKEN_FIELD
from submissions.models import Submission
from submissions.spam import new_form_token
from tests.html import soup

pytestmark = pytest.mark.django_db


def token_in(response):
    return soup(response).find("input", attrs={"name": TOKEN_FIELD})["value"]


def test_a_form_open_longer_than_a_day_is_refused_with_input_kept_and_a_fresh_token(
    client, contact_page, valid_data, settings
):
    old = new_form_token(issued_at=time.time() - settings.FORMS_TOKEN_MAX_AGE - 60)
    message = "Een bericht dat ik gisteren begon."
    response = client.post("/contact/", {**valid_data, "message": message, TOKEN_FIELD: old, HONEYPOT_FIELD: ""})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Het formulier stond te lang open." in html
    assert message in html
    assert Submission.objects.count() == 0

    fresh = token_in(response)
    assert fresh != old
    # The fresh token is not older than the minimum fill time allows yet; a person reads the message first.
    settings.FORMS_MIN_FILL_SECONDS = 0
    again = client.post("/contact/", {**valid_data, "message": message, TOKEN_FIELD: fresh, HONEYPOT_FIELD: ""})
    assert again.status_code == 302
    assert Submission.objects.count() == 1


def test_a_form_just_under_the_maximum_age_is_taken(client, contact_page, valid_data, settings):
    token = new_form_token(issued_at=time.time() - settings.FORMS_TOKEN_MAX_AGE + 60)
    response = client.post("/contact/", {**valid_data, TOKEN_FIELD: token, HONEYPOT_FIELD: ""})

    assert response.status_code == 302


def test_the_same_form_sent_twice_is_stored_once_and_thanked_twice(client, contact_page, valid_data):
    data = {**valid_data, TOKEN_FIELD: new_form_token(issued_at=time.time() - 60), HONEYPOT_FIELD: ""}

    first = client.post("/contact/", data)
    second = client.post("/contact/", data)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Submission.objects.count() == 1


def test_a_token_that_produced_a_submission_is_refused_for_other_content(client, contact_page, valid_data):
    token = new_form_token(issued_at=time.time() - 60)
    client.post("/contact/", {**valid_data, TOKEN_FIELD: token, HONEYPOT_FIELD: ""})

    reused = client.post(
        "/contact/", {**valid_data, "message": "Iets heel anders.", TOKEN_FIELD: token, HONEYPOT_FIELD: ""}
    )

    assert reused.status_code == 200
    html = reused.content.decode()
    assert "Dit formulier is al een keer verstuurd." in html
    assert "Iets heel anders." in html
    assert token_in(reused) != token
    assert Submission.objects.count() == 1
