"""The walk's word list catches what the admin must not show: raw Python values and times with a UTC offset."""

import pytest

from tests.admin_language.walker import FORBIDDEN


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Aan ['secretariaat@wijraad.example.org']", "['"),
        ("Controleren False", "False"),
        ("Actief True", "True"),
        ("Aangemaakt op 2026-12-02 19:48:00+00:00", "+00:00"),
        ("Verzonden 19:48 UTC", "UTC"),
        ("Volgende poging 20:48+01:00", "+01:00"),
    ],
)
def test_the_walk_finds_raw_values(text, found):
    assert [match.group() for match in FORBIDDEN.finditer(text)] == [found]


def test_dutch_values_pass():
    text = "Aan secretariaat@wijraad.example.org Actief Ja Aangemaakt op 2 december 2026, 20:48 Bel +31 50 123 45 67"

    assert list(FORBIDDEN.finditer(text)) == []
