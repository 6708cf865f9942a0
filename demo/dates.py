"""Dates of the example content, counted from the day the demo is loaded, so a fresh demo always shows a current
news item and a meeting still to come. They are set once, when the page is made: a later run leaves them alone.
"""

import datetime

from django.utils import timezone


def load_day():
    return timezone.localdate()


def days_after_load(days):
    """A callable for the loader: the date `days` after the load day (negative: before)."""
    return lambda: load_day() + datetime.timedelta(days=days)


def meeting_day(load_date=None):
    """The upcoming example meeting: the first Tuesday at least five weeks after the load day."""
    start = (load_date or load_day()) + datetime.timedelta(weeks=5)
    return start + datetime.timedelta(days=(1 - start.weekday()) % 7)


def at_meeting(days_before=0, hour=19, minute=30):
    """A callable for the loader: an aware date and time on (or `days_before` days before) the meeting day."""

    def value():
        day = meeting_day() - datetime.timedelta(days=days_before)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))

    return value
