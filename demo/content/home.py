"""The home page: the site's root page, filled once while it has no welcome text."""

PAGE = {
    "type": "home.HomePage",
    "parent": None,
    "fill_while_empty": "welcome",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "welcome": "<p>{welcome}</p>",
        "section_links": [("section", {"page": "page:jouw-mening-telt", "title": "", "text": "{section}"})],
    },
}

TEXT = {
    "title": {"nl": "Welkom bij de WIJ-raad", "en": "Welcome to the WIJ-raad"},
    "intro": {
        "nl": "De WIJ-raad praat en denkt mee over de ondersteuning van WIJ Groningen. Voor en namens inwoners.",
        "en": (
            "The WIJ-raad talks and thinks along about the support WIJ Groningen gives. For and on behalf of residents."
        ),
    },
    "welcome": {
        "nl": (
            "Heb je te maken met WIJ Groningen? Dan is jouw ervaring belangrijk. De WIJ-raad geeft WIJ Groningen "
            "advies, gevraagd en ongevraagd. Lees wat de raad doet, kom zelf in de raad of stuur ons een bericht."
        ),
        "en": (
            "Do you deal with WIJ Groningen? Then your experience matters. The WIJ-raad, the residents' council, "
            "advises WIJ Groningen, whether asked or not. Read what the council does, join the council yourself "
            "or send us a message."
        ),
    },
    "section": {
        "nl": "Wat de WIJ-raad is en doet, en waarom jouw mening telt.",
        "en": "What the WIJ-raad is and does, and why your opinion counts.",
    },
    "slug": {"nl": "home", "en": "home-en"},
}
