import json

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ContentPage, FooterText, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Welkom bij de WIJ-raad"
    intro = "De WIJ-raad praat mee over WIJ Groningen."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tekstpagina {n}")
    intro = "Een korte inleiding."
    body = factory.LazyFunction(
        lambda: json.dumps(
            [
                {"type": "heading", "value": {"text": "Een kop", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Gewone tekst op de pagina.</p>"},
            ]
        )
    )

    class Meta:
        model = ContentPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    """The Dutch footer (there is one per language)."""

    organisation_name = "WIJ-raad Groningen"
    postal_address = "t.a.v. de ambtelijk secretaris\nPostbus 1234\n9700 AA Groningen"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterText
        django_get_or_create = ["locale"]
