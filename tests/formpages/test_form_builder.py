"""The form builder as the secretary uses it in the editor: questions headed "Vraag", a button "Voeg een vraag toe",
options marked with the answer types they apply to (formpages/static/formpages/form_builder.js shows them), no
publishing without a privacy statement, and a warning on questions that ask for sensitive data."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from formpages.models import FormField, FormPage
from formpages.sensitive import is_sensitive
from tests.factories.contact import FormFieldFactory, FormPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

NO_PRIVACY = "Dit formulier kan nog niet online: de website heeft geen privacyverklaring."
SENSITIVE = "Let op: deze vraag gaat over gezondheid of over wat iemand nodig heeft om mee te doen."


@pytest.fixture
def form_page(home):
    page = FormPageFactory(parent=home, slug="aanmelden", title="Aanmelden")
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(
        page=page, label="Heb je een dieet of een allergie?", field_type="multiline", required=False, sort_order=1
    )
    return page


def editor(admin_client, page):
    return soup(admin_client.get(f"/admin/pages/{page.pk}/edit/"))


def questions(html):
    return html.select("#id_form_fields-FORMS > [data-inline-panel-child]")


def edit_data(page, action, fields=None):
    fields = fields or [
        {
            "id": field.pk,
            "label": field.label,
            "help_text": field.help_text,
            "required": "on" if field.required else "",
            "field_type": field.field_type,
            "choices": field.choices,
        }
        for field in page.form_fields.all()
    ]
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "body": rich_text(""),
            "form_fields": inline_formset(fields, initial=sum(1 for field in fields if "id" in field)),
            "thank_you_text": "Dank je.",
            "confirmation_text": "Tot dan.",
            "to_address": "",
            action: action,
        }
    )


# Labels ------------------------------------------------------------------------------------------------------------


def test_each_question_is_headed_vraag_and_the_button_says_voeg_een_vraag_toe(admin_client, form_page):
    html = editor(admin_client, form_page)

    headings = [question.select_one("[data-panel-heading-text]") for question in questions(html)]
    assert [heading.get_text(" ", strip=True) for heading in headings] == ["Vraag", "Vraag"]
    # Wagtail's script writes the number into this span: "Vraag 1", "Vraag 2".
    assert all(heading.find("span", attrs={"data-inline-panel-child-count": True}) for heading in headings)
    new_question = soup(html.find("template", id="id_form_fields-EMPTY_FORM_TEMPLATE").decode_contents())
    assert new_question.select_one("[data-panel-heading-text]").get_text(" ", strip=True) == "Vraag"
    assert html.find("button", id="id_form_fields-ADD").get_text(" ", strip=True) == "Voeg een vraag toe"
    assert html.find(id="panel-child-inhoud-vragen-heading").get_text(" ", strip=True).startswith("Vragen")
    assert "Vragen 1" not in html.get_text() and "Voeg Vragen toe" not in html.get_text()


# Options per answer type ------------------------------------------------------------------------------------------


def test_each_option_is_marked_with_the_answer_types_it_applies_to(admin_client, form_page):
    html = editor(admin_client, form_page)

    for question in [*questions(html), html.find("template", id="id_form_fields-EMPTY_FORM_TEMPLATE")]:
        question = soup(question.decode_contents()) if question.name == "template" else question
        assert question.select_one("[data-formbuilder-type] select[name$='-field_type']")
        marked = {
            element.select_one("input, textarea")["name"].rsplit("-", 1)[1]: element["data-formbuilder-for"]
            for element in question.select("[data-formbuilder-for]")
        }
        assert marked == {
            "choices": "checkboxes dropdown radio",
            "choice_capacity": "checkboxes dropdown radio",
            "min_choices": "checkboxes",
            "min_value": "number",
            "min_date": "date",
        }
        checkboxes_row = question.select_one("[data-formbuilder-for='checkboxes']")
        assert [field["name"].rsplit("-", 1)[1] for field in checkboxes_row.select("input")] == [
            "min_choices",
            "max_choices",
        ]
        assert question.select_one("[data-formbuilder-places] input[name$='-choice_capacity']")
        total = question.select_one("[data-formbuilder-total]")
        assert total["data-formbuilder-total"] == "Samen %(count)s plaatsen."
    assert html.find("script", src="/static/formpages/form_builder.js")


def test_options_for_another_answer_type_are_refused_with_a_reason(home):
    page = FormPageFactory(parent=home)
    field = FormField(page=page, label="Naam", field_type="singleline", choices="Tafel A | 8")

    with pytest.raises(ValidationError) as refused:
        field.full_clean(exclude=["locale", "translation_key", "sort_order"])

    assert refused.value.message_dict["choices"] == [
        "Keuzes kunnen alleen bij een keuzelijst, rondjes of vinkjes. Maak dit veld leeg."
    ]


def test_a_refused_option_stays_visible_in_the_editor_with_its_message(admin_client, home, privacy_page, form_page):
    name = form_page.form_fields.get(clean_name="naam")
    fields = [
        {"id": name.pk, "label": "Naam", "help_text": "", "required": "on", "field_type": "singleline", "choices": "A"}
    ]

    response = admin_client.post(f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-publish", fields))

    assert response.status_code == 200
    choices = (
        soup(response)
        .select_one("#id_form_fields-FORMS [data-formbuilder-for] textarea")
        .find_parent(attrs={"data-formbuilder-for": True})
    )
    # The script keeps an option with an error visible (.w-field--error), whatever the answer type.
    assert (
        choices.select_one(".w-field--error .error-message")
        .get_text(" ", strip=True)
        .startswith("Keuzes kunnen alleen bij")
    )
    assert FormField.objects.get(pk=name.pk).choices == ""


# Privacy statement -----------------------------------------------------------------------------------------------


def test_a_form_is_not_published_without_a_privacy_statement(admin_client, form_page):
    form_page.unpublish()

    refused = admin_client.post(f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-publish"))

    assert refused.status_code == 200
    assert NO_PRIVACY in soup(refused).find(class_="messages").get_text(" ", strip=True)
    assert not FormPage.objects.get(pk=form_page.pk).live
    # A draft can be saved all the same.
    draft = admin_client.post(f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-save"))
    assert draft.status_code == 302
    assert not FormPage.objects.get(pk=form_page.pk).live


def test_a_privacy_page_that_is_not_live_does_not_count(admin_client, form_page, privacy_page):
    privacy_page.unpublish()

    refused = admin_client.post(f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-publish"))

    assert NO_PRIVACY in soup(refused).find(class_="messages").get_text(" ", strip=True)


def test_with_a_privacy_statement_the_form_is_published_and_links_it(admin_client, client, form_page, privacy_page):
    form_page.unpublish()

    published = admin_client.post(f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-publish"))

    assert published.status_code == 302
    assert Page.objects.get(pk=form_page.pk).live
    form = soup(client.get("/aanmelden/"))
    assert form.find("a", href="/privacy/").get_text() == "privacyverklaring"


# Sensitive data --------------------------------------------------------------------------------------------------


def test_a_question_about_health_or_needs_gets_a_warning_in_the_editor(admin_client, form_page):
    html = editor(admin_client, form_page)

    warnings = [question.select_one("[data-formbuilder-sensitive]") for question in questions(html)]
    assert warnings[0] is None  # "Naam"
    assert warnings[1].get_text(" ", strip=True).startswith(SENSITIVE)
    assert "De website verwijdert de aanmeldingen de dag na de bijeenkomst." in warnings[1].get_text()


@pytest.mark.parametrize(
    ("label", "help_text", "choices"),
    [
        ("Gebruik je een rolstoel?", "", ""),
        ("Wat moeten we weten?", "Bijvoorbeeld over je gezondheid of medicijnen.", ""),
        ("Heb je iets nodig om mee te doen?", "", "Een plek voor een rolstoel\nEen ringleiding"),
        ("Is de zaal toegankelijk genoeg voor je?", "", ""),
        ("Heb je een beperking?", "", ""),
    ],
)
def test_words_about_health_and_needs_make_a_question_sensitive(home, label, help_text, choices):
    assert is_sensitive(FormField(label=label, help_text=help_text, choices=choices))
    assert not is_sensitive(FormField(label="Aan welke tafel wil je meepraten?", choices="Wonen\nWerk"))


def test_saving_a_form_with_a_sensitive_question_says_so(admin_client, form_page, privacy_page):
    response = admin_client.post(
        f"/admin/pages/{form_page.pk}/edit/", edit_data(form_page, "action-publish"), follow=True
    )

    messages = soup(response).find(class_="messages").get_text(" ", strip=True)
    assert "Let op: “Heb je een dieet of een allergie?” gaat over gezondheid" in messages
    # No news item about a meeting links this form: the website cannot know when to delete the sign-ups.
    assert "Verwijder de aanmeldingen dus zelf na de bijeenkomst." in messages
