"""The hostile upload corpus (tests/vacancies/hostile_files.py): every hostile file is refused with a clear message
and nothing of it reaches the disk or the database; every harmless control is accepted."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions.models import OutgoingMail, Submission
from vacancies import uploads
from vacancies.models import Application

from .applications_support import apply, stored_files
from .hostile_files import CONTROLS, HOSTILE

MESSAGES = {
    "active": "Zulke bestanden nemen we niet aan.",
    "trailing": "Aan dit bestand zit iets vast wat geen deel is van de PDF.",
    "encrypted": "Dit bestand is beveiligd met een wachtwoord.",
    "bomb": "Dit bestand wordt bij het openen veel groter dan het is.",
    "content": "Dit bestand is geen echte PDF, Word- of ODT-bestand",
    "macros": "Dit bestand bevat macro",
}


@pytest.fixture(scope="module")
def corpus():
    started = time.monotonic()
    builders = {**{name: build for name, (build, _code) in HOSTILE.items()}, **CONTROLS}
    files = {name: build() for name, build in builders.items()}
    print(f"\ncorpus: {len(HOSTILE)} hostile, {len(CONTROLS)} controls, built in {time.monotonic() - started:.1f} s")
    return files


def test_the_corpus_has_every_file_the_review_named(corpus):
    assert len(HOSTILE) >= 20
    assert len(corpus["docx-zip-bomb-1gib.docx"]) < uploads.MAX_UPLOAD_BYTES


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_by_the_check_for_its_reason(corpus, name):
    with pytest.raises(ValidationError) as refused:
        uploads.check_upload(SimpleUploadedFile(name, corpus[name]))

    assert refused.value.code == HOSTILE[name][1]


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_harmless_control_is_accepted(corpus, name):
    assert uploads.check_upload(SimpleUploadedFile(name, corpus[name])).extension == name.rpartition(".")[2]


@pytest.mark.django_db
def test_every_hostile_file_is_refused_in_the_form_with_nothing_stored(client, open_vacancy, private_root, corpus):
    refused = 0
    for number, name in enumerate(sorted(HOSTILE)):
        response = apply(
            client, open_vacancy, upload=SimpleUploadedFile(name, corpus[name]), remote_addr=f"10.9.{number}.1"
        )
        html = response.content.decode()
        assert response.status_code == 200, name
        assert 'id="id_cv_error"' in html, name
        assert MESSAGES[HOSTILE[name][1]] in html, name
        refused += 1
    accepted = 0
    for number, name in enumerate(sorted(CONTROLS)):
        response = apply(
            client,
            open_vacancy,
            upload=SimpleUploadedFile(name, corpus[name]),
            remote_addr=f"10.8.{number}.1",
            email=f"aanmelder{number}@example.org",
        )
        assert response.status_code == 302, name
        accepted += 1
    print(f"\nupload corpus: {refused} refused, {accepted} accepted")

    assert Application.objects.count() == Submission.objects.count() == len(CONTROLS)
    assert OutgoingMail.objects.count() == 2 * len(CONTROLS)
    assert len(stored_files(private_root)) == len(CONTROLS)
