"""Number and date questions have sane bounds (no 10^300, no year 9999), and the secretary can set her own."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from formpages.models import FormPageSubmission
from tests.factories.contact import FormFieldFactory, FormPageFactory, protected_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    page = FormPageFactory(parent=home, slug="grenzen", title="Grenzen")
    FormFieldFactory(page=page, label="Aantal personen", field_type="number", sort_order=0)
    FormFieldFactory(page=page, label="Datum", field_type="date", sort_order=1)
    return page


def post(client, page, **answers):
    return client.post(page.url, protected_post({"aantal_personen": "2", "datum": "15-06-2027", **answers}))


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"aantal_personen": "1" + "0" * 300}, "Aantal personen: vul een getal in van -1000000 tot en met 1000000."),
        ({"aantal_personen": "1e300"}, "Aantal personen: vul een getal in van -1000000 tot en met 1000000."),
        ({"aantal_personen": "1000001"}, "Aantal personen: vul een getal in van -1000000 tot en met 1000000."),
        ({"aantal_personen": "-1000000,5"}, "Aantal personen: vul een getal in van -1000000 tot en met 1000000."),
        ({"datum": "31-12-9999"}, "Datum: vul een datum in van 01-01-1900 tot en met 31-12-2100."),
        ({"datum": "0001-01-01"}, "Datum: vul een datum in van 01-01-1900 tot en met 31-12-2100."),
        ({"datum": "01-01-2101"}, "Datum: vul een datum in van 01-01-1900 tot en met 31-12-2100."),
    ],
    ids=["ten-to-the-300", "exponent", "above-a-million", "below-minus-a-million", "year-9999", "year-1", "2101"],
)
def test_answers_outside_the_default_range_are_refused(client, page, answers, message):
    response = post(client, page, **answers)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert FormPageSubmission.objects.count() == 0


def test_answers_at_the_default_edges_are_taken(client, page):
    assert post(client, page, aantal_personen="1000000", datum="31-12-2100").status_code == 302
    assert FormPageSubmission.objects.get().form_data["datum"] == "2100-12-31"


def test_the_secretarys_own_bounds_are_shown_and_checked(client, page):
    page.form_fields.filter(clean_name="aantal_personen").update(min_value=Decimal(1), max_value=Decimal("4.5"))
    page.form_fields.filter(clean_name="datum").update(
        min_date=datetime.date(2027, 6, 1), max_date=datetime.date(2027, 6, 30)
    )

    form_html = client.get(page.url).content.decode()
    assert "Een getal van 1 tot en met 4,5." in form_html
    assert "Een datum van 01-06-2027 tot en met 30-06-2027." in form_html
    assert 'min="2027-06-01"' in form_html and 'max="2027-06-30"' in form_html

    refused = post(client, page, aantal_personen="5", datum="01-07-2027").content.decode()
    assert "Aantal personen: vul een getal in van 1 tot en met 4,5." in refused
    assert "Datum: vul een datum in van 01-06-2027 tot en met 30-06-2027." in refused
    assert post(client, page, aantal_personen="4,5", datum="30-06-2027").status_code == 302


@pytest.mark.parametrize(
    ("field_type", "bounds", "error_field"),
    [
        ("singleline", {"min_value": Decimal(1)}, "min_value"),
        ("date", {"max_value": Decimal(1)}, "min_value"),
        ("number", {"min_date": datetime.date(2027, 1, 1)}, "min_date"),
        ("number", {"min_value": Decimal(5), "max_value": Decimal(1)}, "max_value"),
        ("number", {"min_value": Decimal(2_000_000)}, "max_value"),
        ("date", {"min_date": datetime.date(2027, 2, 1), "max_date": datetime.date(2027, 1, 1)}, "max_date"),
    ],
    ids=[
        "number-bound-on-text",
        "number-bound-on-date",
        "date-bound-on-number",
        "min-above-max",
        "min-above-default-max",
        "dates-reversed",
    ],
)
def test_bounds_that_cannot_work_are_refused_in_the_builder(page, field_type, bounds, error_field):
    field = page.form_fields.first()
    field.field_type = field_type
    for name, value in bounds.items():
        setattr(field, name, value)

    with pytest.raises(ValidationError) as refused:
        field.clean()

    assert error_field in refused.value.message_dict
