"""How many seats in the council are open: the one place that computes it."""

from dataclasses import dataclass

from django.utils.timezone import localdate

from wijraad.page_cache import remember

from .models import CouncilMember, VacancySettings


@dataclass(frozen=True)
class Seats:
    maximum: int
    taken: int

    @property
    def open(self):
        return max(self.maximum - self.taken, 0)


def members_in_office(day=None):
    """The number of members holding a seat on `day` (today by default); staff such as the ambtelijk secretaris
    take no seat.

    Counted on the Dutch records, so each person counts once however many translations exist.
    """
    return CouncilMember.objects.holding_seats().running_on(day).in_default_locale().count()


def count_seats(vacancy_settings, day=None):
    """The seats on `day` (today by default), with the maximum from the site's vacancy settings."""
    return Seats(maximum=vacancy_settings.max_seats, taken=members_in_office(day))


def seats_for_request(request):
    """The same figures, counted once a day per generation of the site's content (wijraad/page_cache.py)."""
    vacancy_settings = VacancySettings.for_request(request)
    return remember(request, ("seats", localdate()), lambda: count_seats(vacancy_settings))
