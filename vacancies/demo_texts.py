"""Texts of the vacancies demo content (Dutch, B1).

The profile is seed 000 (second part) with only PDF damage repaired; the recruitment text and
the procedure are seed 003, written for the WIJ-raad where the seed speaks of the municipality's
client council.
"""

# Seed 000, second part: "Wat moeten leden van de WIJ-raad in hun mars hebben?"
PROFILE_INTRO = "Wat moeten leden van de WIJ-raad in hun mars hebben?"
GENERAL_REQUIREMENTS = [
    "Je hebt persoonlijk ervaring met de ondersteuning door WIJ Groningen. Het liefst zelf, maar ook wettelijke "
    "vertegenwoordigers, familieleden of mantelzorgers kunnen reageren.",
    "Je behartigt de belangen van alle inwoners van de gemeente die met WIJ Groningen te maken hebben.",
    "Je ziet het verschil tussen de bewonersbelangen, persoonlijke belangen en de belangen van WIJ Groningen.",
    "Je kunt gesprekken voeren en goed samenwerken in een team; je kunt goed luisteren en respectvol optreden.",
    "Je kunt omgaan met vertrouwelijke informatie.",
    "Je bent in staat om beleidsnotities te lezen.",
    "Je hebt genoeg tijd en energie om je te verdiepen in ontwikkelingen en trends en het beleid van WIJ Groningen. "
    "Daarnaast kun je vergaderen, adviezen voorbereiden en een standpunt verwoorden.",
]
ADDITIONAL_REQUIREMENTS = [
    "Je kunt een stap terug doen om onderwerpen van een afstand te bekijken en de grote lijn of het totale proces "
    "te overzien.",
    "Specifieke expertise op een bepaald terrein is wenselijk (afhankelijk van de taakverdeling binnen de WIJ-raad, "
    "bijvoorbeeld kennis van zorg of onderwijs).",
    "Je bent beschikbaar voor een aaneengesloten periode van drie jaar.",
    "Je hebt goed contact met een WIJ-team om signalen op te vangen en onderwerpen op te halen.",
]
CHAIR_REQUIREMENTS_INTRO = "Voor de rol van voorzitter gelden nog een paar extra eisen."
CHAIR_REQUIREMENTS = [
    "Je geeft leiding aan de vergadering.",
    "Je stimuleert de leden tot een bijdrage.",
    "Je bouwt aan een functionele samenwerkingsrelatie met de bestuurder van WIJ Groningen.",
    "Je kunt de belangen van de WIJ-raad behartigen (onderhandelen, besluiten nemen).",
    "Je vertegenwoordigt de WIJ-raad, binnen WIJ Groningen en daarbuiten.",
    "Je hebt inzicht in de ontwikkelingen binnen WIJ Groningen.",
]
PRACTICAL_INFORMATION = (
    "<p>De WIJ-raad wordt om advies gevraagd over zaken die inwoners en WIJ Groningen raken. WIJ Groningen ziet "
    "de WIJ-raad als een belangrijke gesprekspartner, voor zowel gevraagd als ongevraagd advies. Een open dialoog "
    "is de basis voor de samenwerking tussen de WIJ-raad en WIJ Groningen.</p>"
    "<p>De WIJ-raad bepaalt zelf hoe vaak hij vergadert. Vergelijkbare raden vergaderen één keer per maand. "
    "De bestuurder van WIJ Groningen en de WIJ-raad vergaderen eens per twee maanden.</p>"
    "<p>Gemaakte onkosten in het kader van deelname aan de WIJ-raad worden door WIJ Groningen vergoed. "
    "WIJ Groningen biedt ondersteuning aan de WIJ-raad in de vorm van een ambtelijk secretaris.</p>"
)
PROFILE = [
    ("group", {"heading": "Algemene eisen", "intro": "", "requirements": GENERAL_REQUIREMENTS}),
    ("group", {"heading": "Aanvullende eisen", "intro": "", "requirements": ADDITIONAL_REQUIREMENTS}),
    (
        "group",
        {
            "heading": "Extra eisen voor de voorzitter",
            "intro": CHAIR_REQUIREMENTS_INTRO,
            "requirements": CHAIR_REQUIREMENTS,
        },
    ),
    ("text", {"heading": "Praktische informatie", "text": PRACTICAL_INFORMATION}),
]

# Who sits in the council.
COUNCIL_TITLE = "Wie zitten er in de WIJ-raad?"
COUNCIL_INTRO = "De leden van de WIJ-raad wonen in de gemeente Groningen en hebben zelf te maken met WIJ Groningen."
COUNCIL_BODY = [
    (
        "paragraph",
        "<p>De WIJ-raad kiest zelf nieuwe leden. Stichting WIJ Groningen benoemt hen, op voordracht van de "
        "WIJ-raad. Hieronder staan de leden die nu in de raad zitten.</p>",
    ),
]
# Clearly marked examples, so the number of open seats on the site is a real figure in the demo.
EXAMPLE_MEMBERS = [
    ("Anna de Vries (voorbeeld)", "voorzitter", "Ik woon in De Hoogte en ben mantelzorger voor mijn moeder."),
    ("Bram Jansen (voorbeeld)", "secretaris", "Ik heb zelf hulp gehad van een WIJ-team in Vinkhuizen."),
    ("Carla Bakker (voorbeeld)", "lid", "Ik let vooral op duidelijke brieven en goede informatie."),
    ("Dirk Mulder (voorbeeld)", "lid", "Als vader van twee tieners wil ik meepraten over jeugdhulp."),
    ("Esra Yilmaz (voorbeeld)", "lid", "Ik help buren met formulieren en weet waar mensen tegenaan lopen."),
    ("Frank Visser (voorbeeld)", "lid", "Ik vind dat iedereen op dezelfde manier geholpen moet worden."),
    ("Greet Smit (voorbeeld)", "lid", "Ik ben vrijwilliger in het buurthuis in Lewenborg."),
    ("Hamid El Amrani (voorbeeld)", "lid", "Privacy en een goede ontvangst bij WIJ vind ik belangrijk."),
]

# Seed 003: "Werving en Vacatures", for the WIJ-raad.
VACANCIES_INTRO = "Op elk moment kan iemand lid worden van de WIJ-raad. Misschien is dat iets voor jou?"
VACANCIES_BODY = [
    (
        "paragraph",
        "<p>Als de maximale termijn van een lid is bereikt, stopt dat lidmaatschap. Maar ook tussentijds kunnen "
        "leden stoppen, bijvoorbeeld omdat ze een (fulltime) baan hebben gekregen.</p>",
    ),
    (
        "paragraph",
        "<p>Het aantal leden van de WIJ-raad wisselt daardoor. Zo lang het maximum aantal leden niet is bereikt, "
        "is er eigenlijk sprake van een permanente vacature.</p>",
    ),
    (
        "paragraph",
        "<p>Thema's en onderwerpen die veel in de WIJ-raad aan de orde komen zijn de toegang tot en de kwaliteit "
        "van de ondersteuning, hoe inwoners worden bejegend (zowel schriftelijk als mondeling), duidelijke en "
        "eenduidige informatie, privacy, en de ontvangst bij WIJ Groningen.</p>",
    ),
    ("heading", {"text": "Wat zoeken we?", "level": "h2"}),
    (
        "paragraph",
        "<p>De WIJ-raad is voortdurend op zoek naar gemotiveerde mensen die willen meedenken en meepraten over "
        "het beleid van WIJ Groningen. Die ideeën hebben over hoe de ondersteuning beter kan en hoe daar zoveel "
        "mogelijk inwoners bij betrokken kunnen worden.</p>",
    ),
    (
        "paragraph",
        "<p>Kun je goed schrijven, of wil je helpen om de website bij te houden? Ook dan horen we graag van je.</p>",
    ),
    (
        "paragraph",
        "<p>De WIJ-raad is ingesteld door WIJ Groningen, maar is volstrekt onafhankelijk. De WIJ-raad geeft "
        "gevraagd en ongevraagd advies aan de bestuurder van WIJ Groningen.</p>",
    ),
    ("heading", {"text": "Spreekt je dit aan?", "level": "h2"}),
    (
        "paragraph",
        "<p>We horen graag van je en gaan graag met je in gesprek! Meld je aan via een van de vacatures hieronder. "
        "Heb je eerst een vraag? Mail dan gerust het secretariaat; het adres staat onderaan elke pagina.</p>",
    ),
]
PROCEDURE = [
    (
        "Kennismakingsgesprek",
        "<p>Je hebt eerst een kennismakingsgesprek met de voorzitter en de ambtelijk secretaris. "
        "In dat gesprek bespreken we wat je van elkaar verwacht.</p>",
    ),
    (
        "Gesprek met een delegatie van de WIJ-raad",
        "<p>Daarna volgt een gesprek met een paar leden van de WIJ-raad.</p>",
    ),
    (
        "Proefperiode van 3 maanden",
        "<p>Zijn jij en de WIJ-raad het over en weer eens? Dan begint een proefperiode van 3 maanden.</p>",
    ),
    (
        "Benoeming",
        "<p>Na de proefperiode heb je een gesprek met de voorzitter. Daarna benoemt Stichting WIJ Groningen je "
        "als lid, op voordracht van de WIJ-raad.</p>",
    ),
]
HOME_SECTION_TEXT = "Word lid van de WIJ-raad: lees welke plaatsen er vrij zijn en hoe je je aanmeldt."

WHAT_WE_OFFER = (
    "<ul>"
    "<li>Je praat mee over de ondersteuning van WIJ Groningen, voor en namens inwoners.</li>"
    "<li>De onkosten die je maakt voor de WIJ-raad krijg je vergoed door WIJ Groningen.</li>"
    "<li>De ambtelijk secretaris ondersteunt de WIJ-raad en helpt je op weg.</li>"
    "</ul>"
)
MEETING_RHYTHM = (
    "De WIJ-raad bepaalt zelf hoe vaak hij vergadert, meestal één keer per maand. "
    "Eens per twee maanden vergadert de WIJ-raad met de bestuurder van WIJ Groningen."
)
MEMBER_VACANCY = {
    "title": "Lid van de WIJ-raad",
    "intro": "Heb je ervaring met de ondersteuning van WIJ Groningen en wil je meepraten over het beleid? "
    "Word dan lid van de WIJ-raad.",
    "what_we_ask": (
        "<p>Je hebt zelf ervaring met de ondersteuning door WIJ Groningen, of als familielid, mantelzorger of "
        "wettelijk vertegenwoordiger. Je kunt goed luisteren, samenwerken en omgaan met vertrouwelijke informatie. "
        "Je hebt tijd om beleidsnotities te lezen en te vergaderen.</p>"
    ),
}
CHAIR_VACANCY = {
    "title": "Voorzitter van de WIJ-raad",
    "intro": "Wil je de vergaderingen van de WIJ-raad leiden en de raad vertegenwoordigen? "
    "Dan zoeken we jou als voorzitter.",
    "what_we_ask": (
        "<p>Je voldoet aan de eisen voor alle leden. Daarnaast geef je leiding aan de vergadering, stimuleer je de "
        "leden tot een bijdrage en bouw je aan een goede samenwerking met de bestuurder van WIJ Groningen. "
        "Je vertegenwoordigt de WIJ-raad, binnen WIJ Groningen en daarbuiten.</p>"
    ),
}
