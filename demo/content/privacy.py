"""The privacy statement."""

PAGE = {
    "type": "home.ContentPage",
    "parent": "",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [
            ("heading", {"text": "{body_1}", "level": "h2"}),
            ("paragraph", "<p>{body_2}</p>"),
            ("heading", {"text": "{body_3}", "level": "h2"}),
            ("list", {"ordered": False, "items": ["{body_4}", "{body_5}", "{body_6}"]}),
            ("paragraph", "<p>{body_7}</p>"),
            ("heading", {"text": "{body_8}", "level": "h2"}),
            ("list", {"ordered": False, "items": ["{body_9}", "{body_10}", "{body_11}"]}),
            ("heading", {"text": "{body_12}", "level": "h2"}),
            ("paragraph", "<p>{body_13}</p>"),
            ("paragraph", "<p>{body_14}</p>"),
            ("heading", {"text": "{body_15}", "level": "h2"}),
            ("paragraph", "<p>{body_16}</p>"),
        ],
    },
}

TEXT = {
    "slug": {"nl": "privacy", "en": "privacy"},
    "title": {"nl": "Privacyverklaring", "en": "Privacy statement"},
    "intro": {
        "nl": "Hoe de WIJ-raad omgaat met de gegevens die je via deze website stuurt.",
        "en": "How the WIJ-raad handles the information you send through this website.",
    },
    "body_1": {"nl": "Wie is verantwoordelijk?", "en": "Who is responsible?"},
    "body_2": {
        "nl": (
            "De WIJ-raad Groningen is verantwoordelijk voor deze website. De ambtelijk secretaris van de "
            "WIJ-raad beheert de berichten die binnenkomen. Vragen over privacy stel je aan het secretariaat "
            "(zie de contactgegevens onderaan elke pagina)."
        ),
        "en": (
            "The WIJ-raad Groningen is responsible for this website. The council secretary of the WIJ-raad "
            "manages the messages that come in. Please send questions about privacy to the secretary (see the "
            "contact details at the bottom of every page)."
        ),
    },
    "body_3": {"nl": "Welke gegevens bewaren wij?", "en": "What information do we keep?"},
    "body_4": {
        "nl": ("Stuur je een bericht? Dan bewaren we je naam, e-mailadres, eventueel je telefoonnummer en je bericht."),
        "en": (
            "If you send a message, we keep your name, your e-mail address, your phone number if you give it, "
            "and your message."
        ),
    },
    "body_5": {
        "nl": "Meld je je aan als lid? Dan bewaren we ook je motivatie en, als je die meestuurt, je cv of brief.",
        "en": (
            "If you apply to become a member, we also keep your motivation and, if you send them, your CV or letter."
        ),
    },
    "body_6": {
        "nl": "Meld je je aan voor een bijeenkomst? Dan bewaren we wat je in het formulier invult.",
        "en": "If you sign up for a meeting, we keep what you fill in on the form.",
    },
    "body_7": {
        "nl": (
            "We gebruiken deze gegevens alleen om je bericht of aanmelding te behandelen. We verkopen of delen "
            "ze niet. Alleen het secretariaat en de mensen die je aanmelding beoordelen kunnen ze zien."
        ),
        "en": (
            "We only use this information to deal with your message or application. We do not sell or share it. "
            "Only the secretary and the people who assess your application can see it."
        ),
    },
    "body_8": {"nl": "Hoe lang bewaren wij je gegevens?", "en": "How long do we keep your information?"},
    "body_9": {
        "nl": "Berichten via het contactformulier: 6 maanden.",
        "en": "Messages sent with the contact form: 6 months.",
    },
    "body_10": {
        "nl": (
            "Aanmeldingen als lid: 4 weken na het einde van de procedure. Geef je toestemming? Dan bewaren we ze "
            "hoogstens 1 jaar, voor een volgende vacature."
        ),
        "en": (
            "Applications for membership: 4 weeks after the procedure ends. If you agree, we keep them for 1 "
            "year at most, for a future vacancy."
        ),
    },
    "body_11": {
        "nl": "Daarna verwijderen we de gegevens automatisch.",
        "en": "After that, we delete the information automatically.",
    },
    "body_12": {"nl": "Cookies en andere diensten", "en": "Cookies and other services"},
    "body_13": {
        "nl": (
            "Deze website gebruikt geen cookies om je te volgen en geen statistieken of advertenties. We "
            "gebruiken alleen cookies die nodig zijn om de website te laten werken, zoals voor het inloggen van "
            "de beheerder en het veilig versturen van formulieren. Je taalkeuze staat in het webadres (/en/ voor "
            "Engels), niet in een cookie."
        ),
        "en": (
            "This website does not use cookies to track you, and it has no statistics or advertising. We only "
            "use cookies the website needs to work, for example for the administrator's login and sending forms "
            "safely. Your choice of language is in the web address (/en/ for English), not in a cookie."
        ),
    },
    "body_14": {
        "nl": (
            "Op pagina's met een formulier kan Google reCAPTCHA gebruikt worden om spam tegen te houden. Google "
            "ziet dan dat je die pagina bezoekt. Op andere pagina's laden we niets van andere partijen."
        ),
        "en": (
            "Pages with a form may use Google reCAPTCHA to stop spam. Google can then see that you visit that "
            "page. On other pages we load nothing from other parties."
        ),
    },
    "body_15": {"nl": "Je rechten", "en": "Your rights"},
    "body_16": {
        "nl": (
            "Je mag altijd vragen welke gegevens we van je hebben. Je mag ook vragen om ze te verbeteren of te "
            "verwijderen. Stuur daarvoor een e-mail naar het secretariaat. Ben je niet tevreden over hoe we met "
            "je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens."
        ),
        "en": (
            "You can always ask what information we have about you. You can also ask us to correct or delete it. "
            "To do so, send an e-mail to the secretary. Not happy with how we handle your information? Then you "
            "can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."
        ),
    },
}
