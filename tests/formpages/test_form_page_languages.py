"""A sign-up on the English form: the resident reads English, the secretary and the export keep Dutch."""

import csv
import io

import pytest
import time_machine

from demo.translation import translate
from formpages.models import FormPageSubmission
from submissions.models import OutgoingMail, Submission
from tests.factories.contact import FormFieldFactory, protected_post
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.formpages.form_pages import TABLES, at, make_signup_form
from tests.html import soup

pytestmark = pytest.mark.django_db

SECRETARY = "secretariaat@wijraad.example.org"


@pytest.fixture(autouse=True)
def _now():
    with time_machine.travel(at(2027, 3, 1, 12, 0), tick=False):
        yield


@pytest.fixture
def english_form(home):
    page = make_signup_form(home, max_signups=30)  # places, so the confirmation has a cancel link
    FormFieldFactory(page=page, label="Ik kom met de auto", field_type="checkbox", required=False, sort_order=4)
    translate(home, "en", {home.title: "Welcome", home.slug: "home-en"})
    english, _saved = translate(
        page,
        "en",
        {
            "Aanmelden expertmeeting": "Sign up for the expert meeting",
            "aanmelden": "sign-up",
            "Naam": "Name",
            "E-mailadres": "Email address",
            "Thematafels": "Theme tables",
            "Kies één of twee tafels.": "Choose one or two tables.",
            "<br/>".join(TABLES): "Living together<br/>Safety<br/>Active in society<br/>Care<br/>Learning",
            "Vraag of opmerking": "Question or comment",
            "Ik kom met de auto": "I am coming by car",
            "Meld je aan voor de bijeenkomst.": "Sign up for the meeting.",
            "Je hoort van ons als er iets verandert of als we nog iets van je nodig hebben.": "We will let you know.",
            "Bedankt! We hebben je formulier goed ontvangen.": "Thank you! We have received your form.",
        },
    )
    return page, english


def sign_up(client, url, email, car, ip):
    data = {"naam": "Ann Baker", "e_mailadres": email, "thematafels": ["Safety"], "vraag_of_opmerking": ""}
    if car:
        data["ik_kom_met_de_auto"] = "on"
    return client.post(url, protected_post(data), REMOTE_ADDR=ip)


def body(delivered):
    return delivered.message.get_body(("plain",)).get_content()


def test_english_signup_mails_the_resident_english_and_the_secretary_dutch(
    client, english_form, smtp_server, django_capture_on_commit_callbacks
):
    _dutch, english = english_form
    assert english.url == "/en/sign-up/"

    with django_capture_on_commit_callbacks(execute=True):
        assert sign_up(client, english.url, "ann@example.org", car=True, ip="127.0.0.2").status_code == 302
        assert sign_up(client, english.url, "bo@example.org", car=False, ip="127.0.0.3").status_code == 302

    delivered = smtp_server.wait_for(4)
    to_residents = {mail.recipients[0]: body(mail) for mail in delivered if mail.recipients[0] != SECRETARY}
    to_secretary = [body(mail) for mail in delivered if mail.recipients[0] == SECRETARY]

    assert "Your reference number" in to_residents["ann@example.org"]
    assert "I am coming by car: Yes" in to_residents["ann@example.org"]
    assert "I am coming by car: No" in to_residents["bo@example.org"]
    for text in to_residents.values():
        assert "Theme tables: Safety" in text
        assert "Ann Baker" not in text  # typed answers are never repeated to the sender (see test_confirmation.py)
        assert "Ja" not in text.split() and "Nee" not in text.split()
    assert len(to_secretary) == 2
    assert sorted(text.count("Ik kom met de auto: Ja") for text in to_secretary) == [0, 1]
    assert sorted(text.count("Ik kom met de auto: Nee") for text in to_secretary) == [0, 1]
    for text in to_secretary:
        assert "Thematafels: Veiligheid" in text
        assert "Naam: Ann Baker" in text
        assert "coming by car" not in text and "Safety" not in text
    stored = Submission.objects.get(sender_email="ann@example.org")
    assert stored.language == "en"
    assert stored.value("ik_kom_met_de_auto") == "Ja"


def test_export_of_english_signups_keeps_dutch_headings_and_values(secretary_client, english_form):
    dutch, english = english_form
    sign_up(secretary_client, english.url, "ann@example.org", car=True, ip="127.0.0.2")
    sign_up(secretary_client, english.url, "bo@example.org", car=False, ip="127.0.0.3")
    assert FormPageSubmission.objects.count() == 2

    exports = {}
    for page in (dutch, english):
        response = secretary_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
        assert response.status_code == 200
        exports[page.pk] = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert exports[dutch.pk] == exports[english.pk]
    headings, *rows = exports[dutch.pk]
    assert headings == [
        "Verstuurd op",
        "Kenmerk",
        "Naam",
        "E-mailadres",
        "Thematafels",
        "Vraag of opmerking",
        "Ik kom met de auto",
        "Afgemeld op",
    ]
    assert [(row[4], row[6]) for row in rows] == [("Veiligheid", "Ja"), ("Veiligheid", "Nee")]


def test_english_confirmation_has_an_english_cancel_link_and_the_old_dutch_path_redirects(client, english_form):
    _dutch, english = english_form
    sign_up(client, english.url, "ann@example.org", car=False, ip="127.0.0.2")
    token = FormPageSubmission.objects.get().cancel_token
    confirmation = OutgoingMail.objects.get(to=["ann@example.org"])

    assert f"/en/sign-up/cancel/{token}/\n" in confirmation.body
    assert "afmelden" not in confirmation.body
    assert client.get(f"/en/sign-up/cancel/{token}/").status_code == 200
    old = client.get(f"/en/sign-up/afmelden/{token}/")
    assert old.status_code == 301
    assert old["Location"] == f"/en/sign-up/cancel/{token}/"
    assert client.get(f"/aanmelden/afmelden/{token}/").status_code == 200


def test_english_event_links_to_the_english_form(client, home, english_form):
    dutch, _english = english_form
    index = NewsIndexPageFactory(parent=home)
    event = NewsPageFactory(
        parent=index, title="Expertmeeting", slug="expertmeeting", event_start=at(2027, 3, 16, 19, 0), signup_page=dutch
    )
    translate(index, "en", {index.title: "News", index.slug: "news"})
    english_event, _saved = translate(
        event, "en", {"Expertmeeting": "Expert meeting", "expertmeeting": "expert-meeting"}
    )

    html = soup(client.get(english_event.url))
    dutch_html = soup(client.get(event.url))

    assert english_event.url == "/en/news/expert-meeting/"
    assert html.find("a", class_="button", string="Sign up")["href"] == "/en/sign-up/"
    assert dutch_html.find("a", class_="button", string="Aanmelden")["href"] == "/aanmelden/"


def test_english_thank_you_address_is_english_and_the_dutch_parameter_still_works(client, english_form):
    _dutch, english = english_form

    response = sign_up(client, english.url, "ann@example.org", car=False, ip="127.0.0.2")

    assert response["Location"].startswith("/en/sign-up/?received=")
    signed = response["Location"].partition("=")[2]
    reference = Submission.objects.get().reference
    for url in (response["Location"], f"{english.url}?ontvangen={signed}"):
        html = soup(client.get(url))
        assert html.find(class_="confirmation__reference").get_text() == reference
