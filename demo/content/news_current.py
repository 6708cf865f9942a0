"""A current news item (example content): the council is looking for members. Dated from the load day."""

from demo.dates import days_after_load

PAGE = {
    "type": "news.NewsPage",
    "parent": "nieuws",
    "example": True,
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "date": days_after_load(-3),
        "category": {"slug": "nieuws"},
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p><p>{body_2}</p><p>{body_3}</p>"),
        ],
        "tags": ["WIJ-raad"],
    },
}

TEXT = {
    "slug": {"nl": "de-wij-raad-zoekt-nieuwe-leden", "en": "the-wij-raad-is-looking-for-new-members"},
    "title": {"nl": "De WIJ-raad zoekt nieuwe leden", "en": "The WIJ-raad is looking for new members"},
    "intro": {
        "nl": "Er zijn plaatsen vrij in de WIJ-raad. Misschien is dat iets voor jou?",
        "en": "There are open seats in the WIJ-raad. Could that be something for you?",
    },
    "body_1": {
        "nl": (
            "Woon je in de gemeente Groningen en heb je ervaring met de hulp van WIJ Groningen? Dan zoeken we jou. "
            "In de WIJ-raad praat je mee over hoe WIJ Groningen inwoners helpt."
        ),
        "en": (
            "Do you live in the municipality of Groningen and do you have experience with the help of WIJ "
            "Groningen? Then we are looking for you. In the WIJ-raad you have a say in how WIJ Groningen helps "
            "residents."
        ),
    },
    "body_2": {
        "nl": (
            'Lees in de <a href="page:jouw-mening-telt/profielschets">profielschets</a> wat je meebrengt. Op de '
            'pagina <a href="page:vacatures">Vacatures</a> zie je hoeveel plaatsen er vrij zijn en meld je je aan.'
        ),
        "en": (
            'Read in the <a href="page:jouw-mening-telt/profielschets">member profile</a> what you need to bring. '
            'On the <a href="page:vacatures">Vacancies</a> page you can see how many seats are open, and apply.'
        ),
    },
    "body_3": {
        "nl": 'Heb je eerst een vraag? Stuur dan een bericht via de <a href="page:contact">contactpagina</a>.',
        "en": 'Do you have a question first? Then send a message through the <a href="page:contact">contact page</a>.',
    },
}
