"""The vacancies page: seed 003, "Werving en Vacatures", written for the WIJ-raad where the seed speaks of the
municipality's client council."""

PAGE = {
    "type": "vacancies.VacancyIndexPage",
    "parent": "",
    "home_section": "{section}",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p>"),
            ("paragraph", "<p>{body_2}</p>"),
            ("paragraph", "<p>{body_3}</p>"),
            ("heading", {"text": "{body_4}", "level": "h2"}),
            ("paragraph", "<p>{body_5}</p>"),
            ("paragraph", "<p>{body_6}</p>"),
            ("paragraph", "<p>{body_7}</p>"),
            ("heading", {"text": "{body_8}", "level": "h2"}),
            ("paragraph", "<p>{body_9}</p>"),
        ],
        "procedure": [
            ("step", {"title": "{procedure_1}", "text": "<p>{procedure_2}</p>"}),
            ("step", {"title": "{procedure_3}", "text": "<p>{procedure_4}</p>"}),
            ("step", {"title": "{procedure_5}", "text": "<p>{procedure_6}</p>"}),
            ("step", {"title": "{procedure_7}", "text": "<p>{procedure_8}</p>"}),
        ],
        "show_in_menus": True,
    },
}

TEXT = {
    "slug": {"nl": "vacatures", "en": "vacancies"},
    "title": {"nl": "Vacatures", "en": "Vacancies"},
    "intro": {
        "nl": "Op elk moment kan iemand lid worden van de WIJ-raad. Misschien is dat iets voor jou?",
        "en": "Anyone can join the WIJ-raad at any time. Could that be something for you?",
    },
    "body_1": {
        "nl": (
            "Als de maximale termijn van een lid is bereikt, stopt dat lidmaatschap. Maar ook tussentijds kunnen "
            "leden stoppen, bijvoorbeeld omdat ze een (fulltime) baan hebben gekregen."
        ),
        "en": (
            "When a member reaches the maximum term, their membership ends. Members can also stop earlier, for "
            "example because they found a (full-time) job."
        ),
    },
    "body_2": {
        "nl": (
            "Het aantal leden van de WIJ-raad wisselt daardoor. Zo lang het maximum aantal leden niet is "
            "bereikt, is er eigenlijk sprake van een permanente vacature."
        ),
        "en": (
            "So the number of members changes. As long as the council does not have the maximum number of "
            "members, there is in fact a permanent vacancy."
        ),
    },
    "body_3": {
        "nl": (
            "Thema's en onderwerpen die veel in de WIJ-raad aan de orde komen zijn de toegang tot en de "
            "kwaliteit van de ondersteuning, hoe inwoners worden bejegend (zowel schriftelijk als mondeling), "
            "duidelijke en eenduidige informatie, privacy, en de ontvangst bij WIJ Groningen."
        ),
        "en": (
            "Themes and topics the WIJ-raad often discusses are access to support and its quality, how residents "
            "are treated (in writing and in person), clear and consistent information, privacy, and the welcome "
            "at WIJ Groningen."
        ),
    },
    "body_4": {"nl": "Wat zoeken we?", "en": "Who are we looking for?"},
    "body_5": {
        "nl": (
            "De WIJ-raad is voortdurend op zoek naar gemotiveerde mensen die willen meedenken en meepraten over "
            "het beleid van WIJ Groningen. Die ideeën hebben over hoe de ondersteuning beter kan en hoe daar "
            "zoveel mogelijk inwoners bij betrokken kunnen worden."
        ),
        "en": (
            "The WIJ-raad is always looking for motivated people who want to think and talk about the policy of "
            "WIJ Groningen. People with ideas on how support can be better and how to involve as many residents "
            "as possible."
        ),
    },
    "body_6": {
        "nl": "Kun je goed schrijven, of wil je helpen om de website bij te houden? Ook dan horen we graag van je.",
        "en": (
            "Are you good at writing, or do you want to help keep the website up to date? Then we would also "
            "like to hear from you."
        ),
    },
    "body_7": {
        "nl": (
            "De WIJ-raad is ingesteld door WIJ Groningen, maar is volstrekt onafhankelijk. De WIJ-raad geeft "
            "gevraagd en ongevraagd advies aan de bestuurder van WIJ Groningen."
        ),
        "en": (
            "WIJ Groningen set up the WIJ-raad, but the council is fully independent. The WIJ-raad gives advice "
            "to the director of WIJ Groningen, when asked and on its own initiative."
        ),
    },
    "body_8": {"nl": "Spreekt je dit aan?", "en": "Does this appeal to you?"},
    "body_9": {
        "nl": (
            "We horen graag van je en gaan graag met je in gesprek! Meld je aan via een van de vacatures "
            "hieronder. Heb je eerst een vraag? Mail dan gerust het secretariaat; het adres staat onderaan elke "
            "pagina."
        ),
        "en": (
            "We would love to hear from you and talk with you! Apply through one of the vacancies below. Do you "
            "have a question first? Feel free to e-mail the secretary; the address is at the bottom of every "
            "page."
        ),
    },
    "procedure_1": {"nl": "Kennismakingsgesprek", "en": "Introductory talk"},
    "procedure_2": {
        "nl": (
            "Je hebt eerst een kennismakingsgesprek met de voorzitter en de ambtelijk secretaris. In dat gesprek "
            "bespreken we wat je van elkaar verwacht."
        ),
        "en": (
            "First you have an introductory talk with the chair and the secretary. In that talk we discuss what "
            "we expect from each other."
        ),
    },
    "procedure_3": {
        "nl": "Gesprek met een delegatie van de WIJ-raad",
        "en": "Talk with a delegation of the WIJ-raad",
    },
    "procedure_4": {
        "nl": "Daarna volgt een gesprek met een paar leden van de WIJ-raad.",
        "en": "Then you talk with a few members of the WIJ-raad.",
    },
    "procedure_5": {"nl": "Proefperiode van 3 maanden", "en": "Trial period of 3 months"},
    "procedure_6": {
        "nl": "Zijn jij en de WIJ-raad het over en weer eens? Dan begint een proefperiode van 3 maanden.",
        "en": "Do you and the WIJ-raad both agree? Then a trial period of 3 months starts.",
    },
    "procedure_7": {"nl": "Benoeming", "en": "Appointment"},
    "procedure_8": {
        "nl": (
            "Na de proefperiode heb je een gesprek met de voorzitter. Daarna benoemt Stichting WIJ Groningen je "
            "als lid, op voordracht van de WIJ-raad."
        ),
        "en": (
            "After the trial period you have a talk with the chair. Then Stichting WIJ Groningen appoints you as "
            "a member, on the proposal of the WIJ-raad."
        ),
    },
    "section": {
        "nl": "Word lid van de WIJ-raad: lees welke plaatsen er vrij zijn en hoe je je aanmeldt.",
        "en": "Become a member of the WIJ-raad: see which seats are open and how to apply.",
    },
}
