"""The applicant's private status page: the current step, an unknown link, and withdrawing."""

import datetime

import pytest

from submissions.models import OutgoingMail
from tests.factories.vacancies import ApplicationFactory
from tests.html import soup
from vacancies.models import Application, ApplicationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(site):
    return ApplicationFactory(submission__sender_name="Henk Jansen", vacancy_title="Lid van de WIJ-raad")


def test_new_application_is_at_the_first_step(client, application):
    response = client.get(f"/aanmelding/{application.token}/")

    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Je aanmelding voor: Lid van de WIJ-raad"
    step = html.find(class_="application-status__step").text
    assert "Je aanmelding is bij stap 1 van 5: Aanmelding ontvangen." in step
    assert html.find(attrs={"aria-current": "step"}).find(class_="status-steps__title").text == "Aanmelding ontvangen"
    assert html.find("a", href=f"/aanmelding/{application.token}/intrekken/")
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_status_page_follows_the_procedure(client, application):
    application.change_status(ApplicationStatus.INTRODUCTION)
    application.change_status(ApplicationStatus.DELEGATION, note="Gesprek met Piet en Anja.")

    html = soup(client.get(f"/aanmelding/{application.token}/"))

    step = " ".join(html.find(class_="application-status__step").text.split())
    assert "stap 3 van 5: Gesprek met een paar leden van de WIJ-raad" in step
    states = [item["class"][1] for item in html.select(".status-steps__step")]
    assert states == [
        "status-steps__step--done",
        "status-steps__step--done",
        "status-steps__step--current",
        "status-steps__step--todo",
        "status-steps__step--todo",
    ]
    # The secretary's notes are for staff only.
    assert "Piet en Anja" not in html.text


def test_rejected_application_says_so_and_when_the_data_goes(client, application, frozen_today):
    application.change_status(ApplicationStatus.REJECTED, date=frozen_today)

    html = soup(client.get(f"/aanmelding/{application.token}/"))

    assert "Je aanmelding is afgewezen." in html.find(class_="application-status__step").text
    assert not html.select(".status-steps")
    assert "We verwijderen je gegevens op 13 juli 2026." in " ".join(html.text.split())
    assert not html.find("a", href=f"/aanmelding/{application.token}/intrekken/")


@pytest.mark.parametrize(
    "token",
    ["x" * 43, "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v", "kort", "../../admin", "%00" * 15],
    ids=["unknown", "unknown-mixed", "too-short", "path", "null-bytes"],
)
def test_wrong_token_gives_404(client, application, token):
    assert client.get(f"/aanmelding/{token}/").status_code == 404
    assert client.post(f"/aanmelding/{token}/intrekken/").status_code == 404


def test_withdraw_asks_for_confirmation_first(client, application):
    response = client.get(f"/aanmelding/{application.token}/intrekken/")

    assert response.status_code == 200
    html = soup(response)
    assert html.find("form", method="post").find("button").text == "Ja, trek mijn aanmelding in"
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED


def test_withdraw_stops_the_procedure_and_tells_the_secretary(client, application):
    response = client.post(f"/aanmelding/{application.token}/intrekken/")

    assert response.status_code == 302
    assert response["Location"] == f"/aanmelding/{application.token}/?ingetrokken=1"
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert application.status_date == datetime.date.today()
    last = application.status_changes.last()
    assert (last.status, last.user) == (ApplicationStatus.WITHDRAWN, None)
    assert "aanmelder" in last.note
    mail = OutgoingMail.objects.get(submission=application.submission)
    assert mail.to == ["secretariaat@wijraad.example.org"]
    assert mail.reply_to == [application.email]
    assert "Henk Jansen" in mail.subject

    page = soup(client.get(response["Location"]))
    assert "Je aanmelding is ingetrokken." in page.find(class_="confirmation").text
    assert not page.find("a", href=f"/aanmelding/{application.token}/intrekken/")


def test_withdrawing_twice_changes_nothing_more(client, application):
    client.post(f"/aanmelding/{application.token}/intrekken/")
    second = client.post(f"/aanmelding/{application.token}/intrekken/")

    assert second.status_code == 302
    assert application.status_changes.filter(status=ApplicationStatus.WITHDRAWN).count() == 1
    assert OutgoingMail.objects.count() == 1


def test_appointed_applicant_cannot_withdraw(client, application):
    application.change_status(ApplicationStatus.APPOINTED)

    response = client.post(f"/aanmelding/{application.token}/intrekken/")

    assert response.status_code == 302
    assert Application.objects.get().status == ApplicationStatus.APPOINTED
    assert "Je bent benoemd tot lid van de WIJ-raad." in client.get(response["Location"]).content.decode()


def test_status_page_in_english_links_to_the_english_withdraw_page(client, application):
    response = client.get(f"/en/application/{application.token}/")

    assert response.status_code == 200
    assert soup(response).find("a", href=f"/en/application/{application.token}/withdraw/")


def test_english_withdrawal_returns_to_the_english_status_page(client, application):
    response = client.post(f"/en/application/{application.token}/withdraw/")

    assert response["Location"] == f"/en/application/{application.token}/?withdrawn=1"
    page = soup(client.get(response["Location"]))
    assert "Your application has been withdrawn." in page.find(class_="confirmation").text


@pytest.mark.parametrize("path", ["", "intrekken/"])
def test_old_dutch_paths_under_en_redirect_to_the_english_ones(client, application, path):
    english = {"": "", "intrekken/": "withdraw/"}[path]

    response = client.get(f"/en/aanmelding/{application.token}/{path}")

    assert response.status_code == 301
    assert response["Location"] == f"/en/application/{application.token}/{english}"


# Layout (site, settings, footer, menu, languages) plus the application with its Submission: measured 9.
STATUS_PAGE_QUERIES = 9


def test_status_page_query_budget_does_not_grow_with_the_history(client, application, django_assert_max_num_queries):
    client.get(f"/aanmelding/{application.token}/")
    with django_assert_max_num_queries(STATUS_PAGE_QUERIES):
        client.get(f"/aanmelding/{application.token}/")
    application.change_status(ApplicationStatus.INTRODUCTION)
    application.change_status(ApplicationStatus.DELEGATION)

    with django_assert_max_num_queries(STATUS_PAGE_QUERIES):
        assert client.get(f"/aanmelding/{application.token}/").status_code == 200
