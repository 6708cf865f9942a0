import pytest
from wagtail.models import Locale

from news.models import NewsCategory
from tests.factories.news import NewsCategoryFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/news/newscategory/add/"


def test_secretary_adds_a_category_and_its_slug_is_made_from_the_name(admin_client):
    response = admin_client.post(ADD_URL, {"name": "Verslag van de raad", "slug": "", "sort_order": 3})

    assert response.status_code == 302
    category = NewsCategory.objects.get(name="Verslag van de raad")
    assert category.slug == "verslag-van-de-raad"
    assert category.locale == Locale.get_default()


def test_a_second_category_with_the_same_slug_is_refused_with_a_message(admin_client, advies):
    response = admin_client.post(ADD_URL, {"name": "Adviezen", "slug": "advies", "sort_order": 5})

    assert response.status_code == 200
    assert "Er is al een categorie met deze naam in het webadres." in response.content.decode()
    assert NewsCategory.objects.filter(slug="advies").count() == 1


def test_category_list_in_the_admin_shows_the_categories(admin_client, advies, nieuws):
    html = admin_client.get("/admin/snippets/news/newscategory/").content.decode()

    assert "Advies" in html and "Nieuws" in html


def test_the_same_slug_may_exist_once_per_language(advies):
    english = Locale.objects.get_or_create(language_code="en")[0]

    translated = NewsCategoryFactory(
        name="Advice", slug="advies", locale=english, translation_key=advies.translation_key
    )
    translated.full_clean()

    assert NewsCategory.objects.filter(slug="advies").count() == 2
