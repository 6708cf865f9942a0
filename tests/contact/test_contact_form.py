"""The contact page and its form: what a resident sees, what is stored and which mails go out."""

import re

import pytest

from home.models import SiteSettings
from submissions.models import MailState, OutgoingMail, Submission
from tests.contact.conftest import MESSAGE
from tests.factories.contact import ContactPageFactory, answers, protected_post
from tests.factories.home import ContentPageFactory, FooterTextFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def post(client, data, path="/contact/", **kwargs):
    return client.post(path, protected_post(data), **kwargs)


def test_contact_page_shows_details_and_the_form(client, contact_page, site):
    settings = SiteSettings.for_site(site)
    settings.phone = "050 123 45 67"
    settings.save()

    response = client.get("/contact/")

    assert response.status_code == 200
    html = soup(response)
    assert html.find("a", href="mailto:secretariaat@wijraad.example.org")
    assert "050 123 45 67" in html.text
    for name in ["name", "email", "phone", "message"]:
        assert html.find(attrs={"name": name}), name
    # Answering a message is the council's task, not a matter of consent: no consent box (see the privacy statement).
    assert html.find(attrs={"name": "consent"}) is None
    assert [radio["value"] for radio in html.find_all("input", attrs={"name": "subject"})] == [
        "Vraag over de WIJ-raad",
        "Idee of signaal",
        "Anders",
    ]
    assert html.find("legend").get_text(" ", strip=True) == "Onderwerp (verplicht)"
    assert html.find("label", attrs={"for": "id_name"}).get_text(" ", strip=True) == "Naam (verplicht)"
    assert html.find("label", attrs={"for": "id_phone"}).get_text(" ", strip=True) == "Telefoonnummer"
    assert "no-store" in response["Cache-Control"]


def test_form_links_the_privacy_statement_chosen_in_the_settings(client, privacy_page, contact_page):
    html = soup(client.get("/contact/"))

    notice = html.select_one("form .form-privacy")
    assert notice.find("a")["href"] == "/privacy/"
    assert "hoe lang we ze bewaren" in notice.get_text(" ", strip=True)


def test_the_form_links_another_privacy_statement_as_soon_as_it_is_chosen(
    client, privacy_page, contact_page, home, site
):
    client.get("/contact/")  # the address is kept from here on
    other = ContentPageFactory(parent=home, title="Privacy en gegevens", slug="gegevens")
    site_settings = SiteSettings.for_site(site)
    site_settings.privacy_page = other
    site_settings.save()

    html = soup(client.get("/contact/"))

    assert html.select_one("form .form-privacy a")["href"] == "/gegevens/"


def test_valid_message_is_stored_and_thanked_with_its_reference(client, contact_page, valid_data):
    response = post(client, valid_data)

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.kind == "contact"
    assert submission.page_id == contact_page.pk
    assert submission.language == "nl"
    assert (submission.sender_name, submission.sender_email) == ("Anna Bakker", "anna.bakker@example.org")
    assert submission.subject == "Vraag over de WIJ-raad"
    assert answers(submission)["message"] == MESSAGE
    assert submission.status == "nieuw"
    assert not submission.flagged
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}", submission.reference)

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert submission.reference in thanks.content.decode()
    assert "Bedankt voor je bericht" in thanks.content.decode()
    assert '<meta name="robots" content="noindex">' in thanks.content.decode()


def test_submission_and_both_mails_are_written_in_the_same_request(client, contact_page, valid_data):
    post(client, valid_data)

    submission = Submission.objects.get()
    mails = {mail.to[0]: mail for mail in submission.mails.all()}
    assert set(mails) == {"secretariaat@wijraad.example.org", "anna.bakker@example.org"}
    assert all(mail.state == MailState.PENDING for mail in mails.values())
    to_secretary = mails["secretariaat@wijraad.example.org"]
    assert to_secretary.reply_to == ["anna.bakker@example.org"]
    assert submission.reference in to_secretary.subject
    assert MESSAGE in to_secretary.body
    confirmation = mails["anna.bakker@example.org"]
    assert MESSAGE not in confirmation.body
    assert submission.reference in confirmation.body


def test_mails_go_out_after_commit(client, contact_page, valid_data, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, valid_data)

    assert sorted(message.to[0] for message in mailoutbox) == [
        "anna.bakker@example.org",
        "secretariaat@wijraad.example.org",
    ]
    assert set(OutgoingMail.objects.values_list("state", flat=True)) == {MailState.SENT}


def test_page_recipient_overrides_the_secretary_address(client, home, valid_data):
    ContactPageFactory(parent=home, recipient="voorzitter@wijraad.example.org")

    post(client, valid_data)

    assert OutgoingMail.objects.filter(to=["voorzitter@wijraad.example.org"]).count() == 1


def test_reload_of_thank_you_page_sends_nothing(client, contact_page, valid_data):
    thanks_url = post(client, valid_data)["Location"]

    client.get(thanks_url)
    client.get(thanks_url)

    assert Submission.objects.count() == 1
    assert OutgoingMail.objects.count() == 2


def test_forged_thank_you_parameter_shows_the_form(client, contact_page):
    response = client.get("/contact/?ontvangen=ABCD-EFGH:forged")

    assert response.status_code == 200
    assert soup(response).find("form")
    assert "ABCD-EFGH" not in response.content.decode()


def test_double_post_stores_one_submission(client, contact_page, valid_data):
    data = protected_post(valid_data)

    first = client.post("/contact/", data)
    second = client.post("/contact/", data)

    assert Submission.objects.count() == 1
    assert OutgoingMail.objects.count() == 2
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]


def test_same_form_sent_again_with_other_text_is_refused_then_a_new_message(client, contact_page, valid_data, settings):
    data = protected_post(valid_data)

    client.post("/contact/", data)
    again = client.post("/contact/", {**data, "message": "Nog een vraag."})
    assert again.status_code == 200
    assert "Dit formulier is al een keer verstuurd." in again.content.decode()
    assert Submission.objects.count() == 1

    # One more click (with the fresh token the page gave) sends it as a new message.
    settings.FORMS_MIN_FILL_SECONDS = 0
    token = soup(again).find("input", attrs={"name": "form_token"})["value"]
    client.post("/contact/", {**data, "message": "Nog een vraag.", "form_token": token})
    assert Submission.objects.count() == 2


def test_page_without_subjects_does_not_ask_for_one(client, home, valid_data):
    ContactPageFactory(parent=home, subjects=[])
    del valid_data["subject"]

    assert not soup(client.get("/contact/")).find(attrs={"name": "subject"})
    assert post(client, valid_data).status_code == 302
    assert Submission.objects.get().subject == ""


def test_contact_page_has_structured_data(client, contact_page):
    data = contact_page.structured_data(client.get("/contact/").wsgi_request)

    assert data["@type"] == "ContactPage"
    assert data["about"]["email"] == "secretariaat@wijraad.example.org"


def test_contact_page_and_sending_stay_within_their_query_budget(
    client, contact_page, valid_data, django_assert_max_num_queries
):
    client.get("/contact/")  # warm the per-process caches (content types, site)

    with django_assert_max_num_queries(10):
        assert client.get("/contact/").status_code == 200
    # 20: the checks that a form token gives one submission and that the address may get a confirmation add two.
    with django_assert_max_num_queries(20):
        response = post(client, valid_data)
    assert response.status_code == 302
    with django_assert_max_num_queries(10):
        assert client.get(response["Location"]).status_code == 200


def test_contact_page_shows_the_contact_details_the_footer_shows(client, site, contact_page):
    FooterTextFactory(postal_address="WIJ-raad Groningen\nPostbus 1234\n9700 AA Groningen")
    site_settings = SiteSettings.for_site(site)
    site_settings.phone = "050 123 45 67"
    site_settings.save()

    page = soup(client.get("/contact/"))
    details = page.select_one(".contact-details").get_text(" ", strip=True)

    assert details.startswith("Contactgegevens WIJ-raad Groningen Postbus 1234 9700 AA Groningen E-mail:")
    assert details.endswith("Telefoon: 050 123 45 67")
    assert page.select_one(".contact-details a[href^=tel]")["href"] == "tel:0501234567"
    footer = page.select_one("footer section").get_text(" ", strip=True)
    assert details.removeprefix("Contactgegevens") == footer.removeprefix("Contact")
