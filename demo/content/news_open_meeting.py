"""The upcoming open meeting (example content): a news item of type Agenda that links its sign-up form.

Its dates count from the load day (demo.dates): the meeting is the first Tuesday at least five weeks later, the
form closes a week before. The texts name no date: the page shows it from the event fields, in either language.
"""

from demo.dates import at_meeting, days_after_load

PAGE = {
    "type": "news.NewsPage",
    "parent": "nieuws",
    "example": True,
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "date": days_after_load(0),
        "category": {"slug": "agenda"},
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p><p>{body_2}</p>"),
            ("heading", {"text": "{body_3}", "level": "h2"}),
            ("paragraph", "<p>{body_4}</p><p>{body_5}</p>"),
        ],
        "tags": ["WIJ-raad"],
        "event_start": at_meeting(hour=19, minute=30),
        "event_end": at_meeting(hour=21, minute=30),
        "event_location": "{event_location}",
        "event_address": "Voorbeeldstraat 12",
        "event_city": "Groningen",
        "event_organiser": "{event_organiser}",
        "signup_page_id": "page:aanmelden-open-vergadering",
    },
}

TEXT = {
    "slug": {"nl": "open-vergadering-van-de-wij-raad", "en": "open-meeting-of-the-wij-raad"},
    "title": {"nl": "Open vergadering van de WIJ-raad", "en": "Open meeting of the WIJ-raad"},
    "intro": {
        "nl": "De WIJ-raad vergadert in het openbaar. Iedereen mag komen luisteren en na de pauze meepraten.",
        "en": "The WIJ-raad meets in public. Everyone is welcome to come and listen, and to join the talks after the break.",
    },
    "body_1": {
        "nl": (
            "Wil je weten wat de WIJ-raad doet? Kom dan naar de open vergadering. Je hoort waar de raad nu mee bezig "
            "is en je kunt vragen stellen. De koffie staat een half uur voor het begin klaar."
        ),
        "en": (
            "Would you like to know what the WIJ-raad does? Then come to the open meeting. You hear what the council "
            "is working on and you can ask questions. Coffee is ready half an hour before the start."
        ),
    },
    "body_2": {
        "nl": (
            "Na de pauze praat je in kleine groepen mee over drie onderwerpen: wonen en zorg in de wijk, geld en "
            "werk, en meedoen in de buurt."
        ),
        "en": (
            "After the break you talk in small groups about three topics: housing and care in the neighbourhood, "
            "money and work, and taking part in the neighbourhood."
        ),
    },
    "body_3": {"nl": "Aanmelden", "en": "Signing up"},
    "body_4": {
        "nl": (
            'Er zijn 40 plaatsen. Meld je aan met het <a href="page:aanmelden-open-vergadering">aanmeldformulier</a>. '
            "Daarin kies je ook je onderwerp."
        ),
        "en": (
            'There are 40 places. Sign up with the <a href="page:aanmelden-open-vergadering">sign-up form</a>. In it '
            "you also choose your topic."
        ),
    },
    "body_5": {
        "nl": (
            "Heb je iets nodig om mee te kunnen doen, zoals een plek voor een rolstoel of een ringleiding? Zet het "
            'in het formulier of stuur een bericht via de <a href="page:contact">contactpagina</a>.'
        ),
        "en": (
            "Do you need anything to be able to take part, such as a place for a wheelchair or a hearing loop? Put "
            'it in the form or send a message through the <a href="page:contact">contact page</a>.'
        ),
    },
    "event_location": {"nl": "WIJ-huis", "en": "WIJ building"},
    "event_organiser": {"nl": "WIJ-raad Groningen", "en": "WIJ-raad Groningen"},
}
