"""English texts of the vacancies demo pages, keyed by their Dutch text (see home/demo_translation.py)."""

HOME_SECTION_TEXT = "Become a member of the WIJ-raad: see which seats are open and how to apply."

PROFILE = {
    "Profielschets": "Member profile",
    "profielschets": "member-profile",
    "Wat moeten leden van de WIJ-raad in hun mars hebben?": "What do members of the WIJ-raad need to bring?",
    "Algemene eisen": "General requirements",
    "Je hebt persoonlijk ervaring met de ondersteuning door WIJ Groningen. Het liefst zelf, maar ook wettelijke "
    "vertegenwoordigers, familieleden of mantelzorgers kunnen reageren.": "You have personal experience with support "
    "from WIJ Groningen. Preferably yourself, but legal representatives, family members and carers can also apply.",
    "Je behartigt de belangen van alle inwoners van de gemeente die met WIJ Groningen te maken hebben.": "You stand "
    "up for the interests of all residents of the municipality who deal with WIJ Groningen.",
    "Je ziet het verschil tussen de bewonersbelangen, persoonlijke belangen en de belangen van WIJ Groningen.": "You "
    "see the difference between the interests of residents, personal interests and the interests of WIJ Groningen.",
    "Je kunt gesprekken voeren en goed samenwerken in een team; je kunt goed luisteren en respectvol optreden.": "You "
    "can hold conversations and work well in a team; you listen well and act respectfully.",
    "Je kunt omgaan met vertrouwelijke informatie.": "You can handle confidential information.",
    "Je bent in staat om beleidsnotities te lezen.": "You are able to read policy papers.",
    "Je hebt genoeg tijd en energie om je te verdiepen in ontwikkelingen en trends en het beleid van WIJ Groningen. "
    "Daarnaast kun je vergaderen, adviezen voorbereiden en een standpunt verwoorden.": "You have enough time and "
    "energy to learn about developments, trends and the policy of WIJ Groningen. You can also take part in "
    "meetings, prepare advice and put a point of view into words.",
    "Aanvullende eisen": "Additional requirements",
    "Je kunt een stap terug doen om onderwerpen van een afstand te bekijken en de grote lijn of het totale proces "
    "te overzien.": "You can take a step back to look at topics from a distance and see the main lines or the whole "
    "process.",
    "Specifieke expertise op een bepaald terrein is wenselijk (afhankelijk van de taakverdeling binnen de WIJ-raad, "
    "bijvoorbeeld kennis van zorg of onderwijs).": "Specific expertise in a certain field is welcome (depending on "
    "how tasks are divided within the WIJ-raad, for example knowledge of care or education).",
    "Je bent beschikbaar voor een aaneengesloten periode van drie jaar.": "You are available for an unbroken period "
    "of three years.",
    "Je hebt goed contact met een WIJ-team om signalen op te vangen en onderwerpen op te halen.": "You have good "
    "contact with a WIJ team, to pick up signals and topics.",
    "Extra eisen voor de voorzitter": "Extra requirements for the chair",
    "Voor de rol van voorzitter gelden nog een paar extra eisen.": "A few extra requirements apply to the chair.",
    "Je geeft leiding aan de vergadering.": "You lead the meeting.",
    "Je stimuleert de leden tot een bijdrage.": "You encourage the members to contribute.",
    "Je bouwt aan een functionele samenwerkingsrelatie met de bestuurder van WIJ Groningen.": "You build a working "
    "relationship with the director of WIJ Groningen.",
    "Je kunt de belangen van de WIJ-raad behartigen (onderhandelen, besluiten nemen).": "You can stand up for the "
    "interests of the WIJ-raad (negotiate, take decisions).",
    "Je vertegenwoordigt de WIJ-raad, binnen WIJ Groningen en daarbuiten.": "You represent the WIJ-raad, within WIJ "
    "Groningen and outside it.",
    "Je hebt inzicht in de ontwikkelingen binnen WIJ Groningen.": "You understand the developments within WIJ "
    "Groningen.",
    "Praktische informatie": "Practical information",
    "De WIJ-raad wordt om advies gevraagd over zaken die inwoners en WIJ Groningen raken. WIJ Groningen ziet de "
    "WIJ-raad als een belangrijke gesprekspartner, voor zowel gevraagd als ongevraagd advies. Een open dialoog is "
    "de basis voor de samenwerking tussen de WIJ-raad en WIJ Groningen.": "The WIJ-raad is asked for advice on "
    "matters that affect residents and WIJ Groningen. WIJ Groningen sees the WIJ-raad as an important partner, for "
    "advice it asks for and advice it does not ask for. An open dialogue is the basis of the cooperation between "
    "the WIJ-raad and WIJ Groningen.",
    "De WIJ-raad bepaalt zelf hoe vaak hij vergadert. Vergelijkbare raden vergaderen één keer per maand. De "
    "bestuurder van WIJ Groningen en de WIJ-raad vergaderen eens per twee maanden.": "The WIJ-raad decides how "
    "often it meets. Similar councils meet once a month. The director of WIJ Groningen and the WIJ-raad meet once "
    "every two months.",
    "Gemaakte onkosten in het kader van deelname aan de WIJ-raad worden door WIJ Groningen vergoed. WIJ Groningen "
    "biedt ondersteuning aan de WIJ-raad in de vorm van een ambtelijk secretaris.": "WIJ Groningen pays back the "
    "costs you make as a member of the WIJ-raad. WIJ Groningen supports the WIJ-raad with a secretary.",
}

COUNCIL = {
    "Wie zitten er in de WIJ-raad?": "Who is on the WIJ-raad?",
    "wie-zitten-er-in-de-wij-raad": "who-is-on-the-wij-raad",
    "De leden van de WIJ-raad wonen in de gemeente Groningen en hebben zelf te maken met WIJ Groningen.": "The "
    "members of the WIJ-raad live in the municipality of Groningen and deal with WIJ Groningen themselves.",
    "De WIJ-raad kiest zelf nieuwe leden. Stichting WIJ Groningen benoemt hen, op voordracht van de WIJ-raad. "
    "Hieronder staan de leden die nu in de raad zitten.": "The WIJ-raad chooses its new members itself. Stichting "
    "WIJ Groningen appoints them, on the proposal of the WIJ-raad. Below are the members who are on the council now.",
}

INDEX = {
    "Vacatures": "Vacancies",
    "vacatures": "vacancies",
    "Op elk moment kan iemand lid worden van de WIJ-raad. Misschien is dat iets voor jou?": "Anyone can join the "
    "WIJ-raad at any time. Could that be something for you?",
    "Als de maximale termijn van een lid is bereikt, stopt dat lidmaatschap. Maar ook tussentijds kunnen leden "
    "stoppen, bijvoorbeeld omdat ze een (fulltime) baan hebben gekregen.": "When a member reaches the maximum term, "
    "their membership ends. Members can also stop earlier, for example because they found a (full-time) job.",
    "Het aantal leden van de WIJ-raad wisselt daardoor. Zo lang het maximum aantal leden niet is bereikt, is er "
    "eigenlijk sprake van een permanente vacature.": "So the number of members changes. As long as the council "
    "does not have the maximum number of members, there is in fact a permanent vacancy.",
    "Thema's en onderwerpen die veel in de WIJ-raad aan de orde komen zijn de toegang tot en de kwaliteit van de "
    "ondersteuning, hoe inwoners worden bejegend (zowel schriftelijk als mondeling), duidelijke en eenduidige "
    "informatie, privacy, en de ontvangst bij WIJ Groningen.": "Themes and topics the WIJ-raad often discusses are "
    "access to support and its quality, how residents are treated (in writing and in person), clear and "
    "consistent information, privacy, and the welcome at WIJ Groningen.",
    "Wat zoeken we?": "Who are we looking for?",
    "De WIJ-raad is voortdurend op zoek naar gemotiveerde mensen die willen meedenken en meepraten over het beleid "
    "van WIJ Groningen. Die ideeën hebben over hoe de ondersteuning beter kan en hoe daar zoveel mogelijk inwoners "
    "bij betrokken kunnen worden.": "The WIJ-raad is always looking for motivated people who want to think and talk "
    "about the policy of WIJ Groningen. People with ideas on how support can be better and how to involve as many "
    "residents as possible.",
    "Kun je goed schrijven, of wil je helpen om de website bij te houden? Ook dan horen we graag van je.": "Are you "
    "good at writing, or do you want to help keep the website up to date? Then we would also like to hear from you.",
    "De WIJ-raad is ingesteld door WIJ Groningen, maar is volstrekt onafhankelijk. De WIJ-raad geeft gevraagd en "
    "ongevraagd advies aan de bestuurder van WIJ Groningen.": "WIJ Groningen set up the WIJ-raad, but the council "
    "is fully independent. The WIJ-raad gives advice to the director of WIJ Groningen, when asked and on its own "
    "initiative.",
    "Spreekt je dit aan?": "Does this appeal to you?",
    "We horen graag van je en gaan graag met je in gesprek! Meld je aan via een van de vacatures hieronder. Heb je "
    "eerst een vraag? Mail dan gerust het secretariaat; het adres staat onderaan elke pagina.": "We would love to "
    "hear from you and talk with you! Apply through one of the vacancies below. Do you have a question first? "
    "Feel free to e-mail the secretary; the address is at the bottom of every page.",
    "Kennismakingsgesprek": "Introductory talk",
    "Je hebt eerst een kennismakingsgesprek met de voorzitter en de ambtelijk secretaris. In dat gesprek bespreken "
    "we wat je van elkaar verwacht.": "First you have an introductory talk with the chair and the secretary. In "
    "that talk we discuss what we expect from each other.",
    "Gesprek met een delegatie van de WIJ-raad": "Talk with a delegation of the WIJ-raad",
    "Daarna volgt een gesprek met een paar leden van de WIJ-raad.": "Then you talk with a few members of the WIJ-raad.",
    "Proefperiode van 3 maanden": "Trial period of 3 months",
    "Zijn jij en de WIJ-raad het over en weer eens? Dan begint een proefperiode van 3 maanden.": "Do you and the "
    "WIJ-raad both agree? Then a trial period of 3 months starts.",
    "Benoeming": "Appointment",
    "Na de proefperiode heb je een gesprek met de voorzitter. Daarna benoemt Stichting WIJ Groningen je als lid, op "
    "voordracht van de WIJ-raad.": "After the trial period you have a talk with the chair. Then Stichting WIJ "
    "Groningen appoints you as a member, on the proposal of the WIJ-raad.",
}

_VACANCY_SHARED = {
    "Je praat mee over de ondersteuning van WIJ Groningen, voor en namens inwoners.": "You have a say in the support "
    "of WIJ Groningen, for and on behalf of residents.",
    "De onkosten die je maakt voor de WIJ-raad krijg je vergoed door WIJ Groningen.": "WIJ Groningen pays back the "
    "costs you make for the WIJ-raad.",
    "De ambtelijk secretaris ondersteunt de WIJ-raad en helpt je op weg.": "The secretary supports the WIJ-raad and "
    "helps you get started.",
    "3 jaar": "3 years",
    "De WIJ-raad bepaalt zelf hoe vaak hij vergadert, meestal één keer per maand. Eens per twee maanden vergadert de "
    "WIJ-raad met de bestuurder van WIJ Groningen.": "The WIJ-raad decides how often it meets, usually once a "
    "month. Once every two months the WIJ-raad meets with the director of WIJ Groningen.",
}

MEMBER_VACANCY = {
    **_VACANCY_SHARED,
    "Lid van de WIJ-raad": "Member of the WIJ-raad",
    "lid-van-de-wij-raad": "member-of-the-wij-raad",
    "Heb je ervaring met de ondersteuning van WIJ Groningen en wil je meepraten over het beleid? Word dan lid van "
    "de WIJ-raad.": "Do you have experience with support from WIJ Groningen and do you want to have a say in its "
    "policy? Then become a member of the WIJ-raad.",
    "Je hebt zelf ervaring met de ondersteuning door WIJ Groningen, of als familielid, mantelzorger of wettelijk "
    "vertegenwoordiger. Je kunt goed luisteren, samenwerken en omgaan met vertrouwelijke informatie. Je hebt tijd "
    "om beleidsnotities te lezen en te vergaderen.": "You have experience with support from WIJ Groningen yourself, "
    "or as a family member, carer or legal representative. You listen well, work well with others and can handle "
    "confidential information. You have time to read policy papers and to take part in meetings.",
}

CHAIR_VACANCY = {
    **_VACANCY_SHARED,
    "Voorzitter van de WIJ-raad": "Chair of the WIJ-raad",
    "voorzitter-van-de-wij-raad": "chair-of-the-wij-raad",
    "Wil je de vergaderingen van de WIJ-raad leiden en de raad vertegenwoordigen? Dan zoeken we jou als "
    "voorzitter.": "Do you want to lead the meetings of the WIJ-raad and represent the council? Then we are "
    "looking for you as chair.",
    "Je voldoet aan de eisen voor alle leden. Daarnaast geef je leiding aan de vergadering, stimuleer je de leden "
    "tot een bijdrage en bouw je aan een goede samenwerking met de bestuurder van WIJ Groningen. Je vertegenwoordigt "
    "de WIJ-raad, binnen WIJ Groningen en daarbuiten.": "You meet the requirements for all members. You also lead "
    "the meeting, encourage the members to contribute and build good cooperation with the director of WIJ "
    "Groningen. You represent the WIJ-raad, within WIJ Groningen and outside it.",
}
