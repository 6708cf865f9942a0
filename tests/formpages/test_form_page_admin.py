"""The secretary's side of a form page: the list of sign-ups with places, CSV/XLSX export, deleting and retention."""

import csv
import io

import openpyxl
import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from formpages.models import FormPageSubmission
from submissions.models import OutgoingMail, Submission
from tests.formpages.form_pages import at, make_signup_form, signup
from tests.home.secretariaat import sidebar_links
from tests.html import soup

pytestmark = pytest.mark.django_db

HEADINGS = ["Verstuurd op", "Kenmerk", "Naam", "E-mailadres", "Thematafels", "Vraag of opmerking", "Afgemeld op"]


@pytest.fixture
def secretary(client):
    user = get_user_model().objects.create_user(username="secretaris", password="geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(user)
    return client


@pytest.fixture
def form_page(home):
    page = make_signup_form(home, max_signups=40)
    page.form_fields.filter(clean_name="thematafels").update(choice_capacity=12)
    return page


@pytest.fixture
def three_signups(form_page):
    from django.test import Client

    resident = Client()
    with time_machine.travel(at(2027, 3, 1, 10, 15), tick=False):
        signup(resident, name="Anna Bakker", email="anna@example.org", tables=["Veiligheid"], ip="127.0.0.2")
        signup(
            resident,
            name="Bert de Vries",
            email="bert@example.org",
            tables=["Veiligheid", "Leren/onderwijs"],
            ip="127.0.0.3",
            vraag_of_opmerking='=HYPERLINK("http://example.org")',
        )
        signup(resident, name="Carla Smit", email="carla@example.org", tables=["(Mantel)zorg"], ip="127.0.0.4")
    cancelled = FormPageSubmission.objects.get(submission__sender_name="Carla Smit")
    with time_machine.travel(at(2027, 3, 2, 9, 30), tick=False):
        resident.post(f"/aanmelden/afmelden/{cancelled.cancel_token}/")
    return list(FormPageSubmission.objects.order_by("submit_time", "pk"))


def test_secretariaat_finds_the_form_and_its_signups_with_places(secretary, form_page, three_signups):
    # Sign-ups are submissions: whoever may see submissions and edit the form page finds them in Wagtail's forms menu.
    links = sidebar_links(secretary)
    assert (None, "Formulieren", "/admin/forms/") in links
    # Only one menu item is called "Formulieren"; the submissions of every form are in their own menu.
    assert [label for _submenu, label, _url in links].count("Formulieren") == 1
    # Two of the three sign-ups are new submissions (Carla cancelled hers): the inbox counts them in the menu.
    assert ("Inzendingen (2)", "Inzendingen (2)", "/admin/submissions/") in links
    forms = secretary.get("/admin/forms/")
    assert forms.status_code == 200
    assert soup(forms).find("a", href=f"/admin/forms/submissions/{form_page.pk}/")

    response = secretary.get(f"/admin/forms/submissions/{form_page.pk}/")

    assert response.status_code == 200
    html = soup(response)
    places = html.find(class_="form-page-places").get_text(" ", strip=True)
    assert "2 van de 40 plaatsen bezet." in places
    assert "1 afgemeld (telt niet mee)." in places
    assert "Veiligheid: 2 van de 12" in places
    assert "Leren/onderwijs: 1 van de 12" in places
    assert "(Mantel)zorg: 0 van de 12" in places
    table = html.find("table", class_="listing").get_text(" ", strip=True)
    for name in ["Anna Bakker", "Bert de Vries", "Carla Smit"]:
        assert name in table
    for row in three_signups:
        assert row.submission.reference in table


def test_list_marks_a_choice_that_is_full(secretary, form_page):
    form_page.form_fields.filter(clean_name="thematafels").update(choice_capacity=1)
    signup(secretary, tables=["Veiligheid"])

    places = soup(secretary.get(f"/admin/forms/submissions/{form_page.pk}/")).find(class_="form-page-places")

    assert "Veiligheid: 1 van de 1 (vol)" in places.get_text(" ", strip=True)


def test_user_without_page_permissions_sees_no_signups(client, form_page, three_signups):
    user = get_user_model().objects.create_user(username="gast", password="geheim-wachtwoord")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(f"/admin/forms/submissions/{form_page.pk}/")

    assert response.status_code in {302, 403}
    assert "Bert de Vries" not in response.content.decode()


def test_csv_export_contains_every_signup_in_dutch_time(secretary, form_page, three_signups):
    response = secretary.get(f"/admin/forms/submissions/{form_page.pk}/?export=csv")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == HEADINGS
    assert len(rows) == 1 + len(three_signups)
    anna, bert, carla = rows[1:]
    assert anna == [
        "01-03-2027 10:15",
        three_signups[0].submission.reference,
        "Anna Bakker",
        "anna@example.org",
        "Veiligheid",
        "",
        "",
    ]
    assert bert[4] == "Veiligheid, Leren/onderwijs"
    assert bert[5] == '\'=HYPERLINK("http://example.org")'
    assert carla[2] == "Carla Smit" and carla[6] == "02-03-2027 09:30"


def test_xlsx_export_contains_every_signup(secretary, form_page, three_signups):
    response = secretary.get(f"/admin/forms/submissions/{form_page.pk}/?export=xlsx")

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert list(rows[0]) == HEADINGS
    assert [row[2] for row in rows[1:]] == ["Anna Bakker", "Bert de Vries", "Carla Smit"]
    assert [row[1] for row in rows[1:]] == [item.submission.reference for item in three_signups]
    assert rows[1][0].strftime("%d-%m-%Y %H:%M") == "01-03-2027 10:15"
    assert rows[2][5] == '=HYPERLINK("http://example.org")'  # stored as text, not as a formula
    assert workbook.active.cell(row=3, column=6).data_type == "s"


def test_deleting_signups_in_the_list_removes_their_personal_data_everywhere(secretary, form_page, three_signups):
    anna = three_signups[0]

    response = secretary.post(f"/admin/forms/submissions/{form_page.pk}/delete/?selected-submissions={anna.pk}")

    assert response.status_code == 302
    assert not FormPageSubmission.objects.filter(pk=anna.pk).exists()
    assert not Submission.objects.filter(pk=anna.submission_id).exists()
    assert not OutgoingMail.objects.filter(to=["anna@example.org"]).exists()
    assert FormPageSubmission.objects.count() == 2


def test_retention_removes_the_form_signup_with_the_shared_submission(form_page, three_signups):
    with time_machine.travel(at(2027, 9, 3, 3, 0), tick=False):
        call_command("purge_submissions", stdout=io.StringIO())

    assert not Submission.objects.exists()
    assert not FormPageSubmission.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_signups_are_kept_within_the_retention_period(form_page, three_signups):
    with time_machine.travel(at(2027, 8, 1, 3, 0), tick=False):
        call_command("purge_submissions", stdout=io.StringIO())

    assert FormPageSubmission.objects.count() == 3


def test_form_page_and_its_signup_stay_within_a_query_budget(client, form_page, django_assert_max_num_queries):
    signup(client, ip="127.0.0.9")

    # The page furniture every page has (site, menu, breadcrumbs, footer, settings) comes from the page cache.
    with django_assert_max_num_queries(10):
        response = client.get("/aanmelden/")
    assert response.status_code == 200

    # Storing: spam and dedupe checks, the lock and count, the rows, two mails and Wagtail's reference index.
    with django_assert_max_num_queries(40):
        response = signup(client, email="tweede@example.org", ip="127.0.0.10")
    assert response.status_code == 302
