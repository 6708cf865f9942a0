"""Seed 004: the invitation to the expert meeting of the city council, an event.

The invitation has no date of its own; it went out before the sign-up deadline of 23 October 2017.
"""

import datetime

PAGE = {
    "type": "news.NewsPage",
    "parent": "nieuws",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "date": datetime.date(2017, 10, 9),
        "category": {"slug": "agenda"},
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p>"),
            ("heading", {"text": "{body_2}", "level": "h2"}),
            ("paragraph", "<p>{body_3}</p><p>{body_4}</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": ["{body_5}", "{body_6}", "{body_7}", "{body_8}", "{body_9}"],
                },
            ),
            ("paragraph", "<p>{body_10}</p>"),
            ("heading", {"text": "{body_11}", "level": "h2"}),
            ("paragraph", "<p>{body_12}</p><p>{body_13}</p><p>{body_14}</p>"),
            ("heading", {"text": "{body_15}", "level": "h2"}),
            ("paragraph", "<p>{body_16}</p><p>{body_17}</p>"),
        ],
        "tags": ["WIJ Groningen", "gemeenteraad"],
        "event_start": datetime.datetime(2017, 10, 31, 19, 0),
        "event_location": "{event_location}",
        "event_address": "Grote Markt 1",
        "event_city": "Groningen",
        "event_organiser": "{event_organiser}",
    },
}

TEXT = {
    "slug": {"nl": "expertmeeting-wij-en-het-veld", "en": "expert-meeting-wij-and-the-field"},
    "title": {"nl": "Expertmeeting 'WIJ en het veld'", "en": "Expert meeting 'WIJ and the field'"},
    "intro": {
        "nl": (
            "De gemeenteraad van Groningen vindt het belangrijk dat Stadjers, bewonersorganisaties en "
            "professionals mee kunnen denken en praten over de kwaliteit van welzijn en zorg in de buurt."
        ),
        "en": (
            "The city council of Groningen thinks it is important that the people of the city, residents' "
            "organisations and professionals can think and talk along about the quality of welfare and care in "
            "the neighbourhood."
        ),
    },
    "body_1": {
        "nl": (
            "Tijdens een expertmeeting wil de gemeenteraad dan ook uw mening als bewoner of professional horen. "
            "De expertmeeting is op dinsdag 31 oktober in het stadhuis. U bent vanaf 19:00 uur van harte welkom."
        ),
        "en": (
            "That is why the city council wants to hear your opinion as a resident or professional at an expert "
            "meeting. The expert meeting is on Tuesday 31 October in the City Hall. You are very welcome from "
            "19:00."
        ),
    },
    "body_2": {"nl": "Expertmeeting", "en": "Expert meeting"},
    "body_3": {
        "nl": (
            "De expertmeeting gaat in op WIJ Groningen in samenhang met de wijk omdat WIJ Groningen centraal "
            "staat in het borgen van de kwaliteit van welzijn en zorg in de buurt. WIJ-teams zijn inmiddels "
            "actief in alle delen van de stad en gaan met de vorming van de Stichting WIJ Groningen per 1 "
            "januari 2018 een nieuwe fase in. Voor het succes van WIJ Groningen is de samenwerking met "
            "bewoners(-organisaties) en professionals zoals u, cruciaal."
        ),
        "en": (
            "The expert meeting looks at WIJ Groningen together with the neighbourhood, because WIJ Groningen is "
            "central to securing the quality of welfare and care in the neighbourhood. WIJ teams are now active "
            "in all parts of the city. With the start of Stichting WIJ Groningen on 1 January 2018 they enter a "
            "new phase. Working together with residents (and their organisations) and professionals like you is "
            "crucial for the success of WIJ Groningen."
        ),
    },
    "body_4": {
        "nl": (
            "Na een algemene inleiding wil de gemeenteraad van Groningen graag weten hoe u de kwaliteit van "
            "welzijn en zorg bij u in de buurt beoordeelt, wat goed gaat en wat beter kan. Dit wordt tijdens 2 "
            "gespreksrondes van 45 minuten besproken aan 5 thematafels:"
        ),
        "en": (
            "After a general introduction, the city council of Groningen would like to know how you rate the "
            "quality of welfare and care in your neighbourhood: what goes well and what could be better. This is "
            "discussed in 2 rounds of talks of 45 minutes, at 5 theme tables:"
        ),
    },
    "body_5": {"nl": "samenleven in de buurt", "en": "living together in the neighbourhood"},
    "body_6": {"nl": "veiligheid", "en": "safety"},
    "body_7": {"nl": "actief in de samenleving", "en": "being active in society"},
    "body_8": {"nl": "(mantel)zorg", "en": "(informal) care"},
    "body_9": {"nl": "leren/onderwijs", "en": "learning/education"},
    "body_10": {
        "nl": "De gesprekken worden gevoerd vanuit de invalshoeken preventie, samenwerking en zeggenschap.",
        "en": "The talks look at the themes from three angles: prevention, working together and having a say.",
    },
    "body_11": {"nl": "Geef uw mening", "en": "Give your opinion"},
    "body_12": {
        "nl": (
            "Naast de thematafels is er een 'babbelbox' aanwezig. Hierin kan iedereen zijn of haar mening geven "
            "over alles wat zich in buurten en wijken voordoet rond genoemde thema's. Wij nodigen u uit om uw "
            "mening te geven."
        ),
        "en": (
            "Next to the theme tables there is a 'talk booth'. In it, anyone can give their opinion on anything "
            "that happens in the neighbourhoods around these themes. We invite you to give your opinion."
        ),
    },
    "body_13": {
        "nl": (
            "Naast meepraten kunt u ook de gesprekken volgen vanaf de publieke tribune. De activiteiten in de "
            "plenaire zaal (inleiding, babbelbox en conclusie) kunnen ook online gevolgd worden via de website "
            "van de gemeenteraad."
        ),
        "en": (
            "Besides joining the talks, you can also follow them from the public gallery. The activities in the "
            "council chamber (introduction, talk booth and conclusion) can also be followed online on the "
            "website of the city council."
        ),
    },
    "body_14": {
        "nl": (
            "Doel van de bijeenkomst is om een tussenstand te krijgen rond de kwaliteit van welzijn en zorg in "
            "de wijken. Vervolgens trekken de politieke partijen conclusies die kunnen leiden tot bijsturing van "
            "het beleid."
        ),
        "en": (
            "The aim of the meeting is to get an interim picture of the quality of welfare and care in the "
            "neighbourhoods. After that, the political parties draw conclusions that may lead to changes in "
            "policy."
        ),
    },
    "body_15": {"nl": "Aanmelden", "en": "Signing up"},
    "body_16": {
        "nl": (
            "Wilt u op 31 oktober aanwezig zijn als gesprekspartner aan één of twee thematafels? Vul dan het "
            "reactieformulier in. Aanmelden kan tot en met maandag 23 oktober. Dit formulier kan ook gebruikt "
            "worden voor vragen."
        ),
        "en": (
            "Would you like to take part in the talks at one or two theme tables on 31 October? Then fill in the "
            "response form. You can sign up until Monday 23 October. You can also use this form for questions."
        ),
    },
    "body_17": {
        "nl": (
            "Aan de hand van de aanmeldingen wordt er een indeling gemaakt voor de thematafels. Voor de "
            "babbelbox en de publieke tribune hoeft u zich niet aan te melden."
        ),
        "en": (
            "Based on the sign-ups, people are divided over the theme tables. You do not need to sign up for the "
            "talk booth or the public gallery."
        ),
    },
    "event_location": {"nl": "Stadhuis", "en": "City Hall"},
    "event_organiser": {"nl": "Gemeenteraad Groningen", "en": "Groningen City Council"},
}
