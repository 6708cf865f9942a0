import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from demo.loader import add_section_link
from demo.translation import translate
from home.models import FooterText
from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def english_translation(instance):
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(instance), target_locale__language_code="en"
    )


def test_demo_translates_home_pages_and_footer_into_english(client, demo):
    english = {page.url_path: page for page in Page.objects.filter(locale__language_code="en").live()}

    assert {"/home-en/", "/home-en/your-opinion-counts/", "/home-en/privacy/", "/home-en/accessibility/"} <= set(
        english
    )
    html = client.get("/en/your-opinion-counts/").content.decode()
    assert "<li>access to support, and its quality;</li>" in html
    assert "Een belangrijke manier" not in html
    assert FooterText.objects.filter(locale__language_code="en").exists()
    assert 'href="/en/privacy/">Privacy statement</a>' in html


@pytest.mark.parametrize("url_path", ["/home/jouw-mening-telt/", "/home/privacy/", "/home/toegankelijkheid/"])
def test_demo_translations_are_complete_in_wagtail_localize(demo, url_path):
    total, translated = english_translation(Page.objects.get(url_path=url_path).specific).get_progress()

    assert total == translated > 5


def test_demo_footer_translation_is_complete(demo):
    total, translated = english_translation(FooterText.objects.get(locale__language_code="nl")).get_progress()

    assert total == translated == 2


def test_second_demo_run_changes_no_translation(demo):
    logs, revisions = TranslationLog.objects.count(), Revision.objects.count()

    call_command("load_demo_content", verbosity=0)

    assert TranslationLog.objects.count() == logs
    assert Revision.objects.count() == revisions


def test_syncing_a_changed_dutch_page_marks_the_english_one_as_needing_an_update(client, admin_client, demo):
    dutch = Page.objects.get(url_path="/home/jouw-mening-telt/").specific
    translation = english_translation(dutch)
    assert translation.get_progress()[0] == translation.get_progress()[1]

    dutch.intro = "Een nieuwe inleiding die nog niet vertaald is."
    dutch.save_revision().publish()
    response = admin_client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]))

    assert response.status_code == 302
    total, translated = translation.get_progress()
    assert translated == total - 1
    with override("en"):
        assert translation.get_status_display() == "Waiting for translations"
    english_page = client.get("/en/your-opinion-counts/").content.decode()
    assert "WIJ Groningen likes to talk with you" in english_page
    assert "Een nieuwe inleiding" not in english_page


def test_section_link_added_by_another_app_is_translated_on_the_english_home(client, demo, home):
    page = ContentPageFactory(parent=home, title="Vacatures", slug="vacatures-test")
    translate(page, "en", {"Vacatures": "Vacancies", "vacatures-test": "vacancies-test"})

    add_section_link(home, page, "Word lid van de raad.", {"en": "Join the council."})

    english = client.get("/en/").content.decode()
    assert "Join the council." in english
    assert 'href="/en/vacancies-test/"' in english
    assert "Word lid van de raad." in client.get("/").content.decode()


def test_demo_leaves_no_dutch_text_without_its_english_text(demo):
    assert demo.warnings_from("demo.translation") == []
