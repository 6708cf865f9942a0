"""Places set per choice ("Tafel A: zorg | 8"): each choice fills up on its own, a full choice is shown as full and
refused with a message, a cancel frees its place, and a translation counts for the places of the Dutch form."""

import pytest
from django.core.exceptions import ValidationError

from formpages import signups
from formpages.models import FormField, FormPageSubmission
from formpages.models.form_field import choice_and_places
from submissions.models import Submission
from tests.factories.contact import FormFieldFactory, FormPageFactory, protected_post
from tests.html import soup

pytestmark = pytest.mark.django_db

TABLES = "Tafel A: zorg | 8\nTafel B: wonen | 2"


@pytest.fixture
def tables_page(home):
    page = FormPageFactory(parent=home, slug="tafels", title="Aanmelden thematafels")
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(page=page, label="Tafel", field_type="radio", choices=TABLES, sort_order=1)
    return page


def sign_up(client, number, table, name=None):
    data = protected_post({"naam": name or f"Bewoner {number}", "tafel": table})
    return client.post("/tafels/", data, REMOTE_ADDR=f"127.0.1.{number}")


def option(html, table):
    radio = html.find("input", attrs={"name": "tafel", "value": table})
    return radio, html.find("label", attrs={"for": radio["id"]}).get_text(strip=True)


def taken(table):
    return sum(1 for row in FormPageSubmission.objects.active() if row.form_data["tafel"] == table)


def test_the_form_shows_the_choices_without_their_places(client, tables_page):
    html = soup(client.get("/tafels/"))

    assert [radio["value"] for radio in html.find_all("input", attrs={"name": "tafel"})] == [
        "Tafel A: zorg",
        "Tafel B: wonen",
    ]
    assert "|" not in html.find("form", class_="form").get_text()


def test_the_third_signup_for_the_table_of_two_is_refused_and_the_table_of_eight_still_accepts(client, tables_page):
    assert sign_up(client, 1, "Tafel B: wonen").status_code == 302
    assert sign_up(client, 2, "Tafel B: wonen").status_code == 302

    html = soup(client.get("/tafels/"))
    full, full_label = option(html, "Tafel B: wonen")
    free, free_label = option(html, "Tafel A: zorg")
    assert full.has_attr("disabled") and full_label == "Tafel B: wonen (vol)"
    assert not free.has_attr("disabled") and free_label == "Tafel A: zorg"

    refused = sign_up(client, 3, "Tafel B: wonen", name="Carla de Boer")
    assert refused.status_code == 200
    html = soup(refused)
    assert html.find("p", id="id_tafel_error").get_text(" ", strip=True) == (
        "Fout: Tafel: Tafel B: wonen is vol. Kies iets anders."
    )
    assert html.find("input", attrs={"name": "naam"})["value"] == "Carla de Boer"  # what she typed stays
    assert taken("Tafel B: wonen") == 2

    assert sign_up(client, 3, "Tafel A: zorg", name="Carla de Boer").status_code == 302
    assert taken("Tafel A: zorg") == 1


def test_the_table_of_eight_takes_eight_and_then_only_the_other_table_is_open(client, tables_page):
    for number in range(1, 9):
        assert sign_up(client, number, "Tafel A: zorg").status_code == 302

    refused = sign_up(client, 9, "Tafel A: zorg")
    assert refused.status_code == 200
    assert "Tafel A: zorg is vol." in soup(refused).find("p", id="id_tafel_error").get_text()
    assert taken("Tafel A: zorg") == 8

    assert sign_up(client, 9, "Tafel B: wonen").status_code == 302
    assert sign_up(client, 10, "Tafel B: wonen").status_code == 302
    # Every table full: the form says so instead of offering only full choices.
    assert "Alle plaatsen zijn bezet." in soup(client.get("/tafels/")).find(class_="form-page__closed").get_text()
    assert Submission.objects.count() == 10


def test_a_cancel_frees_the_place_of_that_choice(client, tables_page):
    sign_up(client, 1, "Tafel B: wonen")
    sign_up(client, 2, "Tafel B: wonen")
    assert sign_up(client, 3, "Tafel B: wonen").status_code == 200

    first = FormPageSubmission.objects.order_by("pk").first()
    assert client.post(f"/tafels/afmelden/{first.cancel_token}/").status_code == 302

    _radio, label = option(soup(client.get("/tafels/")), "Tafel B: wonen")
    assert label == "Tafel B: wonen"
    assert sign_up(client, 3, "Tafel B: wonen").status_code == 302
    assert taken("Tafel B: wonen") == 2


def test_a_choice_that_fills_up_while_sending_is_refused_under_the_lock(client, tables_page, monkeypatch):
    sign_up(client, 1, "Tafel B: wonen")
    sign_up(client, 2, "Tafel B: wonen")
    # The check before storing still saw room: only the count under the lock knows better.
    stale = signups.Availability(signups.State.OPEN)
    monkeypatch.setattr(signups, "availability", lambda page, fields, now=None: stale)

    response = sign_up(client, 3, "Tafel B: wonen")

    assert response.status_code == 200
    assert (
        soup(response)
        .find(class_="error-summary")
        .get_text(" ", strip=True)
        .endswith("Er is intussen geen plaats meer bij: Tafel B: wonen. Kies iets anders.")
    )
    assert taken("Tafel B: wonen") == 2


def test_choices_without_their_own_number_get_the_places_per_choice(client, home):
    page = FormPageFactory(parent=home, slug="tafels")
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(
        page=page, label="Tafel", field_type="radio", choices="Groot | 3\nKlein", choice_capacity=1, sort_order=1
    )
    assert page.form_fields.get(clean_name="tafel").choice_places() == {"Groot": 3, "Klein": 1}

    assert sign_up(client, 1, "Klein").status_code == 302
    assert sign_up(client, 2, "Klein").status_code == 200
    for number in range(2, 5):
        assert sign_up(client, number, "Groot").status_code == 302
    assert "Alle plaatsen zijn bezet." in soup(client.get("/tafels/")).get_text()


def test_a_translation_counts_for_the_places_of_the_dutch_form(client, home, tables_page):
    from demo.translation import translate

    translate(home, "en", {})
    english, _saved = translate(
        tables_page,
        "en",
        {
            "Aanmelden thematafels": "Sign up for the theme tables",
            "Tafel": "Table",
            # The translator left out the places: they are those of the Dutch form all the same.
            "<br/>".join(TABLES.splitlines()): "Table A: care<br/>Table B: housing",
        },
    )
    sign_up(client, 1, "Tafel B: wonen")
    data = protected_post({"naam": "Sam", "tafel": "Table B: housing"})
    assert client.post(english.url, data, REMOTE_ADDR="127.0.1.2").status_code == 302

    html = soup(client.get(english.url))
    radio = html.find("input", attrs={"name": "tafel", "value": "Table B: housing"})
    assert radio.has_attr("disabled")
    assert html.find("label", attrs={"for": radio["id"]}).get_text(strip=True) == "Table B: housing (full)"
    assert sign_up(client, 3, "Tafel B: wonen").status_code == 200
    assert [row.form_data["tafel"] for row in FormPageSubmission.objects.order_by("pk")] == ["Tafel B: wonen"] * 2


def test_the_sign_ups_list_shows_the_places_per_choice_and_their_total(admin_client, client, tables_page):
    sign_up(client, 1, "Tafel B: wonen")
    sign_up(client, 2, "Tafel A: zorg")

    places = soup(admin_client.get(f"/admin/forms/submissions/{tables_page.pk}/")).find(class_="form-page-places")

    text = places.get_text(" ", strip=True)
    assert "Tafel A: zorg: 1 van de 8" in text
    assert "Tafel B: wonen: 1 van de 2" in text
    assert "Samen 2 van de 10 plaatsen bezet." in text


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("Tafel A: zorg | 8", ("Tafel A: zorg", 8)),
        ("Tafel A|12", ("Tafel A", 12)),
        ("Tafel A", ("Tafel A", None)),
        ("Tafel A | acht", ("Tafel A | acht", 0)),
        ("Tafel A | 0", ("Tafel A", 0)),
        ("| 8", ("| 8", 0)),
        ("A | B | 8", ("A | B | 8", 0)),
    ],
)
def test_a_choice_line_gives_its_text_and_its_places(text, parsed):
    assert choice_and_places(text) == parsed


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ("Tafel A | acht\nTafel B | 2", "Dit klopt niet: Tafel A | acht"),
        ("Tafel A | 0", "Dit klopt niet: Tafel A | 0"),
        ("Tafel A | 8\nTafel A | 2", "Elke keuze mag maar één keer in de lijst staan."),
    ],
)
def test_places_that_cannot_work_are_refused_with_a_reason(home, choices, message):
    field = FormField(page=FormPageFactory(parent=home), label="Tafel", field_type="radio", choices=choices)

    with pytest.raises(ValidationError) as refused:
        field.full_clean(exclude=["locale", "translation_key", "sort_order"])

    assert message in " ".join(refused.value.message_dict["choices"])
