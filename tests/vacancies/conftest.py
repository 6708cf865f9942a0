import datetime
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.factories.home import ContentPageFactory
from tests.factories.vacancies import ProfilePageFactory, VacancyIndexPageFactory
from tests.vacancies.applications_support import open_vacancy, private_root  # noqa: F401 (application fixtures)

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def frozen_today():
    """Midday on TODAY in Groningen, so date arithmetic never depends on when the suite runs."""
    with time_machine.travel(datetime.datetime(2026, 6, 15, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
        yield TODAY


@pytest.fixture
def section(home):
    return ContentPageFactory(parent=home, title="Jouw mening telt", slug="jouw-mening-telt")


@pytest.fixture
def profile_page(section):
    return ProfilePageFactory(parent=section)


@pytest.fixture
def vacancy_index(home):
    return VacancyIndexPageFactory(parent=home)


def stream(*items):
    return json.dumps([{"type": block_type, "value": value} for block_type, value in items])
