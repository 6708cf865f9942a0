"""Uploaded CVs and letters: only real PDF, DOC, DOCX and ODT files up to 5 MB are taken, decided by their content."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions.models import OutgoingMail, Submission
from vacancies import uploads
from vacancies.models import Application

from .applications_support import (
    apply,
    doc_bytes,
    docx_bytes,
    exe_bytes,
    odt_bytes,
    ole_bytes,
    pdf,
    pdf_of_size,
    stored_files,
)

SIX_MB = 6 * 1024 * 1024


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [
        ("cv.pdf", pdf().read(), "pdf"),
        ("cv.docx", docx_bytes(), "docx"),
        ("cv.odt", odt_bytes(), "odt"),
        ("cv.doc", doc_bytes(), "doc"),
        # The content decides the type, not the name: a Word file called .pdf is stored as .docx.
        ("brief.pdf", docx_bytes(), "docx"),
    ],
    ids=["pdf", "docx", "odt", "doc", "docx-named-pdf"],
)
def test_real_documents_are_accepted_by_their_content(name, content, extension):
    assert uploads.check_upload(upload(name, content)).extension == extension


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("cv.pdf", exe_bytes(), "content"),
        ("cv.exe", exe_bytes(), "extension"),
        ("cv.txt", b"Mijn cv", "extension"),
        ("cv.docx", b"PK\x03\x04" + b"kapot" * 100, "content"),
        ("cv.docx", docx_bytes(main_type="application/xml"), "content"),
        ("cv.docx", docx_bytes(extra=["word/vbaProject.bin"]), "macros"),
        ("cv.odt", odt_bytes(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "content"),
        ("cv.odt", odt_bytes(extra=["Basic/Standard/Module1.xml"]), "macros"),
        ("cv.doc", ole_bytes({"Workbook": b"\x09\x08" + b"\x00" * 5000}), "content"),
        ("cv.doc", doc_bytes({"Macros": None}), "macros"),
        ("cv.pdf", b"", "empty"),
        ("cv.pdf", b"%PDF-1.4\n" + b"\x00" * SIX_MB, "too_large"),
    ],
    ids=[
        "exe-renamed-pdf",
        "exe",
        "txt",
        "broken-zip",
        "zip-without-word-document-type",
        "docx-with-macros",
        "spreadsheet-named-odt",
        "odt-with-macros",
        "excel-named-doc",
        "doc-with-macros",
        "empty",
        "six-mb",
    ],
)
def test_other_files_are_refused(name, content, code):
    with pytest.raises(ValidationError) as refused:
        uploads.check_upload(upload(name, content))

    assert refused.value.code == code


def test_file_of_exactly_5_mb_is_accepted():
    content = pdf_of_size(uploads.MAX_UPLOAD_BYTES)

    assert uploads.check_upload(upload("cv.pdf", content)).extension == "pdf"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.pdf", exe_bytes(), "Dit bestand is geen echte PDF, Word- of ODT-bestand"),
        ("cv.pdf", b"%PDF-1.4\n" + b"\x00" * SIX_MB, "Het bestand is te groot (6,0 MB). Het mag hoogstens 5 MB zijn."),
        ("cv.pdf", b"", "Het bestand is leeg."),
    ],
    ids=["renamed-exe", "six-mb", "empty"],
)
def test_refused_upload_shows_a_clear_message_and_stores_nothing(
    client, open_vacancy, private_root, name, content, message
):
    response = apply(client, open_vacancy, upload=upload(name, content))

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'id="id_cv_error"' in page
    assert Submission.objects.count() == 0
    assert Application.objects.count() == 0
    assert OutgoingMail.objects.count() == 0
    assert stored_files(private_root) == []


def test_stored_files_have_no_public_url():
    with pytest.raises(ValueError, match="no public URL"):
        uploads.private_storage.url("applications/x.pdf")


def test_private_storage_is_outside_the_public_media_folder(settings):
    location = uploads.private_storage.path("applications/x.pdf")

    assert not location.startswith(str(settings.MEDIA_ROOT))
    assert location.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_download_name_keeps_only_safe_characters():
    assert uploads.display_name("../../etc/Mijn cv<script>.exe", "pdf") == "Mijn cv_script.pdf"
    assert uploads.display_name("", "docx") == "cv.docx"
