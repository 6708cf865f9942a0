"""Changing where submissions are mailed to gets a permission of its own, for the Secretariaat group.

The permission is created here when missing (on a new database Django adds it only after all migrations).
"""

from django.db import migrations

GROUP_NAME = "Secretariaat"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(app_label="contact", model="submission")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_recipient",
        defaults={"name": "Kan wijzigen naar welk e-mailadres formulieren gaan"},
    )
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="contact", codename="change_recipient").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0010_flag_for_unscanned_upload"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="submission",
            options={
                "ordering": ["-created_at"],
                "permissions": [("change_recipient", "Kan wijzigen naar welk e-mailadres formulieren gaan")],
                "verbose_name": "inzending",
                "verbose_name_plural": "inzendingen",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
