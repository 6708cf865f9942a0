"""The procedure as the applicant sees it: what each step means, and the next steps from the vacancy index."""

import html

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from .models.applications import PROCEDURE_STEPS, ApplicationStatus

STEP_TITLES = {
    ApplicationStatus.RECEIVED: _("Aanmelding ontvangen"),
    ApplicationStatus.INTRODUCTION: _("Kennismakingsgesprek"),
    ApplicationStatus.DELEGATION: _("Gesprek met een paar leden van de WIJ-raad"),
    ApplicationStatus.TRIAL: _("Proefperiode van 3 maanden"),
    ApplicationStatus.APPOINTED: _("Benoemd"),
}

STATUS_EXPLANATIONS = {
    ApplicationStatus.RECEIVED: _(
        "We hebben je aanmelding ontvangen. De ambtelijk secretaris neemt contact met je op om een "
        "kennismakingsgesprek af te spreken."
    ),
    ApplicationStatus.INTRODUCTION: _(
        "Je hebt een kennismakingsgesprek met de voorzitter en de ambtelijk secretaris. Zij vertellen over de "
        "WIJ-raad, en jij vertelt over jezelf."
    ),
    ApplicationStatus.DELEGATION: _(
        "Je praat met een paar leden van de WIJ-raad. Zo leren jullie elkaar beter kennen."
    ),
    ApplicationStatus.TRIAL: _(
        "Je doet 3 maanden mee met de WIJ-raad, als proef. Daarna bespreken jij en de WIJ-raad of het goed past."
    ),
    ApplicationStatus.APPOINTED: _("Je bent benoemd tot lid van de WIJ-raad. Welkom!"),
    ApplicationStatus.REJECTED: _(
        "De WIJ-raad heeft besloten dat je geen lid wordt. Heb je hier vragen over? Neem dan contact op met de "
        "ambtelijk secretaris."
    ),
    ApplicationStatus.WITHDRAWN: _("Je hebt je aanmelding ingetrokken. De procedure is gestopt."),
}


def applicant_steps(application):
    """The procedure's steps with, for each, whether it is done, the current one, or still to come."""
    current = application.step_number() or 0
    steps = []
    for number, status in enumerate(PROCEDURE_STEPS, start=1):
        if number < current:
            state = "done"
        elif number == current:
            state = "current"
        else:
            state = "todo"
        steps.append({"number": number, "title": STEP_TITLES[status], "state": state})
    return steps


def next_steps(vacancy_index):
    """The procedure steps the secretary wrote on the vacancy index, as plain text: [(title, text)]."""
    if vacancy_index is None:
        return []
    return [
        (block.value["title"], html.unescape(strip_tags(str(block.value["text"] or ""))).strip())
        for block in vacancy_index.procedure
        if block.block_type == "step"
    ]
