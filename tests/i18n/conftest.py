import pytest

from home.demo_translation import translate


@pytest.fixture
def english_home(home):
    translated, _changed = translate(home, "en", {home.title: "Welcome", home.slug: "home-en"})
    return translated
