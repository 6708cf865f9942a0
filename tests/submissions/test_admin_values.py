"""Values in the admin as people read them: times in Dutch time with date and time, addresses as a list, a mail with
its paragraphs, Ja/Nee instead of True/False."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from submissions.models import MailState
from tests.factories.contact import OutgoingMailFactory
from tests.formpages.form_pages import make_signup_form
from tests.html import soup
from wijraad.admin_values import duration_since, language_name, local_datetime

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def field(response, label):
    """The <dd> after the <dt> with this label on an inspect view."""
    [term] = [term for term in soup(response).select("main dt") if term.get_text(strip=True) == label]
    return term.find_next_sibling("dd")


@pytest.fixture
def mail():
    return OutgoingMailFactory(
        submission=None,
        to=["secretariaat@wijraad.example.org", "voorzitter@wijraad.example.org"],
        reply_to=["anna@example.org"],
        subject="Nieuw bericht",
        body="Hallo,\n\nAnna stuurde een bericht.\nZe wil graag meedoen.\n\nMet vriendelijke groet,\nDe website\n",
        created_at=datetime.datetime(2026, 7, 1, 18, 48, tzinfo=UTC),
        next_attempt_at=datetime.datetime(2026, 12, 1, 19, 48, tzinfo=UTC),
        state=MailState.PENDING,
    )


def test_mail_shows_its_addresses_as_a_list_and_its_paragraphs(secretary_client, mail):
    response = secretary_client.get(f"/admin/outgoing_mail/inspect/{mail.pk}/")

    assert [item.get_text(strip=True) for item in field(response, "Aan").select("li")] == mail.to
    assert field(response, "Aan").a["href"] == "mailto:secretariaat@wijraad.example.org"
    assert [item.get_text(strip=True) for item in field(response, "Antwoord naar").select("li")] == mail.reply_to
    paragraphs = [paragraph.get_text(" ", strip=True) for paragraph in field(response, "Tekst").select("p")]
    assert paragraphs == [
        "Hallo,",
        "Anna stuurde een bericht. Ze wil graag meedoen.",
        "Met vriendelijke groet, De website",
    ]
    assert "['" not in soup(response).main.get_text()


def test_mail_times_are_dutch_time_with_date_and_time(secretary_client, mail):
    response = secretary_client.get(f"/admin/outgoing_mail/inspect/{mail.pk}/")

    # Summer time is UTC+2, winter time UTC+1.
    assert field(response, "Aangemaakt op").get_text(strip=True) == "1 juli 2026, 20:48"
    assert field(response, "Volgende poging").get_text(strip=True) == "1 december 2026, 20:48"
    assert field(response, "Verzonden op").get_text(strip=True) == "-"
    assert "None" not in soup(response).main.get_text()


def test_users_list_says_ja_for_an_active_user(client):
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim-wachtwoord")
    get_user_model().objects.create_user("oud", "oud@example.org", "geheim-wachtwoord", is_active=False)
    client.force_login(admin)

    response = client.get("/admin/users/")

    statuses = [cell.get_text(strip=True) for cell in soup(response).select("td.status")]
    assert sorted(statuses) == ["Ja", "Nee"]


def test_a_date_counts_in_whole_days_and_a_moment_to_the_minute():
    now = datetime.datetime(2026, 12, 2, 20, 49, tzinfo=UTC)

    assert duration_since(now - datetime.timedelta(seconds=20), now) == "zojuist"
    assert duration_since(now - datetime.timedelta(minutes=1), now) == "1\xa0minuut"
    assert duration_since(now - datetime.timedelta(hours=3, minutes=5), now) == "3\xa0uur"
    # A step dated today is from today, not "20 hours ago" from midnight; the date is that of Dutch time.
    assert duration_since(datetime.date(2026, 12, 2), now) == "vandaag"
    assert duration_since(datetime.date(2026, 11, 29), now) == "3 dagen"
    # 23:30 UTC is already the next day in Groningen.
    assert duration_since(datetime.date(2026, 12, 2), datetime.datetime(2026, 12, 2, 23, 30, tzinfo=UTC)) == "1 dag"


def test_language_names_and_local_times_read_as_words():
    assert language_name("nl") == "Nederlands"
    assert language_name("en") == "Engels"
    assert local_datetime(datetime.datetime(2026, 12, 2, 19, 48, tzinfo=UTC)) == "2 december 2026, 20:48"
    assert local_datetime(None) == "-"


def test_form_pages_list_names_the_page_type_without_its_code(secretary_client, home):
    make_signup_form(home)

    response = secretary_client.get("/admin/forms/")

    [page_type] = [cell.get_text(strip=True) for cell in soup(response).select("tbody td small")]
    assert page_type == "Formulierpagina"


def test_nobody_picks_another_time_zone_than_the_sites(secretary_client):
    response = secretary_client.get("/admin/account/")

    assert response.status_code == 200
    assert soup(response).select('select[name="locale-current_time_zone"]') == []
    assert "Europe/Amsterdam" not in response.content.decode()
