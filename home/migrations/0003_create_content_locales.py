"""Create a Wagtail Locale for every content language (English besides Dutch).

Safe to run on a database where a locale already exists (e.g. added in the admin).
"""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    # Going back leaves the locales: pages in those languages may still use them.
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
