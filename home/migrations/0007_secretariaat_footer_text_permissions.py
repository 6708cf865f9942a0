"""The "Secretariaat" group keeps the footer texts: it may add one for a language and change it.

No delete: there is one footer text per language, and without it the footer loses its address and links.
The group comes from contact's migration; whichever runs first creates it (get_or_create). Permissions are created
here when missing: on a new database Django adds them only after all migrations.
"""

from django.db import migrations

GROUP_NAME = "Secretariaat"
APP_LABEL = "home"
MODEL_PERMISSIONS = {"footertext": ["add_footertext", "change_footertext"]}


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
        ("home", "0006_remove_footer_texts_from_site_settings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(add_permissions, remove_permissions)]
