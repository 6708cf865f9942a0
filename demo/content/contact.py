"""The contact page with its form."""

PAGE = {
    "type": "contact.ContactPage",
    "parent": "",
    "fields": {
        "slug": "{slug}",
        "title": "{title}",
        "intro": "{intro}",
        "body": "<p>{body}</p>",
        "subjects": [("subject", "{subjects_1}"), ("subject", "{subjects_2}"), ("subject", "{subjects_3}")],
        "thank_you_text": "{thank_you_text}",
        "show_in_menus": True,
    },
}

TEXT = {
    "slug": {"nl": "contact", "en": "contact"},
    "title": {"nl": "Contact", "en": "Contact"},
    "intro": {
        "nl": "Heb je een vraag, een idee of een signaal voor de WIJ-raad? Laat het ons weten.",
        "en": "Do you have a question, an idea or something to report for the WIJ-raad? Let us know.",
    },
    "body": {
        "nl": (
            "Je bericht gaat naar de ambtelijk secretaris van de WIJ-raad. Zij zorgt dat het bij de juiste "
            "persoon komt. Je krijgt binnen vijf werkdagen antwoord."
        ),
        "en": (
            "Your message goes to the council secretary of the WIJ-raad, who makes sure it reaches the right "
            "person. You will get an answer within five working days."
        ),
    },
    "subjects_1": {"nl": "Vraag over de WIJ-raad", "en": "Question about the WIJ-raad"},
    "subjects_2": {"nl": "Idee of signaal", "en": "Idea or something to report"},
    "subjects_3": {"nl": "Anders", "en": "Other"},
    "thank_you_text": {
        "nl": "De ambtelijk secretaris leest je bericht en neemt binnen vijf werkdagen contact met je op.",
        "en": "The council secretary reads your message and will contact you within five working days.",
    },
}
