"""The admin speaks Dutch to the secretary: no English from Wagtail, no raw True/False, no Python list, no time in UTC,
the site's own name.

The walk opens every kind of admin screen a Secretariaat member can reach from the dashboard and the menu (see
walker.py), with a message, an application and a sign-up in the database so their screens have something to show.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Workflow
from wagtail.users.models import UserProfile

from tests.admin_language.walker import ENGLISH, kind_of, walk
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory
from tests.factories.vacancies import ApplicationFactory
from tests.formpages.form_pages import make_signup_form, signup
from tests.home.secretariaat import sidebar_links
from tests.html import soup, texts
from tests.roles import ROLE_GROUPS

# The longest label that the sidebar shows in full (at 21 characters "Inzendingen en e-mail" was cut off).
SIDEBAR_LABEL_LENGTH = 15


@pytest.fixture
def work(demo, home):
    """A contact message with its mail, an application and a sign-up, as the secretary would find them."""
    OutgoingMailFactory(submission=SubmissionFactory(kind="contact"))
    ApplicationFactory()
    make_signup_form(home)
    signup(Client())


def start_screens():
    """The dashboard and the edit view of one page of every type (the walk opens only a few edit views itself)."""
    first_of_type = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        first_of_type.setdefault(page.content_type_id, page.pk)
    return ["/admin/", *(f"/admin/pages/{pk}/edit/" for pk in first_of_type.values())]


@pytest.mark.expensive  # some 90 screens: ~11 s
def test_every_screen_the_secretary_reaches_is_in_dutch(demo, secretary_client, work):
    screens = walk(secretary_client, start_screens())

    english = {screen.url: screen.contexts for screen in screens if screen.words}
    assert english == {}
    # The walk got everywhere: every type of page, snippets, settings, submissions, applications, mails, sign-ups.
    kinds = {kind_of(screen.url) for screen in screens}
    for expected in [
        "/admin/pages/<id>/edit/",
        "/admin/snippets/vacancies/councilmember/edit/<id>/",
        "/admin/snippets/home/footertext/edit/<id>/",
        "/admin/settings/home/sitesettings/<id>/",
        "/admin/submissions/inspect/<id>/",
        "/admin/applications/inspect/<id>/",
        "/admin/outgoing_mail/inspect/<id>/",
        "/admin/forms/submissions/<id>/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/account/",
    ]:
        assert expected in kinds
    assert len(screens) > 80


def test_the_walk_catches_english(demo, secretary_client):
    # The same secretary with English as her admin language (Account, Voorkeurstaal): the walk reports it.
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="secretaris"))
    profile.preferred_language = "en"
    profile.save()

    [dashboard] = walk(secretary_client, ["/admin/"], limit=1)

    assert {"Dashboard", "Pages", "Snippets", "Editor Guide"} <= set(dashboard.words)


def test_login_page_is_in_dutch_with_the_sites_name(demo, client):
    response = client.get("/admin/login/")

    page = soup(response)
    assert [label.get_text(" ", strip=True) for label in page.select("main label")][:2] == [
        "Gebruikersnaam *",
        "Wachtwoord *",
    ]
    assert texts(response, "h1") == ["Inloggen bij de WIJ-raad"]
    assert page.title.get_text() == "Inloggen - Beheer WIJ-raad"
    assert page.select_one(".login-logo img")["alt"] == "WIJ-raad"
    [login] = walk(client, ["/admin/login/"], limit=1)
    assert login.words == []


def test_sidebar_shows_the_sites_wordmark_and_short_labels(demo, secretary_client):
    response = secretary_client.get("/admin/")

    template = soup(response).select_one("template[data-wagtail-sidebar-branding-logo]")
    assert template.img["alt"] == "WIJ-raad"
    assert soup(response).title.get_text() == "Overzicht - Beheer WIJ-raad"
    labels = {submenu or label for submenu, label, _url in sidebar_links(secretary_client)}
    assert {"Inzendingen", "Sollicitaties", "Fragmenten"} <= labels
    assert [label for label in labels if len(label) > SIDEBAR_LABEL_LENGTH] == []


def test_default_groups_and_workflow_have_dutch_names(demo, secretary_client, home):
    names = set(Group.objects.values_list("name", flat=True))
    assert set(ROLE_GROUPS.values()) <= names
    assert not names & set(ENGLISH)
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Goedkeuring door moderatoren"]

    response = secretary_client.get(f"/admin/pages/{home.pk}/edit/")

    assert "Ter goedkeuring sturen (Goedkeuring door moderatoren)" in soup(response).get_text(" ")


def test_demo_secretary_account_logs_in_to_the_dutch_admin(demo, client, capsys):
    call_command("load_demo_content", secretary="sanne", verbosity=0)
    call_command("load_demo_content", secretary="sanne", verbosity=0)

    output = capsys.readouterr().out
    [password] = re.findall(r"Secretariaat user created: sanne / (\S+)", output)
    assert "Secretariaat user 'sanne' exists. Forgot the password?" in output
    user = get_user_model().objects.get(username="sanne")
    assert not user.is_superuser
    assert [group.name for group in user.groups.all()] == [ROLE_GROUPS["secretary"]]

    response = client.post("/admin/login/", {"username": "sanne", "password": password}, follow=True)

    assert soup(response).title.get_text() == "Overzicht - Beheer WIJ-raad"
    assert ("Inzendingen", "Inzendingen", "/admin/submissions/") in sidebar_links(client)
