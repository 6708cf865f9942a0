"""The accessibility statement."""

PAGE = {
    "type": "home.ContentPage",
    "parent": "",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p>"),
            ("heading", {"text": "{body_2}", "level": "h2"}),
            (
                "list",
                {
                    "ordered": False,
                    "items": ["{body_3}", "{body_4}", "{body_5}", "{body_6}", "{body_7}"],
                },
            ),
            ("heading", {"text": "{body_8}", "level": "h2"}),
            ("paragraph", "<p>{body_9}</p>"),
            ("heading", {"text": "{body_10}", "level": "h2"}),
            ("paragraph", "<p>{body_11}</p>"),
        ],
    },
}

TEXT = {
    "slug": {"nl": "toegankelijkheid", "en": "accessibility"},
    "title": {"nl": "Toegankelijkheid", "en": "Accessibility"},
    "intro": {
        "nl": "Iedereen moet deze website kunnen gebruiken. Dit doen we daarvoor.",
        "en": "Everyone must be able to use this website. This is what we do for that.",
    },
    "body_1": {
        "nl": (
            "De WIJ-raad wil dat iedereen deze website kan gebruiken: ook als je slecht ziet, een schermlezer "
            "gebruikt, alleen met het toetsenbord werkt of de website op je telefoon bekijkt."
        ),
        "en": (
            "The WIJ-raad wants everyone to be able to use this website: also if you do not see well, use a "
            "screen reader, only use a keyboard or read the website on your phone."
        ),
    },
    "body_2": {"nl": "Wat hebben we gedaan?", "en": "What have we done?"},
    "body_3": {
        "nl": "We volgen de richtlijnen van WCAG 2.2, niveau AA.",
        "en": "We follow the WCAG 2.2 guidelines, level AA.",
    },
    "body_4": {
        "nl": "We schrijven in eenvoudige taal (taalniveau B1).",
        "en": "We write in plain language (language level B1).",
    },
    "body_5": {
        "nl": "Alle pagina's en formulieren werken zonder JavaScript en met alleen het toetsenbord.",
        "en": "All pages and forms work without JavaScript and with just a keyboard.",
    },
    "body_6": {
        "nl": "Je kunt de tekst tot 200% vergroten zonder dat er iets wegvalt.",
        "en": "You can make the text up to 200% larger without losing anything.",
    },
    "body_7": {
        "nl": "We testen de website automatisch op toegankelijkheid, bij elke wijziging.",
        "en": "We test the website for accessibility automatically, with every change.",
    },
    "body_8": {"nl": "Wat werkt nog niet goed?", "en": "What does not work well yet?"},
    "body_9": {
        "nl": (
            "Sommige oudere documenten (PDF) zijn niet gemaakt met toegankelijkheid in gedachten. Lukt het niet "
            "om een document te lezen? Vraag het secretariaat om een andere versie."
        ),
        "en": (
            "Some older documents (PDF) were not made with accessibility in mind. Cannot read a document? Ask "
            "the secretary for another version."
        ),
    },
    "body_10": {"nl": "Loop je ergens tegenaan?", "en": "Is something not working for you?"},
    "body_11": {
        "nl": (
            "Laat het ons weten via het secretariaat (zie de contactgegevens onderaan elke pagina). We "
            "antwoorden binnen 2 weken en lossen het probleem zo snel mogelijk op."
        ),
        "en": (
            "Let the secretary know (see the contact details at the bottom of every page). We reply within 2 "
            "weeks and solve the problem as soon as we can."
        ),
    },
}
