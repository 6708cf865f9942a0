"""The procedure for a seat, in one place: its steps, their names and what each means for the applicant.

The vacancy page, the vacancy index, the applicant's status page, the mails and the admin all name a step through
`ApplicationStatus` (its label is the step's name), so a step reads the same everywhere.
"""

import html

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from submissions.models import HandlingStatus


class ApplicationStatus(models.TextChoices):
    RECEIVED = "ontvangen", _("Aanmelding ontvangen")
    INTRODUCTION = "kennismakingsgesprek", _("Kennismakingsgesprek")
    DELEGATION = "gesprek_delegatie", _("Gesprek met een paar leden van de WIJ-raad")
    TRIAL = "proefperiode", _("Proefperiode van 3 maanden")
    APPOINTED = "benoemd", _("Benoeming")
    REJECTED = "afgewezen", _("Afgewezen")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")


# The steps an applicant goes through, in order; the last one is the appointment.
PROCEDURE_STEPS = [
    ApplicationStatus.RECEIVED,
    ApplicationStatus.INTRODUCTION,
    ApplicationStatus.DELEGATION,
    ApplicationStatus.TRIAL,
    ApplicationStatus.APPOINTED,
]
# The procedure has ended without an appointment: the retention period starts.
ENDED_STATUSES = [ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN]
IN_PROGRESS_STATUSES = PROCEDURE_STEPS[:-1]

STEP_TITLES = {status: status.label for status in PROCEDURE_STEPS}

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


def step_title(status):
    """The name of a step (or of the end of the procedure) as every page and mail shows it."""
    return ApplicationStatus(status).label


def handling_status(status):
    """(handling status, detail) of the application's submission in the inbox when it is at step `status`."""
    if status == ApplicationStatus.RECEIVED:
        return HandlingStatus.NEW, ""
    if status == ApplicationStatus.WITHDRAWN:
        return HandlingStatus.WITHDRAWN, ""
    if status in IN_PROGRESS_STATUSES:
        return HandlingStatus.IN_PROGRESS, str(step_title(status))
    return HandlingStatus.DONE, str(step_title(status))


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


def described_steps(vacancy_index):
    """The steps with the explanation the secretary wrote for each on the vacancy index: [(title, rich text)].

    Every step of the procedure is listed, in order; a step without an explanation has an empty text.
    """
    texts = {}
    for block in vacancy_index.procedure if vacancy_index is not None else []:
        if block.block_type == "step" and block.value["step"] in STEP_TITLES:
            texts[block.value["step"]] = block.value["text"]
    return [(STEP_TITLES[status], texts.get(status)) for status in PROCEDURE_STEPS]


def next_steps(vacancy_index):
    """The steps as plain text, for mails: [(title, text)]."""
    return [
        (title, html.unescape(strip_tags(str(text or ""))).strip()) for title, text in described_steps(vacancy_index)
    ]
