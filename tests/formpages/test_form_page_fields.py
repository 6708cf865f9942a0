"""The questions the secretary can put on a form page: each renders with a label, is checked on the server, and
survives a revision and publish."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from formpages.models import FormField, FormPage, FormPageSubmission
from formpages.models.form_field import split_choices
from submissions.models import Submission
from tests.factories.contact import FormFieldFactory, FormPageFactory, answers, protected_post
from tests.factories.home import ContentPageFactory
from tests.formpages.form_pages import TABLES, at
from tests.html import soup

pytestmark = pytest.mark.django_db

# One question of every type: (label, type, extra settings).
EVERY_TYPE = [
    ("Naam", "singleline", {}),
    ("Toelichting", "multiline", {}),
    ("E-mailadres", "email", {}),
    ("Telefoonnummer", "phone", {}),
    ("Aantal personen", "number", {}),
    ("Geboortedatum", "date", {}),
    ("Wijk", "dropdown", {"choices": "Noord\nZuid\nOost"}),
    ("Tijdstip", "radio", {"choices": "Middag\nAvond"}),
    ("Thematafels", "checkboxes", {"choices": "\n".join(TABLES), "min_choices": 1, "max_choices": 2}),
    ("Ik kom met de rolstoel", "checkbox", {}),
    ("Ik geef toestemming om mijn gegevens te gebruiken", "consent", {}),
]
NAMES = {
    "singleline": "naam",
    "multiline": "toelichting",
    "email": "e_mailadres",
    "phone": "telefoonnummer",
    "number": "aantal_personen",
    "date": "geboortedatum",
    "dropdown": "wijk",
    "radio": "tijdstip",
    "checkboxes": "thematafels",
    "checkbox": "ik_kom_met_de_rolstoel",
    "consent": "ik_geef_toestemming_om_mijn_gegevens_te_gebruiken",
}
VALID = {
    "naam": "Anna Bakker",
    "toelichting": "Ik kom wat later.",
    "e_mailadres": "anna@example.org",
    "telefoonnummer": "050 123 45 67",
    "aantal_personen": "2,5",
    "geboortedatum": "09-03-1950",
    "wijk": "Zuid",
    "tijdstip": "Avond",
    "thematafels": ["Veiligheid", "(Mantel)zorg"],
    "ik_kom_met_de_rolstoel": "on",
    "ik_geef_toestemming_om_mijn_gegevens_te_gebruiken": "on",
}


@pytest.fixture
def every_type_page(home):
    page = FormPageFactory(parent=home, slug="alles", title="Alle soorten vragen")
    for order, (label, field_type, extra) in enumerate(EVERY_TYPE):
        FormFieldFactory(page=page, label=label, field_type=field_type, sort_order=order, help_text="", **extra)
    return page


def post(client, data):
    return client.post("/alles/", protected_post(data))


def field_errors(html):
    return {
        error["id"].removeprefix("id_").removesuffix("_error"): error.get_text(" ", strip=True)
        for error in html.select(".form-error")
    }


def test_every_field_type_renders_with_a_label_and_required_in_words(client, every_type_page):
    html = soup(client.get("/alles/"))
    form = html.find("form", class_="form")

    for label, field_type, _extra in EVERY_TYPE:
        name = NAMES[field_type]
        if field_type in {"radio", "checkboxes"}:
            fieldset = form.find("input", attrs={"name": name}).find_parent("fieldset")
            assert fieldset.legend.get_text(" ", strip=True) == f"{label} (verplicht)"
            for choice in fieldset.find_all("input", attrs={"name": name}):
                assert form.find("label", attrs={"for": choice["id"]}), choice["value"]
        else:
            control = form.find(attrs={"name": name})
            assert control is not None, name
            assert form.find("label", attrs={"for": control["id"]}).get_text(" ", strip=True) == f"{label} (verplicht)"
    assert form.find("input", attrs={"name": "e_mailadres"})["type"] == "email"
    assert form.find("input", attrs={"name": "telefoonnummer"})["type"] == "tel"
    assert form.find("input", attrs={"name": "geboortedatum"})["type"] == "date"
    assert form.find("input", attrs={"name": "naam"})["autocomplete"] == "name"
    assert [option.get_text() for option in form.find("select", attrs={"name": "wijk"}).find_all("option")] == [
        "Maak een keuze",
        "Noord",
        "Zuid",
        "Oost",
    ]


def test_every_field_type_is_checked_on_the_server(client, every_type_page):
    wrong = {
        "naam": "",
        "toelichting": "",
        "e_mailadres": "geen-adres",
        "telefoonnummer": "bel me maar",
        "aantal_personen": "veel",
        "geboortedatum": "31-31-2027",
        "wijk": "Elders",
        "tijdstip": "Nacht",
        "thematafels": ["Sport"],
    }

    response = post(client, wrong)

    assert response.status_code == 200
    errors = field_errors(soup(response))
    assert errors == {
        "naam": "Fout: Vul dit in: Naam",
        "toelichting": "Fout: Vul dit in: Toelichting",
        "e_mailadres": "Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl.",
        "telefoonnummer": "Fout: Vul een telefoonnummer in zoals 050 123 45 67.",
        "aantal_personen": "Fout: Vul een getal in, bijvoorbeeld 3 of 2,5.",
        "geboortedatum": "Fout: Vul een datum in zoals 31-10-2027.",
        "wijk": "Fout: Wijk: kies een van de keuzes die er staan.",
        "tijdstip": "Fout: Tijdstip: kies een van de keuzes die er staan.",
        "thematafels": "Fout: Thematafels: kies een van de keuzes die er staan.",
        "ik_kom_met_de_rolstoel": "Fout: Zet een vinkje: Ik kom met de rolstoel",
        "ik_geef_toestemming_om_mijn_gegevens_te_gebruiken": (
            "Fout: Zet een vinkje om toestemming te geven. Zonder toestemming kunnen we je formulier niet gebruiken."
        ),
    }
    assert soup(response).title.get_text().startswith("Fout:")
    assert not Submission.objects.exists()
    assert not FormPageSubmission.objects.exists()


def test_wrong_answers_are_kept_in_the_form(client, every_type_page):
    html = soup(
        post(client, {**VALID, "e_mailadres": "anna@", "ik_geef_toestemming_om_mijn_gegevens_te_gebruiken": ""})
    )

    assert html.find("input", attrs={"name": "naam"})["value"] == "Anna Bakker"
    assert html.find("input", attrs={"name": "e_mailadres"})["value"] == "anna@"
    assert html.find("textarea", attrs={"name": "toelichting"}).get_text().strip() == "Ik kom wat later."
    assert html.find("input", attrs={"name": "thematafels", "value": "Veiligheid"}).has_attr("checked")


def test_valid_answers_of_every_type_are_stored_for_the_export(client, every_type_page):
    response = post(client, VALID)

    assert response.status_code == 302
    signup = FormPageSubmission.objects.get()
    assert signup.form_data == {
        "naam": "Anna Bakker",
        "toelichting": "Ik kom wat later.",
        "e_mailadres": "anna@example.org",
        "telefoonnummer": "050 123 45 67",
        "aantal_personen": "2.5",
        "geboortedatum": "1950-03-09",
        "wijk": "Zuid",
        "tijdstip": "Avond",
        "thematafels": ["Veiligheid", "(Mantel)zorg"],
        "ik_kom_met_de_rolstoel": "Ja",
        "ik_geef_toestemming_om_mijn_gegevens_te_gebruiken": "Ja",
    }
    submission = signup.submission
    assert (submission.kind, submission.sender_name, submission.sender_email) == (
        "form",
        "Anna Bakker",
        "anna@example.org",
    )
    assert answers(submission)["thematafels"] == "Veiligheid, (Mantel)zorg"


@pytest.mark.parametrize(
    ("tables", "error"),
    [
        ([], "Fout: Maak een keuze: Thematafels"),
        (TABLES[:3], "Fout: Thematafels: kies er niet meer dan 2."),
        (TABLES[:1], None),
        (TABLES[:2], None),
    ],
)
def test_checkboxes_keep_to_the_minimum_and_maximum(client, every_type_page, tables, error):
    response = post(client, {**VALID, "thematafels": tables})

    if error:
        assert field_errors(soup(response)) == {"thematafels": error}
        assert not Submission.objects.exists()
    else:
        assert response.status_code == 302
        assert FormPageSubmission.objects.get().form_data["thematafels"] == tables


def test_minimum_above_one_is_explained_and_checked(client, home):
    page = FormPageFactory(parent=home, slug="drie")
    FormFieldFactory(
        page=page, label="Onderwerpen", field_type="checkboxes", choices="A\nB\nC\nD\nE", min_choices=2, max_choices=4
    )

    html = soup(client.get("/drie/"))
    assert html.find("p", id="id_onderwerpen_helptext").get_text() == "Kies er 2 tot en met 4."

    errors = field_errors(soup(client.post("/drie/", protected_post({"onderwerpen": ["A"]}))))
    assert errors == {"onderwerpen": "Fout: Onderwerpen: kies er minstens 2."}


def test_checkboxes_rule_is_shown_when_the_secretary_wrote_no_help(client, every_type_page):
    html = soup(client.get("/alles/"))

    assert html.find("p", id="id_thematafels_helptext").get_text() == "Kies er 1 of 2."


def test_consent_links_to_the_privacy_statement(client, privacy_page, every_type_page):
    html = soup(client.get("/alles/"))

    help_text = html.find("p", id="id_ik_geef_toestemming_om_mijn_gegevens_te_gebruiken_helptext")
    assert help_text.find("a", href="/privacy/").get_text() == "privacyverklaring"


def test_consent_is_required_even_when_marked_optional(client, home):
    page = FormPageFactory(parent=home, slug="toestemming")
    FormFieldFactory(page=page, label="Akkoord", field_type="consent", required=False)

    response = client.post("/toestemming/", protected_post({}))

    assert "akkoord" in field_errors(soup(response))
    assert not Submission.objects.exists()


def test_optional_questions_may_stay_empty(client, home):
    page = FormPageFactory(parent=home, slug="vrij")
    for order, (label, field_type, extra) in enumerate(EVERY_TYPE[:-1]):
        FormFieldFactory(page=page, label=label, field_type=field_type, required=False, sort_order=order, **extra)

    assert client.post("/vrij/", protected_post({})).status_code == 302
    data = FormPageSubmission.objects.get().form_data
    assert data["thematafels"] == [] and data["ik_kom_met_de_rolstoel"] == "Nee" and data["naam"] == ""


def test_questions_survive_a_revision_and_publish_in_the_admin(admin_client, home, privacy_page):
    page = FormPageFactory(parent=home, slug="nieuw-formulier", title="Nieuw formulier")
    fields = [
        {"label": "Naam", "help_text": "", "required": "on", "field_type": "singleline", "choices": ""},
        {
            "label": "Thematafel",
            "help_text": "Kies één tafel.",
            "required": "on",
            "field_type": "radio",
            "choices": "Veiligheid\nLeren",
            "choice_capacity": "12",
        },
    ]
    data = nested_form_data(
        {
            "title": "Nieuw formulier",
            "slug": "nieuw-formulier",
            "intro": "",
            "body": rich_text(""),
            "form_fields": inline_formset(fields),
            "thank_you_text": "Dank je.",
            "confirmation_text": "Tot dan.",
            "to_address": "",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = FormPage.objects.get(pk=page.pk)
    revision_fields = page.get_latest_revision().content["form_fields"]
    assert [(item["label"], item["clean_name"], item["choice_capacity"]) for item in revision_fields] == [
        ("Naam", "naam", None),
        ("Thematafel", "thematafel", 12),
    ]
    assert [(item.label, item.field_type, item.choice_list()) for item in page.form_fields.all()] == [
        ("Naam", "singleline", []),
        ("Thematafel", "radio", ["Veiligheid", "Leren"]),
    ]
    html = soup(admin_client.get("/nieuw-formulier/"))
    assert html.find("legend").get_text(" ", strip=True) == "Thematafel (verplicht)"


def test_a_draft_revision_keeps_its_questions_apart_from_the_live_form(client, home):
    page = FormPageFactory(parent=home, slug="concept")
    FormFieldFactory(page=page, label="Naam")
    page = FormPage.objects.get(pk=page.pk)
    page.form_fields.add(FormField(label="Extra vraag", field_type="multiline"))
    revision = page.save_revision()

    assert "extra_vraag" not in client.get("/concept/").content.decode()
    revision.publish()
    assert soup(client.get("/concept/")).find("textarea", attrs={"name": "extra_vraag"})


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"label": "Website", "field_type": "singleline"}, "label"),
        ({"label": "Kenmerk", "field_type": "singleline", "clean_name": "reference"}, "label"),
        ({"label": "?!", "field_type": "singleline"}, "label"),
        ({"label": "Tafel", "field_type": "radio", "choices": ""}, "choices"),
        ({"label": "Tafel", "field_type": "radio", "choices": "A\nA"}, "choices"),
        (
            {"label": "Tafels", "field_type": "checkboxes", "choices": "A\nB\nC", "min_choices": 3, "max_choices": 2},
            "max_choices",
        ),
        ({"label": "Tafels", "field_type": "checkboxes", "choices": "A\nB", "max_choices": 3}, "max_choices"),
        ({"label": "Tafel", "field_type": "radio", "choices": "A\nB", "min_choices": 1}, "min_choices"),
        ({"label": "Naam", "field_type": "singleline", "choice_capacity": 10}, "choice_capacity"),
    ],
)
def test_questions_that_cannot_work_are_refused_with_a_reason(home, fields, error_field):
    page = FormPageFactory(parent=home)
    field = FormField(page=page, **fields)

    with pytest.raises(ValidationError) as refused:
        field.full_clean(exclude=["locale", "translation_key", "sort_order"])

    assert error_field in refused.value.message_dict


def test_form_must_close_after_it_opens(home):
    page = FormPageFactory(parent=home)
    page.opens_at, page.closes_at = at(2027, 3, 1, 9, 0), at(2027, 2, 1, 9, 0)

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert "closes_at" in refused.value.message_dict


def test_recipient_addresses_are_each_checked(home):
    page = FormPageFactory(parent=home)
    page.to_address = "secretaris@example.org, geen-adres"

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert "to_address" in refused.value.message_dict


def test_form_pages_live_under_home_or_a_text_page_only(home):
    text_page = ContentPageFactory(parent=home)
    form_page = FormPageFactory(parent=home)

    assert FormPage.can_create_at(home)
    assert FormPage.can_create_at(text_page)
    assert not FormPage.can_create_at(form_page)
    assert not form_page.show_in_menus


def test_admin_preview_shows_the_form_and_the_thank_you_page(every_type_page):
    form = every_type_page.make_preview_request(preview_mode="form")
    landing = every_type_page.make_preview_request(preview_mode="landing")

    assert form.status_code == 200
    assert soup(form).find("form", class_="form").find("label", attrs={"for": "id_naam"})
    assert landing.status_code == 200
    assert soup(landing).find("h1").get_text() == "Bedankt"


def test_names_numbers_dates_and_recipients_are_not_translated():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    def synchronized(model):
        return {field.field_name for field in get_translatable_fields(model) if isinstance(field, SynchronizedField)}

    assert {"to_address", "opens_at", "closes_at", "max_signups"} <= synchronized(FormPage)
    assert {"clean_name", "field_type", "required", "min_choices", "max_choices", "choice_capacity"} <= synchronized(
        FormField
    )
    translated = {field.field_name for field in get_translatable_fields(FormField)} - synchronized(FormField)
    assert translated == {"label", "help_text", "choices"}


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("Buurt\nZorg\n\nWerk", ["Buurt", "Zorg", "Werk"]),
        ("Buurt,\n Zorg ,\nWerk, en meer", ["Buurt", "Zorg", "Werk, en meer"]),
        ("Buurt, Zorg,,Werk ", ["Buurt", "Zorg", "Werk"]),
        ("  Alleen deze\n", ["Alleen deze"]),
        ("", []),
    ],
)
def test_choices_are_one_per_line_or_separated_by_commas_on_one_line(text, choices):
    assert split_choices(text) == choices
