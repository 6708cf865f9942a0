"""Seed 002: the letter of the city executive on citizen participation and the WIJ-raad.

The text has no date of its own: it follows the progress report of 25 October 2017 and looks ahead to
19 December 2017. Only PDF damage is repaired; the headings make it easier to read. The source names a civil
servant with a (garbled) personal address; the site publishes neither.
"""

import datetime

PAGE = {
    "type": "news.NewsPage",
    "parent": "nieuws",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "date": datetime.date(2017, 12, 12),
        "category": {"slug": "nieuws"},
        "intro": "{intro}",
        "body": [
            ("paragraph", "<p>{body_1}</p>"),
            ("heading", {"text": "{body_2}", "level": "h2"}),
            ("paragraph", "<p>{body_3}</p>"),
            ("list", {"ordered": False, "items": ["{body_4}", "{body_5}"]}),
            ("paragraph", "<p>{body_6}</p><p>{body_7}</p><p>{body_8}</p><p>{body_9}</p>"),
            ("heading", {"text": "{body_10}", "level": "h2"}),
            ("paragraph", "<p>{body_11}</p><p>{body_12}</p>"),
            ("heading", {"text": "{body_13}", "level": "h2"}),
            ("paragraph", "<p>{body_14}</p>"),
            ("heading", {"text": "{body_15}", "level": "h2"}),
            ("paragraph", "<p>{body_16}</p>"),
            ("heading", {"text": "{body_17}", "level": "h2"}),
            ("paragraph", "<p>{body_18}</p><p>{body_19}</p><p>{body_20}</p><p>{body_21}</p>"),
        ],
        "tags": ["WIJ-raad", "burgerparticipatie"],
    },
}

TEXT = {
    "slug": {
        "nl": "brief-burgerparticipatie-en-de-wij-raad",
        "en": "letter-about-citizen-participation-and-the-wij-raad",
    },
    "title": {
        "nl": "Brief van het college over burgerparticipatie en de WIJ-raad",
        "en": "Letter from the Mayor and Aldermen about citizen participation and the WIJ-raad",
    },
    "intro": {
        "nl": (
            "Het college van burgemeester en wethouders schreef de gemeenteraad over de inspraak van inwoners "
            "bij WIJ Groningen. Er komt een stedelijke WIJ-raad met elf tot dertien leden."
        ),
        "en": (
            "The Mayor and Aldermen wrote to the city council about how residents get a say at WIJ Groningen. "
            "There will be a city-wide WIJ-raad with eleven to thirteen members."
        ),
    },
    "body_1": {
        "nl": (
            "Als vervolg op de derde voortgangsrapportage over Stichting WIJ Groningen 2018 (kenmerk 6545855), "
            "d.d. 25 oktober 2017 informeren wij u in deze brief specifiek over de afspraken die wij gemaakt "
            "hebben met de stichting over burgerparticipatie. Stichting WIJ Groningen (hierna WIJ Groningen) is "
            "een feit, per 1 januari 2018 treedt het personeel in dienst van de stichting en hiermee komt WIJ "
            "Groningen op afstand van de gemeente. Voorafgaand hieraan leggen wij op 19 december formeel de "
            "afspraken voor 2018 vast in een uitvoeringsovereenkomst met WIJ Groningen. Met deze afspraken banen "
            "wij het pad om tot een nadere invulling te komen van de onderwerpen zeggenschap en "
            "burgerparticipatie binnen WIJ Groningen. In deze brief geven wij de beleidsmatige richting aan en "
            "in het voorjaar van 2018 komen wij met een verdere invulling van de zeggenschap en participatie van "
            "burgers binnen WIJ Groningen."
        ),
        "en": (
            "Following the third progress report on Stichting WIJ Groningen 2018 (reference 6545855), dated 25 "
            "October 2017, this letter tells you specifically about the agreements we made with the foundation "
            "on citizen participation. Stichting WIJ Groningen (from here on: WIJ Groningen) now exists. From 1 "
            "January 2018 the staff will work for the foundation, and from then on WIJ Groningen works at a "
            "distance from the municipality. Before that, on 19 December, we will formally record the agreements "
            "for 2018 in an implementation agreement with WIJ Groningen. With these agreements we prepare the "
            "way to work out in more detail how citizens get a say and take part within WIJ Groningen. In this "
            "letter we set out the direction of our policy. In spring 2018 we will tell you more about how "
            "citizens will have a say and take part within WIJ Groningen."
        ),
    },
    "body_2": {"nl": "De opdracht aan WIJ Groningen", "en": "The assignment for WIJ Groningen"},
    "body_3": {
        "nl": (
            "In de 'Nota Governance, organisatie en rechtsvorm WIJ Groningen 2018' (24 november 2016) "
            "formuleerden wij de coöperatieve opdracht aan WIJ Groningen, gericht op participatie, invloed en "
            "zeggenschap van de burgers van de stad Groningen, als volgt:"
        ),
        "en": (
            "In our policy paper on the governance, organisation and legal form of WIJ Groningen 2018 (24 "
            "November 2016) we described the cooperative assignment for WIJ Groningen, aimed at the "
            "participation, influence and say of the citizens of the city of Groningen, as follows:"
        ),
    },
    "body_4": {
        "nl": (
            "geef samen met de gebiedsteams, inwoners, andere maatschappelijke partijen en de gemeente, vorm aan "
            "een stelsel van goede preventieve, collectieve voorzieningen in de stad;"
        ),
        "en": (
            "together with the area teams, residents, other organisations in society and the municipality, build "
            "a system of good preventive, collective services in the city;"
        ),
    },
    "body_5": {
        "nl": (
            "ontwikkel samen met de wijkbewoners formele en informele vormen, waarin de participatie, invloed en "
            "zeggenschap van wijkbewoners in de wijk en binnen WIJ Groningen centraal staat."
        ),
        "en": (
            "together with the residents of the neighbourhoods, develop formal and informal ways of working in "
            "which the participation, influence and say of residents in their neighbourhood and within WIJ "
            "Groningen come first."
        ),
    },
    "body_6": {
        "nl": (
            "Aan deze coöperatieve opdracht hebben wij een aantal afspraken over resultaten gekoppeld. Om "
            "maatschappelijk draagvlak te creëren hebben wij bij het ontwikkelen van deze afspraken advies en "
            "input gevraagd aan Stadadviseert. Dit leidde tot nieuwe inzichten over onze aanpak en de te behalen "
            "resultaten. In september hebben wij samen met Stadadviseert een effectensessie uitgevoerd. De "
            "uitkomst van deze sessie is verwerkt in de opdracht aan WIJ Groningen. Met Stadadviseert is "
            "afgesproken om ook in de komende jaren structureel overleg te voeren over vraagstukken die spelen "
            "rond WIJ Groningen."
        ),
        "en": (
            "We linked a number of agreements about results to this cooperative assignment. To build support in "
            "society, we asked Stadadviseert for advice and input while we developed these agreements. This led "
            "to new insights into our approach and the results to achieve. In September we held a session on "
            "effects together with Stadadviseert. The outcome of this session is part of the assignment for WIJ "
            "Groningen. We agreed with Stadadviseert to keep meeting regularly in the coming years about issues "
            "around WIJ Groningen."
        ),
    },
    "body_7": {
        "nl": (
            "Eén van de resultaten die wij willen behalen hebben betrekking op eigen kracht en zelfregie. "
            "Inwoners moeten in staat gesteld worden maximaal regie te blijven voeren over hun eigen leven. Dit "
            "is een voorwaarde voor zeggenschap en burgerparticipatie."
        ),
        "en": (
            "One of the results we want to achieve is about people's own strength and being in charge of their "
            "own lives. Residents must be enabled to stay in control of their own lives as much as possible. "
            "This is a condition for having a say and for citizen participation."
        ),
    },
    "body_8": {
        "nl": (
            "Daarnaast hebben wij de afspraak gemaakt met WIJ Groningen om een instrument te ontwikkelen waarmee "
            "inwoners hun ervaringen kunnen delen over het contact met WIJ Groningen. Op basis van deze vorm van "
            "burgerparticipatie kan WIJ Groningen haar dienstverlening verbeteren."
        ),
        "en": (
            "We also agreed with WIJ Groningen that it will develop a tool that residents can use to share their "
            "experiences of their contact with WIJ Groningen. Based on this form of citizen participation, WIJ "
            "Groningen can improve its services."
        ),
    },
    "body_9": {
        "nl": (
            "Los van deze resultaatsafspraken wordt vanaf 2018 via waarderend onderzoek van het Stadspanel "
            "gemeten hoe de inwoners WIJ Groningen beoordelen op het vlak van bereikbaarheid, bekendheid, "
            "vindbaarheid, zeggenschap en het open staan voor burgerinitiatieven. De uitkomsten van dit "
            "waarderend onderzoek bepalen mede het toekomstige WIJ beleid en de hieraan gekoppelde uitvoering."
        ),
        "en": (
            "Apart from these agreements on results, from 2018 a survey by the Stadspanel (the city's panel of "
            "residents) will measure how residents rate WIJ Groningen: how easy it is to reach, how well known "
            "it is, how easy it is to find, how much say residents have, and how open it is to citizens' "
            "initiatives. The results of this survey help to shape the future WIJ policy and the way it is "
            "carried out."
        ),
    },
    "body_10": {"nl": "De WIJ-raad", "en": "The WIJ-raad"},
    "body_11": {
        "nl": (
            "WIJ Groningen gaat een stedelijke WIJ-raad instellen die de belangen behartigt van inwoners, die "
            "een beroep doen op ondersteuning van WIJ Groningen, met specifieke aandacht voor de jeugdigen. Er "
            "zijn meerdere bijeenkomsten geweest met Stadadviseert over de inrichting van en het profiel voor "
            "leden van de WIJ-raad. Ook zijn gezamenlijk wervingsteksten voor de leden opgesteld. Op basis van "
            "deze bijeenkomsten is het volgende profiel vastgesteld. De WIJ-raad bestaat uit minimaal elf en "
            "maximaal dertien leden, waarvan het merendeel woont in de stad Groningen. De leden van de WIJ-raad "
            "worden benoemd door Stichting WIJ op voordracht van de WIJ-raad. De selectie van kandidaten gebeurt "
            "door de WIJ-raad. De inwoners van Groningen kunnen hiermee formeel invloed uitoefenen op het beleid "
            "van WIJ Groningen."
        ),
        "en": (
            "WIJ Groningen will set up a city-wide WIJ-raad that stands up for the interests of residents who "
            "ask WIJ Groningen for support, with special attention to young people. There were several meetings "
            "with Stadadviseert about how to set up the WIJ-raad and about the profile for its members. Together "
            "we also wrote texts to recruit members. Based on these meetings, the following profile was agreed. "
            "The WIJ-raad has at least eleven and at most thirteen members. Most of them live in the city of "
            "Groningen. Stichting WIJ appoints the members of the WIJ-raad on the proposal of the WIJ-raad. The "
            "WIJ-raad selects the candidates. In this way the residents of Groningen can formally influence the "
            "policy of WIJ Groningen."
        ),
    },
    "body_12": {
        "nl": (
            "Aanvullend op de WIJ-raad heeft WIJ Groningen de intentie om per WIJ-team inspraak van inwoners te "
            "regelen. Momenteel krijgt dit in verschillende WIJ-teams al vorm. Ook wil de stichting de komende "
            "tijd inwoners betrekken bij de toekomstvisie van WIJ Groningen."
        ),
        "en": (
            "In addition to the WIJ-raad, WIJ Groningen intends to give residents a say in each WIJ team. "
            "Several WIJ teams are already putting this into practice. In the coming period the foundation also "
            "wants to involve residents in its vision for the future of WIJ Groningen."
        ),
    },
    "body_13": {"nl": "Toolbox burgerparticipatie", "en": "Citizen participation toolbox"},
    "body_14": {
        "nl": (
            "Samen met Stadadviseert en WIJ Groningen ontwikkelen we op dit moment een digitale 'toolbox "
            "burgerparticipatie' die medewerkers van de WIJ-teams en de gemeente ondersteunt bij het organiseren "
            "en versterken van participatie en zeggenschap van inwoners. Deze toolbox bevat een lijst van "
            "ambassadeurs (meedenkers) en een overzicht van mogelijke werkvormen en methoden. Hiermee krijgen de "
            "medewerkers van WIJ Groningen de beschikking over concrete handvatten waarmee ze de "
            "burgerparticipatie en zeggenschap kunnen vergroten."
        ),
        "en": (
            "Together with Stadadviseert and WIJ Groningen, we are now developing a digital 'citizen "
            "participation toolbox'. It helps the staff of the WIJ teams and the municipality to organise and "
            "strengthen the participation and say of residents. The toolbox has a list of ambassadors (people "
            "who think along) and an overview of possible ways and methods of working. This gives the staff of "
            "WIJ Groningen practical tools to increase citizen participation and the say of residents."
        ),
    },
    "body_15": {"nl": "Gebiedsgericht werken", "en": "Working by area"},
    "body_16": {
        "nl": (
            "Burgerparticipatie bij Stichting WIJ Groningen kan niet los worden gezien van het gebiedsgericht "
            "werken. Binnen de gebiedsgerichte aanpak zijn drie actoren actief; de wijkwethouders, de "
            "gebiedsteams en de WIJ-teams. Via de gebiedsteams worden ideeën en initiatieven vanuit de wijk "
            "samengebracht met de opgaven van de gemeente. De gebiedsteams stellen samen met wijkbewoners, "
            "(maatschappelijke) organisaties en ondernemers de wijkagenda op. In de wijkagenda wordt bepaald aan "
            "welke vraagstukken en kansen gewerkt gaat worden. In het gebiedsprogramma wordt vastgelegd hoe dat "
            "gebeurt en hoeveel budget er beschikbaar is. De WIJ-teams zijn door hun positie in de "
            "gebiedsgerichte aanpak een belangrijke speler in de ontwikkeling van burgerbetrokkenheid in de stad "
            "Groningen."
        ),
        "en": (
            "Citizen participation at Stichting WIJ Groningen cannot be seen apart from working by area. Three "
            "parties are active in the area-based approach: the neighbourhood aldermen, the area teams and the "
            "WIJ teams. Through the area teams, ideas and initiatives from the neighbourhood are brought "
            "together with the tasks of the municipality. The area teams draw up the neighbourhood agenda "
            "together with residents, organisations (in society) and businesses. The neighbourhood agenda sets "
            "out which issues and opportunities will be worked on. The area programme records how this is done "
            "and how much budget there is. Because of their place in the area-based approach, the WIJ teams play "
            "an important part in getting citizens more involved in the city of Groningen."
        ),
    },
    "body_17": {"nl": "Tot slot", "en": "Finally"},
    "body_18": {
        "nl": (
            "Resumerend is de effectuering van burgerparticipatie in de stad Groningen in volle gang. De nieuwe "
            "organisatie WIJ Groningen heeft de opdracht, de middelen en de kans om burgerparticipatie en "
            "zeggenschap van inwoners te realiseren en onderdeel te maken van het leven in de wijken. Als "
            "opdrachtgever sturen wij deze ontwikkeling vanuit onze ervaring met burgerparticipatie en "
            "faciliteren wij samen met WIJ Groningen en andere partijen dat burgerparticipatie en zeggenschap "
            "concreet gestalte krijgen. In het voorjaar van 2018 informeren wij uw Raad nader over de verdere "
            "invulling."
        ),
        "en": (
            "In short, putting citizen participation into practice in the city of Groningen is well under way. "
            "The new organisation WIJ Groningen has the assignment, the means and the chance to make citizen "
            "participation and the say of residents a reality, and part of life in the neighbourhoods. As the "
            "party that gives the assignment, we steer this development from our experience with citizen "
            "participation. Together with WIJ Groningen and other parties, we help citizen participation and the "
            "say of residents take concrete shape. In spring 2018 we will tell your Council more about how this "
            "will be worked out."
        ),
    },
    "body_19": {
        "nl": (
            "Raadsleden die geïnteresseerd zijn in de tekst van de opdracht aan WIJ Groningen kunnen deze "
            "opvragen bij de gemeente Groningen, via wij-opdracht@gemeente.example.org."
        ),
        "en": (
            "Council members who are interested in the text of the assignment for WIJ Groningen can ask the "
            "municipality of Groningen for it, via wij-opdracht@gemeente.example.org."
        ),
    },
    "body_20": {
        "nl": "Met vriendelijke groet,<br/>burgemeester en wethouders van Groningen,",
        "en": "Kind regards,<br/>the Mayor and Aldermen of Groningen,",
    },
    "body_21": {
        "nl": "de burgemeester, Peter den Oudsten<br/>de secretaris, Peter Teesink",
        "en": "the Mayor, Peter den Oudsten<br/>the Secretary, Peter Teesink",
    },
}
