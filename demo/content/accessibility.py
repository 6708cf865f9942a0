"""The accessibility statement, in the parts and order of the Dutch government's model toegankelijkheidsverklaring:
the commitment, scope, status (A to E), date, how the site was checked, known problems, contact and the complaint
route. Status C ("eerste maatregelen genomen") is the honest one until an independent expert has evaluated the
site: the project's own automated and keyboard tests are no full WCAG-EM evaluation.
"""

PAGE = {
    "type": "home.ContentPage",
    "parent": "",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{commitment}</p>"),
            ("heading", {"text": "{scope_heading}", "level": "h2"}),
            ("paragraph", "<p>{scope}</p>"),
            ("heading", {"text": "{status_heading}", "level": "h2"}),
            ("paragraph", "<p>{status}</p><p>{status_meaning}</p><p>{date}</p>"),
            ("heading", {"text": "{checked_heading}", "level": "h2"}),
            ("paragraph", "<p>{checked_intro}</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": ["{checked_axe}", "{checked_keyboard}", "{checked_phone}", "{checked_text}"],
                },
            ),
            ("paragraph", "<p>{checked_not_yet}</p>"),
            ("heading", {"text": "{done_heading}", "level": "h2"}),
            (
                "list",
                {"ordered": False, "items": ["{done_no_js}", "{done_zoom}", "{done_b1}", "{done_languages}"]},
            ),
            ("heading", {"text": "{problems_heading}", "level": "h2"}),
            ("list", {"ordered": False, "items": ["{problem_pdf}", "{problem_recaptcha}", "{problem_audit}"]}),
            ("heading", {"text": "{plan_heading}", "level": "h2"}),
            ("paragraph", "<p>{plan}</p>"),
            ("heading", {"text": "{contact_heading}", "level": "h2"}),
            ("paragraph", "<p>{contact}</p>"),
            ("heading", {"text": "{complaint_heading}", "level": "h2"}),
            ("paragraph", "<p>{complaint}</p>"),
        ],
    },
}

TEXT = {
    "slug": {"nl": "toegankelijkheid", "en": "accessibility"},
    "title": {"nl": "Toegankelijkheidsverklaring", "en": "Accessibility statement"},
    "intro": {
        "nl": "Iedereen moet deze website kunnen gebruiken. Hier lees je hoe ver we zijn en wat nog beter moet.",
        "en": "Everyone must be able to use this website. Here you can read how far we are and what still needs work.",
    },
    "commitment": {
        "nl": (
            "De WIJ-raad Groningen wil dat iedereen deze website kan gebruiken: ook als je slecht ziet, een "
            "schermlezer gebruikt, alleen met het toetsenbord werkt of de website op je telefoon bekijkt. We volgen "
            "daarvoor het Besluit digitale toegankelijkheid overheid en de richtlijnen van WCAG 2.2, niveau AA."
        ),
        "en": (
            "The WIJ-raad Groningen wants everyone to be able to use this website: also if you do not see well, use "
            "a screen reader, only use a keyboard or read the website on your phone. For this we follow the Dutch "
            "decree on digital accessibility for public bodies (Besluit digitale toegankelijkheid overheid) and "
            "the WCAG 2.2 guidelines, level AA."
        ),
    },
    "scope_heading": {"nl": "Waarvoor geldt deze verklaring?", "en": "What does this statement cover?"},
    "scope": {
        "nl": (
            "Deze verklaring geldt voor alle pagina's en formulieren van deze website, in het Nederlands en in het "
            "Engels. Ze geldt niet voor documenten van anderen die we publiceren, zoals brieven van de gemeente."
        ),
        "en": (
            "This statement covers all pages and forms of this website, in Dutch and in English. It does not cover "
            "documents by others that we publish, such as letters from the municipality."
        ),
    },
    "status_heading": {"nl": "Status", "en": "Status"},
    "status": {
        "nl": "Status C: eerste maatregelen genomen.",
        "en": "Status C: first measures taken.",
    },
    "status_meaning": {
        "nl": (
            "De overheid gebruikt vijf statussen, van A (voldoet volledig) tot E (voldoet niet). Status A of B mag "
            "een website alleen hebben na een volledig onderzoek door een onafhankelijke deskundige. Dat onderzoek "
            "is er nog niet. Daarom is onze status C, ook al testen we de website zelf bij elke wijziging."
        ),
        "en": (
            "The Dutch government uses five statuses, from A (fully compliant) to E (not compliant). A website may "
            "only have status A or B after a full evaluation by an independent expert. That evaluation has not been "
            "done yet. That is why our status is C, even though we test the website ourselves with every change."
        ),
    },
    "date": {
        "nl": "Deze verklaring is opgesteld op 2 december 2026.",
        "en": "This statement was drawn up on 2 December 2026.",
    },
    "checked_heading": {"nl": "Hoe hebben we de website getest?", "en": "How did we test the website?"},
    "checked_intro": {
        "nl": "Bij elke wijziging van de website draaien deze tests vanzelf:",
        "en": "With every change to the website, these tests run automatically:",
    },
    "checked_axe": {
        "nl": "axe-core controleert elk soort pagina in het Nederlands en het Engels op de regels van WCAG 2.2 AA.",
        "en": "axe-core checks every kind of page in Dutch and in English against the rules of WCAG 2.2 AA.",
    },
    "checked_keyboard": {
        "nl": (
            "Toetsenbordtests in de browser: een bezoeker meldt zich aan, stuurt een bericht en wisselt van taal met "
            "alleen het toetsenbord, en ziet steeds waar de focus is."
        ),
        "en": (
            "Keyboard tests in the browser: a visitor applies, sends a message and switches language with just the "
            "keyboard, and can always see where the focus is."
        ),
    },
    "checked_phone": {
        "nl": "Elke pagina wordt ook bekeken op een smal scherm, zoals van een telefoon.",
        "en": "Every page is also checked on a narrow screen, like a phone's.",
    },
    "checked_text": {
        "nl": "Formulieren laten fouten zien bovenaan en bij het veld, ook voor een schermlezer.",
        "en": "Forms show errors at the top and at the field, also for a screen reader.",
    },
    "checked_not_yet": {
        "nl": (
            "Automatische tests vinden niet alle problemen. Een volledig onderzoek volgens de methode WCAG-EM door "
            "een onafhankelijke deskundige is nog niet gedaan."
        ),
        "en": (
            "Automated tests do not find every problem. A full evaluation with the WCAG-EM method by an independent "
            "expert has not been done yet."
        ),
    },
    "done_heading": {"nl": "Wat hebben we gedaan?", "en": "What have we done?"},
    "done_no_js": {
        "nl": "Alle pagina's en formulieren werken zonder JavaScript en met alleen het toetsenbord.",
        "en": "All pages and forms work without JavaScript and with just a keyboard.",
    },
    "done_zoom": {
        "nl": "Je kunt de tekst tot 200% vergroten zonder dat er iets wegvalt.",
        "en": "You can make the text up to 200% larger without losing anything.",
    },
    "done_b1": {
        "nl": "We schrijven in eenvoudige taal (taalniveau B1).",
        "en": "We write in plain language (language level B1).",
    },
    "done_languages": {
        "nl": "Elke pagina zegt in welke taal ze is, zodat een schermlezer de tekst goed uitspreekt.",
        "en": "Every page says which language it is in, so a screen reader pronounces the text correctly.",
    },
    "problems_heading": {"nl": "Wat werkt nog niet goed?", "en": "What does not work well yet?"},
    "problem_pdf": {
        "nl": (
            "Sommige oudere documenten (PDF), zoals brieven uit 2016 en 2017, zijn niet toegankelijk gemaakt. Lukt "
            "het niet om een document te lezen? Vraag de ambtelijk secretaris om een andere versie."
        ),
        "en": (
            "Some older documents (PDF), such as letters from 2016 and 2017, were not made accessible. Cannot read a "
            "document? Ask the council secretary for another version."
        ),
    },
    "problem_recaptcha": {
        "nl": (
            "Staat de spamcontrole van Google (reCAPTCHA) aan, dan laadt een formulier een onderdeel van Google. Op "
            "de toegankelijkheid daarvan hebben we geen invloed. Lukt het versturen niet? Mail of bel ons dan."
        ),
        "en": (
            "When Google's spam check (reCAPTCHA) is on, a form loads a part from Google. We have no influence on "
            "its accessibility. If sending does not work, email or call us."
        ),
    },
    "problem_audit": {
        "nl": "Er is nog geen onafhankelijk onderzoek gedaan (zie hierboven).",
        "en": "No independent evaluation has been done yet (see above).",
    },
    "plan_heading": {"nl": "Wat gaan we doen?", "en": "What are we going to do?"},
    "plan": {
        "nl": (
            "In 2027 laten we de website onderzoeken door een onafhankelijke deskundige. Daarna passen we deze "
            "verklaring aan. Problemen die je ons meldt, lossen we zo snel mogelijk op."
        ),
        "en": (
            "In 2027 we will have the website evaluated by an independent expert. After that we will update this "
            "statement. We solve problems you report to us as soon as we can."
        ),
    },
    "contact_heading": {"nl": "Loop je ergens tegenaan?", "en": "Is something not working for you?"},
    "contact": {
        "nl": (
            "Laat het de ambtelijk secretaris weten: mail naar secretariaat@wijraad.example.org of bel 050 123 45 "
            "67. Zeg op welke pagina het was en wat er misging. Je krijgt binnen 5 werkdagen antwoord. We helpen je "
            "ook meteen verder, bijvoorbeeld door een formulier samen met je in te vullen."
        ),
        "en": (
            "Let the council secretary know: email secretariaat@wijraad.example.org or call +31 50 123 45 67. Tell "
            "us on which page it was and what went wrong. You get an answer within 5 working days. We also help you "
            "straight away, for example by filling in a form together with you."
        ),
    },
    "complaint_heading": {"nl": "Niet tevreden over ons antwoord?", "en": "Not happy with our answer?"},
    "complaint": {
        "nl": (
            "Ben je niet tevreden over hoe we je melding hebben behandeld? Dien dan een klacht in bij Stichting WIJ "
            "Groningen. Helpt dat niet, dan kun je terecht bij de Nationale ombudsman (nationaleombudsman.nl)."
        ),
        "en": (
            "Are you not happy with how we handled your report? Then file a complaint with Stichting WIJ Groningen. "
            "If that does not help, you can turn to the National Ombudsman (nationaleombudsman.nl)."
        ),
    },
}
