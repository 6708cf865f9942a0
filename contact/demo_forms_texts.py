"""Texts of the demo form pages (Dutch, B1): the sign-up for the expert meeting of seed 004 and an open example."""

EXPERT_SLUG = "aanmelden-expertmeeting"
EXPERT_TITLE = "Aanmelden voor de expertmeeting 'WIJ en het veld'"
EXPERT_INTRO = (
    "Wil je op dinsdag 31 oktober in het stadhuis meepraten aan één of twee thematafels? Meld je dan hier aan."
)
EXPERT_BODY = (
    "<p>Aanmelden kan tot en met maandag 23 oktober. Aan de hand van de aanmeldingen maken we een indeling voor "
    "de thematafels. Je kunt dit formulier ook gebruiken voor vragen.</p>"
    "<p>Voor de babbelbox en de publieke tribune hoef je je niet aan te melden.</p>"
)
# "Aanmelden kan t/m maandag 23 oktober" (2017): open until the end of that day.
EXPERT_CLOSES = (2017, 10, 23, 23, 59)
EXPERT_TABLES = [
    "Samenleven in de buurt",
    "Veiligheid",
    "Actief in de samenleving",
    "(Mantel)zorg",
    "Leren/onderwijs",
]
EXPERT_THANK_YOU = (
    "Na 23 oktober maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit."
)
EXPERT_CONFIRMATION = (
    "Bedankt voor je aanmelding voor de expertmeeting 'WIJ en het veld' van de gemeenteraad. "
    "Na 23 oktober maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit."
)
# (label, type, required, extra settings)
EXPERT_FIELDS = [
    ("Naam", "singleline", True, {}),
    ("E-mailadres", "email", True, {"help_text": "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl"}),
    (
        "Aan welke thematafels wil je meepraten?",
        "checkboxes",
        True,
        {
            "choices": "\n".join(EXPERT_TABLES),
            "min_choices": 1,
            "max_choices": 2,
            "help_text": "Kies één of twee tafels. Er zijn 2 gespreksrondes van 45 minuten.",
        },
    ),
    ("Vraag of opmerking", "multiline", False, {}),
]

MEETING_SLUG = "aanmelden-open-vergadering"
MEETING_TITLE = "Aanmelden voor de open vergadering van de WIJ-raad"
MEETING_INTRO = (
    "Op dinsdag 16 maart 2027 vergadert de WIJ-raad in het openbaar. Iedereen mag komen luisteren en na de pauze "
    "meepraten. Er zijn 40 plaatsen."
)
MEETING_BODY = (
    "<p>De vergadering is van 19:30 tot 21:30 uur in het WIJ-huis. De koffie staat vanaf 19:00 uur klaar.</p>"
    "<p>Na de pauze praten we in kleine groepen over drie onderwerpen. Kies het onderwerp dat jij belangrijk vindt. "
    "Per onderwerp is plaats voor 15 mensen.</p>"
)
MEETING_CLOSES = (2027, 3, 9, 23, 59)
MEETING_MAX_SIGNUPS = 40
MEETING_TOPICS = ["Wonen en zorg in de wijk", "Geld en werk", "Meedoen in de buurt"]
MEETING_THANK_YOU = "We zien je graag op dinsdag 16 maart. Kun je toch niet? Gebruik dan de link in de bevestiging."
MEETING_CONFIRMATION = (
    "Bedankt voor je aanmelding voor de open vergadering van de WIJ-raad op dinsdag 16 maart 2027. "
    "De vergadering begint om 19:30 uur; de koffie staat vanaf 19:00 uur klaar."
)
MEETING_FIELDS = [
    ("Naam", "singleline", True, {}),
    ("E-mailadres", "email", True, {"help_text": "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl"}),
    (
        "Telefoonnummer",
        "phone",
        False,
        {"help_text": "Alleen nodig als we je mogen bellen als er iets verandert."},
    ),
    (
        "Over welk onderwerp wil je na de pauze meepraten?",
        "radio",
        True,
        {"choices": "\n".join(MEETING_TOPICS), "choice_capacity": 15},
    ),
    (
        "Heb je iets nodig om mee te kunnen doen?",
        "checkboxes",
        False,
        {"choices": "Een plek voor een rolstoel\nEen ringleiding (voor slechthorenden)\nHulp bij de ingang"},
    ),
    ("Vraag of opmerking", "multiline", False, {}),
    (
        "Ik geef de WIJ-raad toestemming om mijn gegevens te gebruiken voor deze aanmelding.",
        "consent",
        True,
        {},
    ),
]
