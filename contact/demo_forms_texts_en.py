"""English texts of the demo form pages, keyed by their Dutch text (see home/demo_translation.py).

The questions keep their names (the columns of the export), so English and Dutch sign-ups land in one list.
"""


def lines(*choices):
    """The choices of a question as wagtail-localize offers them to a translator: one text, lines split by <br/>.
    Keep the order: a choice counts for the same places as the Dutch choice in the same position."""
    return "<br/>".join(choices)


EXPERT_FORM = {
    "Aanmelden voor de expertmeeting 'WIJ en het veld'": "Sign up for the expert meeting 'WIJ and the field'",
    "aanmelden-expertmeeting": "sign-up-expert-meeting",
    "Wil je op dinsdag 31 oktober in het stadhuis meepraten aan één of twee thematafels? Meld je dan hier aan.": (
        "Would you like to join the talks at one or two theme tables in the City Hall on Tuesday 31 October? Then "
        "sign up here."
    ),
    (
        "Aanmelden kan tot en met maandag 23 oktober. Aan de hand van de aanmeldingen maken we een indeling voor "
        "de thematafels. Je kunt dit formulier ook gebruiken voor vragen."
    ): (
        "You can sign up until Monday 23 October. Based on the sign-ups, we divide people over the theme tables. "
        "You can also use this form for questions."
    ),
    "Voor de babbelbox en de publieke tribune hoef je je niet aan te melden.": (
        "You do not need to sign up for the talk booth or the public gallery."
    ),
    "Na 23 oktober maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit.": (
        "After 23 October we divide people over the theme tables. We will then let you know at which table or "
        "tables you sit."
    ),
    (
        "Bedankt voor je aanmelding voor de expertmeeting 'WIJ en het veld' van de gemeenteraad. Na 23 oktober "
        "maken we de indeling voor de thematafels. Je hoort dan aan welke tafel of tafels je zit."
    ): (
        "Thank you for signing up for the expert meeting 'WIJ and the field' of the city council. After 23 "
        "October we divide people over the theme tables. We will then let you know at which table or tables you "
        "sit."
    ),
    "Naam": "Name",
    "E-mailadres": "Email address",
    "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl": (
        "We send a confirmation to this address. For example: name@example.org"
    ),
    "Aan welke thematafels wil je meepraten?": "At which theme tables would you like to join the talks?",
    lines("Samenleven in de buurt", "Veiligheid", "Actief in de samenleving", "(Mantel)zorg", "Leren/onderwijs"): lines(
        "Living together in the neighbourhood",
        "Safety",
        "Being active in society",
        "(Informal) care",
        "Learning/education",
    ),
    "Kies één of twee tafels. Er zijn 2 gespreksrondes van 45 minuten.": (
        "Choose one or two tables. There are 2 rounds of talks of 45 minutes."
    ),
    "Vraag of opmerking": "Question or comment",
}

MEETING_FORM = {
    "Aanmelden voor de open vergadering van de WIJ-raad": "Sign up for the open meeting of the WIJ-raad",
    "aanmelden-open-vergadering": "sign-up-open-meeting",
    (
        "Op dinsdag 16 maart 2027 vergadert de WIJ-raad in het openbaar. Iedereen mag komen luisteren en na de "
        "pauze meepraten. Er zijn 40 plaatsen."
    ): (
        "On Tuesday 16 March 2027 the WIJ-raad meets in public. Everyone is welcome to come and listen, and to "
        "join the talks after the break. There are 40 places."
    ),
    "De vergadering is van 19:30 tot 21:30 uur in het WIJ-huis. De koffie staat vanaf 19:00 uur klaar.": (
        "The meeting is from 19:30 to 21:30 in the WIJ building. Coffee is ready from 19:00."
    ),
    (
        "Na de pauze praten we in kleine groepen over drie onderwerpen. Kies het onderwerp dat jij belangrijk "
        "vindt. Per onderwerp is plaats voor 15 mensen."
    ): (
        "After the break we talk in small groups about three topics. Choose the topic that matters to you. There "
        "is room for 15 people per topic."
    ),
    "We zien je graag op dinsdag 16 maart. Kun je toch niet? Gebruik dan de link in de bevestiging.": (
        "We look forward to seeing you on Tuesday 16 March. Can you not come after all? Then use the link in the "
        "confirmation."
    ),
    (
        "Bedankt voor je aanmelding voor de open vergadering van de WIJ-raad op dinsdag 16 maart 2027. De "
        "vergadering begint om 19:30 uur; de koffie staat vanaf 19:00 uur klaar."
    ): (
        "Thank you for signing up for the open meeting of the WIJ-raad on Tuesday 16 March 2027. The meeting "
        "starts at 19:30; coffee is ready from 19:00."
    ),
    "Naam": "Name",
    "E-mailadres": "Email address",
    "Hierop krijg je een bevestiging. Bijvoorbeeld: naam@voorbeeld.nl": (
        "We send a confirmation to this address. For example: name@example.org"
    ),
    "Telefoonnummer": "Phone number",
    "Alleen nodig als we je mogen bellen als er iets verandert.": (
        "Only needed if we may call you when something changes."
    ),
    "Over welk onderwerp wil je na de pauze meepraten?": "Which topic would you like to talk about after the break?",
    lines("Wonen en zorg in de wijk", "Geld en werk", "Meedoen in de buurt"): lines(
        "Housing and care in the neighbourhood", "Money and work", "Taking part in the neighbourhood"
    ),
    "Heb je iets nodig om mee te kunnen doen?": "Do you need anything to be able to take part?",
    lines("Een plek voor een rolstoel", "Een ringleiding (voor slechthorenden)", "Hulp bij de ingang"): lines(
        "A place for a wheelchair", "A hearing loop (for people who are hard of hearing)", "Help at the entrance"
    ),
    "Vraag of opmerking": "Question or comment",
    "Ik geef de WIJ-raad toestemming om mijn gegevens te gebruiken voor deze aanmelding.": (
        "I give the WIJ-raad permission to use my details for this sign-up."
    ),
}
