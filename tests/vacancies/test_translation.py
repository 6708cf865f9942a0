"""What a translator gets offered in wagtail-localize, and what stays the same in every language."""

import datetime

import pytest
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from tests.factories.vacancies import CouncilMemberFactory, ProfilePageFactory, VacancyPageFactory

pytestmark = pytest.mark.django_db


def segments(instance):
    found = extract_segments(instance)
    strings = {segment.string.data for segment in found if isinstance(segment, StringSegmentValue)}
    overridable = {segment.path for segment in found if isinstance(segment, OverridableSegmentValue)}
    return strings, overridable


def test_vacancy_texts_are_translated_but_role_and_closing_date_are_not(vacancy_index):
    page = VacancyPageFactory(
        parent=vacancy_index, slug="lid", role="voorzitter", term="3 jaar", closing_date=datetime.date(2026, 9, 1)
    )

    strings, overridable = segments(page)

    assert {"3 jaar", "Eén keer per maand.", "Ervaring met WIJ Groningen."} <= strings
    assert "voorzitter" not in strings
    assert not {"role", "closing_date"} & overridable


def test_profile_requirements_are_offered_one_by_one(section):
    page = ProfilePageFactory(parent=section)

    strings, _overridable = segments(page)

    assert {"Algemene eisen", "Je kunt goed luisteren.", "Praktische informatie", "Onkosten worden vergoed."} <= strings


def test_only_a_members_introduction_is_translated():
    member = CouncilMemberFactory(name="Bea Bos", introduction="Ik woon in Beijum.")

    strings, overridable = segments(member)

    assert strings == {"Ik woon in Beijum."}
    assert not overridable
