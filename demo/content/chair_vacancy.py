"""The standing vacancy: Voorzitter van de WIJ-raad."""

PAGE = {
    "type": "vacancies.VacancyPage",
    "parent": "vacatures",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "role": "voorzitter",
        "intro": "{intro}",
        "what_we_ask": "<p>{what_we_ask}</p>",
        "what_we_offer": "<ul><li>{what_we_offer_1}</li><li>{what_we_offer_2}</li><li>{what_we_offer_3}</li></ul>",
        "term": "{term}",
        "meeting_rhythm": "{meeting_rhythm}",
        "closing_date": None,
    },
}

TEXT = {
    "slug": {"nl": "voorzitter-van-de-wij-raad", "en": "chair-of-the-wij-raad"},
    "title": {"nl": "Voorzitter van de WIJ-raad", "en": "Chair of the WIJ-raad"},
    "intro": {
        "nl": (
            "Wil je de vergaderingen van de WIJ-raad leiden en de raad vertegenwoordigen? Dan zoeken we jou als "
            "voorzitter."
        ),
        "en": (
            "Do you want to lead the meetings of the WIJ-raad and represent the council? Then we are looking for "
            "you as chair."
        ),
    },
    "what_we_ask": {
        "nl": (
            "Je voldoet aan de eisen voor alle leden. Daarnaast geef je leiding aan de vergadering, stimuleer je "
            "de leden tot een bijdrage en bouw je aan een goede samenwerking met de bestuurder van WIJ "
            "Groningen. Je vertegenwoordigt de WIJ-raad, binnen WIJ Groningen en daarbuiten."
        ),
        "en": (
            "You meet the requirements for all members. You also lead the meeting, encourage the members to "
            "contribute and build good cooperation with the director of WIJ Groningen. You represent the "
            "WIJ-raad, within WIJ Groningen and outside it."
        ),
    },
    "what_we_offer_1": {
        "nl": "Je praat mee over de ondersteuning van WIJ Groningen, voor en namens inwoners.",
        "en": "You have a say in the support of WIJ Groningen, for and on behalf of residents.",
    },
    "what_we_offer_2": {
        "nl": "De onkosten die je maakt voor de WIJ-raad krijg je vergoed door WIJ Groningen.",
        "en": "WIJ Groningen pays back the costs you make for the WIJ-raad.",
    },
    "what_we_offer_3": {
        "nl": "De ambtelijk secretaris ondersteunt de WIJ-raad en helpt je op weg.",
        "en": "The secretary supports the WIJ-raad and helps you get started.",
    },
    "term": {"nl": "3 jaar", "en": "3 years"},
    "meeting_rhythm": {
        "nl": (
            "De WIJ-raad bepaalt zelf hoe vaak hij vergadert, meestal één keer per maand. Eens per twee maanden "
            "vergadert de WIJ-raad met de bestuurder van WIJ Groningen."
        ),
        "en": (
            "The WIJ-raad decides how often it meets, usually once a month. Once every two months the WIJ-raad "
            "meets with the director of WIJ Groningen."
        ),
    },
}
