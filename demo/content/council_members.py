"""Clearly marked example members, so the number of open seats on the site is a real figure in the demo.

Their three-year terms started a number of months before the demo is loaded, spread over a term."""

from datetime import timedelta

from django.utils import timezone


def member(name, role, introduction, months_ago):
    def term_start():
        return timezone.localdate() - timedelta(days=round(months_ago * 30.44))

    return {
        "type": "vacancies.CouncilMember",
        "lookup": {"name": name},
        "fields": {
            "role": role,
            "introduction": introduction,
            "term_start": term_start,
            "term_end": lambda: term_start() + timedelta(days=3 * 365),
        },
    }


SNIPPETS = [
    member("Anna de Vries (voorbeeld)", "voorzitter", "Ik woon in De Hoogte en ben mantelzorger voor mijn moeder.", 30),
    member("Bram Jansen (voorbeeld)", "secretaris", "Ik heb zelf hulp gehad van een WIJ-team in Vinkhuizen.", 24),
    member("Carla Bakker (voorbeeld)", "lid", "Ik let vooral op duidelijke brieven en goede informatie.", 18),
    member("Dirk Mulder (voorbeeld)", "lid", "Als vader van twee tieners wil ik meepraten over jeugdhulp.", 12),
    member("Esra Yilmaz (voorbeeld)", "lid", "Ik help buren met formulieren en weet waar mensen tegenaan lopen.", 12),
    member("Frank Visser (voorbeeld)", "lid", "Ik vind dat iedereen op dezelfde manier geholpen moet worden.", 6),
    member("Greet Smit (voorbeeld)", "lid", "Ik ben vrijwilliger in het buurthuis in Lewenborg.", 3),
    member("Hamid El Amrani (voorbeeld)", "lid", "Privacy en een goede ontvangst bij WIJ vind ik belangrijk.", 1),
]
