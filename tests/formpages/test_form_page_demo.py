"""Demo content of the contact app: the contact page, the closed expert-meeting sign-up linked from its news item,
and an open example form."""

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from contact.models import ContactPage
from formpages.models import FormField, FormPage, FormPageSubmission
from news.models import NewsPage
from submissions.models import Submission
from tests.factories.contact import protected_post
from tests.formpages.form_pages import at
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

EXPERT_EN = "/en/sign-up-expert-meeting/"
MEETING_EN = "/en/sign-up-open-meeting/"
NEWS_ITEM_EN = "/en/news/expert-meeting-wij-and-the-field/"


def load():
    call_command("load_demo_content", verbosity=0)


def test_expert_meeting_form_is_built_from_the_seed_and_linked_from_its_news_item(client):
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
    # The example meeting is dated from the day the demo was loaded (today): its form is open now.
    html = soup(client.get("/aanmelden-open-vergadering/"))
    response = client.post(
        "/aanmelden-open-vergadering/",
        protected_post(
            {
                "naam": "Anna Bakker",
                "e_mailadres": "anna@example.org",
                "over_welk_onderwerp_wil_je_na_de_pauze_meepraten": "Geld en werk",
            }
        ),
    )

    assert "Er zijn nog 40 plaatsen." in html.find(class_="form-page__facts").get_text(" ", strip=True)
    # No consent box: signing up is the council's task; the form links the privacy statement instead.
    assert not html.find("form", class_="form").find("input", attrs={"type": "checkbox", "required": True})
    assert html.find("form", class_="form").select_one(".form-privacy a")["href"] == "/privacy/"
    assert response.status_code == 302
    assert Submission.objects.get().kind == "form"


def demo_state():
    return {
        "forms": list(FormPage.objects.order_by("pk").values_list("pk", "locale_id", "slug", "latest_revision_id")),
        "questions": list(FormField.objects.order_by("pk").values_list("pk", "page_id", "label", "choices")),
        "news": list(NewsPage.objects.order_by("pk").values_list("pk", "signup_page_id", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "strings": list(StringTranslation.objects.order_by("pk").values_list("pk", "updated_at")),
        "logs": TranslationLog.objects.count(),
    }


def test_second_run_adds_no_forms_questions_revisions_or_translations():
    state = demo_state()

    load()

    assert demo_state() == state
    assert sorted(FormPage.objects.values_list("locale__language_code", flat=True)) == ["en", "en", "nl", "nl"]


# English ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "h1"),
    [
        (EXPERT_EN, "Sign up for the expert meeting ‘WIJ and the field’"),
        (MEETING_EN, "Sign up for the open meeting of the WIJ-raad"),
    ],
)
def test_english_form_pages_answer_in_english(client, url, h1):
    response = client.get(url)

    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "en"
    assert html.h1.get_text() == h1


def test_english_forms_translate_every_text_and_keep_names_and_settings(demo):
    assert demo.warnings_from("demo.translation") == []
    for slug, english_slug in [
        ("aanmelden-expertmeeting", "sign-up-expert-meeting"),
        ("aanmelden-open-vergadering", "sign-up-open-meeting"),
    ]:
        dutch = FormPage.objects.get(slug=slug)
        english = FormPage.objects.get(slug=english_slug)
        assert english.translation_key == dutch.translation_key
        assert english.locale.language_code == "en"
        assert (english.closes_at, english.max_signups) == (dutch.closes_at, dutch.max_signups)
        pairs = list(zip(dutch.form_fields.all(), english.form_fields.all(), strict=True))
        for dutch_field, english_field in pairs:
            assert english_field.clean_name == dutch_field.clean_name
            assert (english_field.field_type, english_field.required) == (dutch_field.field_type, dutch_field.required)
            assert english_field.label != dutch_field.label
            assert len(english_field.choice_list()) == len(dutch_field.choice_list())
    topics = FormPage.objects.get(slug="sign-up-open-meeting").form_fields.get(field_type="radio")
    assert topics.choice_list() == [
        "Housing and care in the neighbourhood",
        "Money and work",
        "Taking part in the neighbourhood",
    ]
    assert topics.choice_capacity == 15
    needs = FormPage.objects.get(slug="aanmelden-open-vergadering").form_fields.get(field_type="checkboxes")
    assert needs.choice_places() == {
        "Een plek voor een rolstoel": 4,
        "Een ringleiding (voor slechthorenden)": None,
        "Hulp bij de ingang": None,
    }


def test_the_open_meeting_has_four_wheelchair_places_in_both_languages(client):
    name = "heb_je_iets_nodig_om_mee_te_kunnen_doen"
    topic = "over_welk_onderwerp_wil_je_na_de_pauze_meepraten"
    for number in range(4):
        url, wheelchair, chosen = (
            (MEETING_EN, "A place for a wheelchair", "Money and work")
            if number % 2
            else ("/aanmelden-open-vergadering/", "Een plek voor een rolstoel", "Geld en werk")
        )
        data = {"naam": f"Bewoner {number}", "e_mailadres": f"{number}@example.org", topic: chosen, name: [wheelchair]}
        assert client.post(url, protected_post(data), REMOTE_ADDR=f"127.0.2.{number}").status_code == 302

    for url, wheelchair in [
        ("/aanmelden-open-vergadering/", "Een plek voor een rolstoel (vol)"),
        (MEETING_EN, "A place for a wheelchair (full)"),
    ]:
        html = soup(client.get(url))
        box = html.find("input", attrs={"name": name, "disabled": True})
        assert html.find("label", attrs={"for": box["id"]}).get_text(strip=True) == wheelchair


def test_english_open_form_shows_english_questions_and_takes_a_signup(client):
    html = soup(client.get(MEETING_EN))
    response = client.post(
        MEETING_EN,
        protected_post(
            {
                "naam": "Ann Baker",
                "e_mailadres": "ann@example.org",
                "over_welk_onderwerp_wil_je_na_de_pauze_meepraten": "Money and work",
            }
        ),
    )
    dutch = soup(client.get("/aanmelden-open-vergadering/"))

    form = html.find("form", class_="form")
    labels = [label.get_text(" ", strip=True) for label in form.find_all(["label", "legend"])]
    assert any(label.startswith("Which topic would you like to talk about after the break?") for label in labels)
    assert form.find("input", attrs={"type": "radio", "value": "Money and work"})
    assert form.find("a", href="/en/privacy/")
    assert "Naam" not in form.get_text(" ", strip=True)
    assert response.status_code == 302
    signup = FormPageSubmission.objects.get()
    assert signup.submission.language == "en"
    assert signup.form_data["over_welk_onderwerp_wil_je_na_de_pauze_meepraten"] == "Geld en werk"
    assert "Er zijn nog 39 plaatsen." in dutch.find(class_="form-page__facts").get_text(" ", strip=True)


def test_english_expert_meeting_and_its_form_link_to_each_other_in_english(client):
    with time_machine.travel(at(2017, 10, 20, 12, 0), tick=False):
        news_item = soup(client.get(NEWS_ITEM_EN))
        form_page = soup(client.get(EXPERT_EN))
        response = client.post(
            EXPERT_EN,
            protected_post(
                {
                    "naam": "Ann Baker",
                    "e_mailadres": "ann@example.org",
                    "aan_welke_thematafels_wil_je_meepraten": ["Safety", "Learning/education"],
                }
            ),
        )

    assert news_item.find("a", class_="button", href=EXPERT_EN).get_text(strip=True) == "Sign up"
    assert form_page.find(class_="form-page__event").find("a", href=NEWS_ITEM_EN)
    form = form_page.find("form", class_="form")
    assert form.find("input", attrs={"type": "checkbox", "value": "Safety"})
    assert "At which theme tables would you like to join the talks?" in form.get_text(" ", strip=True)
    assert response.status_code == 302
    signup = FormPageSubmission.objects.get()
    assert signup.form_data["aan_welke_thematafels_wil_je_meepraten"] == ["Veiligheid", "Leren/onderwijs"]
    # The link is synchronised: the English news item keeps the Dutch form page and shows its English translation.
    english_item = NewsPage.objects.get(slug="expert-meeting-wij-and-the-field")
    assert english_item.signup_page_id == FormPage.objects.get(slug="aanmelden-expertmeeting").pk


def test_demo_content_creates_the_contact_page_once(client):
    call_command("load_demo_content", verbosity=0)  # a second run

    page = ContactPage.objects.get(locale__language_code="nl")
    assert page.url_path.endswith("/contact/")
    assert page.show_in_menus
    response = client.get("/contact/")
    assert response.status_code == 200
    assert "Stuur ons een bericht" in response.content.decode()
    english = client.get("/en/contact/")
    assert english.status_code == 200
    assert "Question about the WIJ-raad" in english.content.decode()
    assert ContactPage.objects.count() == 2
