"""The privacy statement, at the level a Dutch public body publishes: who is responsible, which data for what and on
which legal basis (per form), how long (the periods come from the settings the deletion uses: the "retention"
block), who sees the data, processors and hosting, the spam check (Google reCAPTCHA only while it is on: the
"spam_check" block), cookies, the rights under the AVG and how to use them, and the complaint to the Autoriteit
Persoonsgegevens. The secretary edits it like any page.
"""

PAGE = {
    "type": "home.ContentPage",
    "parent": "",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [
            ("heading", {"text": "{controller_heading}", "level": "h2"}),
            ("paragraph", "<p>{controller}</p><p>{controller_address}</p><p>{controller_questions}</p>"),
            ("heading", {"text": "{purposes_heading}", "level": "h2"}),
            ("paragraph", "<p>{purposes}</p>"),
            ("heading", {"text": "{contact_heading}", "level": "h3"}),
            ("list", {"ordered": False, "items": ["{contact_data}", "{contact_purpose}", "{contact_basis}"]}),
            ("heading", {"text": "{application_heading}", "level": "h3"}),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "{application_data}",
                        "{application_purpose}",
                        "{application_basis}",
                        "{application_keep}",
                    ],
                },
            ),
            ("heading", {"text": "{signup_heading}", "level": "h3"}),
            (
                "list",
                {
                    "ordered": False,
                    "items": ["{signup_data}", "{signup_purpose}", "{signup_basis}", "{signup_needs}"],
                },
            ),
            ("heading", {"text": "{retention_heading}", "level": "h2"}),
            ("retention", None),
            ("heading", {"text": "{access_heading}", "level": "h2"}),
            ("paragraph", "<p>{access}</p>"),
            ("heading", {"text": "{processors_heading}", "level": "h2"}),
            ("paragraph", "<p>{processors}</p><p>{cv_storage}</p>"),
            ("heading", {"text": "{spam_heading}", "level": "h2"}),
            ("spam_check", None),
            ("heading", {"text": "{cookies_heading}", "level": "h2"}),
            ("paragraph", "<p>{cookies}</p>"),
            ("heading", {"text": "{rights_heading}", "level": "h2"}),
            ("paragraph", "<p>{rights_intro}</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "{right_access}",
                        "{right_correction}",
                        "{right_erasure}",
                        "{right_restriction}",
                        "{right_objection}",
                        "{right_portability}",
                        "{right_withdraw}",
                    ],
                },
            ),
            ("paragraph", "<p>{rights_how}</p>"),
            ("heading", {"text": "{complaint_heading}", "level": "h2"}),
            ("paragraph", "<p>{complaint}</p>"),
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
    "controller_heading": {"nl": "Wie is verantwoordelijk?", "en": "Who is responsible?"},
    "controller": {
        "nl": (
            "De WIJ-raad Groningen is verantwoordelijk voor de gegevens die je via deze website stuurt. In de "
            "privacywet (de AVG) heet dat de verwerkingsverantwoordelijke. De WIJ-raad is de cliëntenraad van "
            "Stichting WIJ Groningen. De ambtelijk secretaris van de WIJ-raad beheert de berichten en aanmeldingen."
        ),
        "en": (
            "The WIJ-raad Groningen is responsible for the information you send through this website. In the "
            "privacy law (the GDPR) this is called the controller. The WIJ-raad is the client council of Stichting "
            "WIJ Groningen. The council secretary of the WIJ-raad manages the messages and applications."
        ),
    },
    "controller_address": {
        "nl": (
            "WIJ-raad Groningen, t.a.v. de ambtelijk secretaris, Postbus 1234, 9700 AA Groningen. E-mail: "
            "secretariaat@wijraad.example.org. Telefoon: 050 123 45 67."
        ),
        "en": (
            "WIJ-raad Groningen, attn. the council secretary, Postbus 1234, 9700 AA Groningen, the Netherlands. "
            "Email: secretariaat@wijraad.example.org. Phone: +31 50 123 45 67."
        ),
    },
    "controller_questions": {
        "nl": (
            "Heb je een vraag over privacy? Stel die aan de ambtelijk secretaris. Je kunt ook terecht bij de "
            "functionaris gegevensbescherming van Stichting WIJ Groningen: fg@wijgroningen.example.org."
        ),
        "en": (
            "Do you have a question about privacy? Ask the council secretary. You can also contact the data "
            "protection officer of Stichting WIJ Groningen: fg@wijgroningen.example.org."
        ),
    },
    "purposes_heading": {
        "nl": "Welke gegevens gebruiken we, waarvoor en op welke grond?",
        "en": "What information do we use, what for, and on what legal basis?",
    },
    "purposes": {
        "nl": (
            "We gebruiken alleen de gegevens die je zelf in een formulier invult. Volgens de AVG hebben we voor "
            "elk gebruik een grondslag nodig: een reden die de wet toestaat. Per formulier staat hieronder welke "
            "gegevens we krijgen, waarvoor we ze gebruiken en op welke grond."
        ),
        "en": (
            "We only use the information you fill in on a form yourself. Under the GDPR we need a legal basis for "
            "every use: a reason the law allows. For each form, you can read below what information we get, what "
            "we use it for and on what basis."
        ),
    },
    "contact_heading": {"nl": "Het contactformulier", "en": "The contact form"},
    "contact_data": {
        "nl": "Gegevens: je naam, je e-mailadres, je telefoonnummer als je dat invult, het onderwerp en je bericht.",
        "en": "Information: your name, your email address, your phone number if you give it, the topic and your message.",
    },
    "contact_purpose": {
        "nl": "Waarvoor: om je bericht te beantwoorden en het zo nodig aan de juiste persoon door te geven.",
        "en": "What for: to answer your message and, if needed, to pass it on to the right person.",
    },
    "contact_basis": {
        "nl": (
            "Grondslag: een taak van algemeen belang (artikel 6 lid 1 e AVG). De WIJ-raad praat namens inwoners "
            "mee over WIJ Groningen en beantwoordt vragen daarover. Daarom vragen we niet om je toestemming."
        ),
        "en": (
            "Legal basis: a task in the public interest (article 6(1)(e) GDPR). The WIJ-raad speaks for residents "
            "about WIJ Groningen and answers questions about it. That is why we do not ask for your consent."
        ),
    },
    "application_heading": {"nl": "Aanmelden als lid", "en": "Applying for membership"},
    "application_data": {
        "nl": (
            "Gegevens: je naam, e-mailadres en telefoonnummer, je wijk of postcode als je die invult, wat je met "
            "WIJ Groningen te maken hebt, je motivatie en je cv of brief als je die meestuurt."
        ),
        "en": (
            "Information: your name, email address and phone number, your neighbourhood or postcode if you give "
            "it, your connection with WIJ Groningen, your motivation and your CV or letter if you send one."
        ),
    },
    "application_purpose": {
        "nl": "Waarvoor: om je aanmelding te beoordelen, gesprekken met je te plannen en je te laten weten hoe het gaat.",
        "en": "What for: to assess your application, to plan talks with you and to let you know how it is going.",
    },
    "application_basis": {
        "nl": (
            "Grondslag: je toestemming (artikel 6 lid 1 a AVG). Die geef je met een vinkje in het formulier. Je "
            "kunt je toestemming altijd intrekken: trek je aanmelding in met de link in je bevestiging, of mail de "
            "ambtelijk secretaris."
        ),
        "en": (
            "Legal basis: your consent (article 6(1)(a) GDPR). You give it with a tick in the form. You can always "
            "withdraw your consent: withdraw your application with the link in your confirmation, or email the "
            "council secretary."
        ),
    },
    "application_keep": {
        "nl": (
            "Word je niet gekozen? Dan bewaren we je aanmelding alleen langer voor een volgende vacature als je "
            "daar in het formulier apart toestemming voor geeft."
        ),
        "en": (
            "If you are not chosen, we only keep your application longer for a future vacancy if you give "
            "separate consent for that in the form."
        ),
    },
    "signup_heading": {"nl": "Aanmelden voor een bijeenkomst", "en": "Signing up for a meeting"},
    "signup_data": {
        "nl": "Gegevens: wat je in het formulier invult, zoals je naam, je e-mailadres en je keuzes.",
        "en": "Information: what you fill in on the form, such as your name, your email address and your choices.",
    },
    "signup_purpose": {
        "nl": (
            "Waarvoor: om de bijeenkomst te organiseren, je een bevestiging te sturen en je te laten weten als er "
            "iets verandert."
        ),
        "en": (
            "What for: to organise the meeting, to send you a confirmation and to let you know if something changes."
        ),
    },
    "signup_basis": {
        "nl": (
            "Grondslag: een taak van algemeen belang (artikel 6 lid 1 e AVG): de WIJ-raad organiseert bijeenkomsten "
            "om inwoners te laten meepraten. Vraagt een formulier iets wat daar niet voor nodig is? Dan vragen we "
            "daar apart toestemming voor."
        ),
        "en": (
            "Legal basis: a task in the public interest (article 6(1)(e) GDPR): the WIJ-raad organises meetings so "
            "that residents can have their say. If a form asks for something that is not needed for that, we ask "
            "for your consent separately."
        ),
    },
    "signup_needs": {
        "nl": (
            "Vertel je ons wat je nodig hebt om mee te doen, zoals een plek voor een rolstoel? Dat zegt iets over "
            "je gezondheid. Je vult dat alleen in als je dat zelf wilt (uitdrukkelijke toestemming, artikel 9 lid "
            "2 a AVG). We gebruiken het alleen om de bijeenkomst goed voor te bereiden."
        ),
        "en": (
            "Do you tell us what you need to take part, such as a place for a wheelchair? That says something about "
            "your health. You only fill it in if you want to (explicit consent, article 9(2)(a) GDPR). We only use "
            "it to prepare the meeting well."
        ),
    },
    "retention_heading": {"nl": "Hoe lang bewaren we je gegevens?", "en": "How long do we keep your information?"},
    "access_heading": {"nl": "Wie kunnen je gegevens zien?", "en": "Who can see your information?"},
    "access": {
        "nl": (
            "Alleen de ambtelijk secretaris en, bij een aanmelding als lid, de voorzitter en de leden die met je "
            "praten. We verkopen je gegevens niet. We geven ze niet aan anderen, behalve als de wet ons dat "
            "verplicht."
        ),
        "en": (
            "Only the council secretary and, for an application for membership, the chair and the members who talk "
            "with you. We do not sell your information. We do not give it to others, unless the law requires us to."
        ),
    },
    "processors_heading": {"nl": "Verwerkers en hosting", "en": "Processors and hosting"},
    "processors": {
        "nl": (
            "De website en de e-mail draaien bij een hostingbedrijf met servers in Nederland. Dat bedrijf is onze "
            "verwerker: het bewaart de gegevens voor ons en mag ze nergens anders voor gebruiken. Dat staat in een "
            "verwerkersovereenkomst. De gegevens blijven binnen de Europese Unie."
        ),
        "en": (
            "The website and its email run at a hosting company with servers in the Netherlands. That company is "
            "our processor: it stores the information for us and may not use it for anything else. This is laid "
            "down in a data processing agreement. The information stays within the European Union."
        ),
    },
    "cv_storage": {
        "nl": (
            "Een cv of brief staat apart van de rest van de website. Alleen ingelogde medewerkers kunnen het "
            "openen. In de e-mail aan de ambtelijk secretaris staat een link, geen bijlage."
        ),
        "en": (
            "A CV or letter is stored apart from the rest of the website. Only staff who are logged in can open it. "
            "The email to the council secretary has a link to it, not an attachment."
        ),
    },
    "spam_heading": {"nl": "Spamcontrole", "en": "Spam check"},
    "cookies_heading": {"nl": "Cookies", "en": "Cookies"},
    "cookies": {
        "nl": (
            "Deze website gebruikt geen cookies om je te volgen en heeft geen statistieken of advertenties. We "
            "gebruiken alleen cookies die nodig zijn om de website te laten werken, zoals voor het inloggen van de "
            "beheerder en het veilig versturen van formulieren. Je taalkeuze staat in het webadres (/en/ voor "
            "Engels), niet in een cookie."
        ),
        "en": (
            "This website does not use cookies to track you, and it has no statistics or advertising. We only use "
            "cookies the website needs to work, for example for the administrator's login and for sending forms "
            "safely. Your choice of language is in the web address (/en/ for English), not in a cookie."
        ),
    },
    "rights_heading": {"nl": "Je rechten", "en": "Your rights"},
    "rights_intro": {
        "nl": "De AVG geeft je deze rechten over je eigen gegevens:",
        "en": "The GDPR gives you these rights over your own information:",
    },
    "right_access": {
        "nl": "Inzage: je mag vragen welke gegevens we van je hebben.",
        "en": "Access: you may ask what information we have about you.",
    },
    "right_correction": {
        "nl": "Correctie: klopt er iets niet? Dan mag je vragen om het te verbeteren.",
        "en": "Correction: if something is wrong, you may ask us to correct it.",
    },
    "right_erasure": {
        "nl": "Verwijdering: je mag vragen om je gegevens te verwijderen.",
        "en": "Erasure: you may ask us to delete your information.",
    },
    "right_restriction": {
        "nl": "Beperking: je mag vragen om je gegevens even niet te gebruiken, bijvoorbeeld als je vindt dat ze niet kloppen.",
        "en": "Restriction: you may ask us not to use your information for a while, for example if you think it is wrong.",
    },
    "right_objection": {
        "nl": "Bezwaar: gebruiken we je gegevens voor een taak van algemeen belang? Dan mag je daartegen bezwaar maken.",
        "en": "Objection: if we use your information for a task in the public interest, you may object to that.",
    },
    "right_portability": {
        "nl": "Overdracht: gaf je toestemming? Dan mag je je gegevens in een gewoon bestand krijgen.",
        "en": "Portability: if you gave consent, you may get your information in a common file format.",
    },
    "right_withdraw": {
        "nl": "Toestemming intrekken: dat kan altijd. Wat we daarvoor al deden, blijft wel geldig.",
        "en": "Withdrawing consent: you can always do this. What we did before that remains valid.",
    },
    "rights_how": {
        "nl": (
            "Wil je een van deze rechten gebruiken? Mail of schrijf dan de ambtelijk secretaris en zeg om welk recht "
            "het gaat. We kunnen je vragen te laten zien wie je bent; een kopie van je paspoort is niet nodig. Je "
            "krijgt binnen een maand antwoord."
        ),
        "en": (
            "Do you want to use one of these rights? Then email or write to the council secretary and say which "
            "right it is about. We may ask you to show who you are; a copy of your passport is not needed. You get "
            "an answer within one month."
        ),
    },
    "complaint_heading": {"nl": "Een klacht", "en": "A complaint"},
    "complaint": {
        "nl": (
            "Ben je niet tevreden over hoe we met je gegevens omgaan? Laat het ons eerst weten, dan zoeken we samen "
            "een oplossing. Je mag ook altijd een klacht indienen bij de Autoriteit Persoonsgegevens, de "
            "toezichthouder voor privacy in Nederland (autoriteitpersoonsgegevens.nl)."
        ),
        "en": (
            "Are you not happy with how we handle your information? Please tell us first, so we can find a solution "
            "together. You may also always file a complaint with the Autoriteit Persoonsgegevens, the Dutch data "
            "protection authority (autoriteitpersoonsgegevens.nl)."
        ),
    },
}
