"""The demo's translation helper, on pages a test builds itself, and the locales the migrations create."""

import pytest
from wagtail.models import Locale

from demo.translation import translate
from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_translate_fills_in_only_what_is_new(home, english_home):
    page = ContentPageFactory(parent=home, title="Vergaderen", slug="vergaderen", intro="Wij vergaderen.", body=[])
    strings = {"Vergaderen": "Meetings", "vergaderen": "meetings", "Wij vergaderen.": "We meet."}

    translated, changed = translate(page, "en", strings)
    again, changed_again = translate(page, "en", strings)

    assert changed and not changed_again
    assert again.pk == translated.pk
    assert (translated.title, translated.intro, translated.live) == ("Meetings", "We meet.", True)
    assert translated.url == "/en/meetings/"

    page.intro = "Wij vergaderen elke maand."
    page.save_revision().publish()
    updated, changed = translate(page, "en", {"Wij vergaderen elke maand.": "We meet every month."})

    assert changed
    assert (updated.title, updated.intro) == ("Meetings", "We meet every month.")


def test_content_locales_exist_after_migrating(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"nl", "en"}
