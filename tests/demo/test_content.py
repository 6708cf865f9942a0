"""The demo's data modules: every Dutch passage has its English text by id, and every passage is used."""

import importlib
import pkgutil
import re

import pytest

import demo.content
from demo.content import STEPS
from demo.loader import SOURCE, TARGET, fill_in, strings

MODULES = sorted(info.name for info in pkgutil.iter_modules(demo.content.__path__))
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def content(name):
    return importlib.import_module(f"demo.content.{name}")


def references(value):
    """The passage ids a page, snippet or settings structure refers to."""
    if isinstance(value, str):
        return set(PLACEHOLDER.findall(value))
    if isinstance(value, dict):
        return set().union(*map(references, value.values()))
    if isinstance(value, list | tuple):
        return set().union(*map(references, value))
    return set()


def is_translated(module):
    """Modules with texts are translated, except a page marked Dutch only."""
    return bool(getattr(module, "TEXT", None)) and getattr(module, "PAGE", {}).get("translate", True)


@pytest.mark.parametrize("name", MODULES)
def test_every_passage_has_dutch_and_english_by_id(name):
    module = content(name)
    for ident, passage in getattr(module, "TEXT", {}).items():
        assert set(passage) == {SOURCE, TARGET}, f"{name}: {ident} needs a Dutch and an English text"
        assert passage[SOURCE] and passage[TARGET], f"{name}: {ident} has an empty text"
        if isinstance(passage[SOURCE], list):  # lines, such as the choices of a question: one English line each
            assert len(passage[TARGET]) == len(passage[SOURCE]), f"{name}: {ident}"


@pytest.mark.parametrize("name", MODULES)
def test_every_passage_is_used_and_every_reference_has_a_passage(name):
    module = content(name)
    structures = [getattr(module, attribute, None) for attribute in ("PAGE", "SNIPPETS", "SETTINGS")]
    used = references(structures)

    assert used == set(getattr(module, "TEXT", {})), f"{name}: unused passages or references without one"


@pytest.mark.parametrize("name", MODULES)
def test_every_module_is_loaded_once_and_translated_unless_it_is_dutch_only(name):
    module = content(name)
    loads = [step for step in STEPS if step == ("load", name)]
    translations = [step for step in STEPS if step[0] == "translate" and name in step[1]]

    assert len(loads) == 1
    assert bool(translations) == is_translated(module)


def test_a_fixed_dutch_typo_keeps_its_english_text():
    module = content("privacy")
    original = module.TEXT["intro"][SOURCE]
    try:
        module.TEXT["intro"][SOURCE] = original.replace("gegevens", "gegevns")
        assert strings(module)[fill_in(module, "{intro}")] == module.TEXT["intro"][TARGET]
    finally:
        module.TEXT["intro"][SOURCE] = original
