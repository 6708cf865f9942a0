import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def load():
    call_command("load_demo_content", verbosity=0)


def test_demo_content_builds_the_seed_pages(client):
    for path, text in [
        ("/", "Welkom bij de WIJ-raad"),
        ("/jouw-mening-telt/", "Een belangrijke manier is de WIJ-raad, de cliëntenraad."),
        ("/privacy/", "Autoriteit Persoonsgegevens"),
        ("/toegankelijkheid/", "WCAG 2.2"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.content.decode(), path


def test_seed_bullet_list_is_a_real_list(client):
    html = client.get("/jouw-mening-telt/").content.decode()

    assert "<li>de toegang en kwaliteit van de ondersteuning;</li>" in html
    assert "<li>bewonerstevredenheidsonderzoeken.</li>" in html


def test_second_run_changes_nothing():
    pages = list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id"))
    revisions = Revision.objects.count()

    load()

    assert list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id")) == pages
    assert Revision.objects.count() == revisions


@pytest.mark.expensive  # every demo page and its edit view: ~5 s
def test_every_demo_page_and_its_admin_edit_view_open(client, admin_client):
    pages = Page.objects.filter(depth__gt=1).live().specific()
    assert pages.count() >= 4

    for page in pages:
        assert client.get(page.url).status_code == 200, page.url_path
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page.url_path


def test_admin_user_is_created_only_when_asked(capsys):
    User = get_user_model()
    assert not User.objects.filter(username="beheer").exists()

    call_command("load_demo_content", admin="beheer", verbosity=0)
    call_command("load_demo_content", admin="beheer", verbosity=0)

    user = User.objects.get(username="beheer")
    assert user.is_superuser
    output = capsys.readouterr().out
    assert output.count("Admin user created: beheer / ") == 1
    assert "changepassword beheer" in output
