"""English translations of the home app's demo content, for `home.demo_translation.translate`.

Keys are the Dutch text segments as wagtail-localize splits them (a paragraph without its
<p>, each list item, each heading); values are the English texts. A changed Dutch text needs
its entry here changed too, or the English page keeps the Dutch text (the loader logs it).
"""

from . import demo_texts

HOME = {
    "Welkom bij de WIJ-raad": "Welcome to the WIJ-raad",
    "home": "home-en",
    demo_texts.HOME_INTRO: (
        "The WIJ-raad talks and thinks along about the support WIJ Groningen gives. For and on behalf of residents."
    ),
    "Heb je te maken met WIJ Groningen? Dan is jouw ervaring belangrijk. "
    "De WIJ-raad geeft WIJ Groningen advies, gevraagd en ongevraagd. "
    "Lees wat de raad doet, kom zelf in de raad of stuur ons een bericht.": (
        "Do you deal with WIJ Groningen? Then your experience matters. "
        "The WIJ-raad, the residents' council, advises WIJ Groningen, whether asked or not. "
        "Read what the council does, join the council yourself or send us a message."
    ),
    demo_texts.HOME_SECTION_TEXT: "What the WIJ-raad is and does, and why your opinion counts.",
}

JOUW_MENING_TELT = {
    "Jouw mening telt": "Your opinion counts",
    "jouw-mening-telt": "your-opinion-counts",
    demo_texts.JOUW_MENING_TELT_INTRO: (
        "WIJ Groningen likes to talk with you, in many ways. An important way is the WIJ-raad, the residents' council."
    ),
    "Deze raad is er voor inwoners van de gemeente Groningen, zodat je kunt meepraten en meedenken over het "
    "beleid. Het gaat ons om de gemeenschappelijke belangen van al degenen die met onze ondersteuning te maken "
    "hebben.": (
        "This council is there for residents of the municipality of Groningen, so that you can have your say "
        "and help shape our policy. We care about the shared interests of everyone who receives our support."
    ),
    "We zijn blij met de WIJ-raad, die ons scherp houdt. Wij kunnen dit werk alleen doen als inwoners laten weten "
    "wat zij van de ondersteuning vinden en verwachten. We willen oog hebben voor de eigenheid van de verschillende "
    "buurten, elk met eigen behoeften en uitdagingen, eigen initiatieven en collectieve activiteiten, eigen "
    "organisaties en voorzieningen. Ook daarin speelt de WIJ-raad een rol. Ze helpen ons verbindingslijntjes "
    "leggen en contacten te verbeteren: met andere organisaties, met individuele buurtbewoners, tussen de bewoners "
    "onderling. Een dialoog waar we veel van opsteken, over en weer.": (
        "We are glad to have the WIJ-raad: it keeps us sharp. We can only do this work if residents tell us what "
        "they think of our support and what they expect from it. We want to respect the character of each "
        "neighbourhood, each with its own needs and challenges, its own initiatives and shared activities, its "
        "own organisations and facilities. The WIJ-raad plays a part in that too. It helps us make connections "
        "and improve contacts: with other organisations, with individual residents, and between residents "
        "themselves. A dialogue we learn a lot from, on both sides."
    ),
    "Met deze informatie kunnen wij zaken veranderen of zelfs verbeteren. Wij willen daarom graag jouw mening "
    "horen en je ervaringen meenemen.": (
        "With this information we can change things, or even make them better. That is why we want to hear "
        "your opinion and take your experiences into account."
    ),
    "Waar zet de WIJ-raad zich voor in?": "What does the WIJ-raad work for?",
    "Het doel van de WIJ-raad is het behartigen van de gemeenschappelijke belangen van inwoners, die invloed "
    "hebben op belangrijke zaken als:": (
        "The WIJ-raad stands up for the shared interests of residents, which affect important matters such as:"
    ),
    "de toegang en kwaliteit van de ondersteuning;": "access to support, and its quality;",
    "privacy: wordt er wel zorgvuldig omgegaan met mijn persoonlijke gegevens?": (
        "privacy: is my personal information handled with care?"
    ),
    "de locatie en ontvangst bij de entree van WIJ Groningen;": (
        "the location, and how you are welcomed at the entrance of WIJ Groningen;"
    ),
    "informatieverstrekking;": "the information you are given;",
    "wijzigingen in de doelstelling of organisatie van WIJ Groningen;": (
        "changes to the aims or the organisation of WIJ Groningen;"
    ),
    "bewonerstevredenheidsonderzoeken.": "surveys of how satisfied residents are.",
    "De WIJ-raad kan op verzoek advies uitbrengen of zelf kwesties aankaarten. De WIJ-raad kan ook betrokken "
    "worden bij de selectie in een sollicitatieprocedure. Of advies geven over strategie en beleid.": (
        "The WIJ-raad can give advice when asked, or raise issues itself. The WIJ-raad can also help select "
        "new staff. Or give advice on strategy and policy."
    ),
    "Doe mee": "Join in",
    "Regelmatig is de WIJ-raad op zoek naar nieuwe mensen. Je moet wel wat in je mars hebben (zie de profielschets).": (
        "The WIJ-raad regularly looks for new members. You do need to bring some skills (see the member profile)."
    ),
    "Mail gerust, als je contact zoekt met de WIJ-raad.": (
        "Feel free to send an e-mail if you want to contact the WIJ-raad."
    ),
}

PRIVACY = {
    "Privacyverklaring": "Privacy statement",
    "privacy": "privacy",
    demo_texts.PRIVACY_INTRO: "How the WIJ-raad handles the information you send through this website.",
    "Wie is verantwoordelijk?": "Who is responsible?",
    "De WIJ-raad Groningen is verantwoordelijk voor deze website. De ambtelijk secretaris van de WIJ-raad beheert "
    "de berichten die binnenkomen. Vragen over privacy stel je aan het secretariaat (zie de contactgegevens "
    "onderaan elke pagina).": (
        "The WIJ-raad Groningen is responsible for this website. The council secretary of the WIJ-raad manages "
        "the messages that come in. Please send questions about privacy to the secretary (see the contact "
        "details at the bottom of every page)."
    ),
    "Welke gegevens bewaren wij?": "What information do we keep?",
    "Stuur je een bericht? Dan bewaren we je naam, e-mailadres, eventueel je telefoonnummer en je bericht.": (
        "If you send a message, we keep your name, your e-mail address, your phone number if you give it, "
        "and your message."
    ),
    "Meld je je aan als lid? Dan bewaren we ook je motivatie en, als je die meestuurt, je cv of brief.": (
        "If you apply to become a member, we also keep your motivation and, if you send them, your CV or letter."
    ),
    "Meld je je aan voor een bijeenkomst? Dan bewaren we wat je in het formulier invult.": (
        "If you sign up for a meeting, we keep what you fill in on the form."
    ),
    "We gebruiken deze gegevens alleen om je bericht of aanmelding te behandelen. We verkopen of delen ze niet. "
    "Alleen het secretariaat en de mensen die je aanmelding beoordelen kunnen ze zien.": (
        "We only use this information to deal with your message or application. We do not sell or share it. "
        "Only the secretary and the people who assess your application can see it."
    ),
    "Hoe lang bewaren wij je gegevens?": "How long do we keep your information?",
    "Berichten via het contactformulier: 6 maanden.": "Messages sent with the contact form: 6 months.",
    "Aanmeldingen als lid: 4 weken na het einde van de procedure. Geef je toestemming? "
    "Dan bewaren we ze hoogstens 1 jaar, voor een volgende vacature.": (
        "Applications for membership: 4 weeks after the procedure ends. If you agree, we keep them for "
        "1 year at most, for a future vacancy."
    ),
    "Daarna verwijderen we de gegevens automatisch.": "After that, we delete the information automatically.",
    "Cookies en andere diensten": "Cookies and other services",
    "Deze website gebruikt geen cookies om je te volgen en geen statistieken of advertenties. We gebruiken alleen "
    "cookies die nodig zijn om de website te laten werken, zoals voor het inloggen van de beheerder en het veilig "
    "versturen van formulieren. Je taalkeuze staat in het webadres (/en/ voor Engels), niet in een cookie.": (
        "This website does not use cookies to track you, and it has no statistics or advertising. We only use "
        "cookies the website needs to work, for example for the administrator's login and sending forms safely. "
        "Your choice of language is in the web address (/en/ for English), not in a cookie."
    ),
    "Op pagina's met een formulier kan Google reCAPTCHA gebruikt worden om spam tegen te houden. Google ziet dan "
    "dat je die pagina bezoekt. Op andere pagina's laden we niets van andere partijen.": (
        "Pages with a form may use Google reCAPTCHA to stop spam. Google can then see that you visit that page. "
        "On other pages we load nothing from other parties."
    ),
    "Je rechten": "Your rights",
    "Je mag altijd vragen welke gegevens we van je hebben. Je mag ook vragen om ze te verbeteren of te "
    "verwijderen. Stuur daarvoor een e-mail naar het secretariaat. Ben je niet tevreden over hoe we met je "
    "gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.": (
        "You can always ask what information we have about you. You can also ask us to correct or delete it. "
        "To do so, send an e-mail to the secretary. Not happy with how we handle your information? Then you can "
        "complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."
    ),
}

ACCESSIBILITY = {
    "Toegankelijkheid": "Accessibility",
    "toegankelijkheid": "accessibility",
    demo_texts.ACCESSIBILITY_INTRO: "Everyone must be able to use this website. This is what we do for that.",
    "De WIJ-raad wil dat iedereen deze website kan gebruiken: ook als je slecht ziet, een schermlezer gebruikt, "
    "alleen met het toetsenbord werkt of de website op je telefoon bekijkt.": (
        "The WIJ-raad wants everyone to be able to use this website: also if you do not see well, use a screen "
        "reader, only use a keyboard or read the website on your phone."
    ),
    "Wat hebben we gedaan?": "What have we done?",
    "We volgen de richtlijnen van WCAG 2.2, niveau AA.": "We follow the WCAG 2.2 guidelines, level AA.",
    "We schrijven in eenvoudige taal (taalniveau B1).": "We write in plain language (language level B1).",
    "Alle pagina's en formulieren werken zonder JavaScript en met alleen het toetsenbord.": (
        "All pages and forms work without JavaScript and with just a keyboard."
    ),
    "Je kunt de tekst tot 200% vergroten zonder dat er iets wegvalt.": (
        "You can make the text up to 200% larger without losing anything."
    ),
    "We testen de website automatisch op toegankelijkheid, bij elke wijziging.": (
        "We test the website for accessibility automatically, with every change."
    ),
    "Wat werkt nog niet goed?": "What does not work well yet?",
    "Sommige oudere documenten (PDF) zijn niet gemaakt met toegankelijkheid in gedachten. Lukt het niet om een "
    "document te lezen? Vraag het secretariaat om een andere versie.": (
        "Some older documents (PDF) were not made with accessibility in mind. Cannot read a document? "
        "Ask the secretary for another version."
    ),
    "Loop je ergens tegenaan?": "Is something not working for you?",
    "Laat het ons weten via het secretariaat (zie de contactgegevens onderaan elke pagina). We antwoorden binnen "
    "2 weken en lossen het probleem zo snel mogelijk op.": (
        "Let the secretary know (see the contact details at the bottom of every page). We reply within 2 weeks "
        "and solve the problem as soon as we can."
    ),
}

# The name, the PO box and the postcode stay as they are (the post is delivered in Dutch); the line saying who
# the post is for is English, so no Dutch sentence is left on an English page.
# wagtail-localize shows the lines of a plain text field separated by <br/>.
_ADDRESS_SEGMENT = demo_texts.POSTAL_ADDRESS.replace("\n", "<br/>")
FOOTER = {
    "WIJ-raad Groningen": "WIJ-raad Groningen",
    _ADDRESS_SEGMENT: _ADDRESS_SEGMENT.replace("t.a.v. de ambtelijk secretaris", "Attn. the council secretary"),
}
