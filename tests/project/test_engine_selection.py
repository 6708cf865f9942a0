"""CI runs the suite on PostgreSQL and again on SQLite, leaving out there what is marked `without_database`
(tests/conftest.py): a test may carry that mark only when nothing in it reaches a database."""

import pytest

from tests.conftest import _reaches_a_database


class Item:
    """What the rule reads of a collected test: its markers and the fixtures it asks for, directly or not."""

    def __init__(self, markers=(), fixtures=()):
        self.markers = set(markers)
        self.fixturenames = list(fixtures)

    def get_closest_marker(self, name):
        return getattr(pytest.mark, name).mark if name in self.markers else None


@pytest.mark.parametrize(
    ("item", "reaches"),
    [
        (Item(), False),
        (Item(fixtures=["tmp_path", "settings"]), False),
        (Item(markers=["django_db"]), True),
        (Item(fixtures=["client", "db"]), True),
        (Item(fixtures=["transactional_db"]), True),
        (Item(fixtures=["django_db_serialized_rollback"]), True),
        (Item(markers=["own_database"]), True),
        (Item(markers=["browser"]), True),
        (Item(markers=["production"]), True),
    ],
    ids=[
        "nothing",
        "files-and-settings",
        "django_db-marker",
        "db-fixture",
        "transactional",
        "serialized-rollback",
        "own-database",
        "browser",
        "production",
    ],
)
def test_only_a_test_that_reaches_no_database_runs_on_one_engine(item, reaches):
    assert _reaches_a_database(item) is reaches
