"""The closed sign-up for the expert meeting of seed 004, linked from its news item.

"Aanmelden kan t/m maandag 23 oktober" (2017): open until the end of that day. The questions keep their names
in English (the columns of the export), so English and Dutch sign-ups land in one list.
"""

import datetime

PAGE = {
    "type": "formpages.FormPage",
    "parent": "",
    "linked_from": {"page": "nieuws/expertmeeting-wij-en-het-veld", "field": "signup_page"},
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": "<p>{body_1}</p><p>{body_2}</p>",
        "closes_at": datetime.datetime(2017, 10, 23, 23, 59),
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
                "field_type": "checkboxes",
                "required": True,
                "choices": "{form_fields_5}",
                "min_choices": 1,
                "max_choices": 2,
                "help_text": "{form_fields_6}",
            },
            {"label": "{form_fields_7}", "field_type": "multiline", "required": False},
        ],
    },
}

TEXT = {
    "slug": {"nl": "aanmelden-expertmeeting", "en": "sign-up-expert-meeting"},
    "title": {
        "nl": "Aanmelden voor de expertmeeting 'WIJ en het veld'",
        "en": "Sign up for the expert meeting 'WIJ and the field'",
    },
    "intro": {
        "nl": (
            "Wil je op dinsdag 31 oktober in het stadhuis meepraten aan één of twee thematafels? Meld je dan hier aan."
        ),
        "en": (
            "Would you like to join the talks at one or two theme tables in the City Hall on Tuesday 31 October? "
            "Then sign up here."
        ),
    },
    "body_1": {
        "nl": (
            "Aanmelden kan tot en met maandag 23 oktober. Aan de hand van de aanmeldingen maken we een indeling "
            "voor de thematafels. Je kunt dit formulier ook gebruiken voor vragen."
        ),
        "en": (
            "You can sign up until Monday 23 October. Based on the sign-ups, we divide people over the theme "
            "tables. You can also use this form for questions."
        ),
    },
    "body_2": {
        "nl": "Voor de babbelbox en de publieke tribune hoef je je niet aan te melden.",
        "en": "You do not need to sign up for the talk booth or the public gallery.",
    },
    "thank_you_text": {
        "nl": (
            "Na 23 oktober maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit."
        ),
        "en": (
            "After 23 October we divide people over the theme tables. We will then let you know at which table "
            "or tables you sit."
        ),
    },
    "confirmation_text": {
        "nl": (
            "Bedankt voor je aanmelding voor de expertmeeting 'WIJ en het veld' van de gemeenteraad. Na 23 "
            "oktober maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit."
        ),
        "en": (
            "Thank you for signing up for the expert meeting 'WIJ and the field' of the city council. After 23 "
            "October we divide people over the theme tables. We will then let you know at which table or tables "
            "you sit."
        ),
    },
    "form_fields_1": {"nl": "Naam", "en": "Name"},
    "form_fields_2": {"nl": "E-mailadres", "en": "Email address"},
    "form_fields_3": {
        "nl": "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl",
        "en": "We send a confirmation to this address. For example: name@example.org",
    },
    "form_fields_4": {
        "nl": "Aan welke thematafels wil je meepraten?",
        "en": "At which theme tables would you like to join the talks?",
    },
    "form_fields_5": {
        "nl": [
            "Samenleven in de buurt",
            "Veiligheid",
            "Actief in de samenleving",
            "(Mantel)zorg",
            "Leren/onderwijs",
        ],
        "en": [
            "Living together in the neighbourhood",
            "Safety",
            "Being active in society",
            "(Informal) care",
            "Learning/education",
        ],
    },
    "form_fields_6": {
        "nl": "Kies één of twee tafels. Er zijn 2 gespreksrondes van 45 minuten.",
        "en": "Choose one or two tables. There are 2 rounds of talks of 45 minutes.",
    },
    "form_fields_7": {"nl": "Vraag of opmerking", "en": "Question or comment"},
}
