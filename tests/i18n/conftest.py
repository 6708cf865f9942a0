import pytest
from django.core.management import call_command

from home.demo_translation import translate


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def english_home(home):
    translated, _changed = translate(home, "en", {home.title: "Welcome", home.slug: "home-en"})
    return translated
