"""The secretary's dashboard: new and open work per kind, applications waiting for a step, meetings with their
places, mail problems, and the number of new submissions in the menu."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from formpages.models import FormPageSubmission
from submissions import handling
from submissions.dashboard import NEW_COUNT_KEY, count_new
from submissions.models import HandlingStatus, MailState, Submission
from tests.factories.contact import FormPageFactory, OutgoingMailFactory, SubmissionFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup
from tests.home.secretariaat import log_in_secretary, sidebar_links
from tests.html import soup
from tests.roles import user_with_role
from vacancies.models import ApplicationStatus

pytestmark = pytest.mark.django_db


def panel(response, panel_id):
    return soup(response).find(id=f"{panel_id}-section")


def counts(response):
    """{kind label: (new, open, link)} as the "Nieuw werk" panel shows them."""
    rows = panel(response, "new-work").select("tbody tr")
    return {
        row.th.get_text(strip=True): (
            *(int(cell.get_text(strip=True)) for cell in row.find_all("td")),
            row.th.a["href"],
        )
        for row in rows
    }


def inbox_labels(client):
    """The labels of the inbox's menu group and of the inbox in it."""
    [labels] = [(submenu, label) for submenu, label, url in sidebar_links(client) if url == "/admin/submissions/"]
    return labels


@pytest.fixture
def three_new(home):
    """A contact message, an application and a sign-up, as the forms store them."""
    form_page = make_signup_form(home)
    signup(Client())
    return {
        "contact": SubmissionFactory(kind="contact", reference="CONT-0001"),
        "application": ApplicationFactory().submission,
        "form": Submission.objects.get(kind="form"),
        "form_page": form_page,
    }


def test_dashboard_counts_new_and_open_items_per_kind(secretary_client, three_new):
    SubmissionFactory(kind="contact", status=HandlingStatus.IN_PROGRESS)
    SubmissionFactory(kind="contact", status=HandlingStatus.ANSWERED)

    response = secretary_client.get("/admin/")

    assert counts(response) == {
        "Berichten": (1, 2, "/admin/submissions/?kind=contact&status=nieuw"),
        "Aanmeldingen vacatures": (1, 1, "/admin/submissions/?kind=application&status=nieuw"),
        "Aanmeldingen bijeenkomsten": (1, 1, "/admin/submissions/?kind=form&status=nieuw"),
    }
    assert "3 nieuwe inzendingen." in panel(response, "new-work").get_text(" ")


def test_each_count_links_to_the_list_of_that_kind(secretary_client, three_new):
    link = counts(secretary_client.get("/admin/"))["Berichten"][2]

    listing = soup(secretary_client.get(link)).get_text(" ")

    assert three_new["contact"].reference in listing
    assert three_new["application"].reference not in listing
    assert three_new["form"].reference not in listing


def test_counts_and_menu_drop_when_a_submission_is_handled(secretary_client, three_new):
    assert inbox_labels(secretary_client) == ("Inzendingen (3)", "Inzendingen (3)")

    for kind, status in [("contact", HandlingStatus.ANSWERED), ("form", HandlingStatus.IN_PROGRESS)]:
        handling.change_status(three_new[kind], status, note="Gebeld.")

    response = secretary_client.get("/admin/")
    assert counts(response)["Berichten"][:2] == (0, 0)
    assert counts(response)["Aanmeldingen bijeenkomsten"][:2] == (0, 1)
    assert inbox_labels(secretary_client) == ("Inzendingen (1)", "Inzendingen (1)")

    Submission.objects.update(status=HandlingStatus.DONE)
    cache.clear()  # a bulk update shows in the menu once the count kept for a minute is gone
    assert inbox_labels(secretary_client) == ("Inzendingen", "Inzendingen")
    assert "Er zijn geen nieuwe inzendingen." in panel(secretary_client.get("/admin/"), "new-work").get_text(" ")


def test_applications_waiting_for_their_next_step_are_listed_with_how_long(secretary_client):
    received = ApplicationFactory(submission__sender_name="Henk Jansen")
    introduction = ApplicationFactory(submission__sender_name="Fatima El Amrani")
    introduction.change_status(ApplicationStatus.INTRODUCTION, date=timezone.localdate() - datetime.timedelta(days=3))
    rejected = ApplicationFactory(submission__sender_name="Piet Smit")
    rejected.change_status(ApplicationStatus.REJECTED)

    waiting = panel(secretary_client.get("/admin/"), "waiting-applications")

    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])] for row in waiting.select("tbody tr")
    ]
    assert [row[:3] for row in rows] == [
        ["Fatima El Amrani", "Lid van de WIJ-raad", "Kennismakingsgesprek"],
        ["Henk Jansen", "Lid van de WIJ-raad", "Aanmelding ontvangen"],
    ]
    assert rows[0][3].endswith("(3 dagen)")
    assert rows[1][3].endswith("(zojuist)")
    assert waiting.find("a", string="Henk Jansen")["href"] == f"/admin/applications/inspect/{received.pk}/"
    assert "2 sollicitaties wachten op de volgende stap." in waiting.get_text(" ")


def test_upcoming_meetings_show_places_taken_and_left(secretary_client, home, three_new):
    form_page = three_new["form_page"]
    form_page.max_signups = 10
    form_page.save_revision().publish()
    signup(Client(), name="Bert Mulder", email="bert@example.org", ip="127.0.0.3")
    FormPageSubmission.objects.filter(submission__sender_name="Bert Mulder").update(cancelled_at=timezone.now())
    signup(Client(), name="Carla Visser", email="carla@example.org", ip="127.0.0.4")
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, event_start=timezone.now() + datetime.timedelta(days=7), signup_page=form_page)
    past = FormPageFactory(parent=home, slug="vorig-jaar", title="Aanmelden vorig jaar")
    NewsPageFactory(parent=index, event_start=timezone.now() - datetime.timedelta(days=7), signup_page=past)

    meetings = panel(secretary_client.get("/admin/"), "meetings")

    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])] for row in meetings.select("tbody tr")
    ]
    assert [(row[0], row[2], row[3]) for row in rows] == [("Aanmelden expertmeeting", "2 van de 10", "8")]
    assert meetings.select_one("tbody a")["href"] == f"/admin/forms/submissions/{form_page.pk}/"


def test_failed_mail_is_shown_with_a_link_to_the_failed_mails(secretary_client):
    OutgoingMailFactory(state=MailState.FAILED, last_error="550 Unknown user")

    mail = panel(secretary_client.get("/admin/"), "mail-health")

    link = mail.find("a", href="/admin/outgoing_mail/?state=failed")
    assert "1 e-mail is mislukt." in link.get_text(" ")


def test_an_editor_sees_no_submissions_applications_or_sign_ups_on_the_dashboard(client, three_new):
    client.force_login(user_with_role("editor"))

    response = client.get("/admin/")

    assert response.status_code == 200
    for panel_id in ["new-work", "waiting-applications", "meetings", "mail-health"]:
        assert panel(response, panel_id) is None
    assert "/admin/submissions/" not in [url for _submenu, _label, url in sidebar_links(client)]


OUR_PANELS = {"new_work", "waiting_applications", "meetings", "mail_health"}


def our_panels(user):
    """The dashboard panels this project adds, rendered for `user`, as Wagtail's home view renders them."""
    request = RequestFactory().get("/admin/")
    request.user = user
    panels = []
    for add_panels in hooks.get_hooks("construct_homepage_panels"):
        add_panels(request, panels)
    mine = [panel for panel in panels if panel.name in OUR_PANELS]
    assert {panel.name for panel in mine} == OUR_PANELS
    return [panel.render_html({"request": request}) for panel in mine]


def test_the_dashboard_panels_and_menu_count_cost_at_most_10_queries_for_3_or_30_submissions(
    three_new, django_assert_max_num_queries
):
    secretary = log_in_secretary(Client())
    our_panels(secretary)  # her permissions are read once and kept on the user, as in one admin request
    cache.delete(NEW_COUNT_KEY)
    with django_assert_max_num_queries(10) as few:
        our_panels(secretary)
        count_new()

    for number in range(27):
        kind = ["contact", "application", "form"][number % 3]
        if kind == "application":
            ApplicationFactory()
        else:
            SubmissionFactory(kind=kind)
    OutgoingMailFactory.create_batch(3, submission=None, state=MailState.FAILED)
    cache.delete(NEW_COUNT_KEY)
    with django_assert_max_num_queries(10) as many:
        html = our_panels(secretary)
        assert count_new() == 30

    assert len(many.captured_queries) == len(few.captured_queries)
    assert "30 nieuwe inzendingen." in soup("".join(html)).get_text(" ")


def test_the_whole_dashboard_costs_the_same_for_3_or_30_submissions(secretary_client, three_new):
    # Wagtail's own panels (site summary, workflows, recent edits) and the session add their queries to ours.
    secretary_client.get("/admin/")  # her first visit stores her profile and session details
    cache.delete(NEW_COUNT_KEY)
    with CaptureQueriesContext(connection) as few:
        secretary_client.get("/admin/")
    for _number in range(27):
        SubmissionFactory(kind="contact")
    cache.delete(NEW_COUNT_KEY)
    with CaptureQueriesContext(connection) as many:
        response = secretary_client.get("/admin/")

    assert len(many.captured_queries) == len(few.captured_queries)
    assert "30 nieuwe inzendingen." in panel(response, "new-work").get_text(" ")


def test_the_menus_count_is_kept_until_a_submission_is_stored(secretary_client, three_new, django_assert_num_queries):
    inbox_labels(secretary_client)
    with django_assert_num_queries(0):
        assert count_new() == 3

    SubmissionFactory(kind="contact")

    assert inbox_labels(secretary_client) == ("Inzendingen (4)", "Inzendingen (4)")
