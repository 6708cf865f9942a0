import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from tests.factories.vacancies import CouncilMemberFactory
from vacancies.models import VacancySettings, current_members
from vacancies.seats import count_seats

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_open_seats_count_only_members_whose_term_runs_today(site, frozen_today):
    CouncilMemberFactory(name="Zit nog", term_start=frozen_today - 400 * DAY, term_end=None)
    CouncilMemberFactory(name="Laatste dag", term_start=frozen_today - 400 * DAY, term_end=frozen_today)
    CouncilMemberFactory(name="Eerste dag", term_start=frozen_today, term_end=frozen_today + 1000 * DAY)
    CouncilMemberFactory(name="Gestopt", term_start=frozen_today - 400 * DAY, term_end=frozen_today - DAY)
    CouncilMemberFactory(name="Begint morgen", term_start=frozen_today + DAY)

    seats = count_seats(VacancySettings.for_site(site))

    assert (seats.maximum, seats.taken, seats.open) == (13, 3, 10)


def test_open_seats_change_when_a_term_ends(site, frozen_today):
    CouncilMemberFactory(term_start=frozen_today - 400 * DAY, term_end=frozen_today)

    assert count_seats(VacancySettings.for_site(site), frozen_today).open == 12
    assert count_seats(VacancySettings.for_site(site), frozen_today + DAY).open == 13


def test_a_translated_member_counts_once(site, frozen_today):
    english, _ = Locale.objects.get_or_create(language_code="en")
    member = CouncilMemberFactory(term_start=frozen_today - DAY)
    member.copy_for_translation(english).save()

    assert count_seats(VacancySettings.for_site(site)).taken == 1


def test_a_stale_translation_cannot_keep_a_seat_taken(site, frozen_today):
    english, _ = Locale.objects.get_or_create(language_code="en")
    member = CouncilMemberFactory(term_start=frozen_today - 400 * DAY)
    member.copy_for_translation(english).save()
    member.term_end = frozen_today - DAY
    member.save()

    assert count_seats(VacancySettings.for_site(site)).taken == 0


def test_open_seats_follow_the_setting_and_never_go_below_zero(site, frozen_today):
    settings = VacancySettings.for_site(site)
    settings.max_seats = 5
    settings.save()
    CouncilMemberFactory.create_batch(7, term_start=frozen_today - DAY)

    seats = count_seats(VacancySettings.for_site(site))

    assert (seats.maximum, seats.taken, seats.open) == (5, 7, 0)


@pytest.mark.parametrize(("value", "valid"), [(0, False), (1, True), (13, True), (50, True), (51, False)])
def test_max_seats_setting_accepts_1_to_50(site, value, valid):
    settings = VacancySettings.for_site(site)
    settings.max_seats = value

    if valid:
        settings.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            settings.full_clean()
        assert "max_seats" in error.value.message_dict


def test_max_seats_default_is_13(site):
    assert VacancySettings.for_site(site).max_seats == 13


def test_member_term_cannot_end_before_it_starts(db):
    member = CouncilMemberFactory.build(term_start=datetime.date(2026, 1, 1), term_end=datetime.date(2025, 12, 31))
    member.locale = Locale.get_default()

    with pytest.raises(ValidationError) as error:
        member.full_clean()

    assert "term_end" in error.value.message_dict


def test_current_members_show_the_translated_introduction_in_council_order(frozen_today):
    english, _ = Locale.objects.get_or_create(language_code="en")
    member = CouncilMemberFactory(name="Bea", introduction="Ik woon in Beijum.", term_start=frozen_today - DAY)
    chair = CouncilMemberFactory(name="Zoë", role="voorzitter", term_start=frozen_today - DAY)
    translation = member.copy_for_translation(english)
    translation.introduction = "I live in Beijum."
    translation.save()

    dutch = current_members(Locale.get_default())
    translated = current_members(english)

    assert [m.name for m in dutch] == ["Zoë", "Bea"]
    assert [m.introduction for m in dutch] == [chair.introduction, "Ik woon in Beijum."]
    assert [m.introduction for m in translated] == [chair.introduction, "I live in Beijum."]
