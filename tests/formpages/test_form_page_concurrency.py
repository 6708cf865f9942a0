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


def test_two_signups_at_once_for_the_last_place_do_not_overbook(home, monkeypatch):
    make_signup_form(home, max_signups=1)
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

    def resident(name, email, ip):
        try:
            if name == "second":
                assert first_holds_the_place.wait(timeout=30)
            responses[name] = signup(Client(), email=email, ip=ip)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=resident, name="first", args=("first", "een@example.org", "127.0.0.2")),
        threading.Thread(target=resident, name="second", args=("second", "twee@example.org", "127.0.0.3")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert responses["first"].status_code == 302
    assert responses["second"].status_code == 409
    refusal = soup(responses["second"]).find(class_="form-page__closed").get_text(" ", strip=True)
    assert "Alle plaatsen zijn bezet. Je kunt je niet meer aanmelden." in refusal
    assert Submission.objects.count() == FormPageSubmission.objects.count() == 1
    assert Submission.objects.get().sender_email == "een@example.org"
