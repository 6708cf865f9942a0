"""The pages that show news cost the same number of queries with 3 or 30 news items, at most 10 each (a warm
process: each page is requested once before it is counted)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

PAGE_QUERY_BUDGET = 10


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/", "/nieuws/", "/nieuws/?categorie=nieuws", "/nieuws/feed/"])
def test_news_pages_cost_the_same_with_3_or_30_items(client, make_items, url):
    make_items(3, image=ImageFactory(), image_alt="Een foto")
    with_3 = queries(client, url)

    make_items(27, image=ImageFactory(), image_alt="Een andere foto")
    with_30 = queries(client, url)

    assert with_30 == with_3 <= PAGE_QUERY_BUDGET


def test_the_second_page_of_30_items_stays_within_the_budget(client, make_items):
    make_items(30, image=ImageFactory(), image_alt="Een foto")

    assert queries(client, "/nieuws/?page=2") <= PAGE_QUERY_BUDGET


def test_a_news_item_costs_the_same_with_3_or_30_items_beside_it(client, make_items):
    item = make_items(3, image=ImageFactory(), image_alt="Een foto")[0]
    with_3 = queries(client, item.url)

    make_items(27)
    with_30 = queries(client, item.url)

    assert with_30 == with_3 <= PAGE_QUERY_BUDGET
