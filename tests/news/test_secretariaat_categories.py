"""The secretary keeps the news categories: she finds them under Fragmenten, adds, renames and deletes them."""

import pytest

from news.models import NewsCategory
from tests.factories.news import NewsCategoryFactory, NewsPageFactory
from tests.home.secretariaat import group_codenames, sidebar_links
from tests.html import soup

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/news/newscategory/"


def test_secretariaat_group_may_add_change_and_delete_news_categories():
    assert {"add_newscategory", "change_newscategory", "delete_newscategory"} <= group_codenames("news")


def test_secretary_finds_the_news_categories_through_the_snippets_menu(secretary_client):
    assert (None, "Fragmenten", "/admin/snippets/") in sidebar_links(secretary_client)

    response = secretary_client.get("/admin/snippets/")

    assert response.status_code == 200
    links = soup(response).find_all("a", href=LIST_URL)
    assert [" ".join(link.get_text(" ", strip=True).split()) for link in links] == ["Nieuwscategorieën"]


def test_secretary_opens_the_list_of_categories(secretary_client, advies, nieuws):
    response = secretary_client.get(LIST_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Advies" in html and "Nieuws" in html
    assert f'href="{LIST_URL}add/?locale=nl"' in html
    assert f'href="{LIST_URL}edit/{advies.pk}/"' in html


def test_secretary_adds_a_category(secretary_client):
    assert secretary_client.get(f"{LIST_URL}add/").status_code == 200

    response = secretary_client.post(f"{LIST_URL}add/", {"name": "Verslag", "slug": "", "sort_order": 4})

    assert response.status_code == 302
    category = NewsCategory.objects.get()
    assert (category.name, category.slug, category.sort_order) == ("Verslag", "verslag", 4)


def test_secretary_renames_a_category(secretary_client, advies):
    assert secretary_client.get(f"{LIST_URL}edit/{advies.pk}/").status_code == 200

    response = secretary_client.post(
        f"{LIST_URL}edit/{advies.pk}/", {"name": "Adviezen", "slug": "adviezen", "sort_order": 1}
    )

    assert response.status_code == 302
    advies.refresh_from_db()
    assert (advies.name, advies.slug, advies.sort_order) == ("Adviezen", "adviezen", 1)


def test_secretary_deletes_a_category_and_its_news_items_stay(secretary_client, news_index):
    agenda = NewsCategoryFactory(name="Agenda", slug="agenda")
    item = NewsPageFactory(parent=news_index, title="Vergadering in maart", slug="vergadering-maart", category=agenda)

    confirmation = secretary_client.get(f"{LIST_URL}delete/{agenda.pk}/")
    assert confirmation.status_code == 200
    assert "Er bestaat 1 verwijzing naar nieuwscategorie." in confirmation.content.decode()
    response = secretary_client.post(f"{LIST_URL}delete/{agenda.pk}/")

    assert response.status_code == 302
    assert not NewsCategory.objects.filter(pk=agenda.pk).exists()
    item.refresh_from_db()
    assert item.category is None
