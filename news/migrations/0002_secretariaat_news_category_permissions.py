"""The "Secretariaat" group keeps the news categories: it adds, renames, reorders and deletes them.

Deleting a category leaves its news items without one (the page keeps existing); the delete view shows where it is used.

The group comes from contact's migration; whichever runs first creates it (get_or_create). Permissions are created
here when missing: on a new database Django adds them only after all migrations.
"""

from django.db import migrations

GROUP_NAME = "Secretariaat"
APP_LABEL = "news"
MODEL_PERMISSIONS = {"newscategory": ["add_newscategory", "change_newscategory", "delete_newscategory"]}


def permission(apps, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=APP_LABEL, model=model)
    action, _sep, _rest = codename.partition("_")
    # The same name Django gives the permission when it creates it itself.
    verbose_name = apps.get_model(APP_LABEL, model)._meta.verbose_name_raw
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {verbose_name}"}
    )
    return found


def add_permissions(apps, schema_editor):
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP_NAME)
    for model, codenames in MODEL_PERMISSIONS.items():
        for codename in codenames:
            group.permissions.add(permission(apps, model, codename))


def remove_permissions(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    for model, codenames in MODEL_PERMISSIONS.items():
        group.permissions.remove(
            *group.permissions.filter(
                content_type__app_label=APP_LABEL, content_type__model=model, codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_news_pages_and_categories"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
