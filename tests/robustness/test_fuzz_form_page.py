import random

import pytest

from submissions.models import Submission
from tests.factories.contact import FormFieldFactory, FormPageFactory
from tests.formpages.test_form_page_fields import EVERY_TYPE, NAMES
from tests.formpages.test_form_page_fields import VALID as FORM_PAGE_VALID

from .fuzzing import SEED, Fuzzer, csrf_client, report

pytestmark = [pytest.mark.django_db, pytest.mark.expensive]


def test_form_page_with_every_field_type_survives_1000_malformed_posts(home):
    page = FormPageFactory(parent=home, slug="alles", title="Alle soorten vragen")
    for order, (label, field_type, extra) in enumerate(EVERY_TYPE):
        FormFieldFactory(page=page, label=label, field_type=field_type, sort_order=order, help_text="", **extra)
    client, token = csrf_client("/alles/")
    fields = [NAMES[field_type] for _label, field_type, _extra in EVERY_TYPE]
    fuzzer = Fuzzer(client, "/alles/", FORM_PAGE_VALID, fields, random.Random(SEED + 2), token)

    seconds = fuzzer.run()
    report("form page (every field type)", fuzzer, seconds)

    assert fuzzer.server_errors == 0
    assert fuzzer.malformed >= 1000
    assert Submission.objects.filter(kind="form").count() == len(fuzzer.accepted) >= 100
