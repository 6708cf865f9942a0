"""Dutch names for what Wagtail's own migrations create in English: the groups "Editors" and "Moderators", the
workflow and task "Moderators approval" (the admin shows it as "Stuur door naar Moderators approval"), the root
page and the root collection ("Root" in the admin's breadcrumbs and choosers).

Only what still has Wagtail's name is renamed, and never onto a name that is already taken, so a site where someone
renamed these by hand keeps its names. Runs after every third-party migration that finds these groups by name.
"""

from django.db import migrations

GROUPS = {"Editors": "Redacteuren", "Moderators": "Moderatoren"}
WORKFLOW = {"Moderators approval": "Goedkeuring door moderatoren"}
ROOT_PAGE = {"Root": "Alle pagina's"}
ROOT_COLLECTION = {"Root": "Alle collecties"}


def rename(queryset, field, names):
    for old, new in names.items():
        if not queryset.filter(**{field: new}).exists():
            queryset.filter(**{field: old}).update(**{field: new})


def rename_all(apps, names_of):
    rename(apps.get_model("auth", "Group").objects.all(), "name", names_of(GROUPS))
    rename(apps.get_model("wagtailcore", "Workflow").objects.all(), "name", names_of(WORKFLOW))
    rename(apps.get_model("wagtailcore", "Task").objects.all(), "name", names_of(WORKFLOW))
    root_pages = apps.get_model("wagtailcore", "Page").objects.filter(depth=1)
    rename(root_pages, "title", names_of(ROOT_PAGE))
    rename(root_pages, "draft_title", names_of(ROOT_PAGE))
    rename(apps.get_model("wagtailcore", "Collection").objects.filter(depth=1), "name", names_of(ROOT_COLLECTION))


def to_dutch(apps, schema_editor):
    rename_all(apps, lambda names: names)


def to_english(apps, schema_editor):
    rename_all(apps, lambda names: {new: old for old, new in names.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_body_letter_and_privacy_blocks"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(to_dutch, to_english)]
