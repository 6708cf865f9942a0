"""The member profile: "Wat moeten leden van de WIJ-raad in hun mars hebben?" (seed 000, second part).

Only PDF damage is repaired.
"""

PAGE = {
    "type": "vacancies.ProfilePage",
    "parent": "jouw-mening-telt",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "profile": [
            (
                "group",
                {
                    "heading": "{profile_1}",
                    "intro": "",
                    "requirements": [
                        "{profile_2}",
                        "{profile_3}",
                        "{profile_4}",
                        "{profile_5}",
                        "{profile_6}",
                        "{profile_7}",
                        "{profile_8}",
                    ],
                },
            ),
            (
                "group",
                {
                    "heading": "{profile_9}",
                    "intro": "",
                    "requirements": ["{profile_10}", "{profile_11}", "{profile_12}", "{profile_13}"],
                },
            ),
            (
                "group",
                {
                    "heading": "{profile_14}",
                    "intro": "{profile_15}",
                    "requirements": [
                        "{profile_16}",
                        "{profile_17}",
                        "{profile_18}",
                        "{profile_19}",
                        "{profile_20}",
                        "{profile_21}",
                    ],
                },
            ),
            (
                "text",
                {
                    "heading": "{profile_22}",
                    "text": "<p>{profile_23}</p><p>{profile_24}</p><p>{profile_25}</p>",
                },
            ),
        ],
    },
}

TEXT = {
    "slug": {"nl": "profielschets", "en": "member-profile"},
    "title": {"nl": "Profielschets", "en": "Member profile"},
    "intro": {
        "nl": "Wat moeten leden van de WIJ-raad in hun mars hebben?",
        "en": "What do members of the WIJ-raad need to bring?",
    },
    "profile_1": {"nl": "Algemene eisen", "en": "General requirements"},
    "profile_2": {
        "nl": (
            "Je hebt persoonlijk ervaring met de ondersteuning door WIJ Groningen. Het liefst zelf, maar ook "
            "wettelijke vertegenwoordigers, familieleden of mantelzorgers kunnen reageren."
        ),
        "en": (
            "You have personal experience with support from WIJ Groningen. Preferably yourself, but legal "
            "representatives, family members and carers can also apply."
        ),
    },
    "profile_3": {
        "nl": "Je behartigt de belangen van alle inwoners van de gemeente die met WIJ Groningen te maken hebben.",
        "en": "You stand up for the interests of all residents of the municipality who deal with WIJ Groningen.",
    },
    "profile_4": {
        "nl": (
            "Je ziet het verschil tussen de bewonersbelangen, persoonlijke belangen en de belangen van WIJ Groningen."
        ),
        "en": (
            "You see the difference between the interests of residents, personal interests and the interests of "
            "WIJ Groningen."
        ),
    },
    "profile_5": {
        "nl": (
            "Je kunt gesprekken voeren en goed samenwerken in een team; je kunt goed luisteren en respectvol optreden."
        ),
        "en": "You can hold conversations and work well in a team; you listen well and act respectfully.",
    },
    "profile_6": {
        "nl": "Je kunt omgaan met vertrouwelijke informatie.",
        "en": "You can handle confidential information.",
    },
    "profile_7": {
        "nl": "Je bent in staat om beleidsnotities te lezen.",
        "en": "You are able to read policy papers.",
    },
    "profile_8": {
        "nl": (
            "Je hebt genoeg tijd en energie om je te verdiepen in ontwikkelingen en trends en het beleid van WIJ "
            "Groningen. Daarnaast kun je vergaderen, adviezen voorbereiden en een standpunt verwoorden."
        ),
        "en": (
            "You have enough time and energy to learn about developments, trends and the policy of WIJ "
            "Groningen. You can also take part in meetings, prepare advice and put a point of view into words."
        ),
    },
    "profile_9": {"nl": "Aanvullende eisen", "en": "Additional requirements"},
    "profile_10": {
        "nl": (
            "Je kunt een stap terug doen om onderwerpen van een afstand te bekijken en de grote lijn of het "
            "totale proces te overzien."
        ),
        "en": (
            "You can take a step back to look at topics from a distance and see the main lines or the whole process."
        ),
    },
    "profile_11": {
        "nl": (
            "Specifieke expertise op een bepaald terrein is wenselijk (afhankelijk van de taakverdeling binnen "
            "de WIJ-raad, bijvoorbeeld kennis van zorg of onderwijs)."
        ),
        "en": (
            "Specific expertise in a certain field is welcome (depending on how tasks are divided within the "
            "WIJ-raad, for example knowledge of care or education)."
        ),
    },
    "profile_12": {
        "nl": "Je bent beschikbaar voor een aaneengesloten periode van drie jaar.",
        "en": "You are available for an unbroken period of three years.",
    },
    "profile_13": {
        "nl": "Je hebt goed contact met een WIJ-team om signalen op te vangen en onderwerpen op te halen.",
        "en": "You have good contact with a WIJ team, to pick up signals and topics.",
    },
    "profile_14": {"nl": "Extra eisen voor de voorzitter", "en": "Extra requirements for the chair"},
    "profile_15": {
        "nl": "Voor de rol van voorzitter gelden nog een paar extra eisen.",
        "en": "A few extra requirements apply to the chair.",
    },
    "profile_16": {"nl": "Je geeft leiding aan de vergadering.", "en": "You lead the meeting."},
    "profile_17": {
        "nl": "Je stimuleert de leden tot een bijdrage.",
        "en": "You encourage the members to contribute.",
    },
    "profile_18": {
        "nl": "Je bouwt aan een functionele samenwerkingsrelatie met de bestuurder van WIJ Groningen.",
        "en": "You build a working relationship with the director of WIJ Groningen.",
    },
    "profile_19": {
        "nl": "Je kunt de belangen van de WIJ-raad behartigen (onderhandelen, besluiten nemen).",
        "en": "You can stand up for the interests of the WIJ-raad (negotiate, take decisions).",
    },
    "profile_20": {
        "nl": "Je vertegenwoordigt de WIJ-raad, binnen WIJ Groningen en daarbuiten.",
        "en": "You represent the WIJ-raad, within WIJ Groningen and outside it.",
    },
    "profile_21": {
        "nl": "Je hebt inzicht in de ontwikkelingen binnen WIJ Groningen.",
        "en": "You understand the developments within WIJ Groningen.",
    },
    "profile_22": {"nl": "Praktische informatie", "en": "Practical information"},
    "profile_23": {
        "nl": (
            "De WIJ-raad wordt om advies gevraagd over zaken die inwoners en WIJ Groningen raken. WIJ Groningen "
            "ziet de WIJ-raad als een belangrijke gesprekspartner, voor zowel gevraagd als ongevraagd advies. "
            "Een open dialoog is de basis voor de samenwerking tussen de WIJ-raad en WIJ Groningen."
        ),
        "en": (
            "The WIJ-raad is asked for advice on matters that affect residents and WIJ Groningen. WIJ Groningen "
            "sees the WIJ-raad as an important partner, for advice it asks for and advice it does not ask for. "
            "An open dialogue is the basis of the cooperation between the WIJ-raad and WIJ Groningen."
        ),
    },
    "profile_24": {
        "nl": (
            "De WIJ-raad bepaalt zelf hoe vaak hij vergadert. Vergelijkbare raden vergaderen één keer per maand. "
            "De bestuurder van WIJ Groningen en de WIJ-raad vergaderen eens per twee maanden."
        ),
        "en": (
            "The WIJ-raad decides how often it meets. Similar councils meet once a month. The director of WIJ "
            "Groningen and the WIJ-raad meet once every two months."
        ),
    },
    "profile_25": {
        "nl": (
            "Gemaakte onkosten in het kader van deelname aan de WIJ-raad worden door WIJ Groningen vergoed. WIJ "
            "Groningen biedt ondersteuning aan de WIJ-raad in de vorm van een ambtelijk secretaris."
        ),
        "en": (
            "WIJ Groningen pays back the costs you make as a member of the WIJ-raad. WIJ Groningen supports the "
            "WIJ-raad with a secretary."
        ),
    },
}
