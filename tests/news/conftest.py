import datetime

import pytest

from tests.factories.news import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def advies(db):
    return NewsCategoryFactory(name="Advies", slug="advies", sort_order=2)


@pytest.fixture
def nieuws(db):
    return NewsCategoryFactory(name="Nieuws", slug="nieuws", sort_order=1)


@pytest.fixture
def make_items(news_index, nieuws):
    """Create `count` more news items, one day apart, each newer than the ones before."""

    made = []

    def make(count, **fields):
        fields.setdefault("category", nieuws)
        first = len(made)
        for number in range(first, first + count):
            made.append(
                NewsPageFactory(
                    parent=news_index,
                    title=f"Bericht {number:03d}",
                    slug=f"bericht-{number:03d}",
                    date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
                    **fields,
                )
            )
        return made[first:]

    return make
