"""Two residents sending the form at the same moment for the last place: one gets it, the other is told it is full.

These tests commit to the test database (transactional) so two requests in two threads, each with its own database
connection, really overlap: the first holds the form's row lock while the second tries to take the place.
"""

import threading
import time

import pytest
from django.db import connection
from django.test import Client

from formpages import signups
from formpages.models import FormPageSubmission
from submissions.models import Submission
from tests.formpages.form_pages import make_signup_form, signup
from tests.html import soup

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def send_at_once(monkeypatch, send):
    """`send(client, name, ip)` by two residents: the second sends while the first holds the lock with its place.
    Returns their responses by name ("first", "second")."""
    first_holds_the_place = threading.Event()
    real_take_place = signups.take_place

    def take_place_slowly(*args, **kwargs):
        taken = real_take_place(*args, **kwargs)
        if threading.current_thread().name == "first":
            first_holds_the_place.set()
            time.sleep(1.5)  # still inside the storing transaction, with the lock held
        return taken

    monkeypatch.setattr(signups, "take_place", take_place_slowly)
    responses = {}

    def resident(name, ip):
        try:
            if name == "second":
                assert first_holds_the_place.wait(timeout=30)
            responses[name] = send(Client(), name, ip)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=resident, name="first", args=("first", "127.0.0.2")),
        threading.Thread(target=resident, name="second", args=("second", "127.0.0.3")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


def test_two_signups_at_once_for_the_last_place_do_not_overbook(home, monkeypatch):
    make_signup_form(home, max_signups=1)
    emails = {"first": "een@example.org", "second": "twee@example.org"}

    responses = send_at_once(monkeypatch, lambda client, name, ip: signup(client, email=emails[name], ip=ip))

    assert responses["first"].status_code == 302
    assert responses["second"].status_code == 409
    refusal = soup(responses["second"]).find(class_="form-page__closed").get_text(" ", strip=True)
    assert "Alle plaatsen zijn bezet. Je kunt je niet meer aanmelden." in refusal
    assert Submission.objects.count() == FormPageSubmission.objects.count() == 1
    assert Submission.objects.get().sender_email == "een@example.org"


def test_two_signups_at_once_for_the_last_place_of_a_choice_do_not_overbook(home, monkeypatch):
    page = make_signup_form(home)
    page.form_fields.filter(clean_name="thematafels").update(choices="Veiligheid | 1\nZorg | 8")
    emails = {"first": "een@example.org", "second": "twee@example.org"}

    responses = send_at_once(
        monkeypatch, lambda client, name, ip: signup(client, email=emails[name], tables=["Veiligheid"], ip=ip)
    )

    assert responses["first"].status_code == 302
    assert responses["second"].status_code == 200
    refusal = soup(responses["second"]).find(class_="error-summary").get_text(" ", strip=True)
    assert refusal.endswith("Er is intussen geen plaats meer bij: Veiligheid. Kies iets anders.")
    assert Submission.objects.count() == FormPageSubmission.objects.count() == 1
    assert Submission.objects.get().sender_email == "een@example.org"
