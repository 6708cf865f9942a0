"""When the secretary moves an application to another step, the applicant gets a short mail in their language."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from submissions.models import MailState
from tests.factories.vacancies import ApplicationFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary_client(client, django_user_model):
    user = django_user_model.objects.create_user("secretaris", "secretaris@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    client.force_login(user)
    return client


def move(client, application, status, *, notify=True, note="Gesprek op het WIJ-team Oost.", capture=None):
    data = {"status": status, "date": timezone.localdate().isoformat(), "note": note}
    if notify:
        data["notify_applicant"] = "on"
    with capture(execute=True):
        response = client.post(f"/admin/applications/edit/{application.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def test_the_form_offers_the_checkbox_switched_on(secretary_client):
    application = ApplicationFactory()

    response = secretary_client.get(f"/admin/applications/edit/{application.pk}/")

    checkbox = soup(response).find("input", attrs={"name": "notify_applicant"})
    assert checkbox is not None and checkbox.has_attr("checked")
    assert "Stuur de kandidaat een bericht" in response.content.decode()


def test_applicant_gets_the_new_step_and_the_status_link(
    secretary_client, smtp_server, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(
        submission__sender_name="Henk Jansen",
        submission__sender_email="henk@example.org",
        submission__created_at=timezone.now() - datetime.timedelta(days=3),
    )

    response = move(secretary_client, application, "gesprek_delegatie", capture=django_capture_on_commit_callbacks)

    delivered = smtp_server.wait_for(1, timeout=10)
    assert len(delivered) == 1
    mail = delivered[0]
    assert mail.recipients == ["henk@example.org"]
    assert mail.message["Reply-To"] == "secretariaat@wijraad.example.org"
    assert mail.message["Subject"] == f"Nieuws over je aanmelding ({application.reference})"
    body = " ".join(mail.body.split())
    assert "Hallo Henk Jansen," in body
    assert "Je aanmelding is nu bij stap 3 van 5: Gesprek met een paar leden van de WIJ-raad." in body
    assert f"http://localhost/aanmelding/{application.token}/" in body
    assert "WIJ-team Oost" not in body  # the note is for the secretariat only
    assert application.submission.mails.get().state == MailState.SENT
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("De kandidaat krijgt hierover een e-mail." in message for message in messages)


def test_english_applicant_gets_the_mail_in_english(secretary_client, smtp_server, django_capture_on_commit_callbacks):
    application = ApplicationFactory(submission__language="en", submission__sender_name="Anna Smith")

    move(secretary_client, application, "kennismakingsgesprek", capture=django_capture_on_commit_callbacks)

    mail = smtp_server.wait_for(1, timeout=10)[0]
    body = " ".join(mail.body.split())
    assert "Hello Anna Smith," in body
    assert "Your application is now at step 2 of 5: Introductory talk." in body
    assert f"http://localhost/en/application/{application.token}/" in body
    assert mail.message["Subject"] == f"News about your application ({application.reference})"


def test_without_the_checkbox_no_mail_is_queued(secretary_client, django_capture_on_commit_callbacks):
    application = ApplicationFactory()

    move(
        secretary_client, application, "kennismakingsgesprek", notify=False, capture=django_capture_on_commit_callbacks
    )

    application.refresh_from_db()
    assert application.status == "kennismakingsgesprek"
    assert not application.submission.mails.exists()


def test_a_refused_change_sends_nothing(secretary_client):
    application = ApplicationFactory()

    response = secretary_client.post(
        f"/admin/applications/edit/{application.pk}/",
        {"status": "ontvangen", "date": timezone.localdate().isoformat(), "notify_applicant": "on"},
    )

    assert response.status_code == 200
    assert not application.submission.mails.exists()
