"""Questions that ask for sensitive data: health, diet, allergies, disabilities, what someone needs to take part.

The editor warns about them (on the question, and in a message after saving): ask only what the meeting needs, and
the sign-ups are kept only until the meeting (formpages/retention.py).
"""

from django.utils.translation import gettext_lazy as _

# Parts of words, in Dutch and in English (a translation is checked as well): "allerg" finds allergie, allergieën,
# allergisch and allergy.
SENSITIVE_WORDS = (
    "gezondheid",
    "dieet",
    "beperking",
    "rolstoel",
    "toegankelijk",
    "medisch",
    "medicijn",
    "ziekte",
    "handicap",
    "slechthorend",
    "slechtziend",
    "health",
    "diet",
    "allerg",
    "disab",
    "wheelchair",
    "accessib",
    "medical",
)

SENSITIVE_HELP = _(
    "Vraag alleen wat je echt nodig hebt. Vraag je naar gezondheid, een dieet of allergie, of wat iemand nodig heeft "
    "om mee te doen? Dan verwijdert de website de aanmeldingen de dag na de bijeenkomst (als het nieuwsbericht "
    "over de bijeenkomst naar dit formulier linkt; anders verwijder je ze zelf)."
)
SENSITIVE_WARNING = _(
    "Let op: deze vraag gaat over gezondheid of over wat iemand nodig heeft om mee te doen. Vraag dit alleen als het "
    "nodig is voor de bijeenkomst. De website verwijdert de aanmeldingen de dag na de bijeenkomst."
)


def is_sensitive(question):
    """Whether the question, its help text or its choices name one of the sensitive words."""
    text = " ".join([question.label or "", question.help_text or "", question.choices or ""]).lower()
    return any(word in text for word in SENSITIVE_WORDS)


def sensitive_questions(questions):
    return [question.label for question in questions if is_sensitive(question)]
