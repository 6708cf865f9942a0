"""What a translator gets offered in wagtail-localize, and what stays the same in every language."""

import datetime

import pytest
from django.utils import translation
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.translation import translate
from formpages.models import FormPageSubmission
from tests.factories.vacancies import CouncilMemberFactory, ProfilePageFactory, VacancyPageFactory
from tests.html import soup
from vacancies.models import Application

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


def test_english_vacancy_page_says_apply_where_the_dutch_one_says_aanmelden(client, home, vacancy_index):
    vacancy = VacancyPageFactory(parent=vacancy_index, title="Lid van de WIJ-raad", slug="lid")
    translate(home, "en", {home.title: "Welcome", home.slug: "home-en"})
    translate(vacancy_index, "en", {vacancy_index.title: "Vacancies", vacancy_index.slug: "vacancies"})
    english, _saved = translate(vacancy, "en", {"Lid van de WIJ-raad": "Member of the WIJ-raad", "lid": "member"})

    pages = {language: soup(client.get(url)) for language, url in [("nl", vacancy.url), ("en", english.url)]}

    assert english.url == "/en/vacancies/member/"
    for language, word in [("nl", "Aanmelden"), ("en", "Apply")]:
        assert pages[language].find(id="apply-title").get_text(strip=True) == word
        facts = [term.get_text(strip=True) for term in pages[language].find(class_="vacancy-facts").find_all("dt")]
        assert word in facts
    assert "Sign up" not in pages["en"].get_text()


def test_applications_and_form_signups_have_names_of_their_own():
    for language in ("nl", "en"):
        with translation.override(language):
            names = {str(model._meta.verbose_name) for model in (Application, FormPageSubmission)}
            plurals = {str(model._meta.verbose_name_plural) for model in (Application, FormPageSubmission)}
        assert len(names) == len(plurals) == 2
    with translation.override("en"):
        assert str(Application._meta.verbose_name) == "application"
        assert str(FormPageSubmission._meta.verbose_name) == "form sign-up"
