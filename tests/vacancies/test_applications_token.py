"""One fill-time token gives one application."""

import time

import pytest

from submissions.forms import HONEYPOT_FIELD, TOKEN_FIELD
from submissions.models import Submission
from submissions.spam import new_form_token
from tests.vacancies.applications_support import VALID_DATA

pytestmark = pytest.mark.django_db


def test_a_reused_token_is_refused_on_the_application_form_too(client, open_vacancy):
    token = new_form_token(issued_at=time.time() - 60)
    assert client.post(open_vacancy.url, {**VALID_DATA, TOKEN_FIELD: token, HONEYPOT_FIELD: ""}).status_code == 302

    reused = client.post(
        open_vacancy.url, {**VALID_DATA, "name": "Iemand anders", TOKEN_FIELD: token, HONEYPOT_FIELD: ""}
    )

    assert reused.status_code == 200
    assert "Dit formulier is al een keer verstuurd." in reused.content.decode()
    assert Submission.objects.count() == 1
