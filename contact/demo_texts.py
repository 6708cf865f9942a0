"""Texts of the contact page demo content (Dutch, B1), and their English translation."""

from .models import DEFAULT_SUBJECTS, DEFAULT_THANK_YOU

CONTACT_INTRO = "Heb je een vraag, een idee of een signaal voor de WIJ-raad? Laat het ons weten."
CONTACT_BODY_TEXT = (
    "Je bericht gaat naar de ambtelijk secretaris van de WIJ-raad. "
    "Zij zorgt dat het bij de juiste persoon komt. Je krijgt binnen vijf werkdagen antwoord."
)
CONTACT_BODY = f"<p>{CONTACT_BODY_TEXT}</p>"

# For home.demo_translation.translate: Dutch segment -> English.
CONTACT_EN = {
    "Contact": "Contact",
    "contact": "contact",
    CONTACT_INTRO: "Do you have a question, an idea or something to report for the WIJ-raad? Let us know.",
    CONTACT_BODY_TEXT: (
        "Your message goes to the council secretary of the WIJ-raad, who makes sure it reaches the right person. "
        "You will get an answer within five working days."
    ),
    DEFAULT_SUBJECTS[0]: "Question about the WIJ-raad",
    DEFAULT_SUBJECTS[1]: "Idea or something to report",
    DEFAULT_SUBJECTS[2]: "Other",
    DEFAULT_THANK_YOU: "The council secretary reads your message and will contact you within five working days.",
}
