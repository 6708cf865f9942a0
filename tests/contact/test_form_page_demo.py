"""Demo content for form pages: the closed expert-meeting sign-up linked from its news item, and an open example."""

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import Revision

from contact.models import FormField, FormPage, Submission
from news.models import NewsPage
from tests.contact.form_pages import at, soup
from tests.factories.contact import protected_post

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo_content", verbosity=0)


def test_expert_meeting_form_is_built_from_the_seed_and_linked_from_its_news_item(client):
    load()

    form = FormPage.objects.get(slug="aanmelden-expertmeeting")
    assert [(field.clean_name, field.field_type, field.required) for field in form.form_fields.all()] == [
        ("naam", "singleline", True),
        ("e_mailadres", "email", True),
        ("aan_welke_thematafels_wil_je_meepraten", "checkboxes", True),
        ("vraag_of_opmerking", "multiline", False),
    ]
    tables = form.form_fields.get(field_type="checkboxes")
    assert tables.choice_list() == [
        "Samenleven in de buurt",
        "Veiligheid",
        "Actief in de samenleving",
        "(Mantel)zorg",
        "Leren/onderwijs",
    ]
    assert (tables.min_choices, tables.max_choices) == (1, 2)
    assert NewsPage.objects.get(slug="expertmeeting-wij-en-het-veld").signup_page_id == form.pk
    assert form.event().slug == "expertmeeting-wij-en-het-veld"
    assert not form.show_in_menus


def test_expert_meeting_form_is_closed_after_its_deadline(client):
    load()

    page = client.get("/aanmelden-expertmeeting/")
    response = client.post(
        "/aanmelden-expertmeeting/",
        protected_post(
            {
                "naam": "Anna",
                "e_mailadres": "anna@example.org",
                "aan_welke_thematafels_wil_je_meepraten": ["Veiligheid"],
            }
        ),
    )

    closed = "Dit formulier is gesloten. Je kon het invullen tot maandag 23 oktober 2017 om 23:59 uur."
    assert closed in soup(page).find(class_="form-page__closed").get_text(" ", strip=True)
    assert response.status_code == 409
    assert not Submission.objects.exists()


def test_open_example_form_takes_signups_with_places(client):
    load()

    with time_machine.travel(at(2027, 1, 15, 12, 0), tick=False):
        html = soup(client.get("/aanmelden-open-vergadering/"))
        response = client.post(
            "/aanmelden-open-vergadering/",
            protected_post(
                {
                    "naam": "Anna Bakker",
                    "e_mailadres": "anna@example.org",
                    "over_welk_onderwerp_wil_je_na_de_pauze_meepraten": "Geld en werk",
                    "ik_geef_de_wij_raad_toestemming_om_mijn_gegevens_te_gebruiken_voor_deze_aanmelding": "on",
                }
            ),
        )

    assert "Er zijn nog 40 plaatsen." in html.find(class_="form-page__facts").get_text(" ", strip=True)
    assert html.find("form", class_="form").find("a", href="/privacy/")
    assert response.status_code == 302
    assert Submission.objects.get().kind == "form"


def test_second_run_adds_no_forms_questions_or_revisions():
    load()
    counts = (FormPage.objects.count(), FormField.objects.count(), Revision.objects.count())

    load()

    assert (FormPage.objects.count(), FormField.objects.count(), Revision.objects.count()) == counts
    assert counts[0] == 2
