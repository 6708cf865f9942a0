import random

import pytest

from submissions.models import Submission
from tests.factories.contact import ContactPageFactory

from .fuzzing import SEED, Fuzzer, csrf_client, report

pytestmark = [pytest.mark.django_db, pytest.mark.expensive]

CONTACT_VALID = {
    "name": "Anna Bakker",
    "email": "anna@example.org",
    "phone": "050 765 43 21",
    "subject": "Vraag over de WIJ-raad",
    "message": "Wanneer is de volgende vergadering?",
    "consent": "on",
}


def test_contact_form_survives_1000_malformed_posts(home):
    ContactPageFactory(parent=home)
    client, token = csrf_client("/contact/")
    fuzzer = Fuzzer(client, "/contact/", CONTACT_VALID, list(CONTACT_VALID), random.Random(SEED), token)

    seconds = fuzzer.run()
    report("contact", fuzzer, seconds)

    assert fuzzer.server_errors == 0
    assert fuzzer.malformed >= 1000
    assert Submission.objects.filter(kind="contact").count() == len(fuzzer.accepted) >= 100
