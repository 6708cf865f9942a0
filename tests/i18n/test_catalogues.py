"""The message catalogues: what `make check-messages` checks, run with the test suite."""

import polib
import pytest

from scripts import messages


def test_committed_catalogues_are_translated_and_compiled():
    assert messages.check_committed() == []


def test_every_string_in_the_code_is_translated_in_every_language():
    # Runs makemessages in a temporary copy: a new string without a translation shows up here.
    assert messages.check_up_to_date() == []


@pytest.mark.parametrize("code", ["nl", "en"])
def test_a_new_or_fuzzy_string_is_reported(tmp_path, code):
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Nieuw", msgstr=""))
    po.append(polib.POEntry(msgid="Oud", msgstr="Old", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Klaar", msgstr="Klaar" if code == "nl" else "Done"))

    problems = messages.problems_in(po, code, source_language="nl")

    assert problems == [f"{code}: not translated: 'Nieuw'", f"{code}: fuzzy, check the translation: 'Oud'"]


def test_dutch_catalogue_must_repeat_the_dutch_text():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Taal", msgstr="Language"))

    assert messages.problems_in(po, "nl", source_language="nl") == ["nl: differs from its msgid: 'Taal'"]
