"""Applications in the admin for the Secretariaat group: list, filters, detail, steps with history, CSV, the CV."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone

from submissions.dashboard import NEW_COUNT_KEY
from submissions.models import Submission
from tests.factories.vacancies import ApplicationFactory
from tests.html import soup
from vacancies.models import Application, ApplicationStatus
from vacancies.uploads import private_storage

from .applications_support import PDF_BYTES, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(django_user_model):
    """The council secretary: member of the Secretariaat group, not a superuser."""
    user = django_user_model.objects.create_user("secretaris", "secretaris@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    return user


@pytest.fixture
def secretary_client(client, secretary):
    client.force_login(secretary)
    return client


@pytest.fixture
def application(private_root):
    application = ApplicationFactory(
        submission__sender_name="Henk Jansen",
        submission__created_at=timezone.now() - datetime.timedelta(days=10),
        vacancy_title="Lid van de WIJ-raad",
        cv_filename="cv-henk.pdf",
    )
    application.cv.save("applications/0123456789abcdef0123456789abcdef.pdf", ContentFile(PDF_BYTES), save=True)
    application.cv_mimetype = "application/pdf"
    application.save()
    return application


def test_secretariaat_group_may_handle_applications():
    codenames = set(
        Group.objects.get(name="Secretariaat")
        .permissions.filter(content_type__app_label="vacancies")
        .values_list("codename", flat=True)
    )

    assert {"view_application", "change_application", "delete_application", "change_vacancysettings"} <= codenames
    assert "add_application" not in codenames


def test_listing_shows_date_vacancy_name_and_step(secretary_client, application):
    ApplicationFactory(submission__sender_name="Anja de Boer", vacancy_title="Voorzitter van de WIJ-raad")

    response = secretary_client.get("/admin/applications/")

    assert response.status_code == 200
    rows = [" ".join(row.get_text(" ", strip=True).split()) for row in soup(response).select("tbody tr")]
    assert len(rows) == 2
    henk = next(row for row in rows if "Henk Jansen" in row)
    assert "Lid van de WIJ-raad" in henk
    assert "Aanmelding ontvangen" in henk


def test_listing_filters_by_step_and_vacancy(secretary_client, vacancy_index, application):
    from tests.factories.vacancies import VacancyPageFactory

    chair = VacancyPageFactory(parent=vacancy_index, title="Voorzitter", slug="voorzitter")
    other = ApplicationFactory(submission__sender_name="Anja de Boer", vacancy=chair, vacancy_title=chair.title)
    other.change_status(ApplicationStatus.INTRODUCTION)

    by_status = secretary_client.get("/admin/applications/", {"status": "kennismakingsgesprek"})
    by_vacancy = secretary_client.get("/admin/applications/", {"vacancy": chair.pk})

    assert "Anja de Boer" in by_status.content.decode()
    assert "Henk Jansen" not in by_status.content.decode()
    assert "Anja de Boer" in by_vacancy.content.decode()
    assert "Henk Jansen" not in by_vacancy.content.decode()


def test_listing_search_finds_a_name_and_bad_filters_do_no_harm(secretary_client, application):
    ApplicationFactory(submission__sender_name="Anja de Boer")

    found = secretary_client.get("/admin/applications/", {"q": "Henk"})
    assert "Henk Jansen" in found.content.decode()
    assert "Anja de Boer" not in found.content.decode()
    for params in [{"status": "bestaat-niet"}, {"vacancy": "abc"}, {"p": "abc"}, {"ordering": "wachtwoord"}]:
        assert secretary_client.get("/admin/applications/", params).status_code == 200, params


def test_detail_shows_the_application_the_file_and_the_history(secretary_client, application):
    response = secretary_client.get(f"/admin/applications/inspect/{application.pk}/")

    assert response.status_code == 200
    html = soup(response)
    text = " ".join(html.text.split())
    for value in ["Henk Jansen", application.email, application.phone, application.motivation, "Ontvangen"]:
        assert value in text
    link = html.find("a", href=f"/admin/applications/cv/{application.pk}/")
    assert link is not None and "cv-henk.pdf" in link.text
    assert html.find("a", href=f"/admin/applications/edit/{application.pk}/")


def test_secretary_changes_the_step_with_date_and_note(secretary_client, secretary, application):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    response = secretary_client.post(
        f"/admin/applications/edit/{application.pk}/",
        {"status": "kennismakingsgesprek", "date": yesterday.isoformat(), "note": "Gesprek op het WIJ-team Oost."},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/admin/applications/inspect/{application.pk}/"
    application.refresh_from_db()
    assert (application.status, application.status_date) == ("kennismakingsgesprek", yesterday)
    history = list(application.status_changes.values_list("status", "date", "note", "user"))
    assert history[-1] == ("kennismakingsgesprek", yesterday, "Gesprek op het WIJ-team Oost.", secretary.pk)


def test_status_history_is_kept_in_order(secretary_client, application):
    today = timezone.localdate()
    for status, note in [("kennismakingsgesprek", "Eerste gesprek."), ("gesprek_delegatie", ""), ("afgewezen", "")]:
        secretary_client.post(
            f"/admin/applications/edit/{application.pk}/",
            {"status": status, "date": today.isoformat(), "note": note},
        )

    assert list(application.status_changes.values_list("status", flat=True)) == [
        "ontvangen",
        "kennismakingsgesprek",
        "gesprek_delegatie",
        "afgewezen",
    ]
    page = " ".join(soup(secretary_client.get(f"/admin/applications/inspect/{application.pk}/")).text.split())
    assert "Eerste gesprek." in page
    assert "secretaris" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"status": "ontvangen", "date": "2026-01-01"}, "De aanmelding is al bij deze stap."),
        ({"status": "benoemd", "date": "2999-01-01"}, "De datum ligt in de toekomst."),
        ({"status": "benoemd", "date": "2000-01-01"}, "De datum ligt vóór de dag van aanmelden"),
        ({"status": "benoemd", "date": "31-02-abc"}, "Vul een datum in zoals 31-12-2026."),
        ({"status": "bestaat-niet", "date": "2026-01-01"}, "bestaat-niet"),
    ],
    ids=["same-step", "future-date", "before-application", "bad-date", "unknown-step"],
)
def test_bad_step_change_is_refused_with_a_message(secretary_client, application, data, message):
    response = secretary_client.post(f"/admin/applications/edit/{application.pk}/", data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Application.objects.get().status_changes.count() == 1


def test_csv_export_lists_the_applications(secretary_client, application):
    application.motivation = "=HYPERLINK(evil)"
    application.save()

    response = secretary_client.get("/admin/applications/", {"export": "csv"})

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == 1
    row = rows[0]
    assert row["Naam"] == "Henk Jansen"
    assert row["Vacature"] == "Lid van de WIJ-raad"
    assert row["Stap"] == "Aanmelding ontvangen"
    assert row["Cv of brief"] == "Ja"
    assert row["Motivatie"] == "'=HYPERLINK(evil)"


def test_secretary_can_download_the_cv(secretary_client, application):
    response = secretary_client.get(f"/admin/applications/cv/{application.pk}/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="cv-henk.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_anonymous_request_for_the_cv_is_refused(client, application):
    response = client.get(f"/admin/applications/cv/{application.pk}/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_without_permission_cannot_download_the_cv(client, django_user_model, application):
    editor = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "geheim-wachtwoord")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    response = client.get(f"/admin/applications/cv/{application.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "Content-Disposition" not in response
    assert client.get("/admin/applications/")["Location"] == "/admin/"


def test_cv_is_not_reachable_under_the_media_url(client, application):
    assert client.get(f"/media/{application.cv.name}").status_code == 404


def test_missing_cv_gives_404(secretary_client, application):
    private_storage.delete(application.cv.name)

    assert secretary_client.get(f"/admin/applications/cv/{application.pk}/").status_code == 404
    assert secretary_client.get("/admin/applications/cv/999999/").status_code == 404


def test_deleting_an_application_removes_submission_and_file(
    secretary_client, application, private_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary_client.post(f"/admin/applications/delete/{application.pk}/")

    assert response.status_code == 302
    assert Application.objects.count() == 0
    assert Submission.objects.count() == 0
    assert stored_files(private_root) == []


def test_applications_are_not_added_by_hand(secretary_client):
    assert secretary_client.get("/admin/applications/new/").status_code in (302, 403)


def test_listing_query_count_does_not_grow_with_applications(secretary_client, django_assert_max_num_queries):
    ApplicationFactory.create_batch(3)
    secretary_client.get("/admin/applications/")
    # Both views count the new submissions for the menu anew: storing the 27 below forgets the cached count.
    cache.delete(NEW_COUNT_KEY)
    with django_assert_max_num_queries(100) as few:
        secretary_client.get("/admin/applications/")
    ApplicationFactory.create_batch(27)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = secretary_client.get("/admin/applications/")

    assert response.content.decode().count("<tr") >= 30
