"""The "Secretariaat" group follows applications through the procedure and sets their retention periods.

The group itself comes from contact's migration; whichever runs first creates it (get_or_create), so the order of
the two does not matter. Permissions are created here when missing: on a new database Django adds them only after
all migrations.
"""

from django.db import migrations

GROUP_NAME = "Secretariaat"

MODEL_PERMISSIONS = {
    ("vacancies", "application"): ["view_application", "change_application", "delete_application"],
    ("vacancies", "vacancysettings"): ["change_vacancysettings"],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    action, _sep, _rest = codename.partition("_")
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {model}"}
    )
    return found


def add_permissions(apps, schema_editor):
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP_NAME)
    for (app_label, model), codenames in MODEL_PERMISSIONS.items():
        for codename in codenames:
            group.permissions.add(permission(apps, app_label, model, codename))


def remove_permissions(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).first()
    if group is None:
        return
    group.permissions.remove(
        *group.permissions.filter(
            content_type__app_label="vacancies",
            codename__in=[codename for codenames in MODEL_PERMISSIONS.values() for codename in codenames],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("vacancies", "0002_applications_status_history_and_settings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
