"""Seed 001: the letter of Stadadviseert, with the reports of its three meetings (the attachment) as sections.

Dutch only: the English news index leaves it out. Only PDF damage is repaired (broken lines, stray bullets, split
words); the headings are there to make the letter easier to read, its wording is unchanged. In the PDF the last
point of the third report continues in a drawing of the WIJ-raad, the area teams and the WIJ-teams.
"""

import datetime

PAGE = {
    "type": "news.NewsPage",
    "parent": "nieuws",
    "fields": {
        "slug": "advies-stadadviseert-over-wij-groningen",
        "title": "Advies van Stadadviseert over WIJ Groningen en de WIJ-raad",
        "date": datetime.date(2016, 12, 5),
        "category": {"slug": "advies"},
        "intro": (
            "Inwoners van de stedelijke adviesgroep van Stadadviseert praatten in 2016 drie keer met ambtenaren "
            "over WIJ Groningen. Op 5 december 2016 stuurden zij hun advies. Hier leest u de brief en de "
            "verslagen."
        ),
        "body": [
            ("paragraph", "<p>Groningen, 5 december 2016</p>"),
            ("paragraph", "<p>Geachte heer Schroor,</p>"),
            (
                "paragraph",
                (
                    "<p>In mei, augustus en november hebben deelnemers van de stedelijke adviesgroep van "
                    "Stadadviseert en ambtenaren met elkaar gesproken over de ontwikkeling van WIJ Groningen. "
                    "Deze gesprekken hadden een open, oriënterend karakter. Wij sturen u hierbij een beknopte "
                    "weergave van de inzichten en adviezen uit deze drie bijeenkomsten. De afzonderlijke "
                    "terugkoppelingen vindt u in de bijlage.</p>"
                ),
            ),
            (
                "paragraph",
                "<p>De vragen die tijdens deze bijeenkomsten centraal stonden hebben betrekking op:</p>",
            ),
            (
                "list",
                {
                    "ordered": True,
                    "items": [
                        "De verwachtingen en behoeften ten aanzien van de WIJ-teams;",
                        (
                            "Betrokkenheid van bewoners bij WIJ en wat er in hun wijk gebeurt (meedenken, "
                            "meebeslissen en meedoen);"
                        ),
                        "De rol en taken van de op te richten WIJ-raad.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": "1. De verwachtingen en behoeften ten aanzien van de WIJ-teams",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>De deelnemers wensen dat WIJ-teams laagdrempelig, toegankelijk en zichtbaar zijn en "
                    "belangeloos, ontschot en met samenhang werken vanuit een aantrekkelijk, toegankelijk gebouw "
                    "op een centrale plek in de wijk. De WIJ-teams krijgen een keur aan vragen, van informatief "
                    "tot crisissituaties, waarbij voorkomen moet worden dat vragers van het kastje naar de muur "
                    "gestuurd worden. Van het WIJ-team wordt verwacht dat zij met begrip en respect vraaggericht "
                    "werken, faciliteren, duidelijke antwoorden geven en concrete, praktische afspraken maken. "
                    "Dit vraagt om medewerkers met een brede functie. De wens is ook dat de WIJ-teams oog hebben "
                    "voor de verschillende kenmerken van de wijken en actief naar bewoners toe gaan, inclusief "
                    "doelgroepen.</p><p>Voor het functioneren van de WIJ-teams is helderheid nodig over: “Van "
                    "wie is het, voor wie is het, waarvoor kun je bij WIJ terecht?”. Dit is op dit moment nog "
                    "niet voor iedereen duidelijk. Deelnemers van de stedelijke adviesgroep van Stadadviseert "
                    "vragen zich ook af waar bij de WIJ-teams de scheiding ligt tussen vrijwilligers en betaalde "
                    "professionals. Beide partijen zijn van belang en voor een goede samenwerking is helderheid "
                    "over de rolverdeling gewenst.</p><p>De toegankelijkheid van de WIJ-teams kan onderverdeeld "
                    "worden in fysieke toegankelijkheid, mentale toegankelijkheid en (stadsbrede) uniforme "
                    "toegankelijkheid. Hierbij komt ook al gauw de verhouding tot de gebiedsteams ter sprake. "
                    "Hoe kan een duidelijk onderscheid aangebracht worden tussen de WIJ-teams en de "
                    "gebiedsteams, of is het wenselijk een gezamenlijke laagdrempelige toegang in te richten?</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": (
                        "2. Betrokkenheid van bewoners bij WIJ en wat er in hun wijk gebeurt (wijze van "
                        "meedenken, meebeslissen en meedoen)"
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>In het kader van “De samenleving maak je met elkaar” hebben de deelnemers een aantal "
                    "punten benoemd die niet alleen betrekking hebben op WIJ, maar ook op de betrokkenheid van "
                    "bewoners op wijkniveau.</p><p>Zij stellen voor de betrokkenheid van bewoners te "
                    "concretiseren door als bewoners, professionals en vrijwilligers een wijkplan en een "
                    "wijkagenda op te stellen. Dit inclusief prioriteitstelling. Hierbij worden o.a. de "
                    "activiteiten van vrijwillige organisaties, plannen van wijkraden, WIJ-teams, gemeentelijke "
                    "gebiedsteams, woningbouwverenigingen, de inrichting van de openbare ruimte en het aanbod "
                    "van professionals per wijk op elkaar afgestemd. Deze samenwerking biedt ook input voor de "
                    "WIJ-teams, erkent het belang van vrijwilligers en past bij de ontwikkeling dat inwoners "
                    "meer een regierol krijgen terwijl de gemeente meer dienend en faciliterend wordt. In de "
                    "plannen moet ook opgenomen worden hoe om te gaan met mensen die minder zelfredzaam "
                    "zijn.</p><p>Daarnaast stellen de deelnemers voor straatambassadeurs in te zetten als "
                    "intermediairs/vertrouwenspersonen. Zij kunnen bewoners enthousiasmeren en tegelijkertijd "
                    "een preventieve, signalerende rol vervullen.</p><p>Ook het verbinden met organisaties en "
                    "activiteiten in wijken is van belang. Dit om bestaande kennis en ervaring te betrekken bij "
                    "de ontwikkelingen in de wijk, als erkenning van de kracht en inspanningen van inwoners die "
                    "al actief zijn en om vroegtijdig signalen op te vangen. Themabijeenkomsten, zowel op wijk- "
                    "als stadsniveau, kunnen hieraan bijdragen.</p><p>Goede informatievoorziening, communicatie "
                    "en toegankelijkheid zijn essentieel en dragen bij aan zowel het vertrouwen als aan de "
                    "betrokkenheid van de bewoners. Dit gaat o.a. om het tijdig bekend maken van plannen zodat "
                    "bewoners zich hierover uit kunnen spreken, inzage in bestaand aanbod in de wijk, waar men "
                    "terecht kan met vragen, signalen en ideeën én inzage krijgt in wat hiermee is gedaan en het "
                    "gebruik van verschillende communicatiekanalen (bijvoorbeeld zowel de wijkkrant als digitale "
                    "media).</p>"
                ),
            ),
            ("heading", {"text": "3. De rol en taken van de op te richten WIJ-raad", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tijdens de bijeenkomst van 24 november 2016 zijn de deelnemers kort geïnformeerd over de "
                    "algemene voortgang en doelen van het project, waaronder de voorgenomen juridische vorm. Dit "
                    "is de presentatie die ook op 15 november aan de Gemeenteraad is gegeven. De deelnemers zijn "
                    "hierbij geïnformeerd over de WIJ-raad, die is omschreven als een algemene raad op "
                    "stadsniveau. De WIJ-raad is inhoudelijk aan de tafels besproken, waarbij de deelnemers ook "
                    "de gelegenheid kregen om te reageren op de totale presentatie.</p><p>De deelnemers zien als "
                    "rol en doel van de WIJ-raad het behartigen van de (collectieve) belangen van stadjers, met "
                    "name cliënten van WIJ Groningen. Hierbij hoort het in kaart brengen van de belangen van de "
                    "doelgroepen en het leggen van verbindingen met organisaties en activiteiten in de "
                    "wijken.</p><p>Er wordt verwacht dat er een selectieprofiel wordt opgesteld voor de leden "
                    "van de WIJ-raad, waarbij als criteria worden genoemd: met enige afstand/overstijgend kunnen "
                    "denken, enige humor, frisse nieuwe gezichten, deelname voor langere vastgestelde periode en "
                    "verbinding hebben met de WIJ-teams om signalen op te vangen en thema's op te halen. Nadere "
                    "aandacht verdient de afweging tussen deskundigheid en betrokkenheid en in hoeverre het "
                    "noodzakelijk is om deelnemers met specifieke deskundigheid aan te trekken. Geopperd wordt "
                    "dat vanuit ieder WIJ-team een burger deelneemt aan de WIJ-raad. Ook wordt voorgesteld in "
                    "ieder gebiedsteam een lid van de WIJ-raad op te nemen.</p><p>Overleg met de WIJ "
                    "bestuurder/wethouder, WIJ-teams en andere steden uit de benchmark wordt gezien als deel van "
                    "de taken. Mogelijke onderwerpen van de WIJ-raad zijn strategie, inrichting en vraaggericht "
                    "werken, wet- en regelgeving, mantelzorg, dagbesteding, dialoog, van elkaar leren als WIJ en "
                    "cliënten, het entree proces van WIJ en de ambassadeurs op wijkniveau. Verwacht wordt dat de "
                    "WIJ-raad goed wordt ondersteund vanuit WIJ-Groningen, een onafhankelijke voorzitter heeft, "
                    "beschikt over een huishoudelijke reglement en werkt met een concrete agenda en werkplan.</p>"
                ),
            ),
            ("heading", {"text": "Algemeen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>De stedelijke adviesgroep van Stadadviseert adviseert haar verder te betrekken bij de "
                    "ontwikkeling van WIJ Groningen, waaronder de zeggenschap en toegankelijkheid, zodat zij bij "
                    "kan dragen aan de concrete uitwerking van deze nieuwe organisatie. Om deze rol optimaal te "
                    "vervullen is het van belang de groep te voorzien van heldere informatie, inclusief doel van "
                    "een bijeenkomst, de kaders en het proces rond de WIJ organisatie.</p><p>Mocht u vragen of "
                    "opmerkingen hebben naar aanleiding van deze brief, dan horen wij dit graag.</p><p>Met "
                    "vriendelijke groet,<br/>Mark Sekuur en Astrid Boelmans<br/>Kwartiermakers Stadadviseert</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 mei 2016",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Verslag van de plenaire terugkoppeling van de tafelgesprekken tijdens de brede "
                    "bijeenkomst van de stedelijke adviesgroep van Stadadviseert. Per tafel werd verslag "
                    "uitgebracht door een van de inwoners, waarna een reactie van de betrokken ambtenaar volgde. "
                    "Voor het gemak staan de vragen genoteerd onder het onderwerp.</p><p>De gestelde vragen over "
                    "WIJ Groningen zijn:</p>"
                ),
            ),
            (
                "list",
                {
                    "ordered": True,
                    "items": [
                        (
                            "Waarvoor zou u naar een WIJ-team gaan of contact zoeken met één van de medewerkers "
                            "van een WIJ-team?"
                        ),
                        "Wat verwacht u van een WIJ-team als u met die vraag bij hen komt?",
                        (
                            "Stel, u hebt een bepaalde expertise of idee waarmee u wilt bijdragen aan het "
                            "WIJ-team of aan uw buurt, wat heeft u dan nodig of wat vindt u belangrijk als u "
                            "iets wilt doen voor uw wijk en aanklopt bij het WIJ-team?"
                        ),
                        "Hoe wilt u betrokken worden bij de beslissingen die WIJ-teams nemen?",
                        "Denkt u dat inwoners zelf WIJ-taken kunnen uitvoeren?",
                    ],
                },
            ),
            ("heading", {"text": "Samenvatting van het tafelgesprek (tafel 1)", "level": "h3"}),
            ("paragraph", "<p>Wat wil je als je bij een WIJ-team komt?</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "Duidelijke antwoorden, concrete en praktische afspraken.",
                        "Afgestemd op de doelgroep.",
                        "Begrip, respect en gehoord worden.",
                        "Laagdrempelig en toegankelijk.",
                        "Ruimte en faciliteiten in aanbod.",
                        "Belangeloos/ontschotten.",
                        "Ad hoc versus bureaucratie: meer samenhang en minder bureaucratisch.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p><b>Reactie Alfons Boer (gemeente Groningen):</b></p><p>We hebben vijf vragen "
                    "geformuleerd rondom dit thema en het was best spannend welke antwoorden op die vragen "
                    "zouden komen. In een heel enthousiaste groep is op elke vraag geantwoord en zo hebben we "
                    "heel veel informatie gekregen in korte tijd, waarvoor dank. Alfons geeft de groep een groot "
                    "compliment hiervoor.</p><p>Vragen als: 'hoe wil je te woord gestaan worden', 'hoe wil je "
                    "ontvangen worden' en 'hoe kun je elkaar helpen en ondersteunen' zijn erg belangrijk, want "
                    "je verdient namelijk al respect omdat je over de drempel stapt van een WIJ-team.</p>"
                ),
            ),
            ("heading", {"text": "Samenvatting van het tafelgesprek (tafel 2)", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Er was een levendige discussie aan tafel en er zijn mooie gesprekken gevoerd. We hebben "
                    "alle vijf de vragen besproken:</p><p><b>Vraag 1:</b> Het WIJ-team moet zichtbaar in de wijk "
                    "aanwezig zijn, als een bruisend hart in de wijk. Je moet met al je vragen terecht kunnen "
                    "bij het WIJ-team. Daarbij kunnen ook persoonlijke dingen los komen, of er kan sprake zijn "
                    "van een crisissituatie. De WIJ-medewerkers hebben dan ook een heel brede functie. Je moet "
                    "vooral niet van het kastje naar de muur gestuurd worden.</p><p><b>Vraag 2:</b> Het WIJ-team "
                    "moet bereikbaar zijn, liefst 24 uur per dag, 7 dagen per week. Het WIJ-team moet "
                    "toegankelijk zijn, faciliterend en outreachend te werk gaan. Ga naar de mensen toe, ga de "
                    "wijk in. Wil je bijvoorbeeld ouderen bereiken? Zoek ze dan op. Organiseer de WIJ-teams los "
                    "van de gemeente vanwege o.a. de regelgeving.</p><p><b>Vraag 3:</b> Het WIJ-team zou een "
                    "eigen budget moeten hebben voor kleine of grote uitgaven. Durf los te laten, ga omdenken, "
                    "mensen weten meestal zelf goed wat ze nodig hebben. Stadjers kunnen een hoop zelf! Werk "
                    "vraaggericht. Ook is het belangrijk om per wijk te focussen, want elke wijk is anders. En "
                    "zorg voor een aantrekkelijk gebouw op een centrale plek in de wijk. De Semmelstee is een "
                    "mooi voorbeeld.</p><p><b>Vraag 4:</b> Over deze vraag waren de meningen aan tafel erg "
                    "verdeeld. Er zal vanuit de gemeente en de raad gekaderd moeten worden. Wat doet het "
                    "WIJ-team wel en wat niet? Waar is de grens tussen de gemeente en het WIJ-team? Wat is voor "
                    "de gemeente en wat is voor de wijken? Professionals zouden moeten leren om kennis over te "
                    "dragen aan de wijk en mensen meer moeten betrekken bij hun plannen.</p><p><b>Vraag 5:</b> "
                    "Hier kwam de groep niet helemaal uit. Preventie en verbinden zijn sleutelwoorden. Zo zijn "
                    "sportverenigingen heel toegankelijk en ze hebben al een verbindende werking in de wijk. "
                    "Voor de medewerkers geldt: ga de wijk in, om te horen wat er speelt en ook om mensen te "
                    "treffen die je anders niet tegenkomt, bijvoorbeeld bij moestuinen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Reactie van Thea Sytsma (gemeente Groningen):</b></p><p>Allereerst complimenten voor "
                    "de goede terugkoppeling. We hebben veel input gekregen die erg waardevol is en er waren "
                    "veel ideeën en verrassende uitkomsten. Zo wilde iemand wel intermediair zijn bij "
                    "huisbezoeken; dat is een mooi voorstel. Alle input en tips worden meegenomen in de "
                    "uitwerking en ik vraag jullie of je a.u.b. betrokken wilt blijven bij dit project het "
                    "komende halfjaar.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": (
                        "Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 augustus 2016"
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>WIJ Groningen is een organisatie van 29 partijen (veelal zorg- en welzijnsaanbieders) "
                    "die samen met de gemeente Groningen in de wijken actief zijn. De gemeenteraad heeft op 29 "
                    "juni 2016 besloten dat WIJ Groningen buiten de gemeente wordt geplaatst. Dit proces moet "
                    "begin 2018 klaar zijn. Vanaf dat moment is een andere partij dan de gemeente Groningen "
                    "verantwoordelijk voor alle taken die de WIJ-teams uitvoeren. Eind 2016 neemt de raad een "
                    "beslissing over de juridische vorm van WIJ Groningen. Een vraag die daarbij hoort is: hoe "
                    "zorgen we ervoor dat bewoners betrokken zijn bij WIJ Groningen? Oftewel: hoe kunnen zij "
                    "meedenken en meepraten, bijvoorbeeld over het WIJ-team bij hen in de buurt?</p><p>De "
                    "ambtenaren die zich bezighouden met het maken van beleid voor WIJ Groningen hebben aan "
                    "Stadadviseert gevraagd om hierover in gesprek te gaan. Dit heeft ertoe geleid dat de leden "
                    "van de stedelijke adviesgroep van Stadadviseert zijn uitgenodigd voor een twee uur durende "
                    "bijeenkomst op 24 augustus 2016. Van de 56 inwoners die deelnemen aan de stedelijke "
                    "adviesgroep hebben 17 personen gereageerd dat zij graag betrokken worden bij dit onderwerp. "
                    "Door de samenval met vakanties en andere omstandigheden waren 8 personen aanwezig.</p>"
                ),
            ),
            ("heading", {"text": "Aanwezigen", "level": "h3"}),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "Acht inwoners van de gemeente Groningen die lid zijn van de stedelijke adviesgroep.",
                        (
                            "Drie ambtenaren die zich bezighouden met WIJ Groningen: Alfons Boer, Annette "
                            "Broekens en Roel Gosker."
                        ),
                        (
                            "Drie aanwezigen vanuit partnerorganisaties die rechtstreeks door ambtenaren van de "
                            "WIJ organisatie waren uitgenodigd: Maria Bolt, adviseur transitie arrangement MEE, "
                            "Anja Aaldering, Directeur / Bestuurder MJD Groningen, Klaas Steenhuis "
                            "Transitiemanager sociale wijkteams MJD Groningen."
                        ),
                        "Twee gespreksbegeleiders: Alice Bijker en Maaike Luttik.",
                        (
                            "Drie aanwezigen vanuit Stadadviseert: Fenna Moene, gemeenteambtenaar, en de externe "
                            "kwartiermakers Mark Sekuur en Astrid Boelmans."
                        ),
                    ],
                },
            ),
            ("heading", {"text": "Aanpak", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Na een inleidende quiz met concrete vragen over WIJ Groningen, hebben de aanwezigen zich "
                    "verdeeld in twee groepen. In elke groep gingen de ambtenaren van de gemeente rechtstreeks "
                    "in gesprek met de deelnemers van de stedelijke adviesgroep en de aanwezigen van de "
                    "partnerorganisaties. Zoals gebruikelijk bij bijeenkomsten van de stedelijke adviesgroep van "
                    "Stadadviseert, gebeurde dit onder leiding van een onafhankelijke gespreksbegeleider.</p>"
                ),
            ),
            ("heading", {"text": "Behandelde vragen", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>1. Hoe wil je / denk je dat bewoners invloed willen hebben/mee willen denken en doen als "
                    "het gaat om WIJ:</p>"
                ),
            ),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "in de periode tot aan het besluit over de organisatievorm;",
                        "in de uitwerkingsfase tot 1-1-2018;",
                        "na 1-1-2018, als de nieuwe organisatie een feit is.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>2. Invloed/zeggenschap in het algemeen, invloed in de wijk: op welke manier kan de "
                    "gemeente in het algemeen het beste met bewoners in gesprek gaan over de vraag: “Hoe wilt u "
                    "invloed uitoefenen op wat er in uw eigen wijk gebeurt?”</p>"
                ),
            ),
            ("heading", {"text": "Weergave inbreng aanwezigen", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>In beide groepen vulden de inbreng op vraag 1 en 2 elkaar aan en de inbreng is daarom "
                    "zonder onderscheid naar groep en vraag weergegeven.</p>"
                ),
            ),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        (
                            "<b>Straatambassadeurs instellen:</b> suggestie is om een "
                            "intermediair/vertrouwenspersoon tussen de professionele wereld en de inwoners in te "
                            "zetten. Zij kunnen een brede groep inwoners bereiken door van deur tot deur te gaan "
                            "om contact te leggen en te vragen 'wat leeft er?', 'wat willen jullie?' "
                            "(straatenquête). De straatambassadeurs kunnen inwoners enthousiasmeren en vervullen "
                            "ook een preventieve rol doordat zij vroegtijdig signalen kunnen opvangen."
                        ),
                        (
                            "<b>Wijkplan en wijkagenda:</b> de deelnemers stellen voor om een wijkplan op te "
                            "stellen, inclusief de prioriteiten hierin. Bewoners, professionals en vrijwilligers "
                            "werken samen aan een concreet wijkplan (inclusief prioriteitstelling) en een "
                            "wijkagenda. Hierbij worden o.a. de activiteiten van vrijwillige organisaties, "
                            "plannen van wijkraden, WIJ-teams, gemeentelijke gebiedsteams en "
                            "woningbouwverenigingen, de inrichting van de openbare ruimte en het aanbod van "
                            "professionals op elkaar afgestemd. Deze samenwerking biedt ook input voor de "
                            "WIJ-teams, erkent het belang van vrijwilligers en past bij de ontwikkeling dat "
                            "inwoners meer een regierol krijgen terwijl de gemeente meer dienend en faciliterend "
                            "wordt. In de plannen moet ook opgenomen worden hoe je omgaat met mensen die minder "
                            "zelfredzaam zijn."
                        ),
                        (
                            "<b>Verbinden bestaande maatschappelijke organisaties en activiteiten:</b> hiermee "
                            "wordt bestaande kennis en ervaring betrokken bij de ontwikkelingen in de wijk, dit "
                            "erkent de kracht en inspanningen van inwoners die al actief zijn en zorgt ervoor "
                            "dat bestaande kennis en ervaring wordt gebruikt en signalen vroegtijdig opgevangen "
                            "worden. Werken met thema's past hierbij en maakt dat iedereen kan doen waar hij "
                            "goed in is. Themabijeenkomsten kunnen zowel op wijkniveau als op stadsniveau "
                            "georganiseerd worden."
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p><b>Informatievoorziening, communicatie en toegankelijkheid:</b> essentieel om mensen te "
                    "verbinden en mee te laten doen aan de samenleving.</p>"
                ),
            ),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        (
                            "Dialoog staat centraal en het helder maken van het vraagstuk en het stellen van "
                            "concrete vragen is van belang om deze dialoog met inwoners op gang te brengen;"
                        ),
                        "Faciliteren van tweerichtingsverkeer (zenden én ontvangen);",
                        (
                            "Plannen tijdig bekend maken en daarmee ook inwoners de kans geven om betrokken te "
                            "zijn bij zaken die in hun leefomgeving gebeuren;"
                        ),
                        "Bestaand aanbod in de wijk inzichtelijk maken;",
                        (
                            "Duidelijk zijn over waar inwoners terecht kunnen met hun vragen, signalen en "
                            "ideeën. Ook helder terugkoppelen wat hiermee is gedaan. Dit draagt bij aan het "
                            "vertrouwen van burgers in de overheid en maakt ook dat inwoners met vergelijkbare "
                            "vragen elkaar en de professional kunnen vinden;"
                        ),
                        (
                            "Toegankelijkheid en bekendheid van WIJ-teams: nu is niet altijd bekend waar deze "
                            "zijn en waarvoor een inwoner hier terecht kan. De professionals moeten ook "
                            "'omdenken' en medewerkers van de teams moeten naar de inwoners toe en goed naar hen "
                            "luisteren."
                        ),
                        (
                            "Informatievoorziening naar de mensen die betrokken zijn bij de zorg voor iemand die "
                            "niet zelfredzaam is."
                        ),
                        (
                            "Persoonlijk contact en behoefte aan laagdrempelige ontmoetingsmogelijkheden, bijv. "
                            "koffiemomenten en speeddaten met wijkbewoners."
                        ),
                        (
                            "Gebruik van verschillende communicatiekanalen (bijv. wijkkrant huis aan huis en "
                            "digitaal/sociale media);"
                        ),
                        "Vertel ook de succesverhalen;",
                        (
                            "Aandacht voor jeugd. De stad is ook hun toekomst en ook zij hebben een rol in de "
                            "vormgeving van hun leefomgeving."
                        ),
                    ],
                },
            ),
            ("paragraph", "<p>Motto: de samenleving maak je met elkaar.</p>"),
            ("heading", {"text": "Advies naar aanleiding van deze avond", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Een helder startpunt is nodig om een goede dialoog te voeren. De deelnemers verzoeken "
                    "duidelijk te zijn over het doel van een bijeenkomst, de kaders en het proces rond de WIJ "
                    "Organisatie. Betrekken van iemand die niet is ingevoerd in de materie kan helpen om de "
                    "vragen helder te krijgen. Ook voorbeelden helpen om vragen te verduidelijken.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": (
                        "Bijlage: terugkoppeling bijeenkomst stedelijke adviesgroep Stadadviseert 24 november 2016"
                    ),
                    "level": "h2",
                },
            ),
            ("heading", {"text": "Aanwezig", "level": "h3"}),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "8 leden van de Stedelijke Adviesgroep",
                        "2 medewerkers van WIJ",
                        "kwartiermaker Stadadviseert: Mark Sekuur",
                        "gespreksbegeleider: Alice Bijker",
                        (
                            "vanuit de gemeente: Ali Flikkema (programmamanager Sturing sociaal domein), Annette "
                            "Broekens en Roel Gosker (adviseurs bedrijfsvoering binnen het programma), Fenna "
                            "Moene (Servicedesk Stadadviseert)"
                        ),
                    ],
                },
            ),
            ("paragraph", "<p>1. Welkomstwoord door Mark Sekuur.</p>"),
            (
                "heading",
                {"text": "2. Presentatie door Ali Flikkema over WIJ Groningen", "level": "h3"},
            ),
            (
                "paragraph",
                (
                    "<p>Tijdens de presentatie zijn de onderstaande vragen en opmerkingen aan de orde gekomen. "
                    "Ali Flikkema heeft de antwoorden gegeven.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Moet een WIJ-team in elke wijk hetzelfde zijn?</p><p><b>Antwoord:</b> Nee, "
                    "de praktijk leert dat het soort vragen dat bij de WIJ-teams binnenkomt, voor 70% "
                    "overeenkomt. De problematiek kan echter per wijk verschillen. De processen en sturing zijn "
                    "wel gelijk. Daardoor hebben mensen in dezelfde situatie recht op dezelfde ondersteuning.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Wat versta je onder sturing?</p><p><b>Antwoord:</b> Dat gaat over het "
                    "organiseren van de dingen die in de verschillende delen van de stad gelijk moeten lopen, "
                    "bijvoorbeeld bij de Entree en wat betreft opschalen in verband met veiligheid. Het gaat ook "
                    "om sturing op de nieuwe werkwijze.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Opmerking:</b> Waar ik steeds meer achter kom, is dat de Entree, die zo belangrijk is "
                    "in de praktijk, vergelijkbaar moet zijn op alle locaties: hoe word je ontvangen, "
                    "toegankelijkheid en wijze van binnenkomen, intake van een melding. Nu gaan de meldingen "
                    "niet altijd goed.</p><p><b>Opmerking:</b> ik ben vrijwilliger bij stedelijk Entreegroep en "
                    "zie dat er verschil is in de wijze van sturing. Er zit verschil in de speelruimte van "
                    "stedelijk managers en van coördinatoren.</p><p><b>Reactie:</b> De Entree, met de benodigde "
                    "processen, moet hetzelfde zijn in de hele stad. Niemand moet een drempel voelen om naar "
                    "WIJ-team te gaan. Voor de inwoners moet duidelijk zijn waarvoor zij bij het WIJ-team "
                    "terecht kunnen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Hoe is de 'waterscheiding' tussen de verantwoordelijkheid van een "
                    "professional en van een vrijwilliger nu geregeld (of: van een betaalde resp. onbetaalde "
                    "medewerker)? Wat zijn die verantwoordelijkheden?</p><p><b>Antwoord:</b> Dat is nog niet "
                    "bekend, ook bij de Entree niet. We moeten zorgen voor een heldere scheiding tussen de rol "
                    "van professional en van vrijwilliger.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Opmerking:</b> Ik zie geen uitwisseling tussen vrijwilligers en "
                    "professionals.</p><p><b>Opmerking:</b> Ik zie dat wel. Er zitten ook verschillen in "
                    "WIJ-teams. Ook vrijwilligers kunnen professional zijn. Vrijwilligers met veel kennis kunnen "
                    "een soort brugfunctie vervullen tussen professionals en vrijwilligers. Maak gebruik van de "
                    "kennis en kunde van de vrijwilliger. Zet ze actief in met hun eigen kwaliteiten. Iemand met "
                    "een GGz-achtergrond kan bijvoorbeeld voor andere vrijwilligers een presentatie houden over "
                    "het herkennen van verschillende psychische aandoeningen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Opmerking:</b> De veiligheid van vrijwilligers is nog niet goed geregeld. Er komen "
                    "ook boze mensen bij de Entree. Dat vind ik een zorgpunt.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Bij een stichting heeft toch niemand invloed?</p><p><b>Antwoord:</b> bij "
                    "een stichting kan je vooraf, o.a. in statuten en subsidievoorwaarden, regelen hoe je de "
                    "invloed/zeggenschap van inwoners en medewerkers wilt regelen. Verder kan je regelen dat de "
                    "gemeente invloed heeft op zaken als statuten, profiel van bestuur en raad van toezicht, op "
                    "benoemingen, op verantwoording en rapportage, en zorgen dat statuten alleen gewijzigd "
                    "kunnen worden met instemming van de gemeente. De gemeente wil de komende jaren invloed op "
                    "de inrichting van WIJ, juist omdat WIJ nog in een ontwikkeltraject zit.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Wie worden de bestuursleden van de stichting?</p><p><b>Antwoord:</b> Dat "
                    "weten we nog niet.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Is dat niet paradoxaal als je dingen samen wilt "
                    "doen?</p><p><b>Antwoord:</b> Ja, dat klopt. Het combineren van de verantwoordelijkheid en "
                    "het loslaten van de uitvoering is een zoektocht. De gemeente wil instrumenten om mee te "
                    "sturen op de ontwikkeling, niet op de uitvoering. Dat laatste is een taak van de "
                    "Stichting.</p><p><b>Opmerking:</b> Je moet als gemeente helderheid geven over waar je aan "
                    "het stuur zit en waar niet, en waar je de uitvoerders vrij laat. Hier zit wel spanning "
                    "op.</p><p><b>Reactie:</b> Dat klopt, dat gesprek moet gevoerd worden.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Hoe zit het met de verantwoordelijkheid van de gemeente voor de jeugdzorg "
                    "en hoe moet ik dat dan zien in relatie tot WIJ, in gezinnen?</p><p><b>Antwoord:</b> We "
                    "kunnen vanuit de Jeugdwet de verantwoordelijkheid voor de uitvoering overdragen "
                    "(mandateren) naar andere organisaties. De gemeente blijft wel eindverantwoordelijk voor het "
                    "bieden van passende zorg.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Wat voor leden/mensen zitten er in de WIJ-raad (cliëntenraad van "
                    "WIJ)?</p><p><b>Antwoord:</b> Inwoners in de stad die betrokken zijn bij ondersteuning of "
                    "hun familie. Verdere criteria moeten we nog uitwerken. Het gaat om belangenbehartiging.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Waarom een WIJ-raad op stadsniveau en niet per "
                    "wijk?</p><p><b>Antwoord:</b> Dat is juist om op stadsniveau de belangen te behartigen van "
                    "de cliënten van WIJ. Het gaat dan niet over individuele gevallen; daar zijn "
                    "klachtenprocedures voor.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Gaat het erom dat de WIJ-raad opkomt voor de belangen van "
                    "klanten?</p><p><b>Antwoord:</b> Ja, zo kunnen kwaliteitsnormen afgesproken worden voor de "
                    "ondersteuning door WIJ. Aan de WIJ-raad zitten ook bevoegdheden en verantwoordelijkheden "
                    "vast. Die moeten nog uitgewerkt worden.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Dan kan het zo zijn dat er een wisselende samenstelling "
                    "is?</p><p><b>Antwoord:</b> Ja, dat kan, er zal sprake zijn van een bepaalde "
                    "zittingstermijn.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> Hebben jullie nagedacht over criteria voor de keuze van "
                    "leden?</p><p><b>Antwoord:</b> Nee, dat moet nog gebeuren.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><b>Vraag:</b> De vraag is of je kan signaleren of er iets is met de kwaliteit van de "
                    "ondersteuning. Wat ik als vrijwilliger bij de Entree zie, is dat de ontwikkeling van een "
                    "WIJ-team in de opbouwfase intern gericht is. Hoe neem je de inwoners mee in dit hele "
                    "proces?</p><p><b>Antwoord:</b> Wat ik kan bedenken is dat je in de beginfase van een nieuw "
                    "team eerst met jezelf bezig bent, in de zin van: hoe willen we het doen, hoe loopt het etc. "
                    "Er zijn verschillen in de WIJ-teams. De inwoners willen we vooral meenemen in de "
                    "ontwikkeling van de wijk.</p>"
                ),
            ),
            ("heading", {"text": "3. Aan twee tafels discussie over enkele vragen", "level": "h3"}),
            (
                "list",
                {
                    "ordered": True,
                    "items": [
                        "Wat vindt u van de ideeën die u net gehoord heeft?",
                        "Waar moet het over gaan in de WIJ-raad. Wat vindt u belangrijk?",
                        "De WIJ-raad wordt een algemene raad op stadsniveau. Hoe organiseren we dat goed?",
                        "Hoe wilt u betrokken worden bij de uitwerking van de ideeën?",
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": "Besproken in groep I, met Alice Bijker als gespreksleider (groep met 4 inwoners)",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                (
                    "<p><b>Over wat in het verhaal word je enthousiast en waarbij zeg je: daar mag nog over "
                    "nagedacht worden?</b></p>"
                ),
            ),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "De vorm wordt nu zichtbaar. Dat helpt. Het beeld tekent zich af.",
                        (
                            "Verder zie je de wrijving tussen loslaten en grip willen hebben. Dat paradoxale "
                            "vind ik intrigerend: zie de worsteling bij de gemeente, bij WIJ en ook in de "
                            "praktijk van het centrale overleg bij de Entree."
                        ),
                        (
                            "Er zijn veel verschillen in de wijken. Daarin maakt de bemensing en achtergrond van "
                            "vrijwilligers uit."
                        ),
                        "Wel bemoediging en geduld in verhaal van Ali Flikkema.",
                        (
                            "Over WIJ-raad nog wel verder nadenken over hoe en waarvoor je dit organiseert. Hoe "
                            "zorg je dat het niet gaat over de individuele situaties zelf. Je kan de "
                            "gebruiker/cliënt wel vragen, het gaat altijd over je moeder of vader of jezelf."
                        ),
                        (
                            "Moeite met de terminologie in de presentatie, advies om meer rekening te houden met "
                            "de doelgroep van de bijeenkomst. Ali heeft toegelicht waarom zij de presentatie "
                            "heeft gebruikt die ook is toegelicht in de gemeenteraad (eenduidige "
                            "informatievoorziening)."
                        ),
                    ],
                },
            ),
            ("paragraph", "<p><b>Punten uit het gesprek over de WIJ-raad:</b></p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        ("Rol en doel: behartigen van de (collectieve) belangen van cliënten van WIJ Groningen."),
                        "Wat is de toegevoegde waarde?",
                        (
                            "Wat is de verhouding met andere raden (clusters van het oude Wmo-platform, "
                            "Stadjersbrede netwerken, cliëntenraden etc.)?"
                        ),
                    ],
                },
            ),
            ("paragraph", "<p>Wie zitten er in de WIJ-raad:</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "selectie/screening aan de voorkant aan de hand van criteria; profiel is van belang;",
                        ("mensen met enige afstand, die overstijgend kunnen denken en niet direct zelf cliënt zijn;"),
                        "mensen met enige humor;",
                        "frisse, nieuwe gezichten;",
                        "deelname voor langere, vastgestelde periode;",
                        (
                            "vereiste: verbinding hebben met de WIJ-teams om signalen op te vangen en thema's op "
                            "te halen."
                        ),
                    ],
                },
            ),
            ("paragraph", "<p>Uitzoekpunten:</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "kies je voor deskundigheid of voor betrokkenheid in de WIJ-raad?",
                        "in hoeverre moeten er mensen met specifieke deskundigheid in zitten?",
                        "hoe kan je ervoor zorgen dat je niet steeds overal dezelfde gezichten ziet?",
                    ],
                },
            ),
            ("paragraph", "<p>Mogelijke onderwerpen:</p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        "strategie, inrichting, vraaggericht werken",
                        "wet- en regelgeving",
                        "mantelzorg",
                        "dagbesteding",
                        "dialoog en van elkaar leren (WIJ en cliënten)",
                        "entreeproces",
                        "ambassadeurs op wijkniveau.",
                    ],
                },
            ),
            ("paragraph", "<p>Aandachtspunten:</p>"),
            ("list", {"ordered": False, "items": ["communicatie;", "hoe bereiken we elkaar?"]}),
            (
                "heading",
                {
                    "text": "Besproken in groep II, met Mark Sekuur als gespreksleider (groep met 4 inwoners)",
                    "level": "h3",
                },
            ),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        (
                            "Waar zit precies de waterscheiding tussen professionals en vrijwilligers? "
                            "Duidelijke rolverdeling benoemen is goed maar het doel daarvan moet goede "
                            "samenwerking (als team) zijn."
                        ),
                        (
                            "Zorg voor duidelijke/heldere communicatie over WIJ. Van wie is het? Voor wie is "
                            "het? Waarvoor kan ik bij de WIJ terecht (halen van hulp en inbrengen van sterke "
                            "schouders)."
                        ),
                        (
                            "Laagdrempelig zijn bestaat uit de factoren: fysieke toegankelijkheid, mentale "
                            "toegankelijkheid en (stadsbrede) uniforme toegankelijkheid."
                        ),
                        (
                            "Maak onderscheid duidelijk tussen WIJ- en gebiedsteams of maak een gezamenlijke "
                            "laagdrempelige voordeur."
                        ),
                    ],
                },
            ),
            ("paragraph", "<p><b>Over de WIJ-raad:</b></p>"),
            (
                "list",
                {
                    "ordered": False,
                    "items": [
                        (
                            "Ken als WIJ-raad de belangen van de stadjers en breng in het bijzonder de belangen "
                            "van de doelgroepen in kaart. Leg ook verbinding met sportverenigingen, wijkcentra, "
                            "woningcoöperaties, kerken enz."
                        ),
                        (
                            "de raad maakt een agenda/werkplan: waar willen wij als raad aan werken (rol, "
                            "SMART-doelstellingen, wanneer wat doen, stappenplan, tijdspad enz.);"
                        ),
                        (
                            "met wie ga je als raad in gesprek: in elk geval met de WIJ-bestuurder/de wethouder, "
                            "maar ook b.v. met andere steden uit de benchmark;"
                        ),
                        "periodiek overleg met de WIJ teams;",
                        "onafhankelijke voorzitter;",
                        "huishoudelijk reglement, met o.m. enquêterecht;",
                        "zorg voor goede ondersteuning vanuit WIJ Groningen voor de WIJ-raad;",
                        (
                            "verbinding is essentieel: in ieder gebiedsteam één WIJ-raadslid en per WIJ-team één "
                            "burger in de raad."
                        ),
                    ],
                },
            ),
            ("heading", {"text": "4. Plenaire terugkoppeling", "level": "h3"}),
            (
                "paragraph",
                "<p>De belangrijkste uitkomsten per tafel worden plenair teruggekoppeld.</p>",
            ),
            ("heading", {"text": "5. Afsluiting door Mark Sekuur", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Mark dankt iedereen voor zijn komst en bijdrage. Hij kondigt aan dat de presentatie van "
                    "Ali samen met het verslag wordt verzonden.</p>"
                ),
            ),
        ],
        "tags": ["Stadadviseert", "WIJ-raad"],
    },
    "translate": False,
}
