"""Jouw mening telt: what the WIJ-raad is and does (seed 000, first part)."""

PAGE = {
    "type": "home.ContentPage",
    "parent": "",
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
            (
                "list",
                {
                    "ordered": False,
                    "items": ["{body_6}", "{body_7}", "{body_8}", "{body_9}", "{body_10}", "{body_11}"],
                },
            ),
            ("paragraph", "<p>{body_12}</p>"),
            ("heading", {"text": "{body_13}", "level": "h2"}),
            ("paragraph", "<p>{body_14}</p>"),
            ("paragraph", "<p>{body_15}</p>"),
        ],
        "show_in_menus": True,
    },
}

TEXT = {
    "slug": {"nl": "jouw-mening-telt", "en": "your-opinion-counts"},
    "title": {"nl": "Jouw mening telt", "en": "Your opinion counts"},
    "intro": {
        "nl": (
            "WIJ Groningen gaat graag met je in gesprek. Op allerlei manieren. Een belangrijke manier is de "
            "WIJ-raad, de cliëntenraad."
        ),
        "en": (
            "WIJ Groningen likes to talk with you, in many ways. An important way is the WIJ-raad, the "
            "residents' council."
        ),
    },
    "body_1": {
        "nl": (
            "Deze raad is er voor inwoners van de gemeente Groningen, zodat je kunt meepraten en meedenken over "
            "het beleid. Het gaat ons om de gemeenschappelijke belangen van al degenen die met onze "
            "ondersteuning te maken hebben."
        ),
        "en": (
            "This council is there for residents of the municipality of Groningen, so that you can have your say "
            "and help shape our policy. We care about the shared interests of everyone who receives our support."
        ),
    },
    "body_2": {
        "nl": (
            "We zijn blij met de WIJ-raad, die ons scherp houdt. Wij kunnen dit werk alleen doen als inwoners "
            "laten weten wat zij van de ondersteuning vinden en verwachten. We willen oog hebben voor de "
            "eigenheid van de verschillende buurten, elk met eigen behoeften en uitdagingen, eigen initiatieven "
            "en collectieve activiteiten, eigen organisaties en voorzieningen. Ook daarin speelt de WIJ-raad een "
            "rol. Ze helpen ons verbindingslijntjes leggen en contacten te verbeteren: met andere organisaties, "
            "met individuele buurtbewoners, tussen de bewoners onderling. Een dialoog waar we veel van opsteken, "
            "over en weer."
        ),
        "en": (
            "We are glad to have the WIJ-raad: it keeps us sharp. We can only do this work if residents tell us "
            "what they think of our support and what they expect from it. We want to respect the character of "
            "each neighbourhood, each with its own needs and challenges, its own initiatives and shared "
            "activities, its own organisations and facilities. The WIJ-raad plays a part in that too. It helps "
            "us make connections and improve contacts: with other organisations, with individual residents, and "
            "between residents themselves. A dialogue we learn a lot from, on both sides."
        ),
    },
    "body_3": {
        "nl": (
            "Met deze informatie kunnen wij zaken veranderen of zelfs verbeteren. Wij willen daarom graag jouw "
            "mening horen en je ervaringen meenemen."
        ),
        "en": (
            "With this information we can change things, or even make them better. That is why we want to hear "
            "your opinion and take your experiences into account."
        ),
    },
    "body_4": {"nl": "Waar zet de WIJ-raad zich voor in?", "en": "What does the WIJ-raad work for?"},
    "body_5": {
        "nl": (
            "Het doel van de WIJ-raad is het behartigen van de gemeenschappelijke belangen van inwoners, die "
            "invloed hebben op belangrijke zaken als:"
        ),
        "en": ("The WIJ-raad stands up for the shared interests of residents, which affect important matters such as:"),
    },
    "body_6": {
        "nl": "de toegang en kwaliteit van de ondersteuning;",
        "en": "access to support, and its quality;",
    },
    "body_7": {
        "nl": "privacy: wordt er wel zorgvuldig omgegaan met mijn persoonlijke gegevens?",
        "en": "privacy: is my personal information handled with care?",
    },
    "body_8": {
        "nl": "de locatie en ontvangst bij de entree van WIJ Groningen;",
        "en": "the location, and how you are welcomed at the entrance of WIJ Groningen;",
    },
    "body_9": {"nl": "informatieverstrekking;", "en": "the information you are given;"},
    "body_10": {
        "nl": "wijzigingen in de doelstelling of organisatie van WIJ Groningen;",
        "en": "changes to the aims or the organisation of WIJ Groningen;",
    },
    "body_11": {"nl": "bewonerstevredenheidsonderzoeken.", "en": "surveys of how satisfied residents are."},
    "body_12": {
        "nl": (
            "De WIJ-raad kan op verzoek advies uitbrengen of zelf kwesties aankaarten. De WIJ-raad kan ook "
            "betrokken worden bij de selectie in een sollicitatieprocedure. Of advies geven over strategie en "
            "beleid."
        ),
        "en": (
            "The WIJ-raad can give advice when asked, or raise issues itself. The WIJ-raad can also help select "
            "new staff. Or give advice on strategy and policy."
        ),
    },
    "body_13": {"nl": "Doe mee", "en": "Join in"},
    "body_14": {
        "nl": (
            "Regelmatig is de WIJ-raad op zoek naar nieuwe mensen. Je moet wel wat in je mars hebben (zie de "
            "profielschets)."
        ),
        "en": (
            "The WIJ-raad regularly looks for new members. You do need to bring some skills (see the member profile)."
        ),
    },
    "body_15": {
        "nl": "Mail gerust, als je contact zoekt met de WIJ-raad.",
        "en": "Feel free to send an e-mail if you want to contact the WIJ-raad.",
    },
}
