"""The inbox: one list of every submission with filters and bulk actions, and a detail view to handle one from,
with human values and local times."""

import datetime
import io
from urllib.parse import parse_qs, urlsplit

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from submissions.models import HandlingStatus, MailState, OutgoingMail, Submission, SubmissionStatusChange
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup
from tests.html import soup
from tests.roles import user_with_role
from tests.vacancies.applications_support import PDF_BYTES, private_root  # noqa: F401
from vacancies.models import Application

pytestmark = pytest.mark.django_db

WINTER_EVENING = datetime.datetime(2026, 1, 15, 19, 48, tzinfo=datetime.UTC)  # 20:48 in Amsterdam
BULK = "/admin/bulk/submissions/submission"


def listed_references(client, query=""):
    page = soup(client.get(f"/admin/submissions/{query}"))
    return {link.get_text(strip=True) for link in page.select("td a[href^='/admin/submissions/inspect/']")}


def detail_text(client, submission):
    return " ".join(soup(client.get(f"/admin/submissions/inspect/{submission.pk}/")).get_text(" ").split())


@pytest.fixture
def reader(client):
    """Someone who may read submissions but not change or delete them."""
    user = user_with_role("editor", "lezer")
    user.user_permissions.add(*Permission.objects.filter(codename="view_submission"))
    client.force_login(user)
    return user


@pytest.fixture
def message():
    submission = SubmissionFactory(
        reference="ABCD-EFGH",
        sender_name="Anna Bakker",
        sender_email="anna.bakker@example.org",
        subject="Vraag over de vergadering",
        created_at=WINTER_EVENING,
        data=[
            {"name": "naam", "label": "Naam", "value": "Anna Bakker"},
            {"name": "telefoon", "label": "Telefoonnummer", "value": "050 123 45 67"},
            {"name": "bericht", "label": "Je bericht", "value": "Eerste alinea.\n\nTweede alinea."},
            {"name": "tafels", "label": "Thematafels", "value": ["Veiligheid", "Zorg"]},
        ],
    )
    OutgoingMailFactory(
        submission=submission,
        to=["secretariaat@wijraad.example.org", "voorzitter@wijraad.example.org"],
        state=MailState.SENT,
        created_at=WINTER_EVENING,
        sent_at=WINTER_EVENING + datetime.timedelta(minutes=1),
    )
    return submission


# The list ---------------------------------------------------------------------------------------------------------


def test_one_list_holds_every_kind_with_its_status(secretary_client, home):
    contact = SubmissionFactory(kind="contact")
    application = ApplicationFactory()
    make_signup_form(home)
    signup(Client())
    signup_submission = Submission.objects.get(kind="form")

    text = " ".join(soup(secretary_client.get("/admin/submissions/")).get_text(" ").split())

    assert listed_references(secretary_client) == {
        contact.reference,
        application.submission.reference,
        signup_submission.reference,
    }
    for shown in ["Contactformulier", "Aanmelding vacature", "Formulier: Aanmelden expertmeeting", "Nieuw"]:
        assert shown in text


def test_filters_by_kind_status_form_date_and_search(secretary_client, home):
    contact = SubmissionFactory(kind="contact", created_at=WINTER_EVENING, sender_name="Anna Bakker")
    answered = SubmissionFactory(kind="contact", status=HandlingStatus.ANSWERED)
    application = ApplicationFactory().submission
    form_page = make_signup_form(home)
    signup(Client())
    signup_submission = Submission.objects.get(kind="form")

    assert listed_references(secretary_client, "?kind=contact&status=nieuw") == {contact.reference}
    assert listed_references(secretary_client, "?status=beantwoord") == {answered.reference}
    assert listed_references(secretary_client, "?kind=application") == {application.reference}
    assert listed_references(secretary_client, f"?page={form_page.pk}") == {signup_submission.reference}
    assert listed_references(secretary_client, "?created_at_to=2026-01-15") == {contact.reference}
    assert contact.reference not in listed_references(secretary_client, "?created_at_from=2026-01-16")
    assert listed_references(secretary_client, "?q=Bakker") >= {contact.reference}
    assert application.reference not in listed_references(secretary_client, "?q=Bakker")
    # Bad input in a filter is a message, never a server error.
    assert secretary_client.get("/admin/submissions/?created_at_from=gisteren&page=abc").status_code == 200


def test_times_in_the_list_are_local(secretary_client, message):
    page = soup(secretary_client.get("/admin/submissions/"))
    row = page.find("a", href=f"/admin/submissions/inspect/{message.pk}/").find_parent("tr")

    assert "15 jan 2026, 20:48" in row.get_text(" ")


def test_list_queries_do_not_grow_with_the_rows(secretary_client):
    secretary_client.get("/admin/submissions/")  # warm the per-process caches (content types, site)
    for _number in range(3):
        OutgoingMailFactory(submission=ApplicationFactory().submission)
    with CaptureQueriesContext(connection) as few:
        assert secretary_client.get("/admin/submissions/").status_code == 200

    for _number in range(27):
        OutgoingMailFactory(submission=ApplicationFactory().submission)
    with CaptureQueriesContext(connection) as many:
        response = secretary_client.get("/admin/submissions/")

    assert len(many.captured_queries) == len(few.captured_queries)
    assert response.content.decode().count("Aanmelding vacature") >= 30


# The detail view --------------------------------------------------------------------------------------------------


def test_detail_shows_human_values_and_local_times(secretary_client, message):
    text = detail_text(secretary_client, message)

    for shown in [
        "Soort Contactformulier",
        "Taal Nederlands",
        "Ontvangen op 15 januari 2026, 20:48",
        "Verzonden (15 januari 2026, 20:49)",
    ]:
        assert shown in text, shown
    for raw in ["True", "False", "['", "contact ", "UTC", "+00:00", "19:48"]:
        assert raw not in text, raw


def test_detail_shows_paragraphs_lists_and_links(secretary_client, message):
    page = soup(secretary_client.get(f"/admin/submissions/inspect/{message.pk}/"))
    answers = page.select_one(".submission-answers")

    message_answer = answers.find("dt", string="Je bericht").find_next_sibling("dd")
    assert [p.get_text() for p in message_answer.find_all("p")] == ["Eerste alinea.", "Tweede alinea."]
    assert [li.get_text() for li in answers.find_all("li")] == ["Veiligheid", "Zorg"]
    assert answers.find("a", href="tel:0501234567").get_text() == "050 123 45 67"
    assert page.find("a", href="mailto:anna.bakker@example.org").get_text() == "anna.bakker@example.org"
    recipients = [li.get_text() for li in page.select("table.listing ul li")]
    assert recipients == ["secretariaat@wijraad.example.org", "voorzitter@wijraad.example.org"]


def test_reply_button_mails_the_sender_with_the_reference(secretary_client, message):
    page = soup(secretary_client.get(f"/admin/submissions/inspect/{message.pk}/"))

    [reply] = [link for link in page.select("a[href^='mailto:']") if link.get_text(strip=True) == "Beantwoorden"]
    url = urlsplit(reply["href"])
    assert (url.scheme, url.path) == ("mailto", "anna.bakker@example.org")
    assert parse_qs(url.query)["subject"] == ["Re: Vraag over de vergadering (kenmerk ABCD-EFGH)"]


def test_status_form_has_labels_to_find_it_by(secretary_client, message):
    form = soup(secretary_client.get(f"/admin/submissions/inspect/{message.pk}/")).find(
        "form", class_="submission-handling"
    )

    labels = [" ".join(label.get_text(" ").split()) for label in form.find_all("label")]
    assert labels[:2] == ["Afhandeling *", "Notitie (alleen intern)"]
    assert form["action"] == f"/admin/submissions/edit/{message.pk}/"
    assert form.find("button").get_text(strip=True) == "Opslaan"
    assert [option.get_text() for option in form.find("select").find_all("option")][:4] == [
        "Nieuw",
        "In behandeling",
        "Beantwoord",
        "Afgehandeld",
    ]


def test_the_old_edit_page_leads_to_the_detail_view(secretary_client, message):
    response = secretary_client.get(f"/admin/submissions/edit/{message.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/submissions/inspect/{message.pk}/"


def test_detail_of_an_application_links_to_its_private_file(secretary_client, private_root):  # noqa: F811
    application = ApplicationFactory(cv_filename="cv-henk.pdf")
    application.cv.save("applications/0123456789abcdef0123456789abcdef.pdf", ContentFile(PDF_BYTES), save=True)

    page = soup(secretary_client.get(f"/admin/submissions/inspect/{application.submission.pk}/"))

    link = page.find("a", href=f"/admin/applications/cv/{application.pk}/")
    assert link.get_text() == "cv-henk.pdf downloaden"
    assert link.has_attr("download")


# Bulk actions -----------------------------------------------------------------------------------------------------


def bulk_url(action, *submissions):
    ids = "&".join(f"id={submission.pk}" for submission in submissions)
    return f"{BULK}/{action}/?{ids}&next=/admin/submissions/"


def test_index_offers_the_bulk_actions(secretary_client, message):
    page = soup(secretary_client.get("/admin/submissions/"))

    assert page.find("input", attrs={"data-object-id": str(message.pk), "data-bulk-action-checkbox": True})
    buttons = [button.get_text(strip=True) for button in page.select("[data-bulk-action-button]")]
    assert buttons == ["Afgehandeld", "Exporteren", "Verwijderen"]


def test_bulk_mark_handled_asks_then_closes_them_with_history(secretary_client, message):
    other = SubmissionFactory()
    untouched = SubmissionFactory()

    question = secretary_client.get(bulk_url("mark_handled", message, other))
    assert question.status_code == 200
    assert "Ja, afhandelen" in question.content.decode()
    assert Submission.objects.new().count() == 3

    response = secretary_client.post(bulk_url("mark_handled", message, other))

    assert response.status_code == 302
    assert set(Submission.objects.filter(status=HandlingStatus.DONE)) == {message, other}
    assert Submission.objects.new().get() == untouched
    assert SubmissionStatusChange.objects.filter(new_status=HandlingStatus.DONE).count() == 2


def test_bulk_delete_asks_then_removes_submissions_mails_and_private_files(
    secretary_client,
    message,
    private_root,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    application = ApplicationFactory(cv_filename="cv.pdf")
    application.cv.save("applications/0123456789abcdef0123456789abcdef.pdf", ContentFile(PDF_BYTES), save=True)
    cv_path = private_root / application.cv.name
    assert cv_path.exists()
    kept = SubmissionFactory()

    question = secretary_client.get(bulk_url("delete", message, application.submission))
    assert "Weet je zeker dat je deze 2 inzendingen wilt verwijderen?" in question.content.decode()
    assert Submission.objects.count() == 3

    with django_capture_on_commit_callbacks(execute=True):
        response = secretary_client.post(bulk_url("delete", message, application.submission))

    assert response.status_code == 302
    assert list(Submission.objects.all()) == [kept]
    assert not OutgoingMail.objects.exists()
    assert not Application.objects.exists()
    assert not cv_path.exists()


def test_bulk_export_exports_the_selection(secretary_client, message):
    other = SubmissionFactory()
    SubmissionFactory()

    response = secretary_client.get(bulk_url("export", message, other))
    assert response.status_code == 302
    export = secretary_client.get(response["Location"])

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    references = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert references == sorted([message.reference, other.reference])


def test_a_reader_cannot_mark_handled_or_delete_in_bulk(client, reader, message):
    page = soup(client.get("/admin/submissions/"))
    assert page.find("a", href=f"/admin/submissions/inspect/{message.pk}/") is not None

    for action in ["mark_handled", "delete"]:
        response = client.post(bulk_url(action, message))
        assert response.status_code in (200, 302, 403), action

    assert Submission.objects.get().status == HandlingStatus.NEW
    assert not SubmissionStatusChange.objects.exists()
    assert "Je mag inzendingen niet verwijderen." in client.get(bulk_url("delete", message)).content.decode()
