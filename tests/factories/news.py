import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from news.models import NewsCategory, NewsIndexPage, NewsPage


class NewsCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Categorie {n}")
    slug = factory.Sequence(lambda n: f"categorie-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    intro = "Berichten van de WIJ-raad."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bericht {n}")
    date = datetime.date(2024, 3, 1)
    intro = "Een korte inleiding op het bericht."
    category = factory.SubFactory(NewsCategoryFactory)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>De tekst van het bericht.</p>")])

    class Meta:
        model = NewsPage
