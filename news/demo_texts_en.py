"""English texts of the news demo pages, keyed by their Dutch text (see home/demo_translation.py).

The news index, the letter on citizen participation and the expert meeting are translated; the long advice of
Stadadviseert stays Dutch only. Names of organisations (Stichting WIJ Groningen, Stadadviseert, Stadspanel) stay
as they are.
"""

HOME_SECTION_TEXT = "News, advice, reports and meetings."

# The categories keep their slug (it is the filter value in the web address), so only the name is translated.
CATEGORIES = {
    "Nieuws": "News",
    "Advies": "Advice",
    "Verslag": "Report",
    "Agenda": "Events",
}

INDEX = {
    "Nieuws": "News",
    "nieuws": "news",
    "Berichten, adviezen, verslagen en bijeenkomsten van en over de WIJ-raad.": (
        "News, advice, reports and meetings from and about the WIJ-raad."
    ),
}

PARTICIPATION = {
    "Brief van het college over burgerparticipatie en de WIJ-raad": (
        "Letter from the Mayor and Aldermen about citizen participation and the WIJ-raad"
    ),
    "brief-burgerparticipatie-en-de-wij-raad": "letter-about-citizen-participation-and-the-wij-raad",
    (
        "Het college van burgemeester en wethouders schreef de gemeenteraad over de inspraak van inwoners bij WIJ "
        "Groningen. Er komt een stedelijke WIJ-raad met elf tot dertien leden."
    ): (
        "The Mayor and Aldermen wrote to the city council about how residents get a say at WIJ Groningen. There "
        "will be a city-wide WIJ-raad with eleven to thirteen members."
    ),
    (
        "Als vervolg op de derde voortgangsrapportage over Stichting WIJ Groningen 2018 (kenmerk 6545855), d.d. "
        "25 oktober 2017 informeren wij u in deze brief specifiek over de afspraken die wij gemaakt hebben met de "
        "stichting over burgerparticipatie. Stichting WIJ Groningen (hierna WIJ Groningen) is een feit, per 1 "
        "januari 2018 treedt het personeel in dienst van de stichting en hiermee komt WIJ Groningen op afstand "
        "van de gemeente. Voorafgaand hieraan leggen wij op 19 december formeel de afspraken voor 2018 vast in "
        "een uitvoeringsovereenkomst met WIJ Groningen. Met deze afspraken banen wij het pad om tot een nadere "
        "invulling te komen van de onderwerpen zeggenschap en burgerparticipatie binnen WIJ Groningen. In deze "
        "brief geven wij de beleidsmatige richting aan en in het voorjaar van 2018 komen wij met een verdere "
        "invulling van de zeggenschap en participatie van burgers binnen WIJ Groningen."
    ): (
        "Following the third progress report on Stichting WIJ Groningen 2018 (reference 6545855), dated 25 "
        "October 2017, this letter tells you specifically about the agreements we made with the foundation on "
        "citizen participation. Stichting WIJ Groningen (from here on: WIJ Groningen) now exists. From 1 January "
        "2018 the staff will work for the foundation, and from then on WIJ Groningen works at a distance from the "
        "municipality. Before that, on 19 December, we will formally record the agreements for 2018 in an "
        "implementation agreement with WIJ Groningen. With these agreements we prepare the way to work out in "
        "more detail how citizens get a say and take part within WIJ Groningen. In this letter we set out the "
        "direction of our policy. In spring 2018 we will tell you more about how citizens will have a say and "
        "take part within WIJ Groningen."
    ),
    "De opdracht aan WIJ Groningen": "The assignment for WIJ Groningen",
    (
        "In de 'Nota Governance, organisatie en rechtsvorm WIJ Groningen 2018' (24 november 2016) formuleerden "
        "wij de coöperatieve opdracht aan WIJ Groningen, gericht op participatie, invloed en zeggenschap van de "
        "burgers van de stad Groningen, als volgt:"
    ): (
        "In our policy paper on the governance, organisation and legal form of WIJ Groningen 2018 (24 November "
        "2016) we described the cooperative assignment for WIJ Groningen, aimed at the participation, influence "
        "and say of the citizens of the city of Groningen, as follows:"
    ),
    (
        "geef samen met de gebiedsteams, inwoners, andere maatschappelijke partijen en de gemeente, vorm aan een "
        "stelsel van goede preventieve, collectieve voorzieningen in de stad;"
    ): (
        "together with the area teams, residents, other organisations in society and the municipality, build a "
        "system of good preventive, collective services in the city;"
    ),
    (
        "ontwikkel samen met de wijkbewoners formele en informele vormen, waarin de participatie, invloed en "
        "zeggenschap van wijkbewoners in de wijk en binnen WIJ Groningen centraal staat."
    ): (
        "together with the residents of the neighbourhoods, develop formal and informal ways of working in which "
        "the participation, influence and say of residents in their neighbourhood and within WIJ Groningen come "
        "first."
    ),
    (
        "Aan deze coöperatieve opdracht hebben wij een aantal afspraken over resultaten gekoppeld. Om "
        "maatschappelijk draagvlak te creëren hebben wij bij het ontwikkelen van deze afspraken advies en input "
        "gevraagd aan Stadadviseert. Dit leidde tot nieuwe inzichten over onze aanpak en de te behalen "
        "resultaten. In september hebben wij samen met Stadadviseert een effectensessie uitgevoerd. De uitkomst "
        "van deze sessie is verwerkt in de opdracht aan WIJ Groningen. Met Stadadviseert is afgesproken om ook in "
        "de komende jaren structureel overleg te voeren over vraagstukken die spelen rond WIJ Groningen."
    ): (
        "We linked a number of agreements about results to this cooperative assignment. To build support in "
        "society, we asked Stadadviseert for advice and input while we developed these agreements. This led to "
        "new insights into our approach and the results to achieve. In September we held a session on effects "
        "together with Stadadviseert. The outcome of this session is part of the assignment for WIJ Groningen. We "
        "agreed with Stadadviseert to keep meeting regularly in the coming years about issues around WIJ "
        "Groningen."
    ),
    (
        "Eén van de resultaten die wij willen behalen hebben betrekking op eigen kracht en zelfregie. Inwoners "
        "moeten in staat gesteld worden maximaal regie te blijven voeren over hun eigen leven. Dit is een "
        "voorwaarde voor zeggenschap en burgerparticipatie."
    ): (
        "One of the results we want to achieve is about people's own strength and being in charge of their own "
        "lives. Residents must be enabled to stay in control of their own lives as much as possible. This is a "
        "condition for having a say and for citizen participation."
    ),
    (
        "Daarnaast hebben wij de afspraak gemaakt met WIJ Groningen om een instrument te ontwikkelen waarmee "
        "inwoners hun ervaringen kunnen delen over het contact met WIJ Groningen. Op basis van deze vorm van "
        "burgerparticipatie kan WIJ Groningen haar dienstverlening verbeteren."
    ): (
        "We also agreed with WIJ Groningen that it will develop a tool that residents can use to share their "
        "experiences of their contact with WIJ Groningen. Based on this form of citizen participation, WIJ "
        "Groningen can improve its services."
    ),
    (
        "Los van deze resultaatsafspraken wordt vanaf 2018 via waarderend onderzoek van het Stadspanel gemeten "
        "hoe de inwoners WIJ Groningen beoordelen op het vlak van bereikbaarheid, bekendheid, vindbaarheid, "
        "zeggenschap en het open staan voor burgerinitiatieven. De uitkomsten van dit waarderend onderzoek "
        "bepalen mede het toekomstige WIJ beleid en de hieraan gekoppelde uitvoering."
    ): (
        "Apart from these agreements on results, from 2018 a survey by the Stadspanel (the city's panel of "
        "residents) will measure how residents rate WIJ Groningen: how easy it is to reach, how well known it is, "
        "how easy it is to find, how much say residents have, and how open it is to citizens' initiatives. The "
        "results of this survey help to shape the future WIJ policy and the way it is carried out."
    ),
    "De WIJ-raad": "The WIJ-raad",
    (
        "WIJ Groningen gaat een stedelijke WIJ-raad instellen die de belangen behartigt van inwoners, die een "
        "beroep doen op ondersteuning van WIJ Groningen, met specifieke aandacht voor de jeugdigen. Er zijn "
        "meerdere bijeenkomsten geweest met Stadadviseert over de inrichting van en het profiel voor leden van de "
        "WIJ-raad. Ook zijn gezamenlijk wervingsteksten voor de leden opgesteld. Op basis van deze bijeenkomsten "
        "is het volgende profiel vastgesteld. De WIJ-raad bestaat uit minimaal elf en maximaal dertien leden, "
        "waarvan het merendeel woont in de stad Groningen. De leden van de WIJ-raad worden benoemd door Stichting "
        "WIJ op voordracht van de WIJ-raad. De selectie van kandidaten gebeurt door de WIJ-raad. De inwoners van "
        "Groningen kunnen hiermee formeel invloed uitoefenen op het beleid van WIJ Groningen."
    ): (
        "WIJ Groningen will set up a city-wide WIJ-raad that stands up for the interests of residents who ask WIJ "
        "Groningen for support, with special attention to young people. There were several meetings with "
        "Stadadviseert about how to set up the WIJ-raad and about the profile for its members. Together we also "
        "wrote texts to recruit members. Based on these meetings, the following profile was agreed. The WIJ-raad "
        "has at least eleven and at most thirteen members. Most of them live in the city of Groningen. Stichting "
        "WIJ appoints the members of the WIJ-raad on the proposal of the WIJ-raad. The WIJ-raad selects the "
        "candidates. In this way the residents of Groningen can formally influence the policy of WIJ Groningen."
    ),
    (
        "Aanvullend op de WIJ-raad heeft WIJ Groningen de intentie om per WIJ-team inspraak van inwoners te "
        "regelen. Momenteel krijgt dit in verschillende WIJ-teams al vorm. Ook wil de stichting de komende tijd "
        "inwoners betrekken bij de toekomstvisie van WIJ Groningen."
    ): (
        "In addition to the WIJ-raad, WIJ Groningen intends to give residents a say in each WIJ team. Several WIJ "
        "teams are already putting this into practice. In the coming period the foundation also wants to involve "
        "residents in its vision for the future of WIJ Groningen."
    ),
    "Toolbox burgerparticipatie": "Citizen participation toolbox",
    (
        "Samen met Stadadviseert en WIJ Groningen ontwikkelen we op dit moment een digitale 'toolbox "
        "burgerparticipatie' die medewerkers van de WIJ-teams en de gemeente ondersteunt bij het organiseren en "
        "versterken van participatie en zeggenschap van inwoners. Deze toolbox bevat een lijst van ambassadeurs "
        "(meedenkers) en een overzicht van mogelijke werkvormen en methoden. Hiermee krijgen de medewerkers van "
        "WIJ Groningen de beschikking over concrete handvatten waarmee ze de burgerparticipatie en zeggenschap "
        "kunnen vergroten."
    ): (
        "Together with Stadadviseert and WIJ Groningen, we are now developing a digital 'citizen participation "
        "toolbox'. It helps the staff of the WIJ teams and the municipality to organise and strengthen the "
        "participation and say of residents. The toolbox has a list of ambassadors (people who think along) and "
        "an overview of possible ways and methods of working. This gives the staff of WIJ Groningen practical "
        "tools to increase citizen participation and the say of residents."
    ),
    "Gebiedsgericht werken": "Working by area",
    (
        "Burgerparticipatie bij Stichting WIJ Groningen kan niet los worden gezien van het gebiedsgericht werken. "
        "Binnen de gebiedsgerichte aanpak zijn drie actoren actief; de wijkwethouders, de gebiedsteams en de "
        "WIJ-teams. Via de gebiedsteams worden ideeën en initiatieven vanuit de wijk samengebracht met de opgaven "
        "van de gemeente. De gebiedsteams stellen samen met wijkbewoners, (maatschappelijke) organisaties en "
        "ondernemers de wijkagenda op. In de wijkagenda wordt bepaald aan welke vraagstukken en kansen gewerkt "
        "gaat worden. In het gebiedsprogramma wordt vastgelegd hoe dat gebeurt en hoeveel budget er beschikbaar "
        "is. De WIJ-teams zijn door hun positie in de gebiedsgerichte aanpak een belangrijke speler in de "
        "ontwikkeling van burgerbetrokkenheid in de stad Groningen."
    ): (
        "Citizen participation at Stichting WIJ Groningen cannot be seen apart from working by area. Three "
        "parties are active in the area-based approach: the neighbourhood aldermen, the area teams and the WIJ "
        "teams. Through the area teams, ideas and initiatives from the neighbourhood are brought together with "
        "the tasks of the municipality. The area teams draw up the neighbourhood agenda together with residents, "
        "organisations (in society) and businesses. The neighbourhood agenda sets out which issues and "
        "opportunities will be worked on. The area programme records how this is done and how much budget there "
        "is. Because of their place in the area-based approach, the WIJ teams play an important part in getting "
        "citizens more involved in the city of Groningen."
    ),
    "Tot slot": "Finally",
    (
        "Resumerend is de effectuering van burgerparticipatie in de stad Groningen in volle gang. De nieuwe "
        "organisatie WIJ Groningen heeft de opdracht, de middelen en de kans om burgerparticipatie en zeggenschap "
        "van inwoners te realiseren en onderdeel te maken van het leven in de wijken. Als opdrachtgever sturen "
        "wij deze ontwikkeling vanuit onze ervaring met burgerparticipatie en faciliteren wij samen met WIJ "
        "Groningen en andere partijen dat burgerparticipatie en zeggenschap concreet gestalte krijgen. In het "
        "voorjaar van 2018 informeren wij uw Raad nader over de verdere invulling."
    ): (
        "In short, putting citizen participation into practice in the city of Groningen is well under way. The "
        "new organisation WIJ Groningen has the assignment, the means and the chance to make citizen "
        "participation and the say of residents a reality, and part of life in the neighbourhoods. As the party "
        "that gives the assignment, we steer this development from our experience with citizen participation. "
        "Together with WIJ Groningen and other parties, we help citizen participation and the say of residents "
        "take concrete shape. In spring 2018 we will tell your Council more about how this will be worked out."
    ),
    (
        "Raadsleden die geïnteresseerd zijn in de tekst van de opdracht aan WIJ Groningen kunnen deze opvragen "
        "bij de gemeente Groningen, via wij-opdracht@gemeente.example.org."
    ): (
        "Council members who are interested in the text of the assignment for WIJ Groningen can ask the "
        "municipality of Groningen for it, via wij-opdracht@gemeente.example.org."
    ),
    "Met vriendelijke groet,<br/>burgemeester en wethouders van Groningen,": (
        "Kind regards,<br/>the Mayor and Aldermen of Groningen,"
    ),
    "de burgemeester, Peter den Oudsten<br/>de secretaris, Peter Teesink": (
        "the Mayor, Peter den Oudsten<br/>the Secretary, Peter Teesink"
    ),
}

EXPERT_MEETING = {
    "Expertmeeting 'WIJ en het veld'": "Expert meeting 'WIJ and the field'",
    "expertmeeting-wij-en-het-veld": "expert-meeting-wij-and-the-field",
    (
        "De gemeenteraad van Groningen vindt het belangrijk dat Stadjers, bewonersorganisaties en professionals "
        "mee kunnen denken en praten over de kwaliteit van welzijn en zorg in de buurt."
    ): (
        "The city council of Groningen thinks it is important that the people of the city, residents' "
        "organisations and professionals can think and talk along about the quality of welfare and care in the "
        "neighbourhood."
    ),
    (
        "Tijdens een expertmeeting wil de gemeenteraad dan ook uw mening als bewoner of professional horen. De "
        "expertmeeting is op dinsdag 31 oktober in het stadhuis. U bent vanaf 19:00 uur van harte welkom."
    ): (
        "That is why the city council wants to hear your opinion as a resident or professional at an expert "
        "meeting. The expert meeting is on Tuesday 31 October in the City Hall. You are very welcome from 19:00."
    ),
    "Expertmeeting": "Expert meeting",
    (
        "De expertmeeting gaat in op WIJ Groningen in samenhang met de wijk omdat WIJ Groningen centraal staat in "
        "het borgen van de kwaliteit van welzijn en zorg in de buurt. WIJ-teams zijn inmiddels actief in alle "
        "delen van de stad en gaan met de vorming van de Stichting WIJ Groningen per 1 januari 2018 een nieuwe "
        "fase in. Voor het succes van WIJ Groningen is de samenwerking met bewoners(-organisaties) en "
        "professionals zoals u, cruciaal."
    ): (
        "The expert meeting looks at WIJ Groningen together with the neighbourhood, because WIJ Groningen is "
        "central to securing the quality of welfare and care in the neighbourhood. WIJ teams are now active in "
        "all parts of the city. With the start of Stichting WIJ Groningen on 1 January 2018 they enter a new "
        "phase. Working together with residents (and their organisations) and professionals like you is crucial "
        "for the success of WIJ Groningen."
    ),
    (
        "Na een algemene inleiding wil de gemeenteraad van Groningen graag weten hoe u de kwaliteit van welzijn "
        "en zorg bij u in de buurt beoordeelt, wat goed gaat en wat beter kan. Dit wordt tijdens 2 gespreksrondes "
        "van 45 minuten besproken aan 5 thematafels:"
    ): (
        "After a general introduction, the city council of Groningen would like to know how you rate the quality "
        "of welfare and care in your neighbourhood: what goes well and what could be better. This is discussed in "
        "2 rounds of talks of 45 minutes, at 5 theme tables:"
    ),
    "samenleven in de buurt": "living together in the neighbourhood",
    "veiligheid": "safety",
    "actief in de samenleving": "being active in society",
    "(mantel)zorg": "(informal) care",
    "leren/onderwijs": "learning/education",
    "De gesprekken worden gevoerd vanuit de invalshoeken preventie, samenwerking en zeggenschap.": (
        "The talks look at the themes from three angles: prevention, working together and having a say."
    ),
    "Geef uw mening": "Give your opinion",
    (
        "Naast de thematafels is er een 'babbelbox' aanwezig. Hierin kan iedereen zijn of haar mening geven over "
        "alles wat zich in buurten en wijken voordoet rond genoemde thema's. Wij nodigen u uit om uw mening te "
        "geven."
    ): (
        "Next to the theme tables there is a 'talk booth'. In it, anyone can give their opinion on anything that "
        "happens in the neighbourhoods around these themes. We invite you to give your opinion."
    ),
    (
        "Naast meepraten kunt u ook de gesprekken volgen vanaf de publieke tribune. De activiteiten in de "
        "plenaire zaal (inleiding, babbelbox en conclusie) kunnen ook online gevolgd worden via de website van de "
        "gemeenteraad."
    ): (
        "Besides joining the talks, you can also follow them from the public gallery. The activities in the "
        "council chamber (introduction, talk booth and conclusion) can also be followed online on the website of "
        "the city council."
    ),
    (
        "Doel van de bijeenkomst is om een tussenstand te krijgen rond de kwaliteit van welzijn en zorg in de "
        "wijken. Vervolgens trekken de politieke partijen conclusies die kunnen leiden tot bijsturing van het "
        "beleid."
    ): (
        "The aim of the meeting is to get an interim picture of the quality of welfare and care in the "
        "neighbourhoods. After that, the political parties draw conclusions that may lead to changes in policy."
    ),
    "Aanmelden": "Signing up",
    (
        "Wilt u op 31 oktober aanwezig zijn als gesprekspartner aan één of twee thematafels? Vul dan het "
        "reactieformulier in. Aanmelden kan tot en met maandag 23 oktober. Dit formulier kan ook gebruikt worden "
        "voor vragen."
    ): (
        "Would you like to take part in the talks at one or two theme tables on 31 October? Then fill in the "
        "response form. You can sign up until Monday 23 October. You can also use this form for questions."
    ),
    (
        "Aan de hand van de aanmeldingen wordt er een indeling gemaakt voor de thematafels. Voor de babbelbox en "
        "de publieke tribune hoeft u zich niet aan te melden."
    ): (
        "Based on the sign-ups, people are divided over the theme tables. You do not need to sign up for the talk "
        "booth or the public gallery."
    ),
    "Stadhuis": "City Hall",
    "Gemeenteraad Groningen": "Groningen City Council",
}
