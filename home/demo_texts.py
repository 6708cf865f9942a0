"""Texts of the demo content, taken from the council's own documents (Dutch, B1)."""

HOME_INTRO = "De WIJ-raad praat en denkt mee over de ondersteuning van WIJ Groningen. Voor en namens inwoners."
HOME_WELCOME = (
    "<p>Heb je te maken met WIJ Groningen? Dan is jouw ervaring belangrijk. "
    "De WIJ-raad geeft WIJ Groningen advies, gevraagd en ongevraagd. "
    "Lees wat de raad doet, kom zelf in de raad of stuur ons een bericht.</p>"
)
HOME_SECTION_TEXT = "Wat de WIJ-raad is en doet, en waarom jouw mening telt."

POSTAL_ADDRESS = "t.a.v. de ambtelijk secretaris\nPostbus 1234\n9700 AA Groningen"
PHONE = "050 123 45 67"

# Seed 000, first part: "Jouw mening telt".
JOUW_MENING_TELT_INTRO = (
    "WIJ Groningen gaat graag met je in gesprek. Op allerlei manieren. "
    "Een belangrijke manier is de WIJ-raad, de cliëntenraad."
)
JOUW_MENING_TELT_BODY = [
    (
        "paragraph",
        "<p>Deze raad is er voor inwoners van de gemeente Groningen, zodat je kunt meepraten en meedenken "
        "over het beleid. Het gaat ons om de gemeenschappelijke belangen van al degenen die met onze "
        "ondersteuning te maken hebben.</p>",
    ),
    (
        "paragraph",
        "<p>We zijn blij met de WIJ-raad, die ons scherp houdt. Wij kunnen dit werk alleen doen als inwoners "
        "laten weten wat zij van de ondersteuning vinden en verwachten. We willen oog hebben voor de eigenheid "
        "van de verschillende buurten, elk met eigen behoeften en uitdagingen, eigen initiatieven en collectieve "
        "activiteiten, eigen organisaties en voorzieningen. Ook daarin speelt de WIJ-raad een rol. Ze helpen ons "
        "verbindingslijntjes leggen en contacten te verbeteren: met andere organisaties, met individuele "
        "buurtbewoners, tussen de bewoners onderling. Een dialoog waar we veel van opsteken, over en weer.</p>",
    ),
    (
        "paragraph",
        "<p>Met deze informatie kunnen wij zaken veranderen of zelfs verbeteren. Wij willen daarom graag jouw "
        "mening horen en je ervaringen meenemen.</p>",
    ),
    ("heading", {"text": "Waar zet de WIJ-raad zich voor in?", "level": "h2"}),
    (
        "paragraph",
        "<p>Het doel van de WIJ-raad is het behartigen van de gemeenschappelijke belangen van inwoners, "
        "die invloed hebben op belangrijke zaken als:</p>",
    ),
    (
        "list",
        {
            "ordered": False,
            "items": [
                "de toegang en kwaliteit van de ondersteuning;",
                "privacy: wordt er wel zorgvuldig omgegaan met mijn persoonlijke gegevens?",
                "de locatie en ontvangst bij de entree van WIJ Groningen;",
                "informatieverstrekking;",
                "wijzigingen in de doelstelling of organisatie van WIJ Groningen;",
                "bewonerstevredenheidsonderzoeken.",
            ],
        },
    ),
    (
        "paragraph",
        "<p>De WIJ-raad kan op verzoek advies uitbrengen of zelf kwesties aankaarten. De WIJ-raad kan ook "
        "betrokken worden bij de selectie in een sollicitatieprocedure. Of advies geven over strategie en "
        "beleid.</p>",
    ),
    ("heading", {"text": "Doe mee", "level": "h2"}),
    (
        "paragraph",
        "<p>Regelmatig is de WIJ-raad op zoek naar nieuwe mensen. Je moet wel wat in je mars hebben "
        "(zie de profielschets).</p>",
    ),
    ("paragraph", "<p>Mail gerust, als je contact zoekt met de WIJ-raad.</p>"),
]

PRIVACY_INTRO = "Hoe de WIJ-raad omgaat met de gegevens die je via deze website stuurt."
PRIVACY_BODY = [
    ("heading", {"text": "Wie is verantwoordelijk?", "level": "h2"}),
    (
        "paragraph",
        "<p>De WIJ-raad Groningen is verantwoordelijk voor deze website. De ambtelijk secretaris van de "
        "WIJ-raad beheert de berichten die binnenkomen. Vragen over privacy stel je aan het secretariaat "
        "(zie de contactgegevens onderaan elke pagina).</p>",
    ),
    ("heading", {"text": "Welke gegevens bewaren wij?", "level": "h2"}),
    (
        "list",
        {
            "ordered": False,
            "items": [
                "Stuur je een bericht? Dan bewaren we je naam, e-mailadres, eventueel je telefoonnummer en je bericht.",
                "Meld je je aan als lid? Dan bewaren we ook je motivatie en, als je die meestuurt, je cv of brief.",
                "Meld je je aan voor een bijeenkomst? Dan bewaren we wat je in het formulier invult.",
            ],
        },
    ),
    (
        "paragraph",
        "<p>We gebruiken deze gegevens alleen om je bericht of aanmelding te behandelen. We verkopen of "
        "delen ze niet. Alleen het secretariaat en de mensen die je aanmelding beoordelen kunnen ze zien.</p>",
    ),
    ("heading", {"text": "Hoe lang bewaren wij je gegevens?", "level": "h2"}),
    (
        "list",
        {
            "ordered": False,
            "items": [
                "Berichten via het contactformulier: 6 maanden.",
                "Aanmeldingen als lid: 4 weken na het einde van de procedure. Geef je toestemming? "
                "Dan bewaren we ze hoogstens 1 jaar, voor een volgende vacature.",
                "Daarna verwijderen we de gegevens automatisch.",
            ],
        },
    ),
    ("heading", {"text": "Cookies en andere diensten", "level": "h2"}),
    (
        "paragraph",
        "<p>Deze website gebruikt geen cookies om je te volgen en geen statistieken of advertenties. "
        "We gebruiken alleen cookies die nodig zijn om de website te laten werken, zoals voor het "
        "inloggen van de beheerder en het veilig versturen van formulieren. Je taalkeuze staat in het "
        "webadres (/en/ voor Engels), niet in een cookie.</p>",
    ),
    (
        "paragraph",
        "<p>Op pagina's met een formulier kan Google reCAPTCHA gebruikt worden om spam tegen te houden. "
        "Google ziet dan dat je die pagina bezoekt. Op andere pagina's laden we niets van andere partijen.</p>",
    ),
    ("heading", {"text": "Je rechten", "level": "h2"}),
    (
        "paragraph",
        "<p>Je mag altijd vragen welke gegevens we van je hebben. Je mag ook vragen om ze te verbeteren of "
        "te verwijderen. Stuur daarvoor een e-mail naar het secretariaat. Ben je niet tevreden over hoe we "
        "met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.</p>",
    ),
]

ACCESSIBILITY_INTRO = "Iedereen moet deze website kunnen gebruiken. Dit doen we daarvoor."
ACCESSIBILITY_BODY = [
    (
        "paragraph",
        "<p>De WIJ-raad wil dat iedereen deze website kan gebruiken: ook als je slecht ziet, een "
        "schermlezer gebruikt, alleen met het toetsenbord werkt of de website op je telefoon bekijkt.</p>",
    ),
    ("heading", {"text": "Wat hebben we gedaan?", "level": "h2"}),
    (
        "list",
        {
            "ordered": False,
            "items": [
                "We volgen de richtlijnen van WCAG 2.2, niveau AA.",
                "We schrijven in eenvoudige taal (taalniveau B1).",
                "Alle pagina's en formulieren werken zonder JavaScript en met alleen het toetsenbord.",
                "Je kunt de tekst tot 200% vergroten zonder dat er iets wegvalt.",
                "We testen de website automatisch op toegankelijkheid, bij elke wijziging.",
            ],
        },
    ),
    ("heading", {"text": "Wat werkt nog niet goed?", "level": "h2"}),
    (
        "paragraph",
        "<p>Sommige oudere documenten (PDF) zijn niet gemaakt met toegankelijkheid in gedachten. "
        "Lukt het niet om een document te lezen? Vraag het secretariaat om een andere versie.</p>",
    ),
    ("heading", {"text": "Loop je ergens tegenaan?", "level": "h2"}),
    (
        "paragraph",
        "<p>Laat het ons weten via het secretariaat (zie de contactgegevens onderaan elke pagina). "
        "We antwoorden binnen 2 weken en lossen het probleem zo snel mogelijk op.</p>",
    ),
]
