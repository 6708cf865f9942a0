"""The standing vacancy: Lid van de WIJ-raad."""

PAGE = {
    "type": "vacancies.VacancyPage",
    "parent": "vacatures",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "role": "lid",
        "intro": "{intro}",
        "what_we_ask": "<p>{what_we_ask}</p>",
        "what_we_offer": "<ul><li>{what_we_offer_1}</li><li>{what_we_offer_2}</li><li>{what_we_offer_3}</li></ul>",
        "term": "{term}",
        "meeting_rhythm": "{meeting_rhythm}",
        "closing_date": None,
    },
}

TEXT = {
    "slug": {"nl": "lid-van-de-wij-raad", "en": "member-of-the-wij-raad"},
    "title": {"nl": "Lid van de WIJ-raad", "en": "Member of the WIJ-raad"},
    "intro": {
        "nl": (
            "Heb je ervaring met de ondersteuning van WIJ Groningen en wil je meepraten over het beleid? Word "
            "dan lid van de WIJ-raad."
        ),
        "en": (
            "Do you have experience with support from WIJ Groningen and do you want to have a say in its policy? "
            "Then become a member of the WIJ-raad."
        ),
    },
    "what_we_ask": {
        "nl": (
            "Je hebt zelf ervaring met de ondersteuning door WIJ Groningen, of als familielid, mantelzorger of "
            "wettelijk vertegenwoordiger. Je kunt goed luisteren, samenwerken en omgaan met vertrouwelijke "
            "informatie. Je hebt tijd om beleidsnotities te lezen en te vergaderen."
        ),
        "en": (
            "You have experience with support from WIJ Groningen yourself, or as a family member, carer or legal "
            "representative. You listen well, work well with others and can handle confidential information. You "
            "have time to read policy papers and to take part in meetings."
        ),
    },
    "what_we_offer_1": {
        "nl": "Je praat mee over de ondersteuning van WIJ Groningen, voor en namens inwoners.",
        "en": "You have a say in the support of WIJ Groningen, for and on behalf of residents.",
    },
    "what_we_offer_2": {
        "nl": "De onkosten die je maakt voor de WIJ-raad krijg je vergoed door WIJ Groningen.",
        "en": "WIJ Groningen pays back the costs you make for the WIJ-raad.",
    },
    "what_we_offer_3": {
        "nl": "De ambtelijk secretaris ondersteunt de WIJ-raad en helpt je op weg.",
        "en": "The secretary supports the WIJ-raad and helps you get started.",
    },
    "term": {"nl": "3 jaar", "en": "3 years"},
    "meeting_rhythm": {
        "nl": (
            "De WIJ-raad bepaalt zelf hoe vaak hij vergadert, meestal één keer per maand. Eens per twee maanden "
            "vergadert de WIJ-raad met de bestuurder van WIJ Groningen."
        ),
        "en": (
            "The WIJ-raad decides how often it meets, usually once a month. Once every two months the WIJ-raad "
            "meets with the director of WIJ Groningen."
        ),
    },
}
