"""Applying on a vacancy page: the form, what is stored, the mails over real SMTP, and a closed vacancy."""

import datetime
import email.utils
import re

import pytest

from submissions.models import OutgoingMail, Submission
from tests.factories.home import ContentPageFactory
from tests.factories.vacancies import VacancyPageFactory
from tests.html import soup
from vacancies.models import Application, ApplicationStatusChange, VacancySettings

from .applications_support import (
    PDF_BYTES,
    VALID_DATA,
    apply,
    pdf,
    stored_files,
)

pytestmark = pytest.mark.django_db

SECRETARY = "secretariaat@wijraad.example.org"


def test_open_vacancy_shows_the_application_form(client, open_vacancy):
    response = client.get(open_vacancy.url)

    assert response.status_code == 200
    html = soup(response)
    form = html.find("form", enctype="multipart/form-data")
    assert form is not None
    for name in ["name", "email", "phone", "neighbourhood", "motivation", "cv", "consent", "keep_for_future"]:
        assert form.find(attrs={"name": name}), name
    assert [radio["value"] for radio in form.find_all("input", attrs={"name": "relation"})] == [
        "eigen_ervaring",
        "familielid",
        "mantelzorger",
        "wettelijk_vertegenwoordiger",
        "anders",
    ]
    assert form.find("input", attrs={"name": "cv"})["accept"] == ".pdf,.doc,.docx,.odt"
    assert html.find("label", attrs={"for": "id_neighbourhood"}).get_text(" ", strip=True) == "Wijk of postcode"
    assert "no-store" in response["Cache-Control"]


def test_consent_links_to_the_privacy_statement(client, privacy_page, open_vacancy):
    html = soup(client.get(open_vacancy.url))

    assert html.find("p", id="id_consent_helptext").find("a", href="/privacy/")
    # Once, beside the consent it is about.
    assert len(html.select('form a[href="/privacy/"]')) == 1


def test_without_a_chosen_privacy_statement_the_form_links_none(client, home, open_vacancy):
    # A page called /privacy/ that nobody chose in the settings is not guessed at.
    ContentPageFactory(parent=home, title="Privacy", slug="privacy")

    html = soup(client.get(open_vacancy.url))

    assert html.select_one("form a[href='/privacy/']") is None
    assert html.select_one("form .form-privacy") is None


def test_keep_for_future_option_states_the_periods_from_the_settings(client, site, open_vacancy):
    VacancySettings.objects.update_or_create(
        site=site, defaults={"retention_weeks": 6, "retention_months_with_consent": 9}
    )

    html = soup(client.get(open_vacancy.url))

    label = html.find("label", attrs={"for": "id_keep_for_future"}).get_text(" ", strip=True)
    assert "9 maanden bewaren" in label
    assert "6 weken na het einde van de procedure" in html.find("p", id="id_keep_for_future_helptext").text


def test_valid_application_is_stored_with_its_file_and_first_step(client, open_vacancy, private_root):
    response = apply(client, open_vacancy, upload=pdf("Mijn CV (2026).pdf"), keep_for_future="on")

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.kind, submission.page_id, submission.subject) == (
        "application",
        open_vacancy.pk,
        open_vacancy.title,
    )
    assert (submission.sender_name, submission.sender_email) == ("Fatima el Amrani", "fatima@example.org")
    application = submission.application
    assert application.vacancy == open_vacancy
    assert application.phone == "06 12 34 56 78"
    assert application.neighbourhood == "9724 AB"
    assert application.get_relation_display() == "Ik ben mantelzorger van iemand die hulp krijgt van WIJ"
    assert application.motivation == VALID_DATA["motivation"]
    assert application.keep_for_future is True
    assert application.status == "ontvangen"
    assert list(application.status_changes.values_list("status", flat=True)) == ["ontvangen"]
    assert len(application.token) >= 43
    # The file is stored privately under a random name; the applicant's name is kept only for the download.
    assert re.fullmatch(r"applications/[0-9a-f]{32}\.pdf", application.cv.name)
    assert application.cv_filename == "Mijn CV _2026.pdf"
    assert application.cv_mimetype == "application/pdf"
    assert [path.read_bytes() for path in stored_files(private_root)] == [PDF_BYTES]

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Bedankt voor je aanmelding" in thanks.content.decode()
    assert submission.reference in thanks.content.decode()


def test_application_without_file_is_accepted(client, open_vacancy, private_root):
    assert apply(client, open_vacancy).status_code == 302

    application = Application.objects.get()
    assert not application.cv
    assert stored_files(private_root) == []


def test_invalid_application_keeps_the_input_and_stores_nothing(client, open_vacancy, private_root):
    response = apply(client, open_vacancy, upload=pdf(), email="geen-adres", relation="")

    assert response.status_code == 200
    html = soup(response)
    summary = html.find(class_="error-summary")
    assert "Vul een e-mailadres in zoals naam@voorbeeld.nl." in summary.text
    assert "Kies wat het beste bij je past." in summary.text
    # A browser never sends a file back: the applicant is told to choose it again.
    assert "Kies je bestand opnieuw." in summary.text
    assert html.find("input", attrs={"name": "name"})["value"] == "Fatima el Amrani"
    assert html.title.text.startswith("Fout:")
    assert Submission.objects.count() == 0
    assert stored_files(private_root) == []


def test_application_mails_reach_the_secretary_and_the_applicant_over_smtp(
    client, open_vacancy, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(client, open_vacancy, upload=pdf())

    delivered = {item.recipients[0]: item.message for item in smtp_server.wait_for(2)}
    assert set(delivered) == {SECRETARY, "fatima@example.org"}
    application = Application.objects.get()

    to_secretary = delivered[SECRETARY]
    assert to_secretary["Reply-To"] == "fatima@example.org"
    assert application.reference in to_secretary["Subject"]
    body = to_secretary.get_body(("plain",)).get_content()
    for text in ["Fatima el Amrani", "fatima@example.org", "06 12 34 56 78", "9724 AB", VALID_DATA["motivation"]]:
        assert text in body
    # The CV is a link behind the admin login, not an attachment.
    cv_url = f"http://localhost/admin/applications/cv/{application.pk}/"
    assert cv_url in body
    assert not list(to_secretary.iter_attachments())

    confirmation = delivered["fatima@example.org"]
    assert email.utils.parseaddr(confirmation["Reply-To"])[1] == SECRETARY
    body = confirmation.get_body(("plain",)).get_content()
    assert f"http://localhost/aanmelding/{application.token}/" in body
    assert "1. Aanmelding ontvangen" in body
    assert "2. Kennismakingsgesprek\n   Met de voorzitter." in body.replace("\r\n", "\n")
    assert "5. Benoeming\n   Door Stichting WIJ." in body.replace("\r\n", "\n")
    assert VALID_DATA["motivation"] not in body


def test_cv_is_attached_when_the_setting_says_so(
    client, site, open_vacancy, smtp_server, django_capture_on_commit_callbacks
):
    VacancySettings.objects.update_or_create(site=site, defaults={"attach_cv_to_mail": True})

    with django_capture_on_commit_callbacks(execute=True):
        apply(client, open_vacancy, upload=pdf("cv-fatima.pdf"))

    delivered = {item.recipients[0]: item.message for item in smtp_server.wait_for(2)}
    attachments = list(delivered[SECRETARY].iter_attachments())
    assert [(part.get_filename(), part.get_content_type()) for part in attachments] == [
        ("cv-fatima.pdf", "application/pdf")
    ]
    assert attachments[0].get_content() == PDF_BYTES
    assert "als bijlage" in delivered[SECRETARY].get_body(("plain",)).get_content()
    # The applicant's own confirmation never carries the file.
    assert not list(delivered["fatima@example.org"].iter_attachments())


def test_double_post_stores_one_application_and_one_file(client, open_vacancy, private_root):
    from tests.factories.contact import protected_post

    data = protected_post(VALID_DATA)

    first = client.post(open_vacancy.url, {**data, "cv": pdf()})
    second = client.post(open_vacancy.url, {**data, "cv": pdf()})

    assert first["Location"] == second["Location"]
    assert Application.objects.count() == 1
    assert OutgoingMail.objects.count() == 2
    assert len(stored_files(private_root)) == 1


def test_closed_vacancy_refuses_applications(client, vacancy_index, private_root, frozen_today):
    closed = VacancyPageFactory(
        parent=vacancy_index, slug="gesloten", closing_date=frozen_today - datetime.timedelta(1)
    )

    page = client.get(closed.url)
    assert page.status_code == 200
    assert "Deze vacature is gesloten" in page.content.decode()
    assert not soup(page).find("input", attrs={"name": "motivation"})

    response = apply(client, closed, upload=pdf())

    assert response.status_code == 410
    assert "Je aanmelding is niet verstuurd" in response.content.decode()
    assert Submission.objects.count() == 0
    assert ApplicationStatusChange.objects.count() == 0
    assert OutgoingMail.objects.count() == 0
    assert stored_files(private_root) == []


def test_vacancy_closing_today_still_accepts_applications(client, vacancy_index, private_root, frozen_today):
    last_day = VacancyPageFactory(parent=vacancy_index, slug="laatste-dag", closing_date=frozen_today)

    assert apply(client, last_day).status_code == 302
    assert Application.objects.get().vacancy == last_day


def test_application_on_the_english_page_is_confirmed_in_english(client, open_vacancy):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    home_en = open_vacancy.get_parent().get_parent().specific.copy_for_translation(english)
    home_en.save_revision().publish()
    index_en = open_vacancy.get_parent().specific.copy_for_translation(english)
    index_en.save_revision().publish()
    vacancy_en = open_vacancy.copy_for_translation(english)
    vacancy_en.save_revision().publish()
    vacancy_en.refresh_from_db()

    response = apply(client, vacancy_en)

    assert response.status_code == 302
    application = Application.objects.get()
    assert application.language == "en"
    confirmation = OutgoingMail.objects.get(to=["fatima@example.org"])
    assert confirmation.language == "en"
    assert f"/en/application/{application.token}/" in confirmation.body
    assert OutgoingMail.objects.get(to=[SECRETARY]).language == "nl"
