"""Who sits in the council."""

PAGE = {
    "type": "vacancies.CouncilPage",
    "parent": "jouw-mening-telt",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": [("paragraph", "<p>{body}</p>")],
    },
}

TEXT = {
    "slug": {"nl": "wie-zitten-er-in-de-wij-raad", "en": "who-is-on-the-wij-raad"},
    "title": {"nl": "Wie zitten er in de WIJ-raad?", "en": "Who is on the WIJ-raad?"},
    "intro": {
        "nl": "De leden van de WIJ-raad wonen in de gemeente Groningen en hebben zelf te maken met WIJ Groningen.",
        "en": (
            "The members of the WIJ-raad live in the municipality of Groningen and deal with WIJ Groningen themselves."
        ),
    },
    "body": {
        "nl": (
            "De WIJ-raad kiest zelf nieuwe leden. Stichting WIJ Groningen benoemt hen, op voordracht van de "
            "WIJ-raad. Hieronder staan de leden die nu in de raad zitten."
        ),
        "en": (
            "The WIJ-raad chooses its new members itself. Stichting WIJ Groningen appoints them, on the proposal "
            "of the WIJ-raad. Below are the members who are on the council now."
        ),
    },
}
