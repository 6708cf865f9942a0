"""Texts of the contact page demo content (Dutch, B1)."""

CONTACT_INTRO = "Heb je een vraag, een idee of een signaal voor de WIJ-raad? Laat het ons weten."
CONTACT_BODY = (
    "<p>Je bericht gaat naar de ambtelijk secretaris van de WIJ-raad. "
    "Zij zorgt dat het bij de juiste persoon komt. Je krijgt binnen vijf werkdagen antwoord.</p>"
)
CONTACT_SECTION_TEXT = "Stel een vraag of geef een idee of signaal door."
