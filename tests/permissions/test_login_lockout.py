"""Login brute force: after 5 wrong passwords for one user name from one address, that combination is locked for
15 minutes, even with the right password. The admin login says so in Dutch; superusers see and lift lockouts."""

import datetime

import pytest
import time_machine
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.roles import user_with_role

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "geheim-wachtwoord"  # what tests.roles gives every user


def log_in(client, username, password, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def logged_in(client):
    return client.get("/admin/").status_code == 200


@pytest.fixture
def secretary():
    return user_with_role("secretary")


def test_thirty_wrong_passwords_then_the_right_one_does_not_log_in(client, secretary):
    for attempt in range(30):
        response = log_in(client, "secretary", f"fout-{attempt}")
        assert response.status_code in (200, 429)

    response = log_in(client, "secretary", PASSWORD)

    assert response.status_code == 429
    assert not logged_in(client)


def test_the_locked_out_user_sees_a_dutch_message_with_the_name_kept(client, secretary):
    for attempt in range(4):
        assert log_in(client, "secretary", f"fout-{attempt}").status_code == 200
    response = log_in(client, "secretary", "fout-5")  # the fifth wrong one locks

    assert response.status_code == 429
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.find("html")["lang"] == "nl"
    message = " ".join(html.get_text(" ", strip=True).split())
    assert "Je kunt even niet inloggen: er is te vaak een verkeerd wachtwoord ingevuld." in message
    assert "Probeer het over 15 minuten opnieuw." in message
    assert html.find("input", attrs={"name": "username"})["value"] == "secretary"
    assert "Please enter a correct" not in message

    response = log_in(client, "secretary", PASSWORD)
    assert response.status_code == 429
    assert "Probeer het over 15 minuten opnieuw." in response.content.decode()


def test_four_wrong_passwords_still_let_the_right_one_in(client, secretary):
    for attempt in range(4):
        log_in(client, "secretary", f"fout-{attempt}")

    assert log_in(client, "secretary", PASSWORD).status_code == 302
    assert logged_in(client)
    assert not AccessAttempt.objects.exists()  # a successful login forgets the failures


def lock_out(client, username, **headers):
    for attempt in range(5):
        log_in(client, username, f"fout-{attempt}", **headers)
    assert log_in(client, username, PASSWORD, **headers).status_code == 429


def test_the_lockout_is_per_user_name_and_address(client, secretary):
    user_with_role("editor")
    lock_out(client, "secretary", REMOTE_ADDR="203.0.113.5")

    # The same account from the secretary's own address, and another account from the attacker's address, still work.
    assert log_in(client, "secretary", PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302
    client.logout()
    assert log_in(client, "editor", PASSWORD, REMOTE_ADDR="203.0.113.5").status_code == 302


def test_behind_the_proxy_the_address_the_proxy_added_counts(client, secretary, settings):
    settings.FORMS_TRUST_X_FORWARDED_FOR = True
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    # An attacker cannot dodge the lockout by sending an X-Forwarded-For of their own: the proxy's (last) one counts.
    for attempt in range(5):
        log_in(client, "secretary", f"fout-{attempt}", HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}, 203.0.113.5", **proxy)
    assert log_in(client, "secretary", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429

    assert log_in(client, "secretary", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 302


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, secretary):
    for attempt in range(5):
        log_in(client, "secretary", f"fout-{attempt}", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")

    assert log_in(client, "secretary", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


def test_after_the_cool_off_the_right_password_works_again(client, secretary):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        lock_out(client, "secretary")
    with time_machine.travel(start + datetime.timedelta(minutes=14), tick=False):
        assert log_in(client, "secretary", PASSWORD).status_code == 429  # and the 15 minutes start again
    with time_machine.travel(start + datetime.timedelta(minutes=30), tick=False):
        assert log_in(client, "secretary", PASSWORD).status_code == 302


def test_a_superuser_sees_the_lockout_and_lifts_it(client, secretary):
    lock_out(client, "secretary", REMOTE_ADDR="203.0.113.5")
    attempt = AccessAttempt.objects.get()
    admin = get_user_model().objects.create_superuser("beheer", "beheer@wijraad.example.org", "beheer-wachtwoord")
    admin_client = type(client)()
    admin_client.force_login(admin)

    listing = admin_client.get("/admin/lockouts/").content.decode()
    assert "secretary" in listing and "203.0.113.5" in listing
    assert "/admin/lockouts/" in admin_client.get("/admin/").content.decode()  # in the Settings menu

    assert admin_client.post(f"/admin/lockouts/delete/{attempt.pk}/").status_code == 302

    assert not AccessAttempt.objects.exists()
    assert log_in(client, "secretary", PASSWORD, REMOTE_ADDR="203.0.113.5").status_code == 302


@pytest.mark.parametrize("role", ["editor", "moderator", "secretary"])
def test_only_superusers_see_the_lockouts(client, role):
    lock_out(client, "someone-else")
    client.force_login(user_with_role(role))

    response = client.get("/admin/lockouts/")

    assert response.status_code in (302, 403)
    assert "someone-else" not in response.content.decode()
