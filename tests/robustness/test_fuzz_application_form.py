import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions.models import Submission
from tests.factories.vacancies import VacancyIndexPageFactory, VacancyPageFactory
from tests.vacancies.applications_support import VALID_DATA as APPLICATION_VALID
from tests.vacancies.applications_support import pdf_of_size

from .fuzzing import SEED, Fuzzer, csrf_client, report

pytestmark = [pytest.mark.django_db, pytest.mark.expensive]


def test_application_form_survives_1000_malformed_posts(home, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="lid")
    client, token = csrf_client(vacancy.url)

    fuzzer = Fuzzer(client, vacancy.url, APPLICATION_VALID, list(APPLICATION_VALID), random.Random(SEED + 1), token)
    seconds = fuzzer.run()
    # Oversized and hostile files through the real multipart parser.
    fuzzer.files = {"cv": SimpleUploadedFile("cv.pdf", pdf_of_size(6 * 1024 * 1024))}
    for _post in range(5):
        fuzzer.malformed_post()
    fuzzer.files = {"cv": SimpleUploadedFile("cv.pdf", b"%PDF-1.4\n" + b"MZ" * 1000)}
    for _post in range(5):
        fuzzer.malformed_post()
    report("application", fuzzer, seconds)

    assert fuzzer.server_errors == 0
    assert fuzzer.malformed >= 1000
    assert Submission.objects.filter(kind="application").count() == len(fuzzer.accepted) >= 100
