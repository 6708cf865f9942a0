"""Texts of the news demo content, taken from the council's source documents (seeds 001, 002 and 004).

Only PDF damage is repaired (broken lines, stray bullets, split words). The headings in the long letters
are there to make them easier to read; the wording of the letters is unchanged.
"""

import datetime


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def h3(text):
    return ("heading", {"text": text, "level": "h3"})


def p(*paragraphs):
    """One text block; several paragraphs stay together (e.g. a question and its answer)."""
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def ul(*items):
    return ("list", {"ordered": False, "items": list(items)})


def ol(*items):
    return ("list", {"ordered": True, "items": list(items)})


INDEX_TITLE = "Nieuws"
INDEX_INTRO = "Berichten, adviezen, verslagen en bijeenkomsten van en over de WIJ-raad."
HOME_SECTION_TEXT = "Nieuws, adviezen, verslagen en bijeenkomsten."

# (slug, name, sort order): the categories the secretary starts with. She can edit them in the admin.
CATEGORIES = [
    ("nieuws", "Nieuws", 1),
    ("advies", "Advies", 2),
    ("verslag", "Verslag", 3),
    ("agenda", "Agenda", 4),
]

# Seed 001: the letter of Stadadviseert, with the reports of its three meetings (the attachment) as sections.
ADVICE_SLUG = "advies-stadadviseert-over-wij-groningen"
ADVICE_TITLE = "Advies van Stadadviseert over WIJ Groningen en de WIJ-raad"
ADVICE_DATE = datetime.date(2016, 12, 5)
ADVICE_CATEGORY = "advies"
ADVICE_TAGS = ["Stadadviseert", "WIJ-raad"]
ADVICE_INTRO = (
    "Inwoners van de stedelijke adviesgroep van Stadadviseert praatten in 2016 drie keer met ambtenaren over "
    "WIJ Groningen. Op 5 december 2016 stuurden zij hun advies. Hier leest u de brief en de verslagen."
)
ADVICE_BODY = [
    p("Groningen, 5 december 2016"),
    p("Geachte heer Schroor,"),
    p(
        "In mei, augustus en november hebben deelnemers van de stedelijke adviesgroep van Stadadviseert en "
        "ambtenaren met elkaar gesproken over de ontwikkeling van WIJ Groningen. Deze gesprekken hadden een open, "
        "oriënterend karakter. Wij sturen u hierbij een beknopte weergave van de inzichten en adviezen uit deze "
        "drie bijeenkomsten. De afzonderlijke terugkoppelingen vindt u in de bijlage."
    ),
    p("De vragen die tijdens deze bijeenkomsten centraal stonden hebben betrekking op:"),
    ol(
        "De verwachtingen en behoeften ten aanzien van de WIJ-teams;",
        "Betrokkenheid van bewoners bij WIJ en wat er in hun wijk gebeurt (meedenken, meebeslissen en meedoen);",
        "De rol en taken van de op te richten WIJ-raad.",
    ),
    h2("1. De verwachtingen en behoeften ten aanzien van de WIJ-teams"),
    p(
        "De deelnemers wensen dat WIJ-teams laagdrempelig, toegankelijk en zichtbaar zijn en belangeloos, "
        "ontschot en met samenhang werken vanuit een aantrekkelijk, toegankelijk gebouw op een centrale plek in de "
        "wijk. De WIJ-teams krijgen een keur aan vragen, van informatief tot crisissituaties, waarbij voorkomen "
        "moet worden dat vragers van het kastje naar de muur gestuurd worden. Van het WIJ-team wordt verwacht dat "
        "zij met begrip en respect vraaggericht werken, faciliteren, duidelijke antwoorden geven en concrete, "
        "praktische afspraken maken. Dit vraagt om medewerkers met een brede functie. De wens is ook dat de "
        "WIJ-teams oog hebben voor de verschillende kenmerken van de wijken en actief naar bewoners toe gaan, "
        "inclusief doelgroepen.",
        "Voor het functioneren van de WIJ-teams is helderheid nodig over: “Van wie is het, voor wie is het, "
        "waarvoor kun je bij WIJ terecht?”. Dit is op dit moment nog niet voor iedereen duidelijk. Deelnemers van "
        "de stedelijke adviesgroep van Stadadviseert vragen zich ook af waar bij de WIJ-teams de scheiding ligt "
        "tussen vrijwilligers en betaalde professionals. Beide partijen zijn van belang en voor een goede "
        "samenwerking is helderheid over de rolverdeling gewenst.",
        "De toegankelijkheid van de WIJ-teams kan onderverdeeld worden in fysieke toegankelijkheid, mentale "
        "toegankelijkheid en (stadsbrede) uniforme toegankelijkheid. Hierbij komt ook al gauw de verhouding tot de "
        "gebiedsteams ter sprake. Hoe kan een duidelijk onderscheid aangebracht worden tussen de WIJ-teams en de "
        "gebiedsteams, of is het wenselijk een gezamenlijke laagdrempelige toegang in te richten?",
    ),
    h2(
        "2. Betrokkenheid van bewoners bij WIJ en wat er in hun wijk gebeurt "
        "(wijze van meedenken, meebeslissen en meedoen)"
    ),
    p(
        "In het kader van “De samenleving maak je met elkaar” hebben de deelnemers een aantal punten benoemd die "
        "niet alleen betrekking hebben op WIJ, maar ook op de betrokkenheid van bewoners op wijkniveau.",
        "Zij stellen voor de betrokkenheid van bewoners te concretiseren door als bewoners, professionals en "
        "vrijwilligers een wijkplan en een wijkagenda op te stellen. Dit inclusief prioriteitstelling. Hierbij "
        "worden o.a. de activiteiten van vrijwillige organisaties, plannen van wijkraden, WIJ-teams, gemeentelijke "
        "gebiedsteams, woningbouwverenigingen, de inrichting van de openbare ruimte en het aanbod van "
        "professionals per wijk op elkaar afgestemd. Deze samenwerking biedt ook input voor de WIJ-teams, erkent "
        "het belang van vrijwilligers en past bij de ontwikkeling dat inwoners meer een regierol krijgen terwijl "
        "de gemeente meer dienend en faciliterend wordt. In de plannen moet ook opgenomen worden hoe om te gaan "
        "met mensen die minder zelfredzaam zijn.",
        "Daarnaast stellen de deelnemers voor straatambassadeurs in te zetten als "
        "intermediairs/vertrouwenspersonen. Zij kunnen bewoners enthousiasmeren en tegelijkertijd een preventieve, "
        "signalerende rol vervullen.",
        "Ook het verbinden met organisaties en activiteiten in wijken is van belang. Dit om bestaande kennis en "
        "ervaring te betrekken bij de ontwikkelingen in de wijk, als erkenning van de kracht en inspanningen van "
        "inwoners die al actief zijn en om vroegtijdig signalen op te vangen. Themabijeenkomsten, zowel op wijk- "
        "als stadsniveau, kunnen hieraan bijdragen.",
        "Goede informatievoorziening, communicatie en toegankelijkheid zijn essentieel en dragen bij aan zowel het "
        "vertrouwen als aan de betrokkenheid van de bewoners. Dit gaat o.a. om het tijdig bekend maken van plannen "
        "zodat bewoners zich hierover uit kunnen spreken, inzage in bestaand aanbod in de wijk, waar men terecht "
        "kan met vragen, signalen en ideeën én inzage krijgt in wat hiermee is gedaan en het gebruik van "
        "verschillende communicatiekanalen (bijvoorbeeld zowel de wijkkrant als digitale media).",
    ),
    h2("3. De rol en taken van de op te richten WIJ-raad"),
    p(
        "Tijdens de bijeenkomst van 24 november 2016 zijn de deelnemers kort geïnformeerd over de algemene "
        "voortgang en doelen van het project, waaronder de voorgenomen juridische vorm. Dit is de presentatie die "
        "ook op 15 november aan de Gemeenteraad is gegeven. De deelnemers zijn hierbij geïnformeerd over de "
        "WIJ-raad, die is omschreven als een algemene raad op stadsniveau. De WIJ-raad is inhoudelijk aan de tafels "
        "besproken, waarbij de deelnemers ook de gelegenheid kregen om te reageren op de totale presentatie.",
        "De deelnemers zien als rol en doel van de WIJ-raad het behartigen van de (collectieve) belangen van "
        "stadjers, met name cliënten van WIJ Groningen. Hierbij hoort het in kaart brengen van de belangen van de "
        "doelgroepen en het leggen van verbindingen met organisaties en activiteiten in de wijken.",
        "Er wordt verwacht dat er een selectieprofiel wordt opgesteld voor de leden van de WIJ-raad, waarbij als "
        "criteria worden genoemd: met enige afstand/overstijgend kunnen denken, enige humor, frisse nieuwe "
        "gezichten, deelname voor langere vastgestelde periode en verbinding hebben met de WIJ-teams om signalen op "
        "te vangen en thema's op te halen. Nadere aandacht verdient de afweging tussen deskundigheid en "
        "betrokkenheid en in hoeverre het noodzakelijk is om deelnemers met specifieke deskundigheid aan te "
        "trekken. Geopperd wordt dat vanuit ieder WIJ-team een burger deelneemt aan de WIJ-raad. Ook wordt "
        "voorgesteld in ieder gebiedsteam een lid van de WIJ-raad op te nemen.",
        "Overleg met de WIJ bestuurder/wethouder, WIJ-teams en andere steden uit de benchmark wordt gezien als deel "
        "van de taken. Mogelijke onderwerpen van de WIJ-raad zijn strategie, inrichting en vraaggericht werken, "
        "wet- en regelgeving, mantelzorg, dagbesteding, dialoog, van elkaar leren als WIJ en cliënten, het entree "
        "proces van WIJ en de ambassadeurs op wijkniveau. Verwacht wordt dat de WIJ-raad goed wordt ondersteund "
        "vanuit WIJ-Groningen, een onafhankelijke voorzitter heeft, beschikt over een huishoudelijke reglement en "
        "werkt met een concrete agenda en werkplan.",
    ),
    h2("Algemeen"),
    p(
        "De stedelijke adviesgroep van Stadadviseert adviseert haar verder te betrekken bij de ontwikkeling van WIJ "
        "Groningen, waaronder de zeggenschap en toegankelijkheid, zodat zij bij kan dragen aan de concrete "
        "uitwerking van deze nieuwe organisatie. Om deze rol optimaal te vervullen is het van belang de groep te "
        "voorzien van heldere informatie, inclusief doel van een bijeenkomst, de kaders en het proces rond de WIJ "
        "organisatie.",
        "Mocht u vragen of opmerkingen hebben naar aanleiding van deze brief, dan horen wij dit graag.",
        "Met vriendelijke groet,<br/>Mark Sekuur en Astrid Boelmans<br/>Kwartiermakers Stadadviseert",
    ),
    # The attachment: the reports of the three meetings.
    h2("Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 mei 2016"),
    p(
        "Verslag van de plenaire terugkoppeling van de tafelgesprekken tijdens de brede bijeenkomst van de "
        "stedelijke adviesgroep van Stadadviseert. Per tafel werd verslag uitgebracht door een van de inwoners, "
        "waarna een reactie van de betrokken ambtenaar volgde. Voor het gemak staan de vragen genoteerd onder het "
        "onderwerp.",
        "De gestelde vragen over WIJ Groningen zijn:",
    ),
    ol(
        "Waarvoor zou u naar een WIJ-team gaan of contact zoeken met één van de medewerkers van een WIJ-team?",
        "Wat verwacht u van een WIJ-team als u met die vraag bij hen komt?",
        "Stel, u hebt een bepaalde expertise of idee waarmee u wilt bijdragen aan het WIJ-team of aan uw buurt, "
        "wat heeft u dan nodig of wat vindt u belangrijk als u iets wilt doen voor uw wijk en aanklopt bij het "
        "WIJ-team?",
        "Hoe wilt u betrokken worden bij de beslissingen die WIJ-teams nemen?",
        "Denkt u dat inwoners zelf WIJ-taken kunnen uitvoeren?",
    ),
    h3("Samenvatting van het tafelgesprek (tafel 1)"),
    p("Wat wil je als je bij een WIJ-team komt?"),
    ul(
        "Duidelijke antwoorden, concrete en praktische afspraken.",
        "Afgestemd op de doelgroep.",
        "Begrip, respect en gehoord worden.",
        "Laagdrempelig en toegankelijk.",
        "Ruimte en faciliteiten in aanbod.",
        "Belangeloos/ontschotten.",
        "Ad hoc versus bureaucratie: meer samenhang en minder bureaucratisch.",
    ),
    p(
        "<b>Reactie Alfons Boer (gemeente Groningen):</b>",
        "We hebben vijf vragen geformuleerd rondom dit thema en het was best spannend welke antwoorden op die "
        "vragen zouden komen. In een heel enthousiaste groep is op elke vraag geantwoord en zo hebben we heel veel "
        "informatie gekregen in korte tijd, waarvoor dank. Alfons geeft de groep een groot compliment hiervoor.",
        "Vragen als: 'hoe wil je te woord gestaan worden', 'hoe wil je ontvangen worden' en 'hoe kun je elkaar "
        "helpen en ondersteunen' zijn erg belangrijk, want je verdient namelijk al respect omdat je over de drempel "
        "stapt van een WIJ-team.",
    ),
    h3("Samenvatting van het tafelgesprek (tafel 2)"),
    p(
        "Er was een levendige discussie aan tafel en er zijn mooie gesprekken gevoerd. We hebben alle vijf de "
        "vragen besproken:",
        "<b>Vraag 1:</b> Het WIJ-team moet zichtbaar in de wijk aanwezig zijn, als een bruisend hart in de wijk. Je "
        "moet met al je vragen terecht kunnen bij het WIJ-team. Daarbij kunnen ook persoonlijke dingen los komen, "
        "of er kan sprake zijn van een crisissituatie. De WIJ-medewerkers hebben dan ook een heel brede functie. Je "
        "moet vooral niet van het kastje naar de muur gestuurd worden.",
        "<b>Vraag 2:</b> Het WIJ-team moet bereikbaar zijn, liefst 24 uur per dag, 7 dagen per week. Het WIJ-team "
        "moet toegankelijk zijn, faciliterend en outreachend te werk gaan. Ga naar de mensen toe, ga de wijk in. "
        "Wil je bijvoorbeeld ouderen bereiken? Zoek ze dan op. Organiseer de WIJ-teams los van de gemeente vanwege "
        "o.a. de regelgeving.",
        "<b>Vraag 3:</b> Het WIJ-team zou een eigen budget moeten hebben voor kleine of grote uitgaven. Durf los te "
        "laten, ga omdenken, mensen weten meestal zelf goed wat ze nodig hebben. Stadjers kunnen een hoop zelf! "
        "Werk vraaggericht. Ook is het belangrijk om per wijk te focussen, want elke wijk is anders. En zorg voor "
        "een aantrekkelijk gebouw op een centrale plek in de wijk. De Semmelstee is een mooi voorbeeld.",
        "<b>Vraag 4:</b> Over deze vraag waren de meningen aan tafel erg verdeeld. Er zal vanuit de gemeente en de "
        "raad gekaderd moeten worden. Wat doet het WIJ-team wel en wat niet? Waar is de grens tussen de gemeente en "
        "het WIJ-team? Wat is voor de gemeente en wat is voor de wijken? Professionals zouden moeten leren om "
        "kennis over te dragen aan de wijk en mensen meer moeten betrekken bij hun plannen.",
        "<b>Vraag 5:</b> Hier kwam de groep niet helemaal uit. Preventie en verbinden zijn sleutelwoorden. Zo zijn "
        "sportverenigingen heel toegankelijk en ze hebben al een verbindende werking in de wijk. Voor de "
        "medewerkers geldt: ga de wijk in, om te horen wat er speelt en ook om mensen te treffen die je anders niet "
        "tegenkomt, bijvoorbeeld bij moestuinen.",
    ),
    p(
        "<b>Reactie van Thea Sytsma (gemeente Groningen):</b>",
        "Allereerst complimenten voor de goede terugkoppeling. We hebben veel input gekregen die erg waardevol is "
        "en er waren veel ideeën en verrassende uitkomsten. Zo wilde iemand wel intermediair zijn bij "
        "huisbezoeken; dat is een mooi voorstel. Alle input en tips worden meegenomen in de uitwerking en ik vraag "
        "jullie of je a.u.b. betrokken wilt blijven bij dit project het komende halfjaar.",
    ),
    h2("Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 augustus 2016"),
    p(
        "WIJ Groningen is een organisatie van 29 partijen (veelal zorg- en welzijnsaanbieders) die samen met de "
        "gemeente Groningen in de wijken actief zijn. De gemeenteraad heeft op 29 juni 2016 besloten dat WIJ "
        "Groningen buiten de gemeente wordt geplaatst. Dit proces moet begin 2018 klaar zijn. Vanaf dat moment is "
        "een andere partij dan de gemeente Groningen verantwoordelijk voor alle taken die de WIJ-teams uitvoeren. "
        "Eind 2016 neemt de raad een beslissing over de juridische vorm van WIJ Groningen. Een vraag die daarbij "
        "hoort is: hoe zorgen we ervoor dat bewoners betrokken zijn bij WIJ Groningen? Oftewel: hoe kunnen zij "
        "meedenken en meepraten, bijvoorbeeld over het WIJ-team bij hen in de buurt?",
        "De ambtenaren die zich bezighouden met het maken van beleid voor WIJ Groningen hebben aan Stadadviseert "
        "gevraagd om hierover in gesprek te gaan. Dit heeft ertoe geleid dat de leden van de stedelijke adviesgroep "
        "van Stadadviseert zijn uitgenodigd voor een twee uur durende bijeenkomst op 24 augustus 2016. Van de 56 "
        "inwoners die deelnemen aan de stedelijke adviesgroep hebben 17 personen gereageerd dat zij graag "
        "betrokken worden bij dit onderwerp. Door de samenval met vakanties en andere omstandigheden waren "
        "8 personen aanwezig.",
    ),
    h3("Aanwezigen"),
    ul(
        "Acht inwoners van de gemeente Groningen die lid zijn van de stedelijke adviesgroep.",
        "Drie ambtenaren die zich bezighouden met WIJ Groningen: Alfons Boer, Annette Broekens en Roel Gosker.",
        "Drie aanwezigen vanuit partnerorganisaties die rechtstreeks door ambtenaren van de WIJ organisatie waren "
        "uitgenodigd: Maria Bolt, adviseur transitie arrangement MEE, Anja Aaldering, Directeur / Bestuurder MJD "
        "Groningen, Klaas Steenhuis Transitiemanager sociale wijkteams MJD Groningen.",
        "Twee gespreksbegeleiders: Alice Bijker en Maaike Luttik.",
        "Drie aanwezigen vanuit Stadadviseert: Fenna Moene, gemeenteambtenaar, en de externe kwartiermakers Mark "
        "Sekuur en Astrid Boelmans.",
    ),
    h3("Aanpak"),
    p(
        "Na een inleidende quiz met concrete vragen over WIJ Groningen, hebben de aanwezigen zich verdeeld in twee "
        "groepen. In elke groep gingen de ambtenaren van de gemeente rechtstreeks in gesprek met de deelnemers van "
        "de stedelijke adviesgroep en de aanwezigen van de partnerorganisaties. Zoals gebruikelijk bij "
        "bijeenkomsten van de stedelijke adviesgroep van Stadadviseert, gebeurde dit onder leiding van een "
        "onafhankelijke gespreksbegeleider."
    ),
    h3("Behandelde vragen"),
    p("1. Hoe wil je / denk je dat bewoners invloed willen hebben/mee willen denken en doen als het gaat om WIJ:"),
    ul(
        "in de periode tot aan het besluit over de organisatievorm;",
        "in de uitwerkingsfase tot 1-1-2018;",
        "na 1-1-2018, als de nieuwe organisatie een feit is.",
    ),
    p(
        "2. Invloed/zeggenschap in het algemeen, invloed in de wijk: op welke manier kan de gemeente in het "
        "algemeen het beste met bewoners in gesprek gaan over de vraag: “Hoe wilt u invloed uitoefenen op wat er "
        "in uw eigen wijk gebeurt?”"
    ),
    h3("Weergave inbreng aanwezigen"),
    p(
        "In beide groepen vulden de inbreng op vraag 1 en 2 elkaar aan en de inbreng is daarom zonder onderscheid "
        "naar groep en vraag weergegeven."
    ),
    ul(
        "<b>Straatambassadeurs instellen:</b> suggestie is om een intermediair/vertrouwenspersoon tussen de "
        "professionele wereld en de inwoners in te zetten. Zij kunnen een brede groep inwoners bereiken door van "
        "deur tot deur te gaan om contact te leggen en te vragen 'wat leeft er?', 'wat willen jullie?' "
        "(straatenquête). De straatambassadeurs kunnen inwoners enthousiasmeren en vervullen ook een preventieve "
        "rol doordat zij vroegtijdig signalen kunnen opvangen.",
        "<b>Wijkplan en wijkagenda:</b> de deelnemers stellen voor om een wijkplan op te stellen, inclusief de "
        "prioriteiten hierin. Bewoners, professionals en vrijwilligers werken samen aan een concreet wijkplan "
        "(inclusief prioriteitstelling) en een wijkagenda. Hierbij worden o.a. de activiteiten van vrijwillige "
        "organisaties, plannen van wijkraden, WIJ-teams, gemeentelijke gebiedsteams en woningbouwverenigingen, de "
        "inrichting van de openbare ruimte en het aanbod van professionals op elkaar afgestemd. Deze samenwerking "
        "biedt ook input voor de WIJ-teams, erkent het belang van vrijwilligers en past bij de ontwikkeling dat "
        "inwoners meer een regierol krijgen terwijl de gemeente meer dienend en faciliterend wordt. In de plannen "
        "moet ook opgenomen worden hoe je omgaat met mensen die minder zelfredzaam zijn.",
        "<b>Verbinden bestaande maatschappelijke organisaties en activiteiten:</b> hiermee wordt bestaande kennis "
        "en ervaring betrokken bij de ontwikkelingen in de wijk, dit erkent de kracht en inspanningen van inwoners "
        "die al actief zijn en zorgt ervoor dat bestaande kennis en ervaring wordt gebruikt en signalen vroegtijdig "
        "opgevangen worden. Werken met thema's past hierbij en maakt dat iedereen kan doen waar hij goed in is. "
        "Themabijeenkomsten kunnen zowel op wijkniveau als op stadsniveau georganiseerd worden.",
    ),
    p(
        "<b>Informatievoorziening, communicatie en toegankelijkheid:</b> essentieel om mensen te verbinden en mee "
        "te laten doen aan de samenleving."
    ),
    ul(
        "Dialoog staat centraal en het helder maken van het vraagstuk en het stellen van concrete vragen is van "
        "belang om deze dialoog met inwoners op gang te brengen;",
        "Faciliteren van tweerichtingsverkeer (zenden én ontvangen);",
        "Plannen tijdig bekend maken en daarmee ook inwoners de kans geven om betrokken te zijn bij zaken die in hun "
        "leefomgeving gebeuren;",
        "Bestaand aanbod in de wijk inzichtelijk maken;",
        "Duidelijk zijn over waar inwoners terecht kunnen met hun vragen, signalen en ideeën. Ook helder "
        "terugkoppelen wat hiermee is gedaan. Dit draagt bij aan het vertrouwen van burgers in de overheid en maakt "
        "ook dat inwoners met vergelijkbare vragen elkaar en de professional kunnen vinden;",
        "Toegankelijkheid en bekendheid van WIJ-teams: nu is niet altijd bekend waar deze zijn en waarvoor een "
        "inwoner hier terecht kan. De professionals moeten ook 'omdenken' en medewerkers van de teams moeten naar "
        "de inwoners toe en goed naar hen luisteren.",
        "Informatievoorziening naar de mensen die betrokken zijn bij de zorg voor iemand die niet zelfredzaam is.",
        "Persoonlijk contact en behoefte aan laagdrempelige ontmoetingsmogelijkheden, bijv. koffiemomenten en "
        "speeddaten met wijkbewoners.",
        "Gebruik van verschillende communicatiekanalen (bijv. wijkkrant huis aan huis en digitaal/sociale media);",
        "Vertel ook de succesverhalen;",
        "Aandacht voor jeugd. De stad is ook hun toekomst en ook zij hebben een rol in de vormgeving van hun "
        "leefomgeving.",
    ),
    p("Motto: de samenleving maak je met elkaar."),
    h3("Advies naar aanleiding van deze avond"),
    p(
        "Een helder startpunt is nodig om een goede dialoog te voeren. De deelnemers verzoeken duidelijk te zijn "
        "over het doel van een bijeenkomst, de kaders en het proces rond de WIJ Organisatie. Betrekken van iemand "
        "die niet is ingevoerd in de materie kan helpen om de vragen helder te krijgen. Ook voorbeelden helpen om "
        "vragen te verduidelijken."
    ),
    h2("Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 november 2016"),
    h3("Aanwezig"),
    ul(
        "8 leden van de Stedelijke Adviesgroep",
        "2 medewerkers van WIJ",
        "kwartiermaker Stadadviseert: Mark Sekuur",
        "gespreksbegeleider: Alice Bijker",
        "vanuit de gemeente: Ali Flikkema (programmamanager Sturing sociaal domein), Annette Broekens en Roel "
        "Gosker (adviseurs bedrijfsvoering binnen het programma), Fenna Moene (Servicedesk Stadadviseert)",
    ),
    p("1. Welkomstwoord door Mark Sekuur."),
    h3("2. Presentatie door Ali Flikkema over WIJ Groningen"),
    p(
        "Tijdens de presentatie zijn de onderstaande vragen en opmerkingen aan de orde gekomen. Ali Flikkema heeft "
        "de antwoorden gegeven."
    ),
    p(
        "<b>Vraag:</b> Moet een WIJ-team in elke wijk hetzelfde zijn?",
        "<b>Antwoord:</b> Nee, de praktijk leert dat het soort vragen dat bij de WIJ-teams binnenkomt, voor 70% "
        "overeenkomt. De problematiek kan echter per wijk verschillen. De processen en sturing zijn wel gelijk. "
        "Daardoor hebben mensen in dezelfde situatie recht op dezelfde ondersteuning.",
    ),
    p(
        "<b>Vraag:</b> Wat versta je onder sturing?",
        "<b>Antwoord:</b> Dat gaat over het organiseren van de dingen die in de verschillende delen van de stad "
        "gelijk moeten lopen, bijvoorbeeld bij de Entree en wat betreft opschalen in verband met veiligheid. Het "
        "gaat ook om sturing op de nieuwe werkwijze.",
    ),
    p(
        "<b>Opmerking:</b> Waar ik steeds meer achter kom, is dat de Entree, die zo belangrijk is in de praktijk, "
        "vergelijkbaar moet zijn op alle locaties: hoe word je ontvangen, toegankelijkheid en wijze van binnenkomen, "
        "intake van een melding. Nu gaan de meldingen niet altijd goed.",
        "<b>Opmerking:</b> ik ben vrijwilliger bij stedelijk Entreegroep en zie dat er verschil is in de wijze van "
        "sturing. Er zit verschil in de speelruimte van stedelijk managers en van coördinatoren.",
        "<b>Reactie:</b> De Entree, met de benodigde processen, moet hetzelfde zijn in de hele stad. Niemand moet "
        "een drempel voelen om naar WIJ-team te gaan. Voor de inwoners moet duidelijk zijn waarvoor zij bij het "
        "WIJ-team terecht kunnen.",
    ),
    p(
        "<b>Vraag:</b> Hoe is de 'waterscheiding' tussen de verantwoordelijkheid van een professional en van een "
        "vrijwilliger nu geregeld (of: van een betaalde resp. onbetaalde medewerker)? Wat zijn die "
        "verantwoordelijkheden?",
        "<b>Antwoord:</b> Dat is nog niet bekend, ook bij de Entree niet. We moeten zorgen voor een heldere "
        "scheiding tussen de rol van professional en van vrijwilliger.",
    ),
    p(
        "<b>Opmerking:</b> Ik zie geen uitwisseling tussen vrijwilligers en professionals.",
        "<b>Opmerking:</b> Ik zie dat wel. Er zitten ook verschillen in WIJ-teams. Ook vrijwilligers kunnen "
        "professional zijn. Vrijwilligers met veel kennis kunnen een soort brugfunctie vervullen tussen "
        "professionals en vrijwilligers. Maak gebruik van de kennis en kunde van de vrijwilliger. Zet ze actief in "
        "met hun eigen kwaliteiten. Iemand met een GGz-achtergrond kan bijvoorbeeld voor andere vrijwilligers een "
        "presentatie houden over het herkennen van verschillende psychische aandoeningen.",
    ),
    p(
        "<b>Opmerking:</b> De veiligheid van vrijwilligers is nog niet goed geregeld. Er komen ook boze mensen bij "
        "de Entree. Dat vind ik een zorgpunt."
    ),
    p(
        "<b>Vraag:</b> Bij een stichting heeft toch niemand invloed?",
        "<b>Antwoord:</b> bij een stichting kan je vooraf, o.a. in statuten en subsidievoorwaarden, regelen hoe je "
        "de invloed/zeggenschap van inwoners en medewerkers wilt regelen. Verder kan je regelen dat de gemeente "
        "invloed heeft op zaken als statuten, profiel van bestuur en raad van toezicht, op benoemingen, op "
        "verantwoording en rapportage, en zorgen dat statuten alleen gewijzigd kunnen worden met instemming van de "
        "gemeente. De gemeente wil de komende jaren invloed op de inrichting van WIJ, juist omdat WIJ nog in een "
        "ontwikkeltraject zit.",
    ),
    p(
        "<b>Vraag:</b> Wie worden de bestuursleden van de stichting?",
        "<b>Antwoord:</b> Dat weten we nog niet.",
    ),
    p(
        "<b>Vraag:</b> Is dat niet paradoxaal als je dingen samen wilt doen?",
        "<b>Antwoord:</b> Ja, dat klopt. Het combineren van de verantwoordelijkheid en het loslaten van de "
        "uitvoering is een zoektocht. De gemeente wil instrumenten om mee te sturen op de ontwikkeling, niet op de "
        "uitvoering. Dat laatste is een taak van de Stichting.",
        "<b>Opmerking:</b> Je moet als gemeente helderheid geven over waar je aan het stuur zit en waar niet, en "
        "waar je de uitvoerders vrij laat. Hier zit wel spanning op.",
        "<b>Reactie:</b> Dat klopt, dat gesprek moet gevoerd worden.",
    ),
    p(
        "<b>Vraag:</b> Hoe zit het met de verantwoordelijkheid van de gemeente voor de jeugdzorg en hoe moet ik dat "
        "dan zien in relatie tot WIJ, in gezinnen?",
        "<b>Antwoord:</b> We kunnen vanuit de Jeugdwet de verantwoordelijkheid voor de uitvoering overdragen "
        "(mandateren) naar andere organisaties. De gemeente blijft wel eindverantwoordelijk voor het bieden van "
        "passende zorg.",
    ),
    p(
        "<b>Vraag:</b> Wat voor leden/mensen zitten er in de WIJ-raad (cliëntenraad van WIJ)?",
        "<b>Antwoord:</b> Inwoners in de stad die betrokken zijn bij ondersteuning of hun familie. Verdere criteria "
        "moeten we nog uitwerken. Het gaat om belangenbehartiging.",
    ),
    p(
        "<b>Vraag:</b> Waarom een WIJ-raad op stadsniveau en niet per wijk?",
        "<b>Antwoord:</b> Dat is juist om op stadsniveau de belangen te behartigen van de cliënten van WIJ. Het gaat "
        "dan niet over individuele gevallen; daar zijn klachtenprocedures voor.",
    ),
    p(
        "<b>Vraag:</b> Gaat het erom dat de WIJ-raad opkomt voor de belangen van klanten?",
        "<b>Antwoord:</b> Ja, zo kunnen kwaliteitsnormen afgesproken worden voor de ondersteuning door WIJ. Aan de "
        "WIJ-raad zitten ook bevoegdheden en verantwoordelijkheden vast. Die moeten nog uitgewerkt worden.",
    ),
    p(
        "<b>Vraag:</b> Dan kan het zo zijn dat er een wisselende samenstelling is?",
        "<b>Antwoord:</b> Ja, dat kan, er zal sprake zijn van een bepaalde zittingstermijn.",
    ),
    p(
        "<b>Vraag:</b> Hebben jullie nagedacht over criteria voor de keuze van leden?",
        "<b>Antwoord:</b> Nee, dat moet nog gebeuren.",
    ),
    p(
        "<b>Vraag:</b> De vraag is of je kan signaleren of er iets is met de kwaliteit van de ondersteuning. Wat ik "
        "als vrijwilliger bij de Entree zie, is dat de ontwikkeling van een WIJ-team in de opbouwfase intern gericht "
        "is. Hoe neem je de inwoners mee in dit hele proces?",
        "<b>Antwoord:</b> Wat ik kan bedenken is dat je in de beginfase van een nieuw team eerst met jezelf bezig "
        "bent, in de zin van: hoe willen we het doen, hoe loopt het etc. Er zijn verschillen in de WIJ-teams. De "
        "inwoners willen we vooral meenemen in de ontwikkeling van de wijk.",
    ),
    h3("3. Aan twee tafels discussie over enkele vragen"),
    ol(
        "Wat vindt u van de ideeën die u net gehoord heeft?",
        "Waar moet het over gaan in de WIJ-raad. Wat vindt u belangrijk?",
        "De WIJ-raad wordt een algemene raad op stadsniveau. Hoe organiseren we dat goed?",
        "Hoe wilt u betrokken worden bij de uitwerking van de ideeën?",
    ),
    h3("Besproken in groep I, met Alice Bijker als gespreksleider (groep met 4 inwoners)"),
    p("<b>Over wat in het verhaal word je enthousiast en waarbij zeg je: daar mag nog over nagedacht worden?</b>"),
    ul(
        "De vorm wordt nu zichtbaar. Dat helpt. Het beeld tekent zich af.",
        "Verder zie je de wrijving tussen loslaten en grip willen hebben. Dat paradoxale vind ik intrigerend: zie "
        "de worsteling bij de gemeente, bij WIJ en ook in de praktijk van het centrale overleg bij de Entree.",
        "Er zijn veel verschillen in de wijken. Daarin maakt de bemensing en achtergrond van vrijwilligers uit.",
        "Wel bemoediging en geduld in verhaal van Ali Flikkema.",
        "Over WIJ-raad nog wel verder nadenken over hoe en waarvoor je dit organiseert. Hoe zorg je dat het niet "
        "gaat over de individuele situaties zelf. Je kan de gebruiker/cliënt wel vragen, het gaat altijd over je "
        "moeder of vader of jezelf.",
        "Moeite met de terminologie in de presentatie, advies om meer rekening te houden met de doelgroep van de "
        "bijeenkomst. Ali heeft toegelicht waarom zij de presentatie heeft gebruikt die ook is toegelicht in de "
        "gemeenteraad (eenduidige informatievoorziening).",
    ),
    p("<b>Punten uit het gesprek over de WIJ-raad:</b>"),
    ul(
        "Rol en doel: behartigen van de (collectieve) belangen van cliënten van WIJ Groningen.",
        "Wat is de toegevoegde waarde?",
        "Wat is de verhouding met andere raden (clusters van het oude Wmo-platform, Stadjersbrede netwerken, "
        "cliëntenraden etc.)?",
    ),
    p("Wie zitten er in de WIJ-raad:"),
    ul(
        "selectie/screening aan de voorkant aan de hand van criteria; profiel is van belang;",
        "mensen met enige afstand, die overstijgend kunnen denken en niet direct zelf cliënt zijn;",
        "mensen met enige humor;",
        "frisse, nieuwe gezichten;",
        "deelname voor langere, vastgestelde periode;",
        "vereiste: verbinding hebben met de WIJ-teams om signalen op te vangen en thema's op te halen.",
    ),
    p("Uitzoekpunten:"),
    ul(
        "kies je voor deskundigheid of voor betrokkenheid in de WIJ-raad?",
        "in hoeverre moeten er mensen met specifieke deskundigheid in zitten?",
        "hoe kan je ervoor zorgen dat je niet steeds overal dezelfde gezichten ziet?",
    ),
    p("Mogelijke onderwerpen:"),
    ul(
        "strategie, inrichting, vraaggericht werken",
        "wet- en regelgeving",
        "mantelzorg",
        "dagbesteding",
        "dialoog en van elkaar leren (WIJ en cliënten)",
        "entreeproces",
        "ambassadeurs op wijkniveau.",
    ),
    p("Aandachtspunten:"),
    ul("communicatie;", "hoe bereiken we elkaar?"),
    h3("Besproken in groep II, met Mark Sekuur als gespreksleider (groep met 4 inwoners)"),
    ul(
        "Waar zit precies de waterscheiding tussen professionals en vrijwilligers? Duidelijke rolverdeling benoemen "
        "is goed maar het doel daarvan moet goede samenwerking (als team) zijn.",
        "Zorg voor duidelijke/heldere communicatie over WIJ. Van wie is het? Voor wie is het? Waarvoor kan ik bij de "
        "WIJ terecht (halen van hulp en inbrengen van sterke schouders).",
        "Laagdrempelig zijn bestaat uit de factoren: fysieke toegankelijkheid, mentale toegankelijkheid en "
        "(stadsbrede) uniforme toegankelijkheid.",
        "Maak onderscheid duidelijk tussen WIJ- en gebiedsteams of maak een gezamenlijke laagdrempelige voordeur.",
    ),
    p("<b>Over de WIJ-raad:</b>"),
    ul(
        "Ken als WIJ-raad de belangen van de stadjers en breng in het bijzonder de belangen van de doelgroepen in "
        "kaart. Leg ook verbinding met sportverenigingen, wijkcentra, woningcoöperaties, kerken enz.",
        "de raad maakt een agenda/werkplan: waar willen wij als raad aan werken (rol, SMART-doelstellingen, wanneer "
        "wat doen, stappenplan, tijdspad enz.);",
        "met wie ga je als raad in gesprek: in elk geval met de WIJ-bestuurder/de wethouder, maar ook b.v. met "
        "andere steden uit de benchmark;",
        "periodiek overleg met de WIJ teams;",
        "onafhankelijke voorzitter;",
        "huishoudelijk reglement, met o.m. enquêterecht;",
        "zorg voor goede ondersteuning vanuit WIJ Groningen voor de WIJ-raad;",
        # In the PDF this point continues in a drawing of the WIJ-raad, the area teams and the WIJ-teams.
        "verbinding is essentieel: in ieder gebiedsteam één WIJ-raadslid en per WIJ-team één burger in de raad.",
    ),
    h3("4. Plenaire terugkoppeling"),
    p("De belangrijkste uitkomsten per tafel worden plenair teruggekoppeld."),
    h3("5. Afsluiting door Mark Sekuur"),
    p(
        "Mark dankt iedereen voor zijn komst en bijdrage. Hij kondigt aan dat de presentatie van Ali samen met het "
        "verslag wordt verzonden."
    ),
]

# Seed 002: the letter of the city executive on citizen participation. The text has no date of its own: it
# follows the progress report of 25 October 2017 and looks ahead to 19 December 2017.
PARTICIPATION_SLUG = "brief-burgerparticipatie-en-de-wij-raad"
PARTICIPATION_TITLE = "Brief van het college over burgerparticipatie en de WIJ-raad"
PARTICIPATION_DATE = datetime.date(2017, 12, 12)
PARTICIPATION_CATEGORY = "nieuws"
PARTICIPATION_TAGS = ["WIJ-raad", "burgerparticipatie"]
PARTICIPATION_INTRO = (
    "Het college van burgemeester en wethouders schreef de gemeenteraad over de inspraak van inwoners bij WIJ "
    "Groningen. Er komt een stedelijke WIJ-raad met elf tot dertien leden."
)
PARTICIPATION_BODY = [
    p(
        "Als vervolg op de derde voortgangsrapportage over Stichting WIJ Groningen 2018 (kenmerk 6545855), d.d. "
        "25 oktober 2017 informeren wij u in deze brief specifiek over de afspraken die wij gemaakt hebben met de "
        "stichting over burgerparticipatie. Stichting WIJ Groningen (hierna WIJ Groningen) is een feit, per "
        "1 januari 2018 treedt het personeel in dienst van de stichting en hiermee komt WIJ Groningen op afstand "
        "van de gemeente. Voorafgaand hieraan leggen wij op 19 december formeel de afspraken voor 2018 vast in een "
        "uitvoeringsovereenkomst met WIJ Groningen. Met deze afspraken banen wij het pad om tot een nadere "
        "invulling te komen van de onderwerpen zeggenschap en burgerparticipatie binnen WIJ Groningen. In deze "
        "brief geven wij de beleidsmatige richting aan en in het voorjaar van 2018 komen wij met een verdere "
        "invulling van de zeggenschap en participatie van burgers binnen WIJ Groningen."
    ),
    h2("De opdracht aan WIJ Groningen"),
    p(
        "In de 'Nota Governance, organisatie en rechtsvorm WIJ Groningen 2018' (24 november 2016) formuleerden wij "
        "de coöperatieve opdracht aan WIJ Groningen, gericht op participatie, invloed en zeggenschap van de burgers "
        "van de stad Groningen, als volgt:"
    ),
    ul(
        "geef samen met de gebiedsteams, inwoners, andere maatschappelijke partijen en de gemeente, vorm aan een "
        "stelsel van goede preventieve, collectieve voorzieningen in de stad;",
        "ontwikkel samen met de wijkbewoners formele en informele vormen, waarin de participatie, invloed en "
        "zeggenschap van wijkbewoners in de wijk en binnen WIJ Groningen centraal staat.",
    ),
    p(
        "Aan deze coöperatieve opdracht hebben wij een aantal afspraken over resultaten gekoppeld. Om "
        "maatschappelijk draagvlak te creëren hebben wij bij het ontwikkelen van deze afspraken advies en input "
        "gevraagd aan Stadadviseert. Dit leidde tot nieuwe inzichten over onze aanpak en de te behalen resultaten. "
        "In september hebben wij samen met Stadadviseert een effectensessie uitgevoerd. De uitkomst van deze sessie "
        "is verwerkt in de opdracht aan WIJ Groningen. Met Stadadviseert is afgesproken om ook in de komende jaren "
        "structureel overleg te voeren over vraagstukken die spelen rond WIJ Groningen.",
        "Eén van de resultaten die wij willen behalen hebben betrekking op eigen kracht en zelfregie. Inwoners "
        "moeten in staat gesteld worden maximaal regie te blijven voeren over hun eigen leven. Dit is een "
        "voorwaarde voor zeggenschap en burgerparticipatie.",
        "Daarnaast hebben wij de afspraak gemaakt met WIJ Groningen om een instrument te ontwikkelen waarmee "
        "inwoners hun ervaringen kunnen delen over het contact met WIJ Groningen. Op basis van deze vorm van "
        "burgerparticipatie kan WIJ Groningen haar dienstverlening verbeteren.",
        "Los van deze resultaatsafspraken wordt vanaf 2018 via waarderend onderzoek van het Stadspanel gemeten hoe "
        "de inwoners WIJ Groningen beoordelen op het vlak van bereikbaarheid, bekendheid, vindbaarheid, "
        "zeggenschap en het open staan voor burgerinitiatieven. De uitkomsten van dit waarderend onderzoek bepalen "
        "mede het toekomstige WIJ beleid en de hieraan gekoppelde uitvoering.",
    ),
    h2("De WIJ-raad"),
    p(
        "WIJ Groningen gaat een stedelijke WIJ-raad instellen die de belangen behartigt van inwoners, die een "
        "beroep doen op ondersteuning van WIJ Groningen, met specifieke aandacht voor de jeugdigen. Er zijn "
        "meerdere bijeenkomsten geweest met Stadadviseert over de inrichting van en het profiel voor leden van de "
        "WIJ-raad. Ook zijn gezamenlijk wervingsteksten voor de leden opgesteld. Op basis van deze bijeenkomsten "
        "is het volgende profiel vastgesteld. De WIJ-raad bestaat uit minimaal elf en maximaal dertien leden, "
        "waarvan het merendeel woont in de stad Groningen. De leden van de WIJ-raad worden benoemd door Stichting "
        "WIJ op voordracht van de WIJ-raad. De selectie van kandidaten gebeurt door de WIJ-raad. De inwoners van "
        "Groningen kunnen hiermee formeel invloed uitoefenen op het beleid van WIJ Groningen.",
        "Aanvullend op de WIJ-raad heeft WIJ Groningen de intentie om per WIJ-team inspraak van inwoners te regelen. "
        "Momenteel krijgt dit in verschillende WIJ-teams al vorm. Ook wil de stichting de komende tijd inwoners "
        "betrekken bij de toekomstvisie van WIJ Groningen.",
    ),
    h2("Toolbox burgerparticipatie"),
    p(
        "Samen met Stadadviseert en WIJ Groningen ontwikkelen we op dit moment een digitale 'toolbox "
        "burgerparticipatie' die medewerkers van de WIJ-teams en de gemeente ondersteunt bij het organiseren en "
        "versterken van participatie en zeggenschap van inwoners. Deze toolbox bevat een lijst van ambassadeurs "
        "(meedenkers) en een overzicht van mogelijke werkvormen en methoden. Hiermee krijgen de medewerkers van WIJ "
        "Groningen de beschikking over concrete handvatten waarmee ze de burgerparticipatie en zeggenschap kunnen "
        "vergroten."
    ),
    h2("Gebiedsgericht werken"),
    p(
        "Burgerparticipatie bij Stichting WIJ Groningen kan niet los worden gezien van het gebiedsgericht werken. "
        "Binnen de gebiedsgerichte aanpak zijn drie actoren actief; de wijkwethouders, de gebiedsteams en de "
        "WIJ-teams. Via de gebiedsteams worden ideeën en initiatieven vanuit de wijk samengebracht met de opgaven "
        "van de gemeente. De gebiedsteams stellen samen met wijkbewoners, (maatschappelijke) organisaties en "
        "ondernemers de wijkagenda op. In de wijkagenda wordt bepaald aan welke vraagstukken en kansen gewerkt gaat "
        "worden. In het gebiedsprogramma wordt vastgelegd hoe dat gebeurt en hoeveel budget er beschikbaar is. De "
        "WIJ-teams zijn door hun positie in de gebiedsgerichte aanpak een belangrijke speler in de ontwikkeling van "
        "burgerbetrokkenheid in de stad Groningen."
    ),
    h2("Tot slot"),
    p(
        "Resumerend is de effectuering van burgerparticipatie in de stad Groningen in volle gang. De nieuwe "
        "organisatie WIJ Groningen heeft de opdracht, de middelen en de kans om burgerparticipatie en zeggenschap "
        "van inwoners te realiseren en onderdeel te maken van het leven in de wijken. Als opdrachtgever sturen wij "
        "deze ontwikkeling vanuit onze ervaring met burgerparticipatie en faciliteren wij samen met WIJ Groningen "
        "en andere partijen dat burgerparticipatie en zeggenschap concreet gestalte krijgen. In het voorjaar van "
        "2018 informeren wij uw Raad nader over de verdere invulling.",
        # The source names a civil servant with a (garbled) personal address; the site publishes neither.
        "Raadsleden die geïnteresseerd zijn in de tekst van de opdracht aan WIJ Groningen kunnen deze opvragen bij "
        "de gemeente Groningen, via wij-opdracht@gemeente.example.org.",
        "Met vriendelijke groet,<br/>burgemeester en wethouders van Groningen,",
        "de burgemeester, Peter den Oudsten<br/>de secretaris, Peter Teesink",
    ),
]

# Seed 004: the invitation to the expert meeting of the city council, an event.
EXPERT_MEETING_SLUG = "expertmeeting-wij-en-het-veld"
EXPERT_MEETING_TITLE = "Expertmeeting 'WIJ en het veld'"
# The invitation has no date of its own; it went out before the sign-up deadline of 23 October 2017.
EXPERT_MEETING_DATE = datetime.date(2017, 10, 9)
EXPERT_MEETING_CATEGORY = "agenda"
EXPERT_MEETING_TAGS = ["WIJ Groningen", "gemeenteraad"]
EXPERT_MEETING_START = (2017, 10, 31, 19, 0)
EXPERT_MEETING_LOCATION = "Stadhuis"
EXPERT_MEETING_ADDRESS = "Grote Markt 1"
EXPERT_MEETING_CITY = "Groningen"
EXPERT_MEETING_ORGANISER = "Gemeenteraad Groningen"
EXPERT_MEETING_INTRO = (
    "De gemeenteraad van Groningen vindt het belangrijk dat Stadjers, bewonersorganisaties en professionals mee "
    "kunnen denken en praten over de kwaliteit van welzijn en zorg in de buurt."
)
EXPERT_MEETING_BODY = [
    p(
        "Tijdens een expertmeeting wil de gemeenteraad dan ook uw mening als bewoner of professional horen. De "
        "expertmeeting is op dinsdag 31 oktober in het stadhuis. U bent vanaf 19:00 uur van harte welkom."
    ),
    h2("Expertmeeting"),
    p(
        "De expertmeeting gaat in op WIJ Groningen in samenhang met de wijk omdat WIJ Groningen centraal staat in "
        "het borgen van de kwaliteit van welzijn en zorg in de buurt. WIJ-teams zijn inmiddels actief in alle delen "
        "van de stad en gaan met de vorming van de Stichting WIJ Groningen per 1 januari 2018 een nieuwe fase in. "
        "Voor het succes van WIJ Groningen is de samenwerking met bewoners(-organisaties) en professionals zoals u, "
        "cruciaal.",
        "Na een algemene inleiding wil de gemeenteraad van Groningen graag weten hoe u de kwaliteit van welzijn en "
        "zorg bij u in de buurt beoordeelt, wat goed gaat en wat beter kan. Dit wordt tijdens 2 gespreksrondes van "
        "45 minuten besproken aan 5 thematafels:",
    ),
    ul(
        "samenleven in de buurt",
        "veiligheid",
        "actief in de samenleving",
        "(mantel)zorg",
        "leren/onderwijs",
    ),
    p("De gesprekken worden gevoerd vanuit de invalshoeken preventie, samenwerking en zeggenschap."),
    h2("Geef uw mening"),
    p(
        "Naast de thematafels is er een 'babbelbox' aanwezig. Hierin kan iedereen zijn of haar mening geven over "
        "alles wat zich in buurten en wijken voordoet rond genoemde thema's. Wij nodigen u uit om uw mening te "
        "geven.",
        "Naast meepraten kunt u ook de gesprekken volgen vanaf de publieke tribune. De activiteiten in de plenaire "
        "zaal (inleiding, babbelbox en conclusie) kunnen ook online gevolgd worden via de website van de "
        "gemeenteraad.",
        "Doel van de bijeenkomst is om een tussenstand te krijgen rond de kwaliteit van welzijn en zorg in de "
        "wijken. Vervolgens trekken de politieke partijen conclusies die kunnen leiden tot bijsturing van het "
        "beleid.",
    ),
    h2("Aanmelden"),
    p(
        "Wilt u op 31 oktober aanwezig zijn als gesprekspartner aan één of twee thematafels? Vul dan het "
        "reactieformulier in. Aanmelden kan tot en met maandag 23 oktober. Dit formulier kan ook gebruikt worden "
        "voor vragen.",
        "Aan de hand van de aanmeldingen wordt er een indeling gemaakt voor de thematafels. Voor de babbelbox en de "
        "publieke tribune hoeft u zich niet aan te melden.",
    ),
]
