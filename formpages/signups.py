"""Places on a form page: is it open, how many places are taken, which choices are full, and the final check
inside the storing transaction that keeps two people from taking the last place.

Sign-ups in every language of a form count for the same places. A choice is counted under its text in the site's
default language (matched by position), so "veiligheid" and its English translation fill the same table.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import TextChoices
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from submissions.handling import change_status
from submissions.mails import enqueue
from submissions.models import HandlingStatus
from submissions.pipeline import Mail, Rejected
from wijraad.page_cache import remember

from .models.form_field import FieldType, FormField
from .models.form_submissions import FormPageSubmission


class State(TextChoices):
    OPEN = "open", _("Open")
    NOT_YET_OPEN = "not_yet_open", _("Nog niet open")
    CLOSED = "closed", _("Gesloten")
    FULL = "full", _("Vol")


FULL_MESSAGE = _("Alle plaatsen zijn bezet. Je kunt je niet meer aanmelden.")


def moment(value):
    """'dinsdag 9 maart 2027 om 23:59 uur' in the active language and the site's time zone."""
    local = timezone.localtime(value)
    return gettext("%(date)s om %(time)s uur") % {
        "date": formats.date_format(local, "l j F Y"),
        "time": formats.time_format(local, "H:i"),
    }


@dataclass
class Places:
    """Sign-ups that still take a place: the total, and per question the count per choice (default-language text)."""

    total: int = 0
    per_choice: dict[str, Counter] = field(default_factory=dict)


@dataclass
class Choices:
    """The choice questions of a form, matched with the form in the site's default language (one query).

    `keys`: {question name: {choice as shown on this page: choice in the default language}}.
    `limits`: {question name: {choice in the default language: its places}}, only choices with places. The places
    are those of the default-language form: in a translation, "| 8" after a choice is only text.
    """

    keys: dict[str, dict[str, str]] = field(default_factory=dict)
    limits: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass
class Availability:
    state: str
    message: str = ""
    places: Places | None = None
    places_left: int | None = None
    full_choices: dict[str, set] = field(default_factory=dict)  # question name -> full choices (default language)
    choices: Choices | None = None

    @property
    def is_open(self):
        return self.state == State.OPEN


def is_limited(page, limits):
    return bool(page.max_signups) or bool(limits)


def originals(page, fields):
    """{question name: the same question on the form in the site's default language}, for a translated form.

    Empty for a form in the default language; a question the default-language form lacks is left out.
    """
    return {
        item.clean_name: item
        for item in FormField.objects.filter(
            page__translation_key=page.translation_key,
            page__locale__language_code=settings.LANGUAGE_CODE,
            clean_name__in=[item.name for item in fields],
        ).exclude(page_id=page.pk)
    }


def choices_of(page, fields):
    """Kept for the current generation of the site's content (wijraad/page_cache.py) when the questions are saved
    ones: they and their translations change only by publishing. Shared between requests: read-only."""
    if any(item.pk is None for item in fields):
        return _match_choices(page, fields)
    key = ("form-choices", page.pk, tuple(item.pk for item in fields))
    return remember(None, key, lambda: _match_choices(page, fields))


def _match_choices(page, fields):
    local = {item.name: item for item in fields if item.has_choices}
    if not local:
        return Choices()
    originals_by_name = originals(page, local.values())
    result = Choices()
    for name, item in local.items():
        source = originals_by_name.get(name, item)
        shown, original = item.choice_list(), source.choice_list()
        result.keys[name] = dict(zip(shown, original if len(original) == len(shown) else shown, strict=True))
        if limits := {choice: places for choice, places in source.choice_places().items() if places}:
            result.limits[name] = limits
    return result


def choice_keys(page, fields):
    """{question name: {choice as shown on this page: choice in the default language}} for the choice questions."""
    return choices_of(page, fields).keys


def count_places(page, limits):
    """One query: every sign-up that still takes a place, in every language of the form, and per question with
    limited places the sign-ups per choice."""
    places = Places(per_choice={name: Counter() for name in limits})
    answers = (
        FormPageSubmission.objects.active()
        .filter(page__translation_key=page.translation_key)
        .values_list("form_data", flat=True)
    )
    for data in answers:
        places.total += 1
        for name in limits:
            value = data.get(name)
            places.per_choice[name].update(value if isinstance(value, list) else [value] if value else [])
    return places


def full_choices(limits, places):
    """{question name: its full choices (default language)}."""
    full = {}
    for name, capacities in limits.items():
        counts = places.per_choice.get(name, Counter())
        if taken := {choice for choice, capacity in capacities.items() if counts[choice] >= capacity}:
            full[name] = taken
    return full


def availability(page, fields, now=None):
    """Whether the form can be sent now, and if not, the message that says why (in the active language)."""
    now = now or timezone.now()
    if page.opens_at and now < page.opens_at:
        return Availability(
            State.NOT_YET_OPEN,
            gettext("Dit formulier is nog niet open. Je kunt het invullen vanaf %(moment)s.")
            % {"moment": moment(page.opens_at)},
        )
    if page.closes_at and now >= page.closes_at:
        return Availability(
            State.CLOSED,
            gettext("Dit formulier is gesloten. Je kon het invullen tot %(moment)s.")
            % {"moment": moment(page.closes_at)},
        )
    choices = choices_of(page, fields)
    if not is_limited(page, choices.limits):
        return Availability(State.OPEN, choices=choices)
    places = count_places(page, choices.limits)
    full = full_choices(choices.limits, places)
    places_left = max(page.max_signups - places.total, 0) if page.max_signups else None
    every_choice_full = any(
        item.required and item.name in full and len(full[item.name]) >= len(choices.keys[item.name])
        for item in fields
        if item.name in choices.limits
    )
    if places_left == 0 or every_choice_full:
        return Availability(State.FULL, str(FULL_MESSAGE), places, places_left, full, choices)
    return Availability(State.OPEN, "", places, places_left, full, choices)


def answers(form, fields, keys):
    """The cleaned form as {question name: value} for the export: text, a list for several choices, choices in
    the default language, yes/no as "Ja"/"Nee" (always Dutch: one set of columns for the secretary)."""
    result = {}
    for item in fields:
        value = form.cleaned_data.get(item.name)
        mapping = keys.get(item.name, {})
        if isinstance(value, list):
            result[item.name] = [mapping.get(choice, choice) for choice in value]
        elif isinstance(value, bool):
            result[item.name] = "Ja" if value else "Nee"
        elif value is None:
            result[item.name] = ""
        elif hasattr(value, "isoformat"):
            result[item.name] = value.isoformat()
        else:
            result[item.name] = mapping.get(str(value), str(value))
    return result


def answers_for_secretary(page, fields, answer):
    """The stored answers as the secretary reads them, whatever language the form was sent in: the questions as
    the form in the default language asks them, and the values of `answers()` (choices in that language, yes/no as
    "Ja"/"Nee"). A list of {"name", "label", "value"}, like `pipeline.form_data`."""
    questions = originals(page, fields)
    return [
        {
            "name": item.name,
            "label": questions.get(item.name, item).label,
            "value": ", ".join(value) if isinstance(value := answer.get(item.name, ""), list) else value,
        }
        for item in fields
    ]


def first_answer(form, fields, field_type, name_hint=None):
    """The answer to the first question of this type (for a name: one whose name says it is a name)."""
    for item in fields:
        if item.field_type == field_type and (name_hint is None or name_hint(item)):
            value = form.cleaned_data.get(item.name)
            if value:
                return str(value)
    return ""


def is_name_question(item):
    return item.field_type == FieldType.SINGLE_LINE and any(word in item.name for word in ("naam", "name"))


def sender(form, fields):
    """(name, e-mail address) of whoever filled in the form, as far as the form asks for them."""
    return (
        first_answer(form, fields, FieldType.SINGLE_LINE, is_name_question),
        first_answer(form, fields, FieldType.EMAIL),
    )


def as_shown(full, keys):
    """Full choices as this page shows them (keys from `choice_keys`)."""
    return {
        name: {shown for shown, key in keys.get(name, {}).items() if key in choices} for name, choices in full.items()
    }


def take_place(page, choices, answer, form):
    """Inside the storing transaction: lock the form, count again, and refuse if this sign-up does not fit.

    The row lock (SELECT ... FOR UPDATE on PostgreSQL) makes a second sign-up for the same form wait until this one
    is committed or rolled back, so the count it makes includes this one: the total and the places per choice.
    Returns the places taken, this one included.
    """
    list(
        Page.objects.select_for_update()
        .filter(translation_key=page.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    places = count_places(page, choices.limits)
    if page.max_signups and places.total >= page.max_signups:
        raise Rejected(FULL_MESSAGE)
    full = as_shown(full_choices(choices.limits, places), choices.keys)
    taken = []
    for name, shown_full in full.items():
        value = answer.get(name)  # already in the default language
        chosen = set(value if isinstance(value, list) else [value])
        now_full = [shown for shown, key in choices.keys[name].items() if shown in shown_full and key in chosen]
        if now_full:
            taken.extend(now_full)
            form.mark_full(name, now_full)
    if taken:
        raise Rejected(
            gettext("Er is intussen geen plaats meer bij: %(choices)s. Kies iets anders.")
            % {"choices": ", ".join(taken)}
        )
    return places.total + 1


def cancel(page, request, signup):
    """Cancel a sign-up: its place is free again and the secretary gets a mail. Sending it twice changes nothing."""
    with transaction.atomic():
        cancelled = FormPageSubmission.objects.filter(pk=signup.pk, cancelled_at__isnull=True).update(
            cancelled_at=timezone.now()
        )
        if not cancelled:
            return  # sent twice: the first one did it
        submission = signup.submission
        with translation.override(settings.LANGUAGE_CODE):
            note = gettext("Afgemeld door de afzender, via de link in de bevestiging.")
        change_status(submission, HandlingStatus.CANCELLED, note=note)
        enqueue(
            [
                Mail(
                    to=page.recipients(request),
                    reply_to=[submission.sender_email] if submission.sender_email else [],
                    template="mail/forms/cancelled",
                    context={
                        "page_title": page.title,
                        "page_url": page.get_full_url(request),
                        "submissions_url": page.submissions_admin_url(),
                    },
                    for_staff=True,
                )
            ],
            submission=submission,
        )
