"""The language switcher where there is no English version to switch to: no English home page, a view without a page."""

import pytest

from tests.html import html_lang, switcher_links

pytestmark = pytest.mark.django_db


def test_without_an_english_home_page_the_switcher_still_leads_to_a_page(client, home):
    response = client.get("/")
    [(href, *_rest)] = switcher_links(response)

    target = client.get(href)

    assert href == "/en/"
    assert target.status_code == 200
    # Wagtail shows the Dutch home page there, so the page says it is Dutch.
    assert html_lang(target) == "nl"


@pytest.mark.urls("tests.i18n.urls")
def test_view_without_a_page_switches_to_the_same_view_in_the_other_language(client, home):
    dutch = client.get("/bedankt/?formulier=contact")

    assert html_lang(dutch) == "nl"
    assert switcher_links(dutch) == [("/en/bedankt/?formulier=contact", "en", "en", "English")]
    english = client.get("/en/bedankt/?formulier=contact")
    assert english.status_code == 200
    assert html_lang(english) == "en"
    assert switcher_links(english) == [("/bedankt/?formulier=contact", "nl", "nl", "Nederlands")]
