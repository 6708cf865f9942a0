import json

import factory
import wagtail_factories

from home.models import ContentPage, HomePage


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
