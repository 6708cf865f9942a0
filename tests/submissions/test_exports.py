"""Exports (CSV and XLSX) of submissions, sign-ups and applications always work, whatever residents typed: control
characters become a visible replacement character in XLSX, cells stay plain text, and the CSV formula guard holds."""

import csv
import io

import openpyxl
import pytest

from formpages.models import FormPageSubmission
from tests.factories.contact import SubmissionFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup

pytestmark = pytest.mark.django_db

# Every C0 control character XLSX cannot hold, plus DEL, in the middle of a formula-looking text.
# Every control character XLSX cannot hold, but NUL: no form accepts it (Django refuses it) and PostgreSQL cannot store it.
CONTROLS = "".join(chr(code) for code in [*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
HOSTILE = f'=HYPERLINK("http://example.org"){CONTROLS}einde'


def xlsx_rows(response):
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return workbook.active


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def assert_plain_text_cell(sheet, text_start):
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    hostile = [cell for cell in cells if cell.value.startswith(text_start)]
    assert hostile, "the hostile text is missing from the export"
    for cell in hostile:
        assert cell.data_type == "s"
        assert "\ufffd" in cell.value
        assert cell.value.endswith("einde")
        assert not any(char in cell.value for char in CONTROLS if char not in "\x7f")


def test_submissions_export_with_control_characters(secretary_client):
    SubmissionFactory(
        sender_name=f"Anna{CONTROLS}Bakker",
        subject=HOSTILE,
        data=[{"name": "message", "label": "Je bericht", "value": HOSTILE}],
    )

    sheet = xlsx_rows(secretary_client.get("/admin/submissions/?export=xlsx"))
    assert_plain_text_cell(sheet, "=HYPERLINK")
    rows = csv_rows(secretary_client.get("/admin/submissions/?export=csv"))
    assert any(cell.startswith("'=HYPERLINK") for cell in rows[1])


def test_signups_export_with_control_characters(secretary_client, home):
    page = make_signup_form(home)
    signup(secretary_client, name="Bert de Vries", vraag_of_opmerking=HOSTILE)
    FormPageSubmission.objects.update(form_data={"naam": f"Bert{CONTROLS}", "vraag_of_opmerking": HOSTILE})

    sheet = xlsx_rows(secretary_client.get(f"/admin/forms/submissions/{page.pk}/?export=xlsx"))
    assert_plain_text_cell(sheet, "=HYPERLINK")
    rows = csv_rows(secretary_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv"))
    assert any(cell.startswith("'=HYPERLINK") for cell in rows[1])


def test_applications_export_with_control_characters(secretary_client):
    ApplicationFactory(motivation=HOSTILE, neighbourhood=f"9724{CONTROLS}")

    sheet = xlsx_rows(secretary_client.get("/admin/applications/?export=xlsx"))
    assert_plain_text_cell(sheet, "=HYPERLINK")
    rows = csv_rows(secretary_client.get("/admin/applications/?export=csv"))
    assert any(cell.startswith("'=HYPERLINK") for cell in rows[1])


def test_a_question_label_with_a_control_character_still_exports(secretary_client, home):
    page = make_signup_form(home)
    page.form_fields.filter(clean_name="vraag_of_opmerking").update(label="Vraag\x07of opmerking")
    signup(secretary_client)

    sheet = xlsx_rows(secretary_client.get(f"/admin/forms/submissions/{page.pk}/?export=xlsx"))
    assert "Vraag\ufffdof opmerking" in [cell.value for cell in next(sheet.iter_rows())]
