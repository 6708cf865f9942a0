"""One truth per submission: its handling status follows the application's procedure step and a cancelled sign-up,
and every change (with the secretary's note) is kept in its history."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from formpages.models import FormPageSubmission
from submissions.models import HandlingStatus, Submission, SubmissionStatusChange
from tests.factories.contact import SubmissionFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup
from tests.html import soup
from tests.roles import user_with_role

pytestmark = pytest.mark.django_db


def permissions(*codenames):
    return Permission.objects.filter(content_type__app_label="submissions", codename__in=codenames)


def inbox_row(client, submission):
    """The text of the submission's row in the inbox."""
    link = soup(client.get("/admin/submissions/")).find("a", href=f"/admin/submissions/inspect/{submission.pk}/")
    return " ".join(link.find_parent("tr").get_text(" ").split())


def detail(client, submission):
    return soup(client.get(f"/admin/submissions/inspect/{submission.pk}/"))


def shown_status(client, submission):
    return detail(client, submission).select_one(".submission-status").get_text(" ", strip=True)


def history_rows(client, submission):
    rows = detail(client, submission).select(".submission-history tbody tr")
    return [[" ".join(cell.get_text(" ").split()) for cell in row.find_all("td")][1:] for row in rows]


def move(client, application, status, note=""):
    today = timezone.localdate().isoformat()
    response = client.post(
        f"/admin/applications/edit/{application.pk}/", {"status": status, "date": today, "note": note}
    )
    assert response.status_code == 302


def test_application_step_shows_in_the_inbox_and_on_the_detail(secretary_client):
    application = ApplicationFactory()
    submission = application.submission
    assert "Nieuw" in inbox_row(secretary_client, submission)

    move(secretary_client, application, "kennismakingsgesprek", note="Gesprek op het WIJ-team Oost.")

    assert "In behandeling \N{EN DASH} Kennismakingsgesprek" in inbox_row(secretary_client, submission)
    assert shown_status(secretary_client, submission) == "In behandeling \N{EN DASH} Kennismakingsgesprek"
    assert history_rows(secretary_client, submission) == [
        ["Nieuw → In behandeling \N{EN DASH} Kennismakingsgesprek", "Gesprek op het WIJ-team Oost.", "secretaris"]
    ]
    # The procedure is reached from the submission.
    link = detail(secretary_client, submission).find("a", string="Procedure bekijken")
    assert link["href"] == f"/admin/applications/inspect/{application.pk}/"


@pytest.mark.parametrize(
    ("step", "shown"),
    [
        ("benoemd", "Afgehandeld \N{EN DASH} Benoeming"),
        ("afgewezen", "Afgehandeld \N{EN DASH} Afgewezen"),
        ("ingetrokken", "Ingetrokken"),
    ],
)
def test_the_end_of_the_procedure_closes_the_submission(secretary_client, step, shown):
    application = ApplicationFactory()

    move(secretary_client, application, step)

    assert shown in inbox_row(secretary_client, application.submission)
    assert not Submission.objects.open().exists()


def test_an_applicant_who_withdraws_shows_as_withdrawn(secretary_client):
    application = ApplicationFactory()

    assert Client().post(application.withdraw_path()).status_code == 302

    submission = Submission.objects.get()
    assert submission.status == HandlingStatus.WITHDRAWN
    assert "Ingetrokken" in inbox_row(secretary_client, submission)
    [row] = history_rows(secretary_client, submission)
    assert row == ["Nieuw → Ingetrokken", "Ingetrokken door de aanmelder, via de link in de bevestiging.", "De website"]


def test_a_cancelled_signup_shows_as_cancelled(secretary_client, home):
    page = make_signup_form(home)
    signup(Client())
    row = FormPageSubmission.objects.get()

    assert Client().post(f"/aanmelden/afmelden/{row.cancel_token}/").status_code == 302

    submission = row.submission
    assert "Afgemeld" in inbox_row(secretary_client, submission)
    assert shown_status(secretary_client, submission) == "Afgemeld"
    assert Submission.objects.new().count() == 0
    # The form's own list of sign-ups is reached from the submission.
    link = detail(secretary_client, submission).find("a", string="Aanmeldingen van dit formulier")
    assert link["href"] == f"/admin/forms/submissions/{page.pk}/"


def test_secretary_answers_with_a_note_kept_in_the_history(secretary_client):
    submission = SubmissionFactory()

    response = secretary_client.post(
        f"/admin/submissions/edit/{submission.pk}/", {"status": "beantwoord", "note": "Gebeld, vraag beantwoord."}
    )

    assert response.status_code == 302
    assert response["Location"] == f"/admin/submissions/inspect/{submission.pk}/"
    assert shown_status(secretary_client, submission) == "Beantwoord"
    assert history_rows(secretary_client, submission) == [
        ["Nieuw → Beantwoord", "Gebeld, vraag beantwoord.", "secretaris"]
    ]
    change = SubmissionStatusChange.objects.get()
    assert (change.old_status, change.new_status, change.user.username) == ("nieuw", "beantwoord", "secretaris")


def test_a_note_without_a_new_status_is_kept_too(secretary_client):
    submission = SubmissionFactory(status=HandlingStatus.IN_PROGRESS)

    secretary_client.post(f"/admin/submissions/edit/{submission.pk}/", {"status": "in_behandeling", "note": "Wacht."})
    secretary_client.post(f"/admin/submissions/edit/{submission.pk}/", {"status": "in_behandeling", "note": ""})

    assert history_rows(secretary_client, submission) == [["In behandeling → In behandeling", "Wacht.", "secretaris"]]


def test_new_and_open_mean_one_thing():
    for status in HandlingStatus:
        SubmissionFactory(status=status)

    assert list(Submission.objects.new().values_list("status", flat=True)) == ["nieuw"]
    assert set(Submission.objects.open().values_list("status", flat=True)) == {"nieuw", "in_behandeling"}


def test_a_reader_without_change_permission_sees_no_form_and_cannot_post(client):
    submission = SubmissionFactory()
    reader = user_with_role("editor", "lezer")
    reader.user_permissions.add(*permissions("view_submission"))
    client.force_login(reader)

    page = detail(client, submission)
    assert page.find("form", class_="submission-handling") is None
    assert "Gebeld" not in page.get_text()

    response = client.post(f"/admin/submissions/edit/{submission.pk}/", {"status": "afgehandeld", "note": "Gebeld"})

    assert response.status_code in (302, 403)
    assert Submission.objects.get().status == HandlingStatus.NEW
    assert not SubmissionStatusChange.objects.exists()


def test_an_unknown_status_is_refused_without_a_change(secretary_client):
    submission = SubmissionFactory()

    response = secretary_client.post(f"/admin/submissions/edit/{submission.pk}/", {"status": "weg", "note": "x"})

    assert response.status_code == 200
    assert "weg" in soup(response).get_text()
    assert Submission.objects.get().status == HandlingStatus.NEW
    assert not SubmissionStatusChange.objects.exists()
