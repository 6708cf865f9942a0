import datetime
import json
import uuid

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from vacancies.models import CouncilMember, CouncilPage, ProfilePage, VacancyIndexPage, VacancyPage


def _item(text):
    return {"type": "item", "value": text, "id": str(uuid.uuid4())}


def _profile():
    return json.dumps(
        [
            {
                "type": "group",
                "value": {"heading": "Algemene eisen", "intro": "", "requirements": [_item("Je kunt goed luisteren.")]},
            },
            {"type": "text", "value": {"heading": "Praktische informatie", "text": "<p>Onkosten worden vergoed.</p>"}},
        ]
    )


def _procedure():
    return json.dumps(
        [
            {"type": "step", "value": {"step": "kennismakingsgesprek", "text": "<p>Met de voorzitter.</p>"}},
            {"type": "step", "value": {"step": "benoemd", "text": "<p>Door Stichting WIJ.</p>"}},
        ]
    )


class ProfilePageFactory(wagtail_factories.PageFactory):
    title = "Profielschets"
    slug = "profielschets"
    intro = "Wat moeten leden in hun mars hebben?"
    profile = factory.LazyFunction(_profile)

    class Meta:
        model = ProfilePage


class CouncilPageFactory(wagtail_factories.PageFactory):
    title = "Wie zitten er in de WIJ-raad?"
    slug = "leden"
    intro = "De leden van nu."

    class Meta:
        model = CouncilPage


class VacancyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vacatures"
    slug = "vacatures"
    intro = "Iedereen kan lid worden."
    procedure = factory.LazyFunction(_procedure)

    class Meta:
        model = VacancyIndexPage


class VacancyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lid van de WIJ-raad {n}")
    intro = "Praat mee over WIJ Groningen."
    role = "lid"
    what_we_ask = "<p>Ervaring met WIJ Groningen.</p>"
    what_we_offer = "<p>Onkostenvergoeding.</p>"
    meeting_rhythm = "Eén keer per maand."
    closing_date = None

    class Meta:
        model = VacancyPage


class CouncilMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Voorbeeldlid {n}")
    role = "lid"
    introduction = "Ik praat graag mee."
    term_start = datetime.date(2024, 1, 1)
    term_end = None
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CouncilMember


# Applications (part B of the vacancies issue) -------------------------------------------------------------------


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application as the form stores it: its Submission, and the first step in its history."""

    submission = factory.SubFactory(
        "tests.factories.contact.SubmissionFactory",
        kind="application",
        sender_name=factory.Sequence(lambda n: f"Aanmelder {n}"),
        sender_email=factory.Sequence(lambda n: f"aanmelder{n}@example.org"),
        subject="Lid van de WIJ-raad",
    )
    vacancy = None
    vacancy_title = "Lid van de WIJ-raad"
    phone = "050 123 45 67"
    relation = "eigen_ervaring"
    motivation = "Ik heb zelf hulp gehad van WIJ en wil meepraten over hoe het beter kan."
    status_date = factory.LazyAttribute(lambda application: timezone.localdate(application.submission.created_at))

    class Meta:
        model = "vacancies.Application"
        skip_postgeneration_save = True

    @factory.post_generation
    def first_step(obj, create, extracted, **kwargs):
        if create:
            obj.status_changes.create(status=obj.status, date=obj.status_date)
