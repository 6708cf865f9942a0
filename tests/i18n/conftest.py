import pytest

from demo.translation import translate


@pytest.fixture
def english_home(home):
    translated, _changed = translate(home, "en", {home.title: "Welcome", home.slug: "home-en"})
    return translated
