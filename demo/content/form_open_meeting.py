"""The sign-up form of the upcoming open meeting (example content), with places, also in English.

It closes a week before the meeting (demo.dates); the news item about the meeting links it (news_open_meeting).
Keep the order of the choices: an English choice counts for the same places as the Dutch choice in the same
position. The places of a choice are those of the Dutch form ("| 4" after the choice); the English text leaves them
out. The questions keep their names in English (the columns of the export). No consent box: signing up for a
meeting is the council's task; the form links the privacy statement.
"""

from demo.dates import at_meeting

PAGE = {
    "type": "formpages.FormPage",
    "parent": "",
    "example": True,
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": "<p>{body_1}</p><p>{body_2}</p>",
        "closes_at": at_meeting(days_before=7, hour=23, minute=59),
        "max_signups": 40,
        "thank_you_text": "{thank_you_text}",
        "confirmation_text": "{confirmation_text}",
        "form_fields": [
            {"label": "{form_fields_1}", "field_type": "singleline", "required": True},
            {
                "label": "{form_fields_2}",
                "field_type": "email",
                "required": True,
                "help_text": "{form_fields_3}",
            },
            {
                "label": "{form_fields_4}",
                "field_type": "phone",
                "required": False,
                "help_text": "{form_fields_5}",
            },
            {
                "label": "{form_fields_6}",
                "field_type": "radio",
                "required": True,
                "choices": "{form_fields_7}",
                "choice_capacity": 15,
            },
            {
                "label": "{form_fields_8}",
                "field_type": "checkboxes",
                "required": False,
                "choices": "{form_fields_9}",
            },
            {"label": "{form_fields_10}", "field_type": "multiline", "required": False},
        ],
    },
}

TEXT = {
    "slug": {"nl": "aanmelden-open-vergadering", "en": "sign-up-open-meeting"},
    "title": {
        "nl": "Aanmelden voor de open vergadering van de WIJ-raad",
        "en": "Sign up for the open meeting of the WIJ-raad",
    },
    "intro": {
        "nl": (
            "De WIJ-raad vergadert in het openbaar. Iedereen mag komen luisteren en na de pauze meepraten. Er zijn "
            "40 plaatsen."
        ),
        "en": (
            "The WIJ-raad meets in public. Everyone is welcome to come and listen, and to join the talks after the "
            "break. There are 40 places."
        ),
    },
    "body_1": {
        "nl": "De vergadering is van 19:30 tot 21:30 uur in het WIJ-huis. De koffie staat vanaf 19:00 uur klaar.",
        "en": "The meeting is from 19:30 to 21:30 in the WIJ building. Coffee is ready from 19:00.",
    },
    "body_2": {
        "nl": (
            "Na de pauze praten we in kleine groepen over drie onderwerpen. Kies het onderwerp dat jij "
            "belangrijk vindt. Per onderwerp is plaats voor 15 mensen. Er zijn 4 plekken voor een rolstoel."
        ),
        "en": (
            "After the break we talk in small groups about three topics. Choose the topic that matters to you. "
            "There is room for 15 people per topic. There are 4 places for a wheelchair."
        ),
    },
    "thank_you_text": {
        "nl": "We zien je graag bij de open vergadering. Kun je toch niet? Gebruik dan de link in de bevestiging.",
        "en": (
            "We look forward to seeing you at the open meeting. Can you not come after all? Then use the link in the "
            "confirmation."
        ),
    },
    "confirmation_text": {
        "nl": (
            "Bedankt voor je aanmelding voor de open vergadering van de WIJ-raad. De vergadering begint om 19:30 "
            "uur; de koffie staat vanaf 19:00 uur klaar."
        ),
        "en": (
            "Thank you for signing up for the open meeting of the WIJ-raad. The meeting starts at 19:30; coffee is "
            "ready from 19:00."
        ),
    },
    "form_fields_1": {"nl": "Naam", "en": "Name"},
    "form_fields_2": {"nl": "E-mailadres", "en": "Email address"},
    "form_fields_3": {
        "nl": "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl",
        "en": "We send a confirmation to this address. For example: name@example.org",
    },
    "form_fields_4": {"nl": "Telefoonnummer", "en": "Phone number"},
    "form_fields_5": {
        "nl": "Alleen nodig als we je mogen bellen als er iets verandert.",
        "en": "Only needed if we may call you when something changes.",
    },
    "form_fields_6": {
        "nl": "Over welk onderwerp wil je na de pauze meepraten?",
        "en": "Which topic would you like to talk about after the break?",
    },
    "form_fields_7": {
        "nl": ["Wonen en zorg in de wijk", "Geld en werk", "Meedoen in de buurt"],
        "en": [
            "Housing and care in the neighbourhood",
            "Money and work",
            "Taking part in the neighbourhood",
        ],
    },
    "form_fields_8": {
        "nl": "Heb je iets nodig om mee te kunnen doen?",
        "en": "Do you need anything to be able to take part?",
    },
    "form_fields_9": {
        "nl": ["Een plek voor een rolstoel | 4", "Een ringleiding (voor slechthorenden)", "Hulp bij de ingang"],
        "en": [
            "A place for a wheelchair",
            "A hearing loop (for people who are hard of hearing)",
            "Help at the entrance",
        ],
    },
    "form_fields_10": {"nl": "Vraag of opmerking", "en": "Question or comment"},
}
