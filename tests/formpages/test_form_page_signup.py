"""Signing up on a form page: stored through the shared pipeline, mailed over SMTP, refused when not open or full,
and cancelled with the link in the confirmation."""

import icalendar
import pytest
import time_machine

from formpages import signups
from formpages.models import FormPageSubmission
from submissions.models import MailState, OutgoingMail, Submission
from tests.factories.contact import FormFieldFactory, FormPageFactory, protected_post
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.formpages.form_pages import TABLES, at, make_signup_form, signup
from tests.html import soup

pytestmark = pytest.mark.django_db

NOW = at(2027, 3, 1, 12, 0)


@pytest.fixture(autouse=True)
def _now():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def form_page(home):
    return make_signup_form(home)


@pytest.fixture
def event(home, form_page):
    index = NewsIndexPageFactory(parent=home)
    return NewsPageFactory(
        parent=index,
        title="Expertmeeting 'WIJ en het veld'",
        slug="expertmeeting",
        event_start=at(2027, 3, 16, 19, 0),
        event_location="Stadhuis",
        event_address="Grote Markt 1",
        event_city="Groningen",
        signup_page=form_page,
    )


def cancel_path(signup_row):
    return f"/aanmelden/afmelden/{signup_row.cancel_token}/"


def notice(response):
    return soup(response).find(class_="form-page__closed").get_text(" ", strip=True)


# Storing ---------------------------------------------------------------------------------------------------------


def test_signup_is_stored_in_the_shared_table_and_in_wagtails_form_submissions(client, form_page):
    response = signup(client, tables=["Veiligheid", "Leren/onderwijs"])

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.kind, submission.page_id, submission.subject) == ("form", form_page.pk, form_page.title)
    assert (submission.sender_name, submission.sender_email) == ("Anna Bakker", "anna@example.org")
    assert submission.value("thematafels") == "Veiligheid, Leren/onderwijs"
    row = FormPageSubmission.objects.get()
    assert row.submission == submission
    assert row.page_id == form_page.pk
    assert list(form_page.get_submissions()) == [row]
    assert row.form_data["thematafels"] == ["Veiligheid", "Leren/onderwijs"]
    assert submission.mails.count() == 2

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert submission.reference in thanks.content.decode()
    assert "Je krijgt ook een bevestiging per e-mail." in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]


def test_form_page_is_never_cached_and_shows_the_form(client, form_page):
    response = client.get("/aanmelden/")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert soup(response).find("form", class_="form").find("button").get_text() == "Versturen"


def test_mail_to_secretary_and_confirmation_with_calendar_file_arrive_over_smtp(
    client, form_page, event, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signup(client, tables=["Veiligheid", "(Mantel)zorg"], vraag_of_opmerking="Is er een ringleiding?")

    delivered = {mail.recipients[0]: mail for mail in smtp_server.wait_for(2)}
    assert set(delivered) == {"secretariaat@wijraad.example.org", "anna@example.org"}
    reference = Submission.objects.get().reference

    to_secretary = delivered["secretariaat@wijraad.example.org"].message
    assert to_secretary["Reply-To"] == "anna@example.org"
    assert to_secretary["Subject"] == f"Formulier: Aanmelden expertmeeting ({reference})"
    body = to_secretary.get_body(("plain",)).get_content()
    for line in [
        "Naam: Anna Bakker",
        "E-mailadres: anna@example.org",
        "Thematafels: Veiligheid, (Mantel)zorg",
        "Vraag of opmerking: Is er een ringleiding?",
        f"http://localhost/admin/forms/submissions/{form_page.pk}/",
    ]:
        assert line in body

    confirmation = delivered["anna@example.org"].message
    assert confirmation["Subject"] == f"Bevestiging: Aanmelden expertmeeting ({reference})"
    text = confirmation.get_body(("plain",)).get_content()
    assert form_page.confirmation_text in text
    # What the resident typed is never echoed back (the address may not be theirs), only what they picked: see
    # test_confirmation.py.
    assert "Thematafels: Veiligheid, (Mantel)zorg" in text
    assert "ringleiding" not in text and "Anna" not in text
    assert "Wanneer: dinsdag 16 maart 2027, 19:00 uur" in text
    assert "Waar: Stadhuis, Grote Markt 1, Groningen" in text
    assert cancel_path(FormPageSubmission.objects.get()) in text
    [attachment] = list(confirmation.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "expertmeeting.ics"
    [vevent] = icalendar.Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Expertmeeting 'WIJ en het veld'"
    assert vevent.decoded("DTSTART") == at(2027, 3, 16, 19, 0)
    assert set(OutgoingMail.objects.values_list("state", flat=True)) == {MailState.SENT}


def test_form_without_event_or_places_sends_no_calendar_file_and_no_cancel_link(client, form_page):
    signup(client)

    confirmation = OutgoingMail.objects.get(to=["anna@example.org"])
    assert not confirmation.attachments.exists()
    assert "afmelden" not in confirmation.body


def test_page_recipients_replace_the_secretary_address(client, home):
    make_signup_form(home, to_address="voorzitter@example.org, penningmeester@example.org")

    signup(client)

    to_staff = OutgoingMail.objects.exclude(to=["anna@example.org"]).get()
    assert to_staff.to == ["voorzitter@example.org", "penningmeester@example.org"]


def test_form_without_email_question_mails_only_the_secretary(client, home):
    page = FormPageFactory(parent=home, slug="peiling", title="Peiling")
    FormFieldFactory(page=page, label="Wat vind je van de buurt?", field_type="radio", choices="Goed\nMatig\nSlecht")

    response = client.post("/peiling/", protected_post({"wat_vind_je_van_de_buurt": "Goed"}))

    assert response.status_code == 302
    assert [mail.to for mail in OutgoingMail.objects.all()] == [["secretariaat@wijraad.example.org"]]
    assert "Je krijgt ook een bevestiging" not in client.get(response["Location"]).content.decode()


# Open, closed and full ------------------------------------------------------------------------------------------


def test_form_before_opening_says_when_it_opens_and_refuses_posts(client, home):
    make_signup_form(home, opens_at=at(2027, 3, 2, 9, 0))
    expected = "Dit formulier is nog niet open. Je kunt het invullen vanaf dinsdag 2 maart 2027 om 09:00 uur."

    page = client.get("/aanmelden/")
    assert expected in notice(page)
    assert not soup(page).find("form", class_="form")

    response = signup(client)
    assert response.status_code == 409
    assert expected in notice(response)
    assert not Submission.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_closed_form_says_so_and_refuses_posts(client, home):
    make_signup_form(home, closes_at=at(2027, 2, 28, 23, 59))
    expected = "Dit formulier is gesloten. Je kon het invullen tot zondag 28 februari 2027 om 23:59 uur."

    assert expected in notice(client.get("/aanmelden/"))
    response = signup(client)

    assert response.status_code == 409
    assert expected in notice(response)
    assert not Submission.objects.exists()


def test_open_form_shows_its_deadline_and_places_left(client, home):
    make_signup_form(home, closes_at=at(2027, 3, 9, 23, 59), max_signups=2)
    signup(client)

    facts = soup(client.get("/aanmelden/")).find(class_="form-page__facts").get_text(" ", strip=True)

    assert "Je kunt dit formulier versturen tot dinsdag 9 maart 2027, 23:59 uur." in facts
    assert "Er is nog 1 plaats." in facts


def test_full_form_refuses_more_signups(client, home):
    make_signup_form(home, max_signups=2)
    assert signup(client, email="een@example.org", ip="127.0.0.2").status_code == 302
    assert signup(client, email="twee@example.org", ip="127.0.0.3").status_code == 302

    assert "Alle plaatsen zijn bezet. Je kunt je niet meer aanmelden." in notice(client.get("/aanmelden/"))
    response = signup(client, email="drie@example.org", ip="127.0.0.4")

    assert response.status_code == 409
    assert "Alle plaatsen zijn bezet." in notice(response)
    assert Submission.objects.count() == 2


def test_full_choice_is_shown_as_full_and_cannot_be_chosen(client, home):
    page = make_signup_form(home)
    page.form_fields.filter(clean_name="thematafels").update(choice_capacity=1)
    signup(client, email="een@example.org", tables=["Veiligheid"], ip="127.0.0.2")

    html = soup(client.get("/aanmelden/"))
    full = html.find("input", attrs={"name": "thematafels", "value": "Veiligheid"})
    assert full.has_attr("disabled")
    assert html.find("label", attrs={"for": full["id"]}).get_text() == "Veiligheid (vol)"
    assert not html.find("input", attrs={"name": "thematafels", "value": "Leren/onderwijs"}).has_attr("disabled")

    refused = signup(client, email="twee@example.org", tables=["Veiligheid", "Leren/onderwijs"], ip="127.0.0.3")
    assert refused.status_code == 200
    assert soup(refused).find("p", id="id_thematafels_error").get_text(" ", strip=True) == (
        "Fout: Thematafels: Veiligheid is vol. Kies iets anders."
    )
    assert Submission.objects.count() == 1

    assert signup(client, email="twee@example.org", tables=["Leren/onderwijs"], ip="127.0.0.3").status_code == 302


def test_choice_that_fills_up_while_sending_is_refused_inside_the_transaction(client, home, monkeypatch):
    page = make_signup_form(home)
    page.form_fields.filter(clean_name="thematafels").update(choice_capacity=1)
    signup(client, email="een@example.org", tables=["Veiligheid"], ip="127.0.0.2")
    # The second resident's check before storing still saw room: only the count under the lock knows better.
    stale = signups.Availability(signups.State.OPEN)
    monkeypatch.setattr(signups, "availability", lambda page, fields, now=None: stale)

    response = signup(client, email="twee@example.org", tables=["Veiligheid", "Leren/onderwijs"], ip="127.0.0.3")

    assert response.status_code == 200
    html = soup(response)
    assert (
        html.find(class_="error-summary")
        .get_text(" ", strip=True)
        .endswith("Er is intussen geen plaats meer bij: Veiligheid. Kies iets anders.")
    )
    full = html.find("input", attrs={"name": "thematafels", "value": "Veiligheid"})
    assert full.has_attr("disabled")
    assert html.find("input", attrs={"name": "naam"})["value"] == "Anna Bakker"
    assert Submission.objects.count() == FormPageSubmission.objects.count() == 1
    assert OutgoingMail.objects.count() == 2


def test_form_that_fills_up_while_sending_is_refused_inside_the_transaction(client, home, monkeypatch):
    make_signup_form(home, max_signups=1)
    signup(client, email="een@example.org", ip="127.0.0.2")
    stale = signups.Availability(signups.State.OPEN)
    monkeypatch.setattr(signups, "availability", lambda page, fields, now=None: stale)

    response = signup(client, email="twee@example.org", ip="127.0.0.3")

    assert response.status_code == 200
    assert "Alle plaatsen zijn bezet. Je kunt je niet meer aanmelden." in soup(response).find(
        class_="error-summary"
    ).get_text(" ", strip=True)
    assert Submission.objects.count() == 1
    assert OutgoingMail.objects.count() == 2


def test_when_every_choice_of_a_required_question_is_full_the_form_is_full(client, home):
    page = FormPageFactory(parent=home, slug="tafels")
    FormFieldFactory(page=page, label="E-mailadres", field_type="email")
    FormFieldFactory(page=page, label="Tafel", field_type="radio", choices="A\nB", choice_capacity=1)
    for number, table in enumerate("AB"):
        data = protected_post({"e_mailadres": f"{number}@example.org", "tafel": table})
        assert client.post("/tafels/", data, REMOTE_ADDR=f"127.0.0.{number + 2}").status_code == 302

    assert "Alle plaatsen zijn bezet." in notice(client.get("/tafels/"))


# Cancelling ------------------------------------------------------------------------------------------------------


def test_cancel_link_asks_first_then_frees_the_place(client, home, event):
    page = event.signup_page.specific
    page.max_signups = 1
    page.save_revision().publish()
    signup(client, email="een@example.org", ip="127.0.0.2")
    row = FormPageSubmission.objects.get()
    assert "Alle plaatsen zijn bezet." in notice(client.get("/aanmelden/"))

    question = client.get(cancel_path(row))
    assert question.status_code == 200
    assert f"Je kenmerk is {row.submission.reference}" in soup(question).find("main").get_text(" ", strip=True)
    assert soup(question).find("form", class_="form").find("button").get_text() == "Ja, meld mij af"
    assert FormPageSubmission.objects.get().cancelled_at is None

    done = client.post(cancel_path(row))
    assert done.status_code == 302
    assert "Je bent afgemeld" in client.get(done["Location"]).content.decode()
    assert FormPageSubmission.objects.get().cancelled_at == NOW
    cancelled_mail = OutgoingMail.objects.get(subject__startswith="Afmelding")
    assert cancelled_mail.to == ["secretariaat@wijraad.example.org"]
    assert "Anna Bakker heeft zich afgemeld" in cancelled_mail.body

    client.post(cancel_path(row))  # sent again: nothing more happens
    assert OutgoingMail.objects.filter(subject__startswith="Afmelding").count() == 1
    assert soup(client.get("/aanmelden/")).find("form", class_="form")
    assert signup(client, email="twee@example.org", ip="127.0.0.3").status_code == 302


@pytest.mark.parametrize("token", ["onzin", "a" * 43, "x" * 300])
def test_wrong_cancel_link_gives_a_friendly_not_found_page(client, form_page, token):
    signup(client)

    for response in (client.get(f"/aanmelden/afmelden/{token}/"), client.post(f"/aanmelden/afmelden/{token}/")):
        assert response.status_code == 404
        assert "Deze link om af te melden werkt niet." in response.content.decode()
    for odd in ["%00", "%C3%A9%27%22", "a/b"]:
        assert client.get(f"/aanmelden/afmelden/{odd}/").status_code == 404
    assert FormPageSubmission.objects.active().count() == 1


def test_cancel_link_of_another_form_does_not_work_here(client, home, form_page):
    signup(client)
    other = FormPageFactory(parent=home, slug="ander-formulier")

    response = client.get(f"/ander-formulier/afmelden/{FormPageSubmission.objects.get().cancel_token}/")

    assert response.status_code == 404
    assert other.pk != form_page.pk


def test_cancelling_after_the_event_started_is_not_possible(client, event):
    signup(client)
    row = FormPageSubmission.objects.get()

    with time_machine.travel(at(2027, 3, 16, 19, 30), tick=False):
        response = client.post(cancel_path(row))

    assert "Afmelden kan niet meer" in response.content.decode()
    assert FormPageSubmission.objects.get().cancelled_at is None


# Time and language -----------------------------------------------------------------------------------------------


def test_form_opens_and_closes_on_the_minute(client, home):
    make_signup_form(home, opens_at=at(2027, 3, 2, 9, 0), closes_at=at(2027, 3, 2, 17, 0))

    with time_machine.travel(at(2027, 3, 2, 8, 59), tick=False):
        assert signup(client, ip="127.0.0.2").status_code == 409
    with time_machine.travel(at(2027, 3, 2, 9, 0), tick=False):
        assert signup(client, ip="127.0.0.3").status_code == 302
    with time_machine.travel(at(2027, 3, 2, 17, 0), tick=False):
        assert signup(client, email="later@example.org", ip="127.0.0.4").status_code == 409
    assert Submission.objects.count() == 1


def test_form_translated_with_wagtail_localize_keeps_names_places_and_recipients(client, home):
    from demo.translation import translate

    page = make_signup_form(home, to_address="secretaris@example.org", max_signups=30)
    page.form_fields.filter(clean_name="thematafels").update(choice_capacity=1)
    translate(home, "en", {})
    english, _saved = translate(
        page,
        "en",
        {
            "Aanmelden expertmeeting": "Sign up for the expert meeting",
            "Thematafels": "Theme tables",
            # wagtail-localize shows the lines of a text field to the translator separated by <br/>.
            "<br/>".join(TABLES): "Living together<br/>Safety<br/>Active in society<br/>Care<br/>Learning",
        },
    )

    english_fields = {field.clean_name: field for field in english.form_fields.all()}
    assert english_fields["thematafels"].label == "Theme tables"
    assert english_fields["thematafels"].choice_list()[1] == "Safety"
    assert english_fields["thematafels"].choice_capacity == 1
    assert (english_fields["thematafels"].min_choices, english_fields["thematafels"].max_choices) == (1, 2)
    assert (english.to_address, english.max_signups) == ("secretaris@example.org", 30)
    assert [name for name, _label in english.get_data_fields()] == [name for name, _label in page.get_data_fields()]

    response = client.post(
        english.url,
        protected_post({"naam": "Ann Baker", "e_mailadres": "ann@example.org", "thematafels": ["Safety"]}),
        REMOTE_ADDR="127.0.0.5",
    )

    assert response.status_code == 302
    row = FormPageSubmission.objects.get()
    assert row.form_data["thematafels"] == ["Veiligheid"]  # one set of values for the secretary's export
    assert row.submission.language == "en"
    assert row.submission.value("thematafels") == "Veiligheid"  # the secretary reads the Dutch form's words
    assert OutgoingMail.objects.get(language="nl").to == ["secretaris@example.org"]
    dutch = soup(client.get("/aanmelden/"))
    assert dutch.find("input", attrs={"name": "thematafels", "value": "Veiligheid"}).has_attr("disabled")
    assert list(page.get_submissions()) == list(english.get_submissions()) == [row]


# Choices and their keys ------------------------------------------------------------------------------------------


def test_choices_of_a_page_in_the_default_language_are_their_own_keys(form_page):
    fields = list(form_page.get_form_fields())

    assert signups.choice_keys(form_page, fields)["thematafels"] == {table: table for table in TABLES}
