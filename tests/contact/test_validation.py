"""Server-side validation and the spam checks that need no outside service: what a resident sees when it goes wrong."""

import time

import pytest
import time_machine

from submissions.models import OutgoingMail, Submission
from submissions.spam import new_form_token
from tests.factories.contact import protected_post
from tests.html import soup

pytestmark = pytest.mark.django_db


def assert_nothing_stored():
    assert Submission.objects.count() == 0
    assert OutgoingMail.objects.count() == 0


def error_summary(html):
    summary = html.find(class_="error-summary")
    assert summary is not None, "no error summary"
    return summary


@pytest.mark.parametrize(
    ("field", "value", "message", "target"),
    [
        ("name", "", "Vul je naam in.", "id_name"),
        ("name", "x" * 256, "Je naam is te lang (255 tekens of minder).", "id_name"),
        ("name", "Anna\nBcc: iemand@example.org", "Vul je naam in op één regel.", "id_name"),
        ("email", "", "Vul je e-mailadres in.", "id_email"),
        ("email", "anna.example.org", "Vul een e-mailadres in zoals naam@voorbeeld.nl.", "id_email"),
        ("phone", "bel me", "Vul een telefoonnummer in zoals 050 123 45 67.", "id_phone"),
        ("subject", "", "Kies een onderwerp.", "id_subject_0"),
        ("subject", "Iets anders", "Kies een onderwerp uit de lijst.", "id_subject_0"),
        ("message", "", "Schrijf je bericht.", "id_message"),
        ("message", "x" * 5001, "Je bericht is te lang. Gebruik 5000 tekens of minder (nu 5001).", "id_message"),
        ("consent", "", "Zet een vinkje om toestemming te geven. Anders kunnen we je niet antwoorden.", "id_consent"),
    ],
)
def test_each_invalid_field_is_explained_and_linked(client, contact_page, valid_data, field, value, message, target):
    data = {**valid_data, field: value}
    if not value:
        del data[field]

    response = client.post("/contact/", protected_post(data))

    assert response.status_code == 200
    html = soup(response)
    assert html.title.text.startswith("Fout:")
    link = error_summary(html).find("a", href=f"#{target}")
    assert link is not None and link.text == message
    error = html.find(id=f"id_{field}_error")
    assert error is not None and message in error.text
    assert_nothing_stored()


def test_errors_are_tied_to_their_fields_and_input_is_kept(client, contact_page, valid_data):
    data = protected_post({**valid_data, "email": "anna.example.org"})
    del data["subject"]

    html = soup(client.post("/contact/", data))

    email = html.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert set(email["aria-describedby"].split()) == {"id_email_helptext", "id_email_error"}
    assert email["value"] == "anna.example.org"
    assert html.find("input", attrs={"name": "name"})["value"] == "Anna Bakker"
    assert html.find("textarea", attrs={"name": "message"}).text.strip() == valid_data["message"]
    assert html.find("input", attrs={"name": "consent"}).has_attr("checked")
    fieldset = html.find("fieldset")
    assert fieldset["aria-describedby"] == "id_subject_error"
    # The fill-time token is kept: sending the corrected form needs no new wait.
    assert html.find("input", attrs={"name": "form_token"})["value"] == data["form_token"]


def test_error_summary_is_focused_first(client, contact_page):
    html = soup(client.post("/contact/", protected_post({})))

    summary = error_summary(html)
    assert summary.has_attr("autofocus")
    assert summary["tabindex"] == "-1"
    assert html.find("form", class_="form").find(True) == summary


def test_filled_honeypot_is_refused_with_input_kept(client, contact_page, valid_data):
    response = client.post("/contact/", {**protected_post(valid_data), "website": "http://spam.example"})

    assert response.status_code == 200
    html = soup(response)
    assert "Het formulier is niet verstuurd." in error_summary(html).text
    assert html.find("input", attrs={"name": "name"})["value"] == "Anna Bakker"
    assert not html.find("input", attrs={"name": "website"}).has_attr("value")
    assert_nothing_stored()


def test_honeypot_is_hidden_from_people(client, contact_page):
    html = soup(client.get("/contact/"))

    honeypot = html.find("input", attrs={"name": "website"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    assert "form-hp" in honeypot.find_parent("div")["class"]


def test_form_sent_too_fast_is_refused_then_accepted_when_sent_again(client, contact_page, valid_data):
    with time_machine.travel(time.time(), tick=False) as traveller:
        data = {**valid_data, "form_token": new_form_token(), "website": ""}
        traveller.shift(1)
        response = client.post("/contact/", data)

        assert response.status_code == 200
        assert "Je hebt het formulier heel snel verstuurd." in error_summary(soup(response)).text
        assert_nothing_stored()

        traveller.shift(5)
        token = soup(response).find("input", attrs={"name": "form_token"})["value"]
        assert client.post("/contact/", {**data, "form_token": token}).status_code == 302
    assert Submission.objects.count() == 1


@pytest.mark.parametrize(
    "token",
    [None, "", "forged", new_form_token(issued_at=0) + "x"],
    ids=["missing", "empty", "forged", "tampered-signature"],
)
def test_missing_or_forged_token_is_refused_and_a_fresh_one_given(client, contact_page, valid_data, token):
    data = {**valid_data, "website": ""}
    if token is not None:
        data["form_token"] = token

    response = client.post("/contact/", data)

    assert response.status_code == 200
    html = soup(response)
    assert "Het formulier is niet verstuurd." in error_summary(html).text
    assert html.find("input", attrs={"name": "form_token"})["value"] not in ("", "forged", token)
    assert_nothing_stored()


def at_window_start():
    """Frozen at the start of a rate-limit window (windows follow the clock), so a test never straddles two."""
    window = 600
    return time_machine.travel((time.time() // window + 1) * window, tick=False)


def test_sixth_form_within_ten_minutes_gets_429_with_input_kept(client, contact_page, valid_data):
    with at_window_start():
        for number in range(5):
            response = client.post("/contact/", protected_post({**valid_data, "message": f"Bericht {number}"}))
            assert response.status_code == 302

        response = client.post("/contact/", protected_post({**valid_data, "message": "Bericht 6"}))

    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    html = soup(response)
    assert "Wacht 10 minuten" in error_summary(html).text
    assert html.find("textarea", attrs={"name": "message"}).text.strip() == "Bericht 6"
    assert Submission.objects.count() == 5


def test_rate_limit_is_per_address_and_ends_after_the_window(client, contact_page, valid_data):
    with time_machine.travel(time.time(), tick=False) as traveller:
        for number in range(5):
            client.post("/contact/", protected_post({**valid_data, "message": f"Bericht {number}"}))

        other = client.post(
            "/contact/", protected_post({**valid_data, "message": "Ander adres"}), REMOTE_ADDR="192.0.2.7"
        )
        assert other.status_code == 302

        traveller.shift(601)
        later = client.post("/contact/", protected_post({**valid_data, "message": "Later"}))
        assert later.status_code == 302


def test_invalid_forms_count_towards_the_rate_limit_too(client, contact_page, valid_data):
    with at_window_start():
        for _attempt in range(5):
            assert client.post("/contact/", protected_post({**valid_data, "email": "fout"})).status_code == 200

        assert client.post("/contact/", protected_post(valid_data)).status_code == 429
    assert Submission.objects.count() == 0


def test_the_window_does_not_move_with_later_posts(client, contact_page, valid_data):
    with at_window_start() as traveller:
        for number in range(5):
            client.post("/contact/", protected_post({**valid_data, "message": f"Bericht {number}"}))
        traveller.shift(9 * 60)
        refused = client.post("/contact/", protected_post({**valid_data, "message": "Na negen minuten"}))
        assert refused.status_code == 429
        assert refused["Retry-After"] == "60"
        assert "Wacht 1 minuut en probeer" in refused.content.decode()

        traveller.shift(60)
        assert client.post("/contact/", protected_post({**valid_data, "message": "Nieuw venster"})).status_code == 302


def test_rate_limit_can_be_switched_off(client, contact_page, valid_data, settings):
    settings.FORMS_RATE_LIMIT = None

    for number in range(8):
        assert client.post("/contact/", protected_post({**valid_data, "message": f"B{number}"})).status_code == 302


def test_rate_limit_behind_a_proxy_uses_the_address_the_proxy_added(client, contact_page, valid_data, settings):
    settings.FORMS_TRUST_X_FORWARDED_FOR = True
    traveller = at_window_start()
    traveller.start()
    for number in range(5):
        client.post(
            "/contact/",
            protected_post({**valid_data, "message": f"B{number}"}),
            HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.1",
        )

    blocked = client.post(
        "/contact/", protected_post({**valid_data, "message": "B5"}), HTTP_X_FORWARDED_FOR="10.0.0.1, 198.51.100.1"
    )
    allowed = client.post(
        "/contact/", protected_post({**valid_data, "message": "B6"}), HTTP_X_FORWARDED_FOR="198.51.100.2"
    )

    traveller.stop()
    assert blocked.status_code == 429
    assert allowed.status_code == 302
