import pytest
from django.db import connection
from wagtail.models import Locale


def translate(page, locale, **fields):
    """Publish an English (or other) translation of `page`, as wagtail-localize would."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def english_home(home, english):
    return translate(home, english, title="Welcome to the WIJ-raad", intro="The WIJ-raad speaks up for residents.")


@pytest.fixture
def database_has_dutch_stemming(db):
    """True on PostgreSQL (Dutch text search configuration), False on SQLite (whole words only)."""
    return connection.vendor == "postgresql"
