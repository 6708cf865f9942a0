"""The secretary's admin: the "Secretariaat" group sees and handles submissions; nobody else does."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.permissions import permission_policy as document_permissions
from wagtail.images.permissions import permission_policy as image_permissions
from wagtail.models import ModelLogEntry

from submissions.models import ContactSettings, MailState, OutgoingMail, Submission
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory
from tests.roles import user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(client):
    user = get_user_model().objects.create_user("secretaris", "secretaris@wijraad.example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    user = user_with_role("editor")
    client.force_login(user)
    return user


@pytest.fixture
def submission():
    submission = SubmissionFactory(
        sender_name="Anna Bakker",
        sender_email="anna.bakker@example.org",
        data=[
            {"name": "name", "label": "Naam", "value": "Anna Bakker"},
            {"name": "message", "label": "Je bericht", "value": "Wanneer vergadert de raad?"},
        ],
    )
    OutgoingMailFactory(submission=submission, state=MailState.SENT)
    OutgoingMailFactory(submission=submission, state=MailState.FAILED, attempts=1, last_error="550 5.1.1 Unknown user")
    return submission


def export_rows(client):
    response = client.get("/admin/submissions/?export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="inzendingen')
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_secretary_sees_the_submissions_in_the_menu_and_the_list(client, secretary, submission):
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Inzendingen" in home.content.decode()

    listing = client.get("/admin/submissions/")
    html = listing.content.decode()
    assert listing.status_code == 200
    for text in [submission.reference, "Anna Bakker", "Contactformulier", "Vraag over de WIJ-raad", "Mislukt", "Nieuw"]:
        assert text in html, text
    # The reference opens the detail view.
    assert f'href="/admin/submissions/inspect/{submission.pk}/"' in html


def test_secretary_sees_the_detail_with_data_and_mail_status(client, secretary, submission):
    response = client.get(f"/admin/submissions/inspect/{submission.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Wanneer vergadert de raad?" in html
    assert "anna.bakker@example.org" in html
    assert "550 5.1.1 Unknown user" in html
    assert "Verzonden" in html and "Mislukt" in html


def test_secretary_exports_submissions_as_csv(client, secretary, submission):
    (row,) = export_rows(client)

    assert row["Kenmerk"] == submission.reference
    assert row["E-mailadres"] == "anna.bakker@example.org"
    assert row["Afhandeling"] == "Nieuw"
    assert "Je bericht: Wanneer vergadert de raad?" in row["Ingevulde gegevens"]


def test_csv_export_does_not_let_residents_write_spreadsheet_formulas(client, secretary):
    SubmissionFactory(sender_name='=HYPERLINK("http://evil.example","klik")')

    (row,) = export_rows(client)

    assert row["Naam"] == '\'=HYPERLINK("http://evil.example","klik")'


def test_xlsx_export_keeps_residents_text_as_text_without_an_apostrophe(client, secretary):
    SubmissionFactory(sender_name='=HYPERLINK("http://evil.example","klik")')

    response = client.get("/admin/submissions/?export=xlsx")

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    name_column = [cell.value for cell in sheet[1]].index("Naam") + 1
    cell = sheet.cell(row=2, column=name_column)
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://evil.example","klik")', "s")


def test_secretary_sets_the_handling_status(client, secretary, submission):
    response = client.post(f"/admin/submissions/edit/{submission.pk}/", {"status": "beantwoord"})

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "beantwoord"
    assert submission.sender_email == "anna.bakker@example.org", "only the status can be changed"


def test_secretary_deletes_a_submission_with_its_mails(client, secretary, submission):
    response = client.post(f"/admin/submissions/delete/{submission.pk}/")

    assert response.status_code == 302
    assert not Submission.objects.exists()
    assert not OutgoingMail.objects.exists()
    # The admin's audit log keeps only the reference number, no personal data.
    log = ModelLogEntry.objects.get(action="wagtail.delete")
    assert log.label == f"Inzending {submission.reference}"


def test_nobody_adds_submissions_by_hand(client, secretary, admin_client):
    assert client.get("/admin/submissions/new/").status_code in (302, 403)
    assert admin_client.get("/admin/submissions/new/").status_code in (302, 403)


def test_anonymous_visitor_cannot_see_or_export_submissions(client, submission):
    for path in [
        "/admin/submissions/",
        "/admin/submissions/?export=csv",
        f"/admin/submissions/inspect/{submission.pk}/",
    ]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_other_editors_see_no_submissions(client, editor, submission):
    assert "Inzendingen" not in client.get("/admin/").content.decode()
    for path in [
        "/admin/submissions/",
        "/admin/submissions/?export=csv",
        f"/admin/submissions/inspect/{submission.pk}/",
    ]:
        response = client.get(path)
        assert response.status_code in (302, 403), path
        assert "anna.bakker@example.org" not in response.content.decode()
    assert client.get("/admin/outgoing_mail/").status_code in (302, 403)


def test_secretary_runs_the_site(client, secretary, home):
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    assert secretary.has_perm("wagtailadmin.access_admin")
    for codename in [
        "submissions.change_contactsettings",
        "home.change_sitesettings",
        "wagtail_localize.submit_translation",
    ]:
        assert secretary.has_perm(codename), codename
    assert image_permissions.user_has_permission(secretary, "add")
    assert document_permissions.user_has_permission(secretary, "add")
    settings_url = f"/admin/settings/submissions/contactsettings/{home.get_site().pk}/"
    assert client.get(settings_url).status_code == 200


def test_secretary_sets_the_retention_period(client, secretary, site):
    response = client.post(f"/admin/settings/submissions/contactsettings/{site.pk}/", {"retention_months": "3"})

    assert response.status_code == 302
    assert ContactSettings.for_site(site).retention_months == 3


def test_submission_list_queries_do_not_grow_with_the_rows(client, secretary):
    OutgoingMailFactory(submission=SubmissionFactory())
    client.get("/admin/submissions/")  # warm the per-process caches (content types, site)
    for _number in range(3):
        OutgoingMailFactory(submission=SubmissionFactory())

    # An admin list (no public page budget applies): 14 queries, Wagtail's list itself takes 12 of them.
    with CaptureQueriesContext(connection) as few:
        response = client.get("/admin/submissions/")
    assert response.content.decode().count("Contactformulier") >= 4

    for _number in range(30):
        OutgoingMailFactory(submission=SubmissionFactory())
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/submissions/")
    assert response.content.decode().count("Contactformulier") >= 34

    assert len(many.captured_queries) == len(few.captured_queries)


def test_secretary_puts_a_failed_mail_back_in_the_outbox(client, secretary, submission, mailoutbox):
    failed = submission.mails.get(state=MailState.FAILED)
    assert f'href="/admin/outgoing_mail/inspect/{failed.pk}/"' in client.get("/admin/outgoing_mail/").content.decode()
    assert "Opnieuw versturen" in client.get(f"/admin/outgoing_mail/inspect/{failed.pk}/").content.decode()

    response = client.post(f"/admin/outgoing_mail/retry/{failed.pk}/")

    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.state, failed.attempts, failed.last_error) == (MailState.PENDING, 0, "")


def test_mails_cannot_be_edited_in_the_admin(client, secretary, submission):
    mail = submission.mails.first()

    assert client.get(f"/admin/outgoing_mail/edit/{mail.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/outgoing_mail/delete/{mail.pk}/").status_code in (302, 403)
    assert OutgoingMail.objects.filter(pk=mail.pk).exists()


def test_dashboard_panel_reports_failed_and_waiting_mail(client, secretary, submission):
    html = client.get("/admin/").content.decode()

    assert "1 e-mail is mislukt." in html
    OutgoingMail.objects.update(state=MailState.SENT)
    assert "Alle e-mail van de website is verstuurd." in client.get("/admin/").content.decode()


def test_health_check_command_reports_problems(submission, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("check_mail")

    assert exit_info.value.code == 1
    assert "Mails that failed: 1" in capsys.readouterr().out

    OutgoingMail.objects.update(state=MailState.SENT)
    call_command("check_mail")
    assert "Mail OK" in capsys.readouterr().out
