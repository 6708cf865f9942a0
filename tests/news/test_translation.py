import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.operations import TranslationCreator

from news.models import NewsCategory, NewsPage
from tests.factories.news import NewsPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

START = datetime.datetime(2017, 10, 31, 19, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def field_kinds(model):
    return {field.field_name: type(field) for field in get_translatable_fields(model)}


def test_texts_are_translatable_and_addresses_dates_and_slugs_are_not():
    page = field_kinds(NewsPage)
    category = field_kinds(NewsCategory)

    for name in ["title", "intro", "body", "documents", "image_alt", "event_location", "event_organiser", "category"]:
        assert page[name] is TranslatableField, name
    for name in ["date", "event_start", "event_end", "event_address", "event_city", "image", "signup_page"]:
        assert page[name] is SynchronizedField, name
    assert category["name"] is TranslatableField
    assert category["slug"] is SynchronizedField


def test_translated_news_item_uses_the_translated_category_and_english_dates(
    client, home, news_index, advies, django_capture_on_commit_callbacks
):
    english = Locale.objects.get_or_create(language_code="en")[0]
    page = NewsPageFactory(
        parent=news_index,
        slug="expertmeeting",
        category=advies,
        event_start=START,
        event_location="Stadhuis",
        event_address="Grote Markt 1",
    )

    creator = TranslationCreator(user=None, target_locales=[english])
    for instance in (home, news_index, page):
        # wagtail-localize publishes on commit; in the admin each page is its own request.
        with django_capture_on_commit_callbacks(execute=True):
            creator.create_translations(instance)

    translated = page.get_translation(english)
    assert translated.live
    assert translated.category.locale == english
    assert translated.category.translation_key == advies.translation_key
    assert translated.category.slug == "advies"
    assert translated.event_start == START
    assert translated.event_address == "Grote Markt 1"

    html = client.get("/en/nieuws/expertmeeting/").content.decode()
    assert "Tuesday 31 October 2017" in html
    assert '<a href="/en/nieuws/?categorie=advies">' in html
    index_html = client.get("/en/nieuws/").content.decode()
    assert '<a href="/en/nieuws/expertmeeting/">' in index_html
    assert '<a href="/en/nieuws/?categorie=advies">' in index_html


def test_dutch_tags_on_english_pages_are_marked_as_dutch(client, home, news_index, django_capture_on_commit_callbacks):
    english = Locale.objects.get_or_create(language_code="en")[0]
    page = NewsPageFactory(parent=news_index, slug="raadsvergadering")
    page.tags.add("gemeenteraad")
    page.save_revision().publish()
    creator = TranslationCreator(user=None, target_locales=[english])
    for instance in (home, news_index, page):
        with django_capture_on_commit_callbacks(execute=True):
            creator.create_translations(instance)

    english_item = soup(client.get("/en/nieuws/raadsvergadering/"))
    dutch_item = soup(client.get("/nieuws/raadsvergadering/"))
    english_index = soup(client.get("/en/nieuws/?onderwerp=gemeenteraad"))

    english_tag = english_item.find(class_="news-tags").find("a")
    assert english_tag.find("span", lang="nl").get_text() == "gemeenteraad"
    assert english_item.find("html")["lang"] == "en"
    dutch_tag = dutch_item.find(class_="news-tags").find("a")
    assert dutch_tag.get_text() == "gemeenteraad" and not dutch_tag.find(attrs={"lang": True})
    heading = english_index.find(id="news-list-title")
    assert heading.find("span", lang="nl").get_text() == "gemeenteraad"
    assert heading.get_text(" ", strip=True) == "Posts about gemeenteraad"
