"""The agenda: meetings (news items with a start time) and the sign-up forms that are open, wherever in the tree.

Which pages exist is read once per generation of the site's content (wijraad/page_cache.py). Whether a form still
takes sign-ups also changes without a publish (a sign-up, a cancellation, the clock), so that is worked out again
when the sign-ups change (one small query per request tells) or when a form opens or closes.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Prefetch
from django.utils import timezone

from news.models import NewsPage
from wijraad.page_cache import keep, recall, remember

from . import signups
from .models import FormField, FormPage, FormPageSubmission


@dataclass(frozen=True)
class SignupState:
    state: str
    places_left: int | None
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None

    @property
    def is_open(self):
        return self.state == signups.State.OPEN

    @property
    def is_full(self):
        return self.state == signups.State.FULL


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda: a meeting (`event`, a news item) and its sign-up form, or a form without a meeting."""

    event: NewsPage | None
    form: FormPage | None
    signup: SignupState | None

    @property
    def page(self):
        """Where the title links to: the news item about the meeting, else the form."""
        return self.event or self.form

    @property
    def can_sign_up(self):
        return self.form is not None and self.signup is not None and self.signup.is_open


def _forms(request):
    """Every live, public form page of every site and language, with its questions."""

    def build():
        return tuple(
            FormPage.objects.live()
            .public()
            .prefetch_related(Prefetch("form_fields", queryset=FormField.objects.order_by("sort_order")))
            .order_by("path")
        )

    return remember(request, ("agenda-forms",), build)


def _signature(request):
    """Changes with every sign-up, cancellation or deletion: one query per request."""
    if request is not None and hasattr(request, "_signup_signature"):
        return request._signup_signature
    signature = tuple(
        FormPageSubmission.objects.aggregate(rows=Count("pk"), last=Max("pk"), cancelled=Count("cancelled_at")).values()
    )
    if request is not None:
        request._signup_signature = signature
    return signature


def signup_states(request, now=None):
    """{form page id: SignupState} for every live form, as the forms themselves would answer now."""
    now = now or timezone.now()
    key = ("signup-states", _signature(request))
    kept = recall(request, key)
    if kept is not None and (kept[1] is None or now < kept[1]):
        return kept[0]
    states, moments = {}, []
    for form in _forms(request):
        fields = list(form.form_fields.all())
        availability = signups.availability(form, fields, now=now)
        states[form.pk] = SignupState(availability.state, availability.places_left, form.opens_at, form.closes_at)
        moments += [moment for moment in (form.opens_at, form.closes_at) if moment and moment > now]
    return keep(request, key, (states, min(moments, default=None)))[0]


def signup_for(request, page_id, locale_id):
    """The form page `page_id` in the language `locale_id` (else as it is), when it is live; None otherwise."""
    forms = _forms(request)
    chosen = next((form for form in forms if form.pk == page_id), None)
    if chosen is None:
        return None
    return next(
        (form for form in forms if form.translation_key == chosen.translation_key and form.locale_id == locale_id),
        chosen,
    )


def _events(request, root):
    """The meetings of the site under `root` (one language), in order of their start."""

    def build():
        return tuple(
            NewsPage.objects.live()
            .public()
            .descendant_of(root)
            .filter(event_start__isnull=False)
            .select_related("category")
            .order_by("event_start", "pk")
        )

    return remember(request, ("agenda-events", root.pk), build)


def _items(request, root):
    """(meetings, forms without a meeting) under `root`, each once, before the clock and the places are applied."""

    def build():
        events = _events(request, root)
        forms = [form for form in _forms(request) if form.path.startswith(root.path) and form.depth > root.depth]
        forms_by_key = {form.translation_key: form for form in forms}
        all_forms = {form.pk: form for form in _forms(request)}
        meetings = []
        linked = set()
        for event in events:
            target = all_forms.get(event.signup_page_id)
            form = forms_by_key.get(target.translation_key, target) if target else None
            if form is not None:
                linked.add(form.translation_key)
            meetings.append((event, form))
        loose = [form for form in forms if form.translation_key not in linked]
        return tuple(meetings), tuple(loose)

    return remember(request, ("agenda-items", root.pk), build)


def agenda(request, root, now=None):
    """What the agenda shows for the site whose home page (in the active language) is `root`:
    {"upcoming": meetings to come, soonest first; "open_forms": forms that take sign-ups and belong to no meeting;
    "past": meetings that are over, the latest first}."""
    now = now or timezone.now()
    states = signup_states(request, now)
    meetings, loose = _items(request, root)
    upcoming, past = [], []
    for event, form in meetings:
        item = AgendaItem(event, form, states.get(form.pk) if form else None)
        (past if event.event_has_ended else upcoming).append(item)
    open_forms = []
    for form in loose:
        state = states.get(form.pk)
        if state is not None and state.state != signups.State.CLOSED:
            open_forms.append(AgendaItem(None, form, state))
    return {"upcoming": upcoming, "open_forms": open_forms, "past": past[::-1]}


def featured_meeting(request, root, chosen_id=None, now=None):
    """The meeting the home page shows: the one the editors chose while it is still to come, else the first one to
    come that still takes sign-ups, else the first one to come, else an open form; None when there is none."""
    listing = agenda(request, root, now)
    candidates = listing["upcoming"] + listing["open_forms"]
    if chosen_id:
        for item in candidates:
            if chosen_id in {item.event and item.event.pk, item.form and item.form.pk}:
                return item
        chosen = signup_for(request, chosen_id, root.locale_id)
        for item in candidates:
            if chosen is not None and item.form is not None and item.form.pk == chosen.pk:
                return item
    return next((item for item in listing["upcoming"] if item.can_sign_up), None) or next(iter(candidates), None)
